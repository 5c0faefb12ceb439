#!/usr/bin/env bash
# Benchmark: generated NK stubs against protobuf-java, encode and decode of the same values
# (bench/jmh, class StubsVsProtobuf), with allocations per operation (-prof gc). Protocol
# (bench/README.md): RUNS runs; in each, every pair <case>_stubs / <case>_protobuf runs as two JMH
# invocations in alternating order. Prints per case the median of the per-run ratios stubs/protobuf
# (target: < 1, ours faster) with its IQR, and the bytes allocated per operation (target: 0 for
# encoding the fixed-size Tick request); raw results in bench/results/stubs-vs-protobuf/.
# Usage: bench/stubs-vs-protobuf.sh [case regex]   (needs: JDK 17, Maven, protoc, python3)
# Knobs: RUNS (10), FORKS (1), WARMUP (iterations, 3), ITERATIONS (5), TIME (per iteration, 1s),
# SKIP_BUILD (reuse the last build).
set -euo pipefail
. "$(dirname "$0")/lib/protocol.sh"
bench_need protoc java mvn python3
bench_jmh_build
BENCH_LAUNCHER="$(bench_jmh_launcher)" bench_py "${1:-.*}" <<'PY'
import os, re, subprocess, sys
import protocol
launcher = os.environ["BENCH_LAUNCHER"].split()
listed = subprocess.run([*launcher, "-l", "StubsVsProtobuf"], capture_output=True, text=True, check=True).stdout
methods = {line.strip().rsplit(".", 1)[1] for line in listed.splitlines() if ".StubsVsProtobuf." in line}
cases = sorted(m[:-len("_stubs")] for m in methods
               if m.endswith("_stubs") and m[:-len("_stubs")] + "_protobuf" in methods and re.search(sys.argv[1], m))
if not cases:
    sys.exit(f"no case matches {sys.argv[1]}")
jmh = ["-f", os.environ.get("FORKS", "1"), "-wi", os.environ.get("WARMUP", "3"), "-i", os.environ.get("ITERATIONS", "5"),
       "-w", os.environ.get("TIME", "1s"), "-r", os.environ.get("TIME", "1s"), "-prof", "gc"]
s = protocol.Session("stubs-vs-protobuf", conditions={"jmh": " ".join(jmh), "cases": cases,
                                                     "protobuf_only": sorted(m for m in methods if m.endswith("_protobuf")
                                                                             and m[:-9] + "_stubs" not in methods)})
for run in s.runs():
    for case in cases:
        s.jmh(case, run, [(v, [f"StubsVsProtobuf.{case}_{v}$", *jmh]) for v in ("stubs", "protobuf")], launcher)
for case in cases:
    s.ratio("stubs / protobuf", case, "stubs", "protobuf", target=("<", 1.0))
s.finish()
print("\nbytes allocated per operation (gc.alloc.rate.norm, median over runs):")
for case in cases:
    allocs = {v: protocol.summary([r["values"][v]["secondary"].get("gc.alloc.rate.norm", float("nan"))
                                   for r in s.records if r["group"] == case])["median"] for v in ("stubs", "protobuf")}
    print(f"  {case:22} stubs {allocs['stubs']:8.0f} B/op   protobuf {allocs['protobuf']:8.0f} B/op")
print("ratio < 1: our stubs are faster.")
PY
