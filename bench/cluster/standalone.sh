#!/usr/bin/env bash
# A standalone Spark cluster on this machine, on loopback, started from the cluster module's jars (no Spark
# distribution needed): one master, one worker of 2 cores, then SCRIPT in one process and on spark://, every JVM with
# one libtorch thread, and the two logs compared at tolerance 0 (tools/compare_results.py). The daemons stop at the end.
#
#   bench/cluster/standalone.sh [SCRIPT]        (default: examples/quickstart.atk)
#
# A worker started from jars has no Spark distribution to start executors from, so the driver runs with
# -Dspark.testing=1: Spark then starts each executor with the driver's class path (as local-cluster does). On a real
# cluster, executors start from $SPARK_HOME/jars and ATK's jars travel as spark.jars (docs/scale-out.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
script="${1:-examples/quickstart.atk}"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

./atk check "$script" >/dev/null
[[ -f cluster/target/atk-cluster.jar && -d cluster/target/spark-lib ]] || ./mvnw -q -DskipTests -pl cluster -am install

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port); ui=$(free_port); wui=$(free_port)
cp="$PWD/repl/target/atk-repl.jar:$PWD/cluster/target/atk-cluster.jar:$PWD/cluster/target/spark-lib/*:$PWD/repl/target/lib/*"
export SPARK_LOCAL_IP=127.0.0.1
mkdir -p "$work/home" "$work/work"
java -cp "$cp" -Dspark.testing=1 -Dspark.test.home="$work/home" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port "$ui" >"$work/master.log" 2>&1 &
pids+=($!)
sleep 5
java -cp "$cp" -Dspark.testing=1 -Dspark.test.home="$work/home" org.apache.spark.deploy.worker.Worker \
  "spark://127.0.0.1:$port" --host 127.0.0.1 --cores 2 --memory 4g --webui-port "$wui" --work-dir "$work/work" \
  >"$work/worker.log" 2>&1 &
pids+=($!)
sleep 5

export ATK_JAVA_OPTS="${ATK_JAVA_OPTS:-} -Dai.djl.pytorch.num_threads=1"
run() { # TAG ARGS...: runs the script, prints wall seconds
  local tag="$1"; shift
  local start end
  start=$(date +%s.%N)
  ./atk run --out "$work/$tag" "$script" "$@" >"$work/$tag.log" 2>&1 \
    || { echo "the $tag run failed; its log:" >&2; cat "$work/$tag.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}
one=$(run process)
sa=$(ATK_JAVA_OPTS="$ATK_JAVA_OPTS -Dspark.testing=1 -Dspark.test.home=$work/home -Dspark.executor.cores=1 \
  -Dspark.executor.memory=2g" run standalone --cluster "spark://127.0.0.1:$port")
printf 'script %s, standalone master spark://127.0.0.1:%s, 1 worker of 2 cores, executors of 1 core\n' "$script" "$port"
printf 'one process %.1f s, standalone cluster %.1f s\n' "$one" "$sa"
grep '^cluster: ' "$work/standalone.log" || true
python3 tools/compare_results.py "$work/process" "$work/standalone" --tolerance 0 | tail -1
