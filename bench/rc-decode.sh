#!/usr/bin/env bash
# Start-up of `kos rc decode` as a whole command (launcher, JVM, decode, exit) against a bare JVM
# start that gets what the launcher gives itself: a hello-world Java program run with the ./kos
# launcher's JVM flags ($BENCH_KOS_FLAGS, checked against ./kos by BenchProtocolTest), its own
# AppCDS archive (made here, as ./kos makes kos-cli.jsa) and the launcher's locale (C.UTF-8).
# Protocol (bench/README.md): RUNS runs of one hyperfine invocation (no shell, -N) over the three
# commands in alternating order; prints the median of the per-run ratios kos/hello (target <= 1.5)
# with its IQR; raw results in bench/results/rc-decode/.
#   RUNS=20 INNER=10 bench/rc-decode.sh   more runs on a noisy machine (defaults 10 and 10)
#   STRICT=1 bench/rc-decode.sh           exit 1 when the median ratio is above the target
set -euo pipefail
. "$(dirname "$0")/lib/protocol.sh"
cd "$BENCH_ROOT"
bench_need hyperfine java javac python3
[ -f kos-cli/target/kos-cli.jar ] || mvn -B -q package -DskipTests

out=bench/out/rc-decode
rm -rf "$out"
bench_hello "$out"
./kos rc decode 0x90000015 >/dev/null   # the first run after a build makes the launcher's CDS archive
[ -f kos-cli/target/kos-cli.jsa ] || { echo "the launcher made no CDS archive (kos-cli/target/kos-cli.jsa)" >&2; exit 1; }

OUT=$out bench_py <<'PY'
import os, sys
import protocol
out, flags = os.environ["OUT"], os.environ["BENCH_KOS_FLAGS"]
db = "testdata/retcode/golden/retcodes.json"   # an 11-code team database, for information
# The launcher runs Java under C.UTF-8 when the locale is C/POSIX or unset; hyperfine -N passes our
# environment on, so both sides see the same locale.
os.environ["LC_ALL"] = "C.UTF-8"
hello = f"java {flags} -XX:SharedArchiveFile={out}/hello.jsa -cp {out}/hello.jar Hello"
s = protocol.Session("rc-decode", tools={"hyperfine": ["hyperfine", "--version"]},
                     conditions={"baseline": hello, "locale": "LC_ALL=C.UTF-8", "hyperfine": "-N (no shell)"})
for run in s.runs():
    s.hyperfine("start-up", run, [
        ("hello world (launcher flags, own AppCDS)", hello),
        ("kos rc decode 0x90000015", "./kos rc decode 0x90000015"),
        ("kos rc decode --db (11 codes)", f"./kos rc decode --db {db} rcAcmeUsbStall")],
        inner=int(os.environ.get("INNER", 10)), warmup=int(os.environ.get("WARMUP", 3)), options=["-N"])
r = s.ratio("kos rc decode / hello world", "start-up", "kos rc decode 0x90000015",
            "hello world (launcher flags, own AppCDS)", target=("<=", 1.5))
s.ratio("kos rc decode --db / hello world", "start-up", "kos rc decode --db (11 codes)",
        "hello world (launcher flags, own AppCDS)")
s.finish()
if os.environ.get("STRICT") == "1" and not r["met"]:
    sys.exit(1)
PY
