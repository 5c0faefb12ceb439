#!/usr/bin/env bash
# Benchmark: `kos solution audit` on a generated solution of 50 task classes (EDLs, the IDLs they
# serve, an init.yaml that connects each class to the next two) and a policy of about 2,000 lines
# (bench/audit/SolutionGen.java: grants, assert/deny on message fields, Flow state checks, kernel
# methods, dangerous ones among them, a few over-grants), side by side in the same hyperfine run with
# two baselines: `kos psl check` of the same policy (the checking every audit does first) and a bare
# JVM start (`java -version`). Target (issue 15): the audit under 2 s. Prints the median, min and max
# of each command, the load average before and after, and the ratios of the medians.
# Usage: bench/solution-audit.sh [classes]   (needs: a built checkout, hyperfine, python3)
#        RUNS=N sets hyperfine's runs (default 10, at least 5).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
classes=${1:-50}
out="$root/bench/out/solution-audit"
for tool in hyperfine java python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install hyperfine python3)" >&2; exit 2; }
done
[ -f "$root/kos-cli/target/kos-cli.jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
"$root/kos" help solution 2>/dev/null | grep -qE '^\s+audit\b' || { echo "this build has no 'kos solution audit'" >&2; exit 2; }
runs=${RUNS:-10}
[ "$runs" -ge 5 ] || runs=5

rm -rf "$out" && mkdir -p "$out"
java "$root/bench/audit/SolutionGen.java" "$out/solution" "$classes"
sol="$out/solution"
echo "solution: $classes classes, $(find "$sol/nk" -type f | wc -l) EDL/IDL files, init.yaml $(wc -l < "$sol/init.yaml") lines, security.psl $(wc -l < "$sol/security.psl") lines"

audit="'$root/kos' solution audit -I '$sol/nk' --init '$sol/init.yaml' --policy '$sol/security.psl'"
check="'$root/kos' psl check -q -I '$sol/nk' '$sol/security.psl'"
# Both must accept the inputs before timing means anything (the audit's exit code is 0: no --fail-on).
"$root/kos" psl check -q -I "$sol/nk" "$sol/security.psl"
"$root/kos" solution audit -I "$sol/nk" --init "$sol/init.yaml" --policy "$sol/security.psl" > "$out/report.txt"
echo "report: $(tail -1 "$out/report.txt"); $(grep -cE '^    [ !] (always|conditional)' "$out/report.txt") keys listed"

load_before=$(cat /proc/loadavg)
hyperfine --warmup 2 --runs "$runs" --export-json "$out/result.json" \
  -n "java -version" "java -version" \
  -n "kos psl check" "$check" \
  -n "kos solution audit" "$audit > /dev/null"
load_after=$(cat /proc/loadavg)

python3 - "$out/result.json" "$load_before" "$load_after" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
jvm, check, audit = r["java -version"], r["kos psl check"], r["kos solution audit"]
for name, x in (("java -version     ", jvm), ("kos psl check     ", check), ("kos solution audit", audit)):
    print(f"{name}: median {x['median']*1000:.0f} ms  (min {x['min']*1000:.0f}, max {x['max']*1000:.0f}, "
          f"{len(x['times'])} runs)")
print(f"load average before: {sys.argv[2]}")
print(f"load average after:  {sys.argv[3]}")
print(f"ratio of medians audit/psl check: {audit['median']/check['median']:.2f}; audit/JVM start: "
      f"{audit['median']/jvm['median']:.2f}")
print(f"audit median {audit['median']:.2f} s (target < 2 s): {'met' if audit['median'] < 2 else 'NOT met'}")
PY
