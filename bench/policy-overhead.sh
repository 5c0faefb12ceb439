#!/usr/bin/env bash
# Benchmark: what enforcing a security policy costs IPC. A Call/Recv/Reply round trip through the
# reference kernel (generated bench.ksm.IGreet proxy -> the server process's generated dispatcher)
# under three security monitors (bench/jmh, class PolicyOverhead, parameter `policy`): (a) `none`,
# no policy (SecurityMonitor.ALLOW_ALL); (b) `base`, a least-privilege policy of Base rules in nested
# `match`es on class, endpoint and method (bench/jmh/src/main/psl/least_privilege.psl); (c) `flow`,
# (b) plus a Flow object checked on every request and a regex and a numeric check on message fields
# (flow_regex.psl). The policies are compiled from PSL in the benchmark's setup and run by the ksm
# engine (PolicyMonitor); the setup checks that (b) and (c) refuse what they must
# (rcSecurityDisallow) before anything is timed. 1 and 16 client processes, one server thread.
# Protocol (bench/README.md): RUNS runs, each policy in its own JMH invocation, in alternating
# order; prints the medians of the per-run cost ratios (b)/(a) (target <= 1.15) and (c)/(a)
# (target <= 1.50) with their IQR; raw results in bench/results/policy-overhead/.
# Usage: bench/policy-overhead.sh [extra JMH options]   (needs: JDK 17, Maven, protoc, python3)
# Knobs: RUNS (10), CLIENTS ("1 16"), FORKS (1), WARMUP (iterations, 3), ITERATIONS (5), TIME (1s),
# SKIP_BUILD (reuse the last build), RT (run JMH under `chrt -f 10`, as root).
set -euo pipefail
. "$(dirname "$0")/lib/protocol.sh"
bench_need protoc java mvn python3
bench_jmh_build
BENCH_LAUNCHER="${RT:+chrt -f 10 }$(bench_jmh_launcher)" bench_py "$@" <<'PY'
import os, sys
import protocol
clients = os.environ.get("CLIENTS", "1 16").split()
jmh = ["-f", os.environ.get("FORKS", "1"), "-wi", os.environ.get("WARMUP", "3"), "-i", os.environ.get("ITERATIONS", "5"),
       "-w", os.environ.get("TIME", "1s"), "-r", os.environ.get("TIME", "1s"), *sys.argv[1:]]
s = protocol.Session("policy-overhead", conditions={
    "jmh": " ".join(jmh), "clients": clients, "server_threads": 1, "rt": bool(os.environ.get("RT")),
    "variants": {"none": "(a) no policy", "base": "(b) least_privilege.psl", "flow": "(c) flow_regex.psl"}})
launcher = os.environ["BENCH_LAUNCHER"].split()
group = lambda t: f"{t} client" if t == "1" else f"{t} clients"
for run in s.runs():
    for t in clients:
        s.jmh(group(t), run, [(p, ["PolicyOverhead", "-p", f"policy={p}", "-t", t, *jmh]) for p in ("none", "base", "flow")],
              launcher)
for t in clients:
    s.ratio("(b) base / (a) none", group(t), "base", "none", target=("<=", 1.15))
    s.ratio("(c) flow+regex / (a) none", group(t), "flow", "none", target=("<=", 1.50))
s.finish()
print("ratio = time per round trip under the policy / without one. With 16 clients on 2 cores the round")
print("trip flips between spinning and parking, which dwarfs the monitor's work (docs/psl.md); the monitor")
print("alone, without IPC: org.kos.bench.ksm.PolicyCheck (bench/jmh/README.md).")
PY
