#!/usr/bin/env bash
# The large-model benchmark of issue 15: one forward+backward MI-FGSM step of a paper-sized model (ResNet-50 at
# 448x448, 80 labels, random weights: tools/recipes/resnet50_random.py) in ATK against PyTorch eager, same threads,
# one interleaved run, and what the paper's protocol would cost per image at the measured speed.
#
#   bench/large/run.sh [ROUNDS] [IMAGE_ITERATIONS]          (defaults 3 and 20)
#
# Needs: the ATK build (./mvnw -o -q -B install -DskipTests, which builds bench/ too) and a Python with torch 2.7.1
# and torchvision 0.22.1 (PYTHON=/path/to/python; default python3). The model is made once into MODEL_DIR (default
# /tmp/atk-large: 95 MB, not part of the repository). THREADS (default: every core) libtorch threads in every cell;
# BATCHES (default "1 4"). DEVICE=cuda (or cuda:N) puts the Python peers on a GPU; ATK's cells go where its libtorch
# choice puts them (ATK_LIBTORCH, a CUDA torch: docs/gpu.md), and each line names its device. Each round runs, for each batch, the eager peer (bench/eager/mifgsm_eager.py), the same
# TorchScript file run from Python, and ATK (EngineBench peer) one after another, each its own process, so load
# changes hit all of them alike. Run it on a quiet machine and say the load when quoting it. PEERS_ONLY=1 runs only
# the Python cells (a machine without a JDK: bench/gpu/check.sh on the lent GPU machines).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${1:-3}"
IMAGE_ITERATIONS="${2:-20}"
PYTHON="${PYTHON:-python3}"
MODEL_DIR="${MODEL_DIR:-/tmp/atk-large}"
THREADS="${THREADS:-$(nproc --all)}"
BATCHES="${BATCHES:-1 4}"
DEVICE="${DEVICE:-cpu}"
WARM_UP=2 # a step takes about half a second here: the allocator and kernels settle within two
"$PYTHON" -c 'import torch, torchvision; assert torch.__version__.startswith("2.7.1"), torch.__version__' 2>/dev/null \
  || { echo "run.sh: needs a Python with torch 2.7.1 and torchvision 0.22.1 (set PYTHON)" >&2; exit 2; }
PEERS_ONLY="${PEERS_ONLY:-0}"
CP="bench/target/classes:repl/target/atk-repl.jar:repl/target/lib/*"
[[ "$PEERS_ONLY" == 1 || ( -d bench/target/classes && -f repl/target/atk-repl.jar ) ]] \
  || { echo "run.sh: build first: ./mvnw -o -q -B install -DskipTests" >&2; exit 2; }
config="$MODEL_DIR/resnet50_448.json"
if [[ ! -f "$config" ]]; then
  "$PYTHON" tools/export_torchscript.py --factory tools/recipes/resnet50_random.py:build --name resnet50_448 \
    --labels coco --size 448 --out "$MODEL_DIR" \
    --description "random-weight ResNet-50 at 448 px, for timing only (tools/recipes/resnet50_random.py)" 2>/dev/null
fi
export OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS="$THREADS" OPT_OUT_TRACKING=true
out="$(mktemp)"
peer() { # MODULE BATCH ITERATIONS
  "$PYTHON" bench/eager/mifgsm_eager.py --module "$1" --config "$config" --architecture resnet50 --threads "$THREADS" \
    --batch "$2" --iterations "$3" --warmup "$WARM_UP" --device "$DEVICE" 2>/dev/null
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc --all) cores, $THREADS threads per cell;" \
  "$ROUNDS rounds, $IMAGE_ITERATIONS image-iterations per cell; Python peers on $DEVICE"
for r in $(seq 1 "$ROUNDS"); do
  for b in $BATCHES; do
    n=$(( (IMAGE_ITERATIONS + b - 1) / b ))
    peer eager "$b" "$n" | tee -a "$out"
    peer torchscript "$b" "$n" | tee -a "$out"
    [[ "$PEERS_ONLY" == 1 ]] && continue
    java -Dai.djl.offline=true -DOPT_OUT_TRACKING=true -Dai.djl.pytorch.num_threads="$THREADS" \
      -Dai.djl.pytorch.num_interop_threads=1 -Xmx2g -cp "$CP" dev.atk.bench.EngineBench peer "$config" "$b" "$n" \
      "$WARM_UP" 2>/dev/null | grep '^atk ' | tee -a "$out"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# The paper's protocol per image (ALGORITHMS.md §7.3-7.4) on q2l NUS-WIDE, the largest grid: 7 methods at 7 budgets
# of 30 60 120 240 360 480 600 MI-FGSM iterations. The reference loop runs every (method, budget) on its own:
# 7 x 1890 passes. ATK's plan fuses the budgets of BCE and linear into one trajectory each (600 passes) and runs
# SLAM, random and the three CLASS sets per budget: 2 x 600 + 5 x 1890. The one-time profile and correlations of a
# model are left out.
"$PYTHON" bench/eager/medians.py "$out" "eager resnet50_448" --threads "$THREADS" \
  --passes "reference loop, q2l NUS-WIDE grid=13230" --passes "ATK's fused plan, same grid=10650"
rm -f "$out"
