#!/usr/bin/env bash
# Benchmark: `kos solution audit` on a generated solution of 50 task classes (EDLs, the IDLs they
# serve, an init.yaml that connects each class to the next two) and a policy of about 2,000 lines
# (bench/audit/SolutionGen.java: grants, assert/deny on message fields, Flow state checks, kernel
# methods, dangerous ones among them, a few over-grants), side by side in the same hyperfine run with
# two baselines: `kos psl check` of the same policy (the checking every audit does first) and a bare
# JVM start (`java -version`). Target (issue 15): the audit under 2 s. Protocol (bench/README.md):
# RUNS runs of one hyperfine invocation over the three commands in alternating order; prints each
# command's median over the runs with its IQR and the medians of the per-run ratios; raw results in
# bench/results/solution-audit/.
# Usage: bench/solution-audit.sh [classes]   (needs: a built checkout, hyperfine, python3)
# Knobs: RUNS (10), INNER (3), WARMUP (1).
set -euo pipefail
. "$(dirname "$0")/lib/protocol.sh"
root=$BENCH_ROOT
classes=${1:-50}
out="$root/bench/out/solution-audit"
bench_need hyperfine java python3
bench_need_cli
"$root/kos" help solution 2>/dev/null | grep -qE '^\s+audit\b' || { echo "this build has no 'kos solution audit'" >&2; exit 2; }

rm -rf "$out" && mkdir -p "$out"
java "$root/bench/audit/SolutionGen.java" "$out/solution" "$classes"
sol="$out/solution"
echo "solution: $classes classes, $(find "$sol/nk" -type f | wc -l) EDL/IDL files, init.yaml $(wc -l < "$sol/init.yaml") lines, security.psl $(wc -l < "$sol/security.psl") lines"

# Both must accept the inputs before timing means anything (the audit's exit code is 0: no --fail-on).
"$root/kos" psl check -q -I "$sol/nk" "$sol/security.psl"
"$root/kos" solution audit -I "$sol/nk" --init "$sol/init.yaml" --policy "$sol/security.psl" > "$out/report.txt"
echo "report: $(tail -1 "$out/report.txt"); $(grep -cE '^    [ !] (always|conditional)' "$out/report.txt") keys listed"

CLASSES=$classes SOL=$sol bench_py <<'PY'
import os
import protocol
root, sol = os.environ["BENCH_ROOT"], os.environ["SOL"]
s = protocol.Session("solution-audit", tools={"hyperfine": ["hyperfine", "--version"]},
                     conditions={"classes": int(os.environ["CLASSES"]), "generator": "bench/audit/SolutionGen.java"})
audit = f"'{root}/kos' solution audit -I '{sol}/nk' --init '{sol}/init.yaml' --policy '{sol}/security.psl' > /dev/null"
for run in s.runs():
    s.hyperfine("audit", run, [("java -version", "java -version"),
                               ("kos psl check", f"'{root}/kos' psl check -q -I '{sol}/nk' '{sol}/security.psl'"),
                               ("kos solution audit", audit)])
s.ratio("kos solution audit / kos psl check", "audit", "kos solution audit", "kos psl check")
s.ratio("kos solution audit / java -version", "audit", "kos solution audit", "java -version")
s.finish()
med = protocol.summary([r["values"]["kos solution audit"]["value"] for r in s.records])
print(f"audit: median of the runs' medians {med['median']:.2f} s, IQR {med['q1']:.2f}-{med['q3']:.2f} "
      f"(target < 2 s): {'met' if med['median'] < 2 else 'NOT met'}")
PY
