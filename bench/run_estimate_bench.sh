#!/usr/bin/env bash
# Estimation speed against R's estimatr, both measured in this run on the same data:
#   y ~ l(unrest, -4:4) | pref + t, clustered by pref, 340 prefectures,
#   28 quarters, 84 months and 2,557 days; then how our time grows when rows double.
# Prints medians, the ratio (estimatr / ours), the peak memory growth of our estimation
# against the size of the columns it uses, and the unrest coefficient from both tools.
# Needs R with estimatr (scripts/setup.sh --test-deps). The daily case makes estimatr
# use about 21 GB and 2 minutes; --skip-big-r leaves estimatr out of that case only.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${AITOCRACY_BUILD_DIR:-$ROOT/build}"
SKIP_BIG_R=0
[ "${1:-}" = "--skip-big-r" ] && SKIP_BIG_R=1
cmake --build "$BUILD" --target bench_estimate >/dev/null
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FORMULA="y ~ l(unrest, -4:4) | pref + t"
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$2"; }

printf '%-10s %9s %12s %14s %8s %12s %s\n' periods nobs ours_ms estimatr_ms ratio mem_ratio "coefficients (ours / estimatr)"
for spec in "28 101 20" "84 101 20" "2557 5 1"; do
  read -r periods ours_reps r_reps <<<"$spec"
  Rscript "$ROOT/bench/r/make_bench_panel.R" "$WORK/p.csv" 340 "$periods" 1 >/dev/null
  ours=$("$BUILD/bin/bench_estimate" "$WORK/p.csv" pref t "$FORMULA" pref "$ours_reps")
  ours_ms=$(field ours_median_ms "$ours")
  mem=$(awk -v g="$(field peak_growth_mb "$ours")" -v c="$(field columns_mb "$ours")" 'BEGIN{printf "%.2f", g/c}')
  if [ "$periods" = 2557 ] && ((SKIP_BIG_R)); then
    printf '%-10s %9s %12s %14s %8s %12s %s\n' "$periods" "$(field nobs "$ours")" "$ours_ms" skipped - "$mem" "$(field unrest_coef "$ours")"
    continue
  fi
  theirs=$(Rscript "$ROOT/bench/r/time_estimatr.R" "$WORK/p.csv" pref t "$r_reps" | tail -1)
  r_ms=$(field estimatr_median_ms "$theirs")
  ratio=$(awk -v a="$r_ms" -v b="$ours_ms" 'BEGIN{printf "%.0fx", a/b}')
  printf '%-10s %9s %12s %14s %8s %12s %s / %s\n' "$periods" "$(field nobs "$ours")" "$ours_ms" "$r_ms" "$ratio" "$mem" \
    "$(field unrest_coef "$ours")" "$(field unrest_coef "$theirs")"
done

# Both sizes well beyond the processor's last-level cache, so that the ratio shows how
# the work grows, not the step from cache to main memory (which alone adds ~40 % when a
# panel of ~30 MB stops fitting in a 32 MB cache).
echo "growth when rows double (ours, 2,557 days):"
for units in 340 680; do
  Rscript "$ROOT/bench/r/make_bench_panel.R" "$WORK/d$units.csv" "$units" 2557 2 >/dev/null
done
half=$(field ours_median_ms "$("$BUILD/bin/bench_estimate" "$WORK/d340.csv" pref t "$FORMULA" pref 5)")
full=$(field ours_median_ms "$("$BUILD/bin/bench_estimate" "$WORK/d680.csv" pref t "$FORMULA" pref 5)")
awk -v h="$half" -v f="$full" 'BEGIN{printf "  340 units: %s ms, 680 units: %s ms, ratio %.2f (2.00 = linear)\n", h, f, f/h}'
