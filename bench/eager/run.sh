#!/usr/bin/env bash
# Per-pass speed of ATK's MI-FGSM step against PyTorch eager, one interleaved run (issue 15's "CPU per-pass gaps").
#
#   bench/eager/run.sh [ROUNDS] [IMAGE_ITERATIONS]          (defaults 3 and 3200)
#
# Needs: the ATK build (./mvnw -o -q -B install -DskipTests, which also builds bench/), and a Python with torch 2.7.1
# (PYTHON=/path/to/python; default python3). Every cell is its own process on ONE libtorch thread: for each round,
# each batch size (1, 8, 32), the eager peer (bench/eager/mifgsm_eager.py), the TorchScript module run from Python,
# ATK on fashion_ts (the same TorchScript module through DJL) and ATK on fashion_cnn (the same network as DJL blocks)
# run one after another, so load changes hit all of them alike. Prints each cell, then the medians over rounds and
# ATK ÷ eager per batch (below 1.0: ATK is faster). Run it on a quiet machine and say the load when quoting it.
# BEFORE=DIR (a checkout or a copy with repl/target/atk-repl.jar and repl/target/lib) adds that build's ATK cells
# to the same interleaved run, labelled "before", so a change to the kernel is measured against its predecessor.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${1:-3}"
IMAGE_ITERATIONS="${2:-3200}" # per cell: batch 1 runs 3200 iterations, batch 32 runs 100
PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import torch; assert torch.__version__.startswith("2.7.1"), torch.__version__' 2>/dev/null \
  || { echo "run.sh: needs a Python with torch 2.7.1 (set PYTHON)" >&2; exit 2; }
CP="bench/target/classes:repl/target/atk-repl.jar:repl/target/lib/*"
[[ -d bench/target/classes && -f repl/target/atk-repl.jar ]] \
  || { echo "run.sh: build first: ./mvnw -o -q -B install -DskipTests" >&2; exit 2; }
CORES="$(nproc --all)" # before OMP_NUM_THREADS=1, which nproc would report instead
export OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS=1 OPT_OUT_TRACKING=true
BEFORE="${BEFORE:-}"
if [[ -n "$BEFORE" && ! -f "$BEFORE/repl/target/atk-repl.jar" ]]; then
  echo "run.sh: BEFORE=$BEFORE has no repl/target/atk-repl.jar" >&2; exit 2
fi
# atk_cell MODEL BATCH [CLASSPATH LABEL]: the bench classes are this checkout's; ATK's jars are the given build's
atk_cell() {
  java -Dai.djl.offline=true -DOPT_OUT_TRACKING=true -Dai.djl.pytorch.num_threads=1 \
    -Dai.djl.pytorch.num_interop_threads=1 -Xmx2g -cp "${3:-$CP}" dev.atk.bench.EngineBench peer "$1" "$2" \
    "$((IMAGE_ITERATIONS / $2))" 2>/dev/null | grep '^atk ' | sed "s/^atk /${4:-atk} /"
}
out="$(mktemp)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $CORES cores; $ROUNDS rounds, $IMAGE_ITERATIONS image-iterations per cell"
for r in $(seq 1 "$ROUNDS"); do
  for b in 1 8 32; do
    n=$((IMAGE_ITERATIONS / b))
    "$PYTHON" bench/eager/mifgsm_eager.py --batch "$b" --iterations "$n" 2>/dev/null | tee -a "$out"
    "$PYTHON" bench/eager/mifgsm_eager.py --module torchscript --batch "$b" --iterations "$n" 2>/dev/null \
      | tee -a "$out"
    atk_cell fashion_ts "$b" | tee -a "$out"
    atk_cell fashion_cnn "$b" | tee -a "$out"
    if [[ -n "$BEFORE" ]]; then
      before_cp="bench/target/classes:$BEFORE/repl/target/atk-repl.jar:$BEFORE/repl/target/lib/*"
      atk_cell fashion_ts "$b" "$before_cp" before | tee -a "$out"
      atk_cell fashion_cnn "$b" "$before_cp" before | tee -a "$out"
    fi
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
"$PYTHON" bench/eager/medians.py "$out" "eager fashion"
rm -f "$out"
