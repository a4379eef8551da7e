#!/usr/bin/env bash
# Scale-out on this machine: the same script in one process, on a local cluster of 1 executor and of 2 executors,
# every JVM with one libtorch thread, in one run so the ratios compare like with like. Prints wall seconds, the
# speedup of 2 executors over 1, the driver's overhead per task (the 1-executor job time not spent computing,
# divided by its tasks: serialisation, scheduling, sending outcomes back, the log), and whether all three runs
# wrote the same records (tools/compare_results.py at tolerance 0, where python3 exists).
#
#   bench/cluster/run.sh [SCRIPT]        (default: examples/quickstart.atk)
#
# Run it on an otherwise quiet machine after one run has cached the model's profile: the profile is computed by
# the driver alone, and would otherwise count in the first run only.
set -euo pipefail
cd "$(dirname "$0")/../.."
script="${1:-examples/quickstart.atk}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ATK_JAVA_OPTS="${ATK_JAVA_OPTS:-} -Dai.djl.pytorch.num_threads=1"

# runs the script with extra arguments $2 into $work/$1; prints the wall seconds
run() {
  local tag="$1"; shift
  local start end
  start=$(date +%s.%N)
  ./atk run --out "$work/$tag" "$script" "$@" >"$work/$tag.log" 2>&1 \
    || { echo "the $tag run failed; its log:" >&2; cat "$work/$tag.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

./atk check "$script" >/dev/null
./atk run --cluster "local-cluster[1,1,2048]" --out "$work/warm" "$script" >/dev/null 2>&1 || true
printf 'script %s, %s cores, 1 libtorch thread per JVM, load before: %s\n' "$script" "$(nproc)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
one=$(run process)
c1=$(run cluster1 --cluster "local-cluster[1,1,2048]")
c2=$(run cluster2 --cluster "local-cluster[2,1,2048]")
printf '%-34s %8s\n' run "wall s"
printf '%-34s %8.1f\n' "one process" "$one" "local-cluster, 1 executor" "$c1" "local-cluster, 2 executors" "$c2"
printf 'speedup of 2 executors over 1: %.2fx (over one process: %.2fx)\n' \
  "$(awk -v a="$c1" -v b="$c2" 'BEGIN { print a / b }')" "$(awk -v a="$one" -v b="$c2" 'BEGIN { print a / b }')"
for tag in cluster1 cluster2; do
  line="$(grep '^cluster: ' "$work/$tag.log" || true)"
  echo "$tag: ${line#cluster: }"
done
# cluster: N tasks on E executors, C s of compute (P s per task), S s starting engines, J s of jobs on the driver
awk '/^cluster: / { for (i = 1; i <= NF; i++) { if ($(i+1) == "tasks") n = $i; if ($(i+3) == "compute") c = $i;
         if ($(i+2) == "starting") s = $i; if ($(i+3) == "jobs") j = $i }
       printf "driver overhead per task (1 executor, engine start excluded): %.3f s against %.3f s of compute per task (%.1f%%)\n", (j - c - s) / n, c / n, 100 * (j - c - s) / c }' \
  "$work/cluster1.log"
if command -v python3 >/dev/null 2>&1; then
  python3 tools/compare_results.py "$work/process" "$work/cluster1" --tolerance 0 | tail -1
  python3 tools/compare_results.py "$work/process" "$work/cluster2" --tolerance 0 | tail -1
fi
