#!/usr/bin/env bash
# Benchmark: generated NK stubs against protobuf-java, encode and decode of the same values in the
# same JMH run (bench/jmh, class StubsVsProtobuf), with allocations per operation (-prof gc).
# Prints, for each pair <case>_stubs / <case>_protobuf, both times with JMH's 99.9% error, the
# ratio stubs/protobuf (target: < 1, ours faster) and bytes allocated per operation (target: 0 for
# encoding the fixed-size Tick request).
# Usage: bench/stubs-vs-protobuf.sh [extra JMH options]   (needs: JDK 17, Maven, protoc, python3)
# Knobs: FORKS (default 2), WARMUP (iterations, 5), ITERATIONS (10), TIME (per iteration, 1s).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/bench/out/jmh"
for tool in protoc java mvn python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done

(cd "$root" && mvn -B -q -P bench -pl bench/jmh -am package -DskipTests)
mkdir -p "$out"
jmh="$root/bench/jmh"
java -cp "$jmh/target/classes:$(cat "$jmh/target/classpath.txt")" org.openjdk.jmh.Main StubsVsProtobuf \
  -f "${FORKS:-2}" -wi "${WARMUP:-5}" -i "${ITERATIONS:-10}" -w "${TIME:-1s}" -r "${TIME:-1s}" \
  -prof gc -rf json -rff "$out/stubs-vs-protobuf.json" "$@"

python3 - "$out/stubs-vs-protobuf.json" <<'PY'
import json, sys
rows = {}
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].rsplit(".", 1)[1]
    m = r["primaryMetric"]
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    rows[name] = (m["score"], m["scoreError"], alloc)
def fmt(name):
    s, e, a = rows[name]
    return f"{s:9.1f} ± {e:6.1f} ns  {a if a is None else round(a):>6} B/op"
print()
print(f"{'case':<22} {'stubs':>30}   {'protobuf':>30}   stubs/protobuf")
for name in sorted(rows):
    if not name.endswith("_stubs"):
        continue
    case = name[: -len("_stubs")]
    other = case + "_protobuf"
    if other not in rows:
        continue
    ratio = rows[name][0] / rows[other][0]
    print(f"{case:<22} {fmt(name):>30}   {fmt(other):>30}   {ratio:5.2f}")
for name in sorted(rows):
    case = name.rsplit("_", 1)[0]
    if name.endswith("_protobuf") and case + "_stubs" not in rows:
        print(f"{case:<22} {'(protobuf only)':>30}   {fmt(name):>30}")
print("\nratio < 1: our stubs are faster. Errors are JMH's 99.9% confidence intervals; the machine may be shared.")
PY
