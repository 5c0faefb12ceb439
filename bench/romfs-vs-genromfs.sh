#!/usr/bin/env bash
# Benchmark: `kos romfs build --format romfs` against genromfs on the same trees:
#   1. 10,000 small files (100 directories x 100 files, 64..2111 bytes each)
#   2. a few large files, 200 MiB in total (4 x 50 MiB)
# JVM start-up is included on purpose: it is what a user waits for; to show how much of it there
# is, every run also times `./kos romfs build` of an empty directory (JVM start, class loading, no
# work), and a second ratio takes it out. Protocol (bench/README.md): RUNS runs; in each, one
# hyperfine invocation per tree over genromfs, kos and the empty build, in alternating order;
# prints the medians of the per-run ratios kos/genromfs (below 1.0: kos is faster) with their IQR;
# raw results in bench/results/romfs-vs-genromfs/.
# Needs: a built checkout (mvn -B -q package -DskipTests), genromfs, hyperfine, python3.
# Usage: bench/romfs-vs-genromfs.sh   Knobs: RUNS (10), INNER (3), WARMUP (1).
set -euo pipefail
. "$(dirname "$0")/lib/protocol.sh"
cd "$BENCH_ROOT"
out=bench/out/romfs
bench_need genromfs hyperfine python3
bench_need_cli
mkdir -p "$out/empty-tree"

small="$out/small-tree"
if [ ! -d "$small" ]; then
  echo "generating $small (10,000 files)..."
  python3 - "$small" <<'PY'
import os, sys, random
root = sys.argv[1]
rnd = random.Random(42)
for d in range(100):
    path = os.path.join(root, "dir%03d" % d)
    os.makedirs(path)
    for f in range(100):
        with open(os.path.join(path, "file%03d.bin" % f), "wb") as fh:
            fh.write(rnd.randbytes(64 + rnd.randrange(2048)))
PY
fi
large="$out/large-tree"
if [ ! -d "$large" ]; then
  echo "generating $large (4 x 50 MiB)..."
  mkdir -p "$large"
  for i in 1 2 3 4; do head -c $((50 << 20)) /dev/urandom > "$large/blob$i.bin"; done
fi

# Both images must be readable before timing means anything.
genromfs -f "$out/check-genromfs.img" -d "$small" -V bench
./kos romfs build --format romfs -q -d "$small" -o "$out/check-kos.img" -V bench
./kos romfs verify -q "$out/check-genromfs.img"
./kos romfs verify -q "$out/check-kos.img"

OUT=$out SMALL=$small LARGE=$large bench_py <<'PY'
import os
import protocol
out = os.environ["OUT"]
trees = {"10000-small-files": os.environ["SMALL"], "200MiB-in-4-files": os.environ["LARGE"]}
s = protocol.Session("romfs-vs-genromfs", tools={"hyperfine": ["hyperfine", "--version"]},
                     conditions={"trees": {"10000-small-files": "100 dirs x 100 files, 64..2111 bytes",
                                           "200MiB-in-4-files": "4 x 50 MiB"}, "hyperfine": "-N (no shell)"})
for run in s.runs():
    for name, tree in trees.items():
        s.hyperfine(name, run, [
            ("genromfs", f"genromfs -f {out}/{name}-genromfs.img -d {tree} -V bench"),
            ("kos", f"./kos romfs build --format romfs -q -d {tree} -o {out}/{name}-kos.img -V bench"),
            ("kos, empty tree (start-up)", f"./kos romfs build --format romfs -q -d {out}/empty-tree -o {out}/empty.img -V bench")],
            options=["-N"])
minus = ("kos - start-up", lambda v: v["kos"] - v["kos, empty tree (start-up)"])
for name in trees:
    s.ratio("kos / genromfs", name, "kos", "genromfs")
    s.ratio("(kos - start-up) / genromfs", name, minus, "genromfs")
s.finish()
PY
