#!/usr/bin/env bash
# Sets up what is missing, then starts Aitocracy Explorer. Arguments go to the app
# (e.g. ./run.sh --lang zh_CN).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$ROOT/scripts/setup.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat >&2 <<'MSG'
No display: Aitocracy Explorer is a desktop application and needs a screen.
On a machine without one, run it inside a virtual X server:
  xvfb-run -a -s "-screen 0 1600x1000x24" ./run.sh
(install it with: sudo apt-get install xvfb xauth)
MSG
  exit 2
fi
exec "${AITOCRACY_BUILD_DIR:-$ROOT/build}/bin/aitocracy" "$@"
