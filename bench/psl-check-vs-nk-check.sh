#!/usr/bin/env bash
# Benchmark: `kos psl check` on a generated corpus of 500 policies of realistic size (40-400 lines,
# median about 130; spec psl.md §14) over the interfaces of the nk benchmark (bench/nk/CorpusGen.java:
# 2,000 IDL files, 200 CDL components, 40 EDL task classes), against `kos nk check` on those
# interfaces alone. Requirement: psl check < 1.5x nk check. The policies (bench/psl/PolicyGen.java)
# together name every class and endpoint of the corpus, so the PSL check has the NK work of the
# same interfaces to do, plus the policies themselves. Protocol (bench/README.md): RUNS runs of one
# hyperfine invocation over both commands in alternating order; prints the median of the per-run
# ratios psl/nk with its IQR; raw results in bench/results/psl-check-vs-nk-check/.
# Usage: bench/psl-check-vs-nk-check.sh [policy-count]   (needs: a built checkout, hyperfine, python3)
# Knobs: RUNS (10), INNER (3), WARMUP (1).
set -euo pipefail
. "$(dirname "$0")/lib/protocol.sh"
root=$BENCH_ROOT
count=${1:-500}
out="$root/bench/out/psl-corpus"
bench_need hyperfine java python3
bench_need_cli
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

NK_FILES=$nk_files PSL_FILES=$psl_files OUT=$out bench_py <<'PY'
import os
import protocol
root, out = os.environ["BENCH_ROOT"], os.environ["OUT"]
s = protocol.Session("psl-check-vs-nk-check", tools={"hyperfine": ["hyperfine", "--version"]},
                     conditions={"nk_files": int(os.environ["NK_FILES"]), "psl_files": int(os.environ["PSL_FILES"])})
for run in s.runs():
    s.hyperfine("corpus", run, [("kos nk check", f"'{root}/kos' nk check -q -I '{out}/nk' '{out}/nk'"),
                                ("kos psl check", f"'{root}/kos' psl check -q -I '{out}/nk' -I '{out}/psl' '{out}/psl'")])
s.ratio("kos psl check / kos nk check", "corpus", "kos psl check", "kos nk check", target=("<", 1.5))
s.finish()
PY
