#!/usr/bin/env bash
# Benchmark: `kos romfs build --format romfs` against genromfs on the same trees, in the same run.
#   1. 10,000 small files (100 directories x 100 files, 64..2111 bytes each)
#   2. a few large files, 200 MiB in total (4 x 50 MiB)
# Prints mean times and the ratio kos/genromfs (below 1.0 means kos is faster). JVM start-up is
# included on purpose: it is what a user waits for; to show how much of it there is, the same run
# also times `./kos romfs build` of an empty directory (JVM start, class loading, no work) and
# prints the build time without it. Needs: a built checkout
# (mvn -B -q package -DskipTests), genromfs; uses hyperfine when installed, plain timing otherwise.
# Usage: bench/romfs-vs-genromfs.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=bench/out/romfs
command -v genromfs >/dev/null || { echo "genromfs is not installed (apt-get install genromfs)" >&2; exit 2; }
[ -f kos-cli/target/kos-cli.jar ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
mkdir -p "$out"

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

mean_of() { # command... -> mean seconds over $runs runs (plain timing fallback)
  local total=0 start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
    total=$((total + end - start))
  done
  python3 -c "print($total / $runs / 1e9)"
}

compare() { # name tree
  local name=$1 tree=$2 g k
  local gcmd="genromfs -f $out/$name-genromfs.img -d $tree -V bench"
  local kcmd="./kos romfs build --format romfs -q -d $tree -o $out/$name-kos.img -V bench"
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/$name.json" -n genromfs "$gcmd" -n kos "$kcmd" >&2
    read -r g k < <(python3 -c "import json,sys; r=json.load(open('$out/$name.json'))['results']; print(r[0]['mean'], r[1]['mean'])")
  else
    $gcmd; $kcmd  # warm-up
    g=$(mean_of $gcmd); k=$(mean_of $kcmd)
  fi
  ./kos romfs verify -q "$out/$name-genromfs.img"
  ./kos romfs verify -q "$out/$name-kos.img"
  python3 -c "print('%-28s genromfs %8.3f s   kos %8.3f s   ratio kos/genromfs %.2f' % ('$name', $g, $k, $k / $g))"
  echo "$g $k" > "$out/$name.means"
}

startup() { # -> mean seconds of building an empty directory
  mkdir -p "$out/empty-tree"
  local cmd="./kos romfs build --format romfs -q -d $out/empty-tree -o $out/empty.img -V bench"
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/startup.json" -n startup "$cmd" >&2
    python3 -c "import json; print(json.load(open('$out/startup.json'))['results'][0]['mean'])"
  else
    $cmd
    mean_of $cmd
  fi
}

echo "== romfs build: kos vs genromfs ($runs runs each) =="
compare "10000-small-files" "$small"
compare "200MiB-in-4-files" "$large"
s=$(startup)
python3 - "$s" "$out" <<'PY'
import sys
s, out = float(sys.argv[1]), sys.argv[2]
print('%-28s %.3f s (JVM start and class loading, included above)' % ('kos start-up (empty tree)', s))
for name in ("10000-small-files", "200MiB-in-4-files"):
    g, k = (float(x) for x in open('%s/%s.means' % (out, name)).read().split())
    print('%-28s genromfs %8.3f s   kos minus start-up %8.3f s   ratio %.2f' % (name, g, k - s, (k - s) / g))
PY
