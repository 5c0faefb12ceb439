#!/usr/bin/env bash
# Benchmark: `kos nk check` on a synthetic corpus (2,000 IDL files + CDL/EDL trees,
# bench/nk/CorpusGen.java) against `protoc` on the equivalent .proto corpus, unpinned and with both
# pinned to one core (`taskset -c 0`: kos's JVM otherwise uses the second core for its JIT and GC
# threads, which protoc cannot). Protocol (bench/README.md): RUNS runs of one hyperfine invocation
# over the four commands in alternating order (INNER timed runs each after WARMUP); prints the
# medians of the per-run ratios ours/protoc (of the runs' medians; target <= 1.0) with their IQR,
# pinned and unpinned; raw results in bench/results/nk-check-vs-protoc/.
# Usage: bench/nk-check-vs-protoc.sh [idl-count]   (needs: a built checkout, protoc, hyperfine, taskset)
# Knobs: RUNS (10), INNER (3), WARMUP (1), PIN_CPU (0).
set -euo pipefail
. "$(dirname "$0")/lib/protocol.sh"
root=$BENCH_ROOT
count=${1:-2000}
out="$root/bench/out/nk-corpus"
bench_need protoc hyperfine java python3 taskset
bench_need_cli

rm -rf "$out" && mkdir -p "$out"
java "$root/bench/nk/CorpusGen.java" "$out" "$count"
nk_files=$(find "$out/nk" -type f | wc -l)
proto_files=$(find "$out/proto" -name '*.proto' | wc -l)
(cd "$out/proto" && find . -name '*.proto' | sed 's|^\./||' | sort > ../proto-list)
echo "corpus: $nk_files IDL/CDL/EDL files, $proto_files .proto files"

# Both tools must accept their corpus before timing means anything.
"$root/kos" nk check -q -I "$out/nk" "$out/nk"
(cd "$out/proto" && xargs protoc -I . --descriptor_set_out=/dev/null < ../proto-list)

NK_FILES=$nk_files PROTO_FILES=$proto_files OUT=$out bench_py <<'PY'
import os
import protocol
root, out, cpu = os.environ["BENCH_ROOT"], os.environ["OUT"], os.environ.get("PIN_CPU", "0")
kos = f"'{root}/kos' nk check -q -I '{out}/nk' '{out}/nk'"
protoc = f"cd '{out}/proto' && xargs protoc -I . --descriptor_set_out=/dev/null < ../proto-list"
s = protocol.Session("nk-check-vs-protoc", tools={"protoc": ["protoc", "--version"], "hyperfine": ["hyperfine", "--version"]},
                     conditions={"nk_files": int(os.environ["NK_FILES"]), "proto_files": int(os.environ["PROTO_FILES"]),
                                 "pinned": f"taskset -c {cpu} (both tools, the whole command)"})
for run in s.runs():
    s.hyperfine("both", run, [("kos nk check", kos), ("protoc", protoc),
                              ("kos nk check, pinned", f"taskset -c {cpu} sh -c \"{kos}\""),
                              ("protoc, pinned", f"taskset -c {cpu} sh -c \"{protoc}\"")])
s.ratio("kos nk check / protoc, unpinned", "both", "kos nk check", "protoc", target=("<=", 1.0))
s.ratio("kos nk check / protoc, pinned to one core", "both", "kos nk check, pinned", "protoc, pinned", target=("<=", 1.0))
s.finish()
PY
