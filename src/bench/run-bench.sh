#!/usr/bin/env bash
# Benchmark for issue 6 item 7 (not a test; rerun it and read the medians):
#   - the whole `./umbrella run` with a warm Maven build (jar already packaged),
#   - each notebook's execution time inside that run (the runner prints "NAME done in S s"),
#   - baselines measured in the same session: JVM + CLI start-up (`./umbrella --version`), the whole
#     run on the JVM's default options (UMBRELLA_JAVA_OPTS='', i.e. without the launcher's C1-only and
#     serial-GC defaults), and,
#     when Jupyter and the Umbrella kernelspec are installed, `jupyter nbconvert --execute` of the
#     same notebooks (the Python path the embedded runner replaces).
# Target: everything <= 20 s on 2 cores. Usage: src/bench/run-bench.sh [RUNS] (default 5).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR % 2) printf "%.2f\n", a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
seconds() { local start=$1 end=$2; awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f\n", (e-s)/1e9}'; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "warm build: ./mvnw -q -B -DskipTests package"
./mvnw -q -B -DskipTests package

for i in $(seq 1 "$runs"); do
  s=$(date +%s%N); ./umbrella --version >/dev/null; e=$(date +%s%N)
  seconds "$s" "$e" >>"$work/startup"
done

for i in $(seq 1 "$runs"); do
  s=$(date +%s%N); ./umbrella run >"$work/run-$i.log" 2>&1 || { cat "$work/run-$i.log"; exit 1; }; e=$(date +%s%N)
  seconds "$s" "$e" >>"$work/run"
  # "  00-method.ipynb done in 1.23 s"
  awk '$2 == "done" && $3 == "in" {print $1, $4}' "$work/run-$i.log" >>"$work/notebooks"
done

for i in $(seq 1 "$runs"); do
  s=$(date +%s%N); UMBRELLA_JAVA_OPTS='' ./umbrella run >/dev/null 2>&1; e=$(date +%s%N)
  seconds "$s" "$e" >>"$work/run-jvm-defaults"
done

echo
echo "medians of $runs runs (seconds)"
printf '  %-34s %8s\n' "umbrella --version (baseline)" "$(median <"$work/startup")"
printf '  %-34s %8s\n' "umbrella run (whole)" "$(median <"$work/run")"
printf '  %-34s %8s\n' "umbrella run, JVM defaults (baseline)" "$(median <"$work/run-jvm-defaults")"
if [ -s "$work/notebooks" ]; then
  for nb in $(awk '{print $1}' "$work/notebooks" | sort -u); do
    printf '  %-34s %8s\n' "  $nb" "$(awk -v n="$nb" '$1 == n {print $2}' "$work/notebooks" | median)"
  done
fi

if command -v jupyter >/dev/null && jupyter kernelspec list 2>/dev/null | grep -q '^ *umbrella '; then
  for i in $(seq 1 "$runs"); do
    rm -rf "$work/nbconvert"; mkdir "$work/nbconvert"
    s=$(date +%s%N)
    jupyter nbconvert --to notebook --execute --output-dir "$work/nbconvert" notebooks/*.ipynb >/dev/null 2>&1
    e=$(date +%s%N)
    seconds "$s" "$e" >>"$work/nbconvert.times"
  done
  printf '  %-34s %8s\n' "jupyter nbconvert --execute (all)" "$(median <"$work/nbconvert.times")"
else
  echo "  (jupyter nbconvert baseline skipped: no 'umbrella' kernelspec; install it with ./umbrella kernel install)"
fi

total=$(median <"$work/run")
awk -v t="$total" 'BEGIN {exit !(t <= 20)}' && echo "target <= 20 s: met (median $total s)" || echo "target <= 20 s: MISSED (median $total s)"
