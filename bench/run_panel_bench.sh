#!/usr/bin/env bash
# The regression panel's round trip (slider move → estimate → redrawn plot) on the default
# demonstration world, against R's estimatr estimating the same specification alone, both
# measured in this run. Target: ratio ≥ 5. Needs the GUI build, the built-in map and R with
# estimatr (scripts/setup.sh --test-deps). Its last line is aitocracy-bench-panel's JSON.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${AITOCRACY_BUILD_DIR:-$ROOT/build}"
cmake --build "$BUILD" --target aitocracy-bench-panel aitocracy-cli >/dev/null
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$BUILD/bin/aitocracy-cli" demo --out "$WORK/demo.aitocracy" --quiet >/dev/null
"$BUILD/bin/aitocracy-bench-panel" --project "$WORK/demo.aitocracy" "$@"
