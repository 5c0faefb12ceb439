#!/usr/bin/env bash
# Benchmark: `kos nk check` on a synthetic corpus (2,000 IDL files + CDL/EDL trees) against
# `protoc` on the equivalent .proto corpus, side by side in the same hyperfine run.
# Prints both times and the ratio ours/protoc (target: <= 1.0).
# Usage: bench/nk-check-vs-protoc.sh [idl-count]   (needs: a built checkout, protoc, hyperfine)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-2000}
out="$root/bench/out/nk-corpus"
for tool in protoc hyperfine java; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install protobuf-compiler hyperfine)" >&2; exit 2; }
done
[ -f "$root/kos-cli/target/kos-cli.jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }

rm -rf "$out" && mkdir -p "$out"
java "$root/bench/nk/CorpusGen.java" "$out" "$count"
nk_files=$(find "$out/nk" -type f | wc -l)
proto_files=$(find "$out/proto" -name '*.proto' | wc -l)
(cd "$out/proto" && find . -name '*.proto' | sed 's|^\./||' | sort > ../proto-list)
echo "corpus: $nk_files IDL/CDL/EDL files, $proto_files .proto files"

# Both tools must accept their corpus before timing means anything.
"$root/kos" nk check -q -I "$out/nk" "$out/nk"
(cd "$out/proto" && xargs protoc -I . --descriptor_set_out=/dev/null < ../proto-list)

hyperfine --warmup 2 --runs "${RUNS:-10}" --export-json "$out/result.json" \
  -n "kos nk check" "'$root/kos' nk check -q -I '$out/nk' '$out/nk'" \
  -n "protoc" "cd '$out/proto' && xargs protoc -I . --descriptor_set_out=/dev/null < ../proto-list"

python3 - "$out/result.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
ours, base = r["kos nk check"]["mean"], r["protoc"]["mean"]
print(f"kos nk check: {ours*1000:.0f} ms  protoc: {base*1000:.0f} ms  ratio ours/protoc: {ours/base:.2f} (target <= 1.00)")
PY
