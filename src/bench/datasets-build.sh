#!/usr/bin/env bash
# Benchmark: `umbrella datasets build` from the raw records as a whole process, against the pandas
# baseline (../shared/bench/pandas_activity.py) with the same inputs, in the same run, interleaved.
# Prints the median wall time, CPU time (user + sys) and peak RSS of N runs of each (machines are
# noisy: compare ratios; on a busy machine CPU time is the steadier number). Not a test; rerun it
# whenever the build changes.
#
#   src/bench/datasets-build.sh [N]        (default N=7; run from anywhere)
#
# Target (issue 2): on 2 cores the build takes <= 1 s wall and <= 200 MB peak; pandas ~1.6 s / 167 MB.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
n="${1:-7}"
raw="$root/../shared/raw"
pandas_script="$root/../shared/bench/pandas_activity.py"
[ -d "$raw/git" ] || { echo "raw records not found at $raw" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

./umbrella --version >/dev/null          # builds the jar if needed
rm -f target/umbrella-datasets.jsa
./umbrella datasets build --raw "$raw" --out "$tmp/datasets" >/dev/null   # first run writes the AppCDS archive
# pandas gets the same identity resolution: the email rows of the built identities.csv.
grep -E '^(kind,|email,)' "$tmp/datasets/identities.csv" > "$tmp/aliases.csv"

measure() { # label, command...: appends "wall_seconds max_rss_kb cpu_seconds" to $tmp/<label>
  local label="$1"; shift
  /usr/bin/time -o "$tmp/time.out" -f '%e %M %U %S' "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  awk '{print $1, $2, $3 + $4}' "$tmp/time.out" | tail -1 > "$tmp/time.line" && mv "$tmp/time.line" "$tmp/time.out"
  tail -1 "$tmp/time.out" >> "$tmp/$label"
}
for i in $(seq "$n"); do
  measure umbrella ./umbrella datasets build --raw "$raw" --out "$tmp/datasets"
  measure java_defaults java -jar target/umbrella.jar datasets build --raw "$raw" --out "$tmp/datasets"
  measure pandas /usr/bin/python3 "$pandas_script" "$raw/git" "$tmp/aliases.csv" value person_id "$tmp/pandas.csv"
done

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
printf '%-58s %9s %9s %14s\n' "median of $n runs, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)" "wall (s)" "cpu (s)" "peak RSS (MB)"
for label in umbrella java_defaults pandas; do
  wall=$(cut -d' ' -f1 "$tmp/$label" | median)
  rss=$(cut -d' ' -f2 "$tmp/$label" | median)
  cpu=$(cut -d' ' -f3 "$tmp/$label" | median)
  case "$label" in
    umbrella) name="./umbrella datasets build (C1, SerialGC, AppCDS)";;
    java_defaults) name="java -jar target/umbrella.jar datasets build (JVM defaults)";;
    pandas) name="pandas_activity.py (baseline)";;
  esac
  printf '%-58s %9.2f %9.2f %14.0f\n' "$name" "$wall" "$cpu" "$(awk -v k="$rss" 'BEGIN {print k / 1024}')"
  eval "wall_$label=$wall"
done
awk -v u="$wall_umbrella" -v p="$wall_pandas" \
  'BEGIN {printf "ratio umbrella / pandas: %.2f (target <= %.2f, i.e. 1 s where pandas takes 1.6 s)\n", u / p, 1 / 1.6}'
