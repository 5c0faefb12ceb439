#!/usr/bin/env bash
# Benchmark: a Call/Recv/Reply round trip through the reference kernel (generated bench.Ping proxy
# and dispatcher over KernelTransport) against two bare Java two-thread handoffs (SynchronousQueue;
# spin-then-park), all in the same JMH run (bench/jmh, class IpcVsHandoff), with 1, 2 and 16
# client threads and one server thread. Prints round trips per second and the ratio of the best
# bare handoff to the kernel (how many times slower the kernel is; target: <= 2).
# Usage: bench/ipc-vs-handoff.sh [extra JMH options]   (needs: JDK 17, Maven, protoc, python3)
# Knobs: CLIENTS (default "1 2 16"), FORKS (1), WARMUP (iterations, 3), ITERATIONS (5), TIME (1s).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/bench/out/jmh"
for tool in protoc java mvn python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done

(cd "$root" && mvn -B -q -P bench -pl bench/jmh -am package -DskipTests)
mkdir -p "$out"
jmh="$root/bench/jmh"
results=()
for t in ${CLIENTS:-1 2 16}; do
  java -cp "$jmh/target/classes:$(cat "$jmh/target/classpath.txt")" org.openjdk.jmh.Main IpcVsHandoff \
    -t "$t" -f "${FORKS:-1}" -wi "${WARMUP:-3}" -i "${ITERATIONS:-5}" -w "${TIME:-1s}" -r "${TIME:-1s}" \
    -rf json -rff "$out/ipc-vs-handoff-$t.json" "$@"
  results+=("$out/ipc-vs-handoff-$t.json")
done

python3 - "${results[@]}" <<'PY'
import json, sys
print()
print(f"{'clients':>7} {'kernel (calls/s)':>22} {'SynchronousQueue':>22} {'spin-then-park':>22}  best bare / kernel")
for path in sys.argv[1:]:
    rows = {}
    threads = None
    for r in json.load(open(path)):
        m = r["primaryMetric"]
        err = m["scoreError"]
        rows[r["benchmark"].rsplit(".", 1)[1]] = (m["score"], float(err) if err != "NaN" else float("nan"))
        threads = r["threads"]
    fmt = lambda k: f"{rows[k][0]:>12,.0f} ± {rows[k][1]:>7,.0f}"
    best = max(rows["synchronousQueue"][0], rows["spinPark"][0])
    print(f"{threads:>7} {fmt('kernel'):>22} {fmt('synchronousQueue'):>22} {fmt('spinPark'):>22}  {best / rows['kernel'][0]:6.2f}x")
print("\nratio = best bare handoff throughput / kernel throughput (target <= 2.00). Errors are JMH's 99.9%")
print("confidence intervals. One server thread in every variant; the machine is shared, so numbers are noisy.")
PY
