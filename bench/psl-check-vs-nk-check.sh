#!/usr/bin/env bash
# Benchmark: `kos psl check` on a generated corpus of 500 policies of realistic size (40-400 lines,
# median about 130; spec psl.md §14) over the interfaces of the nk benchmark (bench/nk/CorpusGen.java:
# 2,000 IDL files, 200 CDL components, 40 EDL task classes), against `kos nk check` on those
# interfaces alone, side by side in the same hyperfine run. Requirement: psl check < 1.5x nk check.
# The policies (bench/psl/PolicyGen.java) together name every class and endpoint of the corpus, so
# the PSL check has the NK work of the same interfaces to do, plus the policies themselves.
# Prints the median, min and max of each command, the load average before and after, and the ratio
# of the medians.
# Usage: bench/psl-check-vs-nk-check.sh [policy-count]   (needs: a built checkout, hyperfine, python3)
#        RUNS=N sets hyperfine's runs (default 10).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-500}
out="$root/bench/out/psl-corpus"
for tool in hyperfine java python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install hyperfine python3)" >&2; exit 2; }
done
[ -f "$root/kos-cli/target/kos-cli.jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
# `kos help psl` lists psl's subcommands (a bare `kos psl check --help` prints kos's help and exits 0).
"$root/kos" help psl 2>/dev/null | grep -qE '^\s+check\b' || { echo "this build has no 'kos psl check'" >&2; exit 2; }

rm -rf "$out" && mkdir -p "$out"
java "$root/bench/nk/CorpusGen.java" "$out"
rm -rf "$out/proto" # CorpusGen's protoc twin is not used here
java "$root/bench/psl/PolicyGen.java" "$out" "$count" --sdk "$root/nk-compiler/src/main/resources/org/kos/nkc/sdk"
# An independent re-read of the policies: grammar, names, message fields; prints the coverage.
java "$root/bench/psl/PolicyGen.java" --verify "$out" --sdk "$root/nk-compiler/src/main/resources/org/kos/nkc/sdk"
nk_files=$(find "$out/nk" -type f | wc -l)
psl_files=$(find "$out/psl" -name '*.psl' | wc -l)
echo "corpus: $nk_files IDL/CDL/EDL files, $psl_files PSL files ($count policies + common.psl)"

# Both commands must accept the corpus before timing means anything.
"$root/kos" nk check -q -I "$out/nk" "$out/nk"
"$root/kos" psl check -q -I "$out/nk" -I "$out/psl" "$out/psl"

load_before=$(cat /proc/loadavg)
hyperfine --warmup 2 --runs "${RUNS:-10}" --export-json "$out/result.json" \
  -n "kos nk check" "'$root/kos' nk check -q -I '$out/nk' '$out/nk'" \
  -n "kos psl check" "'$root/kos' psl check -q -I '$out/nk' -I '$out/psl' '$out/psl'"
load_after=$(cat /proc/loadavg)

python3 - "$out/result.json" "$load_before" "$load_after" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
base, ours = r["kos nk check"], r["kos psl check"]
for name, x in (("kos nk check ", base), ("kos psl check", ours)):
    print(f"{name}: median {x['median']*1000:.0f} ms  (min {x['min']*1000:.0f}, max {x['max']*1000:.0f}, "
          f"{len(x['times'])} runs)")
print(f"load average before: {sys.argv[2]}")
print(f"load average after:  {sys.argv[3]}")
print(f"ratio of medians psl/nk: {ours['median']/base['median']:.2f} (target < 1.50)")
PY
