#!/usr/bin/env bash
# Benchmark: a Call/Recv/Reply round trip through the reference kernel (generated bench.Ping proxy
# and dispatcher over KernelTransport) against two bare Java two-thread handoffs (SynchronousQueue;
# spin-then-park), all in the same JMH run (bench/jmh, class IpcVsHandoff), with 1, 2 and 16
# client threads and one server thread. Prints round trips per second and the ratio of the best
# bare handoff to the kernel (how many times slower the kernel is; target: <= 2).
# Usage: bench/ipc-vs-handoff.sh [extra JMH options]   (needs: JDK 17, Maven, protoc, python3)
# Knobs: CLIENTS (default "1 2 16"), RUNS (1: with more, every run is printed and then the median
# of each column, as the machine is shared), FORKS (1), WARMUP (iterations, 3), ITERATIONS (5),
# TIME (1s), SKIP_BUILD (set to reuse the last build), RT (set to run JMH under `chrt -f 10`, as
# root: on a shared machine the benchmark then takes the CPUs as on a quiet one, other work waits).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/bench/out/jmh"
for tool in protoc java mvn python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done

[ -n "${SKIP_BUILD:-}" ] || (cd "$root" && mvn -B -q -P bench -pl bench/jmh -am package -DskipTests)
mkdir -p "$out"
jmh="$root/bench/jmh"
results=()
for run in $(seq 1 "${RUNS:-1}"); do
  for t in ${CLIENTS:-1 2 16}; do
    echo "run $run, $t client(s): $(uptime)"
    ${RT:+chrt -f 10} java -cp "$jmh/target/classes:$(cat "$jmh/target/classpath.txt")" org.openjdk.jmh.Main IpcVsHandoff \
      -t "$t" -f "${FORKS:-1}" -wi "${WARMUP:-3}" -i "${ITERATIONS:-5}" -w "${TIME:-1s}" -r "${TIME:-1s}" \
      -rf json -rff "$out/ipc-vs-handoff-$t-run$run.json" "$@" >"$out/ipc-vs-handoff-$t-run$run.log"
    results+=("$out/ipc-vs-handoff-$t-run$run.json")
  done
done

python3 - "${results[@]}" <<'PY'
import json, statistics, sys
from collections import defaultdict
print()
print(f"{'run':>3} {'clients':>7} {'kernel (calls/s)':>22} {'SynchronousQueue':>22} {'spin-then-park':>22}  best bare / kernel")
by_clients = defaultdict(list)
for path in sys.argv[1:]:
    rows = {}
    threads = None
    for r in json.load(open(path)):
        m = r["primaryMetric"]
        err = m["scoreError"]
        rows[r["benchmark"].rsplit(".", 1)[1]] = (m["score"], float(err) if err != "NaN" else float("nan"))
        threads = r["threads"]
    run = path.rsplit("run", 1)[1].split(".")[0]
    fmt = lambda k: f"{rows[k][0]:>12,.0f} ± {rows[k][1]:>7,.0f}"
    best = max(rows["synchronousQueue"][0], rows["spinPark"][0])
    ratio = best / rows["kernel"][0]
    by_clients[threads].append((rows["kernel"][0], rows["synchronousQueue"][0], rows["spinPark"][0], ratio))
    print(f"{run:>3} {threads:>7} {fmt('kernel'):>22} {fmt('synchronousQueue'):>22} {fmt('spinPark'):>22}  {ratio:6.2f}x")
if any(len(v) > 1 for v in by_clients.values()):
    print("\nmedians over runs:")
    print(f"{'clients':>11} {'kernel':>12} {'SynchronousQueue':>18} {'spin-then-park':>16}  median ratio")
    for threads in sorted(by_clients):
        cols = list(zip(*by_clients[threads]))
        med = [statistics.median(c) for c in cols]
        print(f"{threads:>11} {med[0]:>12,.0f} {med[1]:>18,.0f} {med[2]:>16,.0f}  {med[3]:10.2f}x")
print("\nratio = best bare handoff throughput / kernel throughput (target <= 2.00). Errors are JMH's 99.9%")
print("confidence intervals. One server thread in every variant; the machine is shared, so numbers are noisy.")
PY
