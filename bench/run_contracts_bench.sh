#!/usr/bin/env bash
# Contracts import speed and memory, against SQLite's own CSV import measured in the same
# run. The table is the demonstration world's raw contracts file (GB18030, Chinese
# headers, 万元, CRLF) with CONTRACTS rows (default 1,000,000); the baseline is
# `sqlite3 .import` of the same rows already converted to UTF-8, into a table without
# indexes. The issue's target: the whole import (decode, parse, map, place buyers,
# classify, store with indexes) at a ratio <= 1.0, and memory flat as the file grows
# (MEMORY=1 also imports 3x the rows and prints both peaks).
# Needs sqlite3, python3 (for the UTF-8 copy: glibc's iconv tool stumbles on GB18030
# four-byte sequences cut by its buffer) and GNU time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${AITOCRACY_BUILD_DIR:-$ROOT/build}"
CLI="$BUILD/bin/aitocracy-cli"
ROWS="${CONTRACTS:-1000000}"
for tool in sqlite3 python3 /usr/bin/time; do command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }; done
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

make_table() {  # rows dir
    "$CLI" demo --out "$2/demo.aitocracy" --contracts "$1" --raw-dir "$2/raw" --quiet >/dev/null
}
import_peak() {  # table → "seconds peak_kB"
    rm -f "$WORK/p.aitocracy"*
    "$CLI" new --project "$WORK/p.aitocracy" >/dev/null
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$CLI" import contracts --project "$WORK/p.aitocracy" "$1" >/dev/null
    cat "$WORK/time"
}

mkdir -p "$WORK/a"
make_table "$ROWS" "$WORK/a"
table="$WORK/a/raw/contracts.csv"
python3 -c "import sys; open(sys.argv[2],'w',encoding='utf-8',newline='').write(open(sys.argv[1],encoding='gb18030',newline='').read())" "$table" "$WORK/utf8.csv"
start=$(date +%s.%N)
sqlite3 "$WORK/t.db" -cmd ".mode csv" ".import $WORK/utf8.csv t"
end=$(date +%s.%N)
read -r ours peak < <(import_peak "$table")
printf 'table: %s rows, %s MB (GB18030)\n' "$ROWS" "$(( $(stat -c %s "$table") / 1000000 ))"
awk -v a="$start" -v b="$end" -v o="$ours" 'BEGIN{s=b-a; printf "sqlite3 .import %.2f s, aitocracy import %.2f s, ratio %.2f (target <= 1.0)\n", s, o, o/s}'
echo "peak memory: ${peak} kB"
if [[ "${MEMORY:-0}" == 1 ]]; then
    mkdir -p "$WORK/b"
    make_table "$((3 * ROWS))" "$WORK/b"
    read -r ours3 peak3 < <(import_peak "$WORK/b/raw/contracts.csv")
    printf 'x3 rows: import %.2f s, peak memory %s kB (%.2f x the peak at %s rows)\n' "$ours3" "$peak3" "$(awk -v a="$peak3" -v b="$peak" 'BEGIN{print a/b}')" "$ROWS"
fi
