#!/usr/bin/env bash
# Sets up what is missing (with the test-only packages), builds, and runs every test (headless).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$ROOT/scripts/setup.sh" --test-deps
cd "${AITOCRACY_BUILD_DIR:-$ROOT/build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" "$@"
