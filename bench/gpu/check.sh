#!/usr/bin/env bash
# The device checks of issue 15 as one short run, for a session that is lent a GPU machine (docs/gpu.md, "Checking
# a GPU"): what atk doctor finds, then the same attacks on the CPU and on the GPU, their records compared (flip
# counts equal or not, the largest confidence difference) and their wall times. On a machine without a CUDA device
# the second run lands on the CPU too, and the comparison must then find every record equal: that is how this script
# is tested here.
#
#   bench/gpu/check.sh [OUT_DIR]        (default: a temporary folder; results, logs and summary.txt land there)
set -uo pipefail
cd "$(dirname "$0")/../.."
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
summary="$out/summary.txt"
: >"$summary"
say() { echo "$*" | tee -a "$summary"; }

say "== atk doctor"
./atk doctor >"$out/doctor.txt" 2>&1
doctor=$?
tee -a "$summary" <"$out/doctor.txt" >/dev/null
say "doctor exit status $doctor"

run_on() { # DEVICE: runs the workload there, prints its wall seconds
  local device="$1" start end
  start=$(date +%s.%N)
  ./atk run --device "$device" --out "$out/$device" bench/gpu/compare.atk >"$out/$device.log" 2>&1 \
    || { say "the $device run failed:"; tail -5 "$out/$device.log" | tee -a "$summary"; return 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

say "== the same attacks on each device"
cpu_s=$(run_on cpu) || exit 1
auto_s=$(run_on auto) || exit 1
say "engine note of the second run: $(grep -m1 '^engine:' "$out/auto.log")"
say "wall seconds (JVM start and clean passes included): cpu $cpu_s, auto $auto_s"
say "== records, cpu against auto (tools/compare_results.py, tolerance 1e-6)"
python3 tools/compare_results.py "$out/cpu/compare.jsonl" "$out/auto/compare.jsonl" --tolerance 1e-6 \
  >"$out/compare.txt" 2>&1 || true  # records that differ exit 1: on a GPU that is the finding, not a failure

tail -3 "$out/compare.txt" | tee -a "$summary" >/dev/null
say "flip counts that differ: $(grep -c 'flips [0-9-]* ->' "$out/compare.txt")"
say "summary: $summary"
exit $(( doctor != 0 ? 1 : 0 ))
