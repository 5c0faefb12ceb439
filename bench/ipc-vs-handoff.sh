#!/usr/bin/env bash
# Benchmark: a Call/Recv/Reply round trip through the reference kernel (generated bench.Ping proxy
# and dispatcher over KernelTransport) against two bare two-thread exchanges with no kernel
# (bench/jmh, class IpcVsHandoff): `samePolicy` waits exactly as the kernel's IPC does (the kernel's
# own SpinBudget and constants: spin, yield before park; SamePolicyExchange), `busySpin` never
# sleeps (the physical floor while every spinner has a core). 1, 2 and 16 client threads, one
# server thread. Protocol (bench/README.md): RUNS runs, each variant in its own JMH invocation, in
# alternating order; prints the medians of the per-run ratios kernel/same-policy (the kernel's own
# cost; target <= 2) and kernel/floor, with their IQR; raw results in bench/results/ipc-vs-handoff/.
# Usage: bench/ipc-vs-handoff.sh [extra JMH options]   (needs: JDK 17, Maven, protoc, python3)
# Knobs: RUNS (10), CLIENTS ("1 2 16"), FORKS (1), WARMUP (JMH iterations, 3), ITERATIONS (5),
# TIME (1s), SKIP_BUILD (reuse the last build of bench/jmh), RT (run JMH under `chrt -f 10`, as
# root: other work on the machine then waits).
set -euo pipefail
. "$(dirname "$0")/lib/protocol.sh"
bench_need protoc java mvn python3
bench_jmh_build
BENCH_LAUNCHER="${RT:+chrt -f 10 }$(bench_jmh_launcher)" bench_py "$@" <<'PY'
import os, sys
import protocol
clients = os.environ.get("CLIENTS", "1 2 16").split()
jmh = ["-f", os.environ.get("FORKS", "1"), "-wi", os.environ.get("WARMUP", "3"), "-i", os.environ.get("ITERATIONS", "5"),
       "-w", os.environ.get("TIME", "1s"), "-r", os.environ.get("TIME", "1s"), *sys.argv[1:]]
s = protocol.Session("ipc-vs-handoff", conditions={
    "jmh": " ".join(jmh), "clients": clients, "server_threads": 1, "rt": bool(os.environ.get("RT")),
    "variants": {"kernel": "Call/Recv/Reply through the kernel, generated stubs",
                 "samePolicy": "bare exchange, the kernel's waiting policy (SpinBudget, yield before park)",
                 "busySpin": "bare exchange, both sides spin without end"}})
launcher = os.environ["BENCH_LAUNCHER"].split()
group = lambda t: f"{t} client" if t == "1" else f"{t} clients"
for run in s.runs():
    for t in clients:
        s.jmh(group(t), run, [(v, [f"IpcVsHandoff.{v}$", "-t", t, *jmh]) for v in ("kernel", "samePolicy", "busySpin")],
              launcher)
for t in clients:
    s.ratio("kernel / same policy", group(t), "kernel", "samePolicy", target=("<=", 2.0))
    s.ratio("kernel / busy-spin floor", group(t), "kernel", "busySpin")
s.finish()
print("ratio = time per round trip of the kernel / of the bare exchange (1 / throughput). With more")
print("threads than cores the busy-spin 'floor' starves its own server and is no floor (docs/kernel.md).")
PY
