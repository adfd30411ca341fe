#!/usr/bin/env bash
# How long the demonstration world takes to build, and its peak memory: the default
# world (300,000 contracts) and the study's scale (3,000,000), against the targets of
# 10 s and 60 s on a 2-core machine. Needs the built-in map (scripts/setup.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${AITOCRACY_BUILD_DIR:-$ROOT/build}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
printf '%-12s %10s %10s %8s %12s\n' contracts seconds target ratio peak_mb
for spec in "300000 10" "3000000 60"; do
  read -r contracts target <<<"$spec"
  # GNU time (Debian package "time") reports the peak memory; without it, only the time.
  measure=()
  [ -x /usr/bin/time ] && measure=(/usr/bin/time -f "%M" -o "$WORK/rss")
  start=$(date +%s.%N)
  "${measure[@]}" "$BUILD/bin/aitocracy-cli" demo --out "$WORK/w$contracts.aitocracy" --contracts "$contracts" --quiet >/dev/null
  end=$(date +%s.%N)
  rss=$( [ -s "$WORK/rss" ] && awk '{printf "%.0f", $1/1024}' "$WORK/rss" || echo "-")
  awk -v s="$start" -v e="$end" -v t="$target" -v c="$contracts" -v m="$rss" \
    'BEGIN{printf "%-12s %10.1f %10s %8.2f %12s\n", c, e-s, t, (e-s)/t, m}'
done
