#!/usr/bin/env bash
# Long-session benchmark (not a test): ../shared/bench/kernel_session.py (1,000 cells, three in five
# declarations) for ipykernel and this kernel, alternating in the same run, several rounds; prints
# the medians over rounds of the early (cells 50-100) and late (last 50) cell medians and their ratio.
#
#   src/bench/kernel-session.sh [ROUNDS] [CELLS]
#
# Targets (issue 13): umbrella late/early <= 1.2x, umbrella early <= 1.5x ipykernel's early.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds="${1:-5}"
cells="${2:-1000}"
bench="$here/../shared/bench/kernel_session.py"
python=/usr/bin/python3
[ -f "$bench" ] || { echo "kernel-session: $bench not found (the shared baselines sit beside the project)" >&2; exit 1; }
"$python" -c "import jupyter_client, ipykernel" 2>/dev/null || { echo "kernel-session: $python lacks jupyter_client/ipykernel" >&2; exit 1; }
jar="$here/target/umbrella.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$here" && ./mvnw -q -B -DskipTests package >&2)
fi
prefix="$(mktemp -d)"
results="$(mktemp)"
trap 'rm -rf "$prefix" "$results"' EXIT
java -jar "$jar" kernel install --prefix "$prefix" >&2
export JUPYTER_PATH="$prefix/share/jupyter" PYDEVD_DISABLE_FILE_VALIDATION=1
for round in $(seq 1 "$rounds"); do
  for kernel in python3 umbrella; do
    line="$("$python" "$bench" "$kernel" "$cells" 2>/dev/null | grep '^kernel=')"
    echo "round $round: $line" | tee -a "$results" >&2
  done
done
"$python" - "$results" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    m = dict(re.findall(r"(\w+)=([\w.]+)", line))
    rows.setdefault(m["kernel"], []).append(m)
def med(k, key):
    return statistics.median(float(r[key]) for r in rows[k])
print(f"{'kernel':10} {'early_ms':>9} {'late_ms':>8} {'growth':>7}  (medians of {len(rows['umbrella'])} rounds)")
for k in ("python3", "umbrella"):
    print(f"{k:10} {med(k,'early_median_ms'):9.1f} {med(k,'late_median_ms'):8.1f} {med(k,'growth'):7.2f}")
print(f"umbrella growth {med('umbrella','growth'):.2f}x (target <= 1.2x), umbrella early / ipykernel early "
      f"{med('umbrella','early_median_ms') / med('python3','early_median_ms'):.2f}x (target <= 1.5x)")
PY
