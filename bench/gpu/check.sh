#!/usr/bin/env bash
# The device checks of issue 15 as one short run, for a session that is lent a GPU machine (docs/gpu.md, "Checking
# a GPU"). First what the machine has: nvidia-smi, a JDK, a Python torch. Then, where there is a JDK, what atk doctor
# finds and the same attacks on the CPU and on the GPU (bench/gpu/compare.atk), their records compared (flip counts
# equal or not, the largest confidence difference) and their wall times. On a machine without a CUDA device the second
# run lands on the CPU too, and the comparison must then find every record equal: that is how this script is tested.
#
# Then, where a Python with torch, torchvision and Pillow is found (PYTHON=, default python3), the paper-sized part:
# a random-weight ResNet-50 at 448x448 (tools/recipes/resnet50_random.py) and 4 noise images in COCO's layout
# (tools/make_coco_fixture.py); one round of bench/large/run.sh (ATK's MI-FGSM step against the reference's eager
# step in PyTorch on the same device, batch 1 and 16 on a GPU, 1 and 4 on a CPU); and a fused sweep of bce() at the
# seven budgets of the paper's grid with --device auto and --device cpu (the CPU fallback), records compared, wall
# times and their ratio. Each part has its own time limit, 8 minutes in all. Without a JDK (the lent machines have
# none so far) only PyTorch's side runs: the peer's step on the GPU, which is what the paper's loop costs there.
#
#   bench/gpu/check.sh [OUT_DIR]        (default: a temporary folder; results, logs and summary.txt land there)
set -uo pipefail
cd "$(dirname "$0")/../.."
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
summary="$out/summary.txt"
: >"$summary"
say() { echo "$*" | tee -a "$summary"; }
PYTHON="${PYTHON:-python3}"

say "== what this machine has"
if command -v nvidia-smi >/dev/null; then
  nvidia-smi --query-gpu=index,name,memory.total,driver_version --format=csv,noheader 2>&1 | sed 's/^/gpu     /' \
    | tee -a "$summary"
else
  say "gpu     no nvidia-smi"
fi
if command -v java >/dev/null; then
  say "java    $(java -version 2>&1 | head -1)"
  has_java=1
else
  say "java    none: ATK's parts are skipped, PyTorch's run alone"
  has_java=0
fi
say "python  $("$PYTHON" -c 'import torch; print("torch", torch.__version__, "cuda", torch.cuda.is_available(),
  torch.cuda.get_device_name(0) if torch.cuda.is_available() else "")' 2>/dev/null || echo "$PYTHON has no torch")"
doctor=0

if (( has_java )); then
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
  tail -2 "$out/compare.txt" | tee -a "$summary"
  say "flip counts that differ: $(grep -c 'flips [0-9-]* ->' "$out/compare.txt")"
fi

if ! "$PYTHON" -c 'import torch, torchvision, PIL' 2>/dev/null; then
  say "== the paper-sized part: skipped, $PYTHON lacks torch, torchvision or Pillow (set PYTHON)"
  say "summary: $summary"
  exit $(( doctor != 0 ? 1 : 0 ))
fi
say "== the paper-sized part"
large="$out/large"
mkdir -p "$large"
timeout 120 "$PYTHON" tools/export_torchscript.py --factory tools/recipes/resnet50_random.py:build \
  --name resnet50_448 --labels coco --size 448 --out "$large" >"$large/export.log" 2>&1 \
  && timeout 30 "$PYTHON" tools/make_coco_fixture.py "$large/coco" --images 4 >>"$large/export.log" 2>&1 \
  || { say "could not make the model or the images:"; tail -3 "$large/export.log" | tee -a "$summary"; exit 1; }
peer_device=cpu batches="1 4"
if "$PYTHON" -c 'import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)' 2>/dev/null; then
  peer_device=cuda batches="1 16"
fi
say "-- one MI-FGSM step per image (bench/large/run.sh, Python peers on $peer_device$( ((has_java)) || echo ', PyTorch only'))"
MODEL_DIR="$large" DEVICE="$peer_device" BATCHES="$batches" PYTHON="$PYTHON" PEERS_ONLY=$((1 - has_java)) \
  timeout 180 bench/large/run.sh 1 16 >"$large/step.txt" 2>&1 || say "bench/large/run.sh stopped early (exit $?)"
grep -E '^(eager|torchscript|atk|batch|median|reference|ATK.s) |^ +[0-9]+ ' "$large/step.txt" | tee -a "$summary"
if (( ! has_java )); then
  say "summary: $summary"
  exit 0
fi
cat >"$large/sweep.atk" <<ATK
// bench/gpu/check.sh: bce() at the seven budgets of the paper's grid for ASL on COCO (ALGORITHMS.md §7.3), fused
model "$large/resnet50_448.json"
data coco2014 at "$large/coco" split val sample 2 seed 11
for eps in [0.0015625, 0.003125, 0.00625, 0.0125, 0.01875, 0.025, 0.03125] run bce()
ATK
sweep_on() { # DEVICE: prints the wall seconds of the fused sweep there
  local device="$1" start end
  start=$(date +%s.%N)
  timeout 150 ./atk run --device "$device" --out "$large/$device" "$large/sweep.atk" >"$large/$device.log" 2>&1 \
    || { say "the fused sweep on $device failed:"; tail -5 "$large/$device.log" | tee -a "$summary"; return 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}
say "-- a fused sweep, 2 images x 7 budgets, one trajectory of 80 steps per image"
sweep_auto=$(sweep_on auto) && sweep_cpu=$(sweep_on cpu) && {
  say "engine note: $(grep -m1 '^engine:' "$large/auto.log")"
  say "wall seconds: auto $sweep_auto, cpu $sweep_cpu (cpu / auto $(awk -v a="$sweep_auto" -v c="$sweep_cpu" \
    'BEGIN { printf "%.2f", c / a }'))"
  python3 tools/compare_results.py "$large/cpu/sweep.jsonl" "$large/auto/sweep.jsonl" --tolerance 1e-6 \
    >"$large/compare.txt" 2>&1 || true
  tail -2 "$large/compare.txt" | tee -a "$summary"
  say "flip counts that differ: $(grep -c 'flips [0-9-]* ->' "$large/compare.txt")"
}
say "summary: $summary"
exit $(( doctor != 0 ? 1 : 0 ))
