#!/usr/bin/env bash
# How ATK runs when processes share the cores: the same script alone and as COPIES simultaneous processes, under
# each native-threading setting, in one run so the ratios compare like with like. Prints wall seconds and, per
# setting, shared ÷ alone (1.0 = sharing costs nothing beyond the cores taken; COPIES = each copy got 1/COPIES of
# the machine; more than that = the copies fight each other).
#
#   bench/sharing/run.sh [SCRIPT] [COPIES]        (default: examples/quickstart.atk, 2)
#
# Run it on an otherwise quiet machine, after one run has cached the model's profile (otherwise the first setting
# pays for it). Settings: libtorch's own behaviour (what ATK did before the launcher set anything), the launcher's
# default (OMP_WAIT_POLICY=PASSIVE), and that with one libtorch thread per process.
set -euo pipefail
cd "$(dirname "$0")/../.."
script="${1:-examples/quickstart.atk}"
copies="${2:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

settings=(
  "libtorch's own (ATK_NATIVE_DEFAULTS=off)|ATK_NATIVE_DEFAULTS=off"
  "launcher defaults (passive wait)|"
  "launcher defaults, 1 libtorch thread|ATK_JAVA_OPTS=-Dai.djl.pytorch.num_threads=1"
)

# runs COPIES processes of the script at once under env assignments $2; prints the wall seconds of the slowest
run_copies() {
  local n="$1" envs="$2" tag="$3" start end pids=()
  start=$(date +%s.%N)
  for i in $(seq 1 "$n"); do
    # shellcheck disable=SC2086
    env $envs ./atk run --out "$work/$tag-$i" "$script" >"$work/$tag-$i.log" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do
    wait "$p" || { echo "a run failed; its log:" >&2; cat "$work/$tag"-*.log >&2; exit 1; }
  done
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

./atk check "$script" >/dev/null
printf 'script %s, %d copies, %s cores, load before: %s\n' "$script" "$copies" "$(nproc)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %10s %12s %8s\n' setting "alone s" "${copies} at once s" ratio
for entry in "${settings[@]}"; do
  name="${entry%%|*}"; envs="${entry#*|}"
  tag="$(echo "$name" | tr -c 'a-z0-9' '_')"
  alone=$(run_copies 1 "$envs" "$tag-alone")
  shared=$(run_copies "$copies" "$envs" "$tag-shared")
  printf '%-44s %10.1f %12.1f %8.2f\n' "$name" "$alone" "$shared" "$(awk -v a="$alone" -v b="$shared" 'BEGIN { print b / a }')"
done
