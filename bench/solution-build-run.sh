#!/usr/bin/env bash
# Benchmark: `kos solution build` + `kos run` of the largest example (testdata/solutions/
# traffic-light: 5 tasks, 4 programs, 23 generated stub files), in the same run as its baselines:
#   java -version        a bare JVM start;
#   hello-world JVM      a JVM start running one class, with the flags ./kos uses;
#   javac                javac of the same Java (the generated stubs and every program's sources)
#                        in one invocation, with the flags kos uses (--release 17 -Xlint:all -Werror).
# Then where the build's time goes, from `kos solution build -v` (front end, javac, image; the
# rest is JVM start and the CLI), and the run's time beyond a JVM start (boot, the processes, the
# idle check). Prints mean times and ratios.
# Incremental cases (issue 20), on a copy of the solution with its own build directory: "edit one
# program" (a comment appended to one program's source before each run, then build + run) against
# javac of that one file + a hello-world JVM, in the same run (target <= 1.5x); and a rebuild with
# no change (target <= 0.5 s).
# Needs: mvn -B -q package -DskipTests (kos-cli/target/kos-cli.jar); hyperfine; python3.
# Usage: bench/solution-build-run.sh [runs] [solution dir]   (default 5, the traffic-light example)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
solution=${2:-testdata/solutions/traffic-light}
[ -f kos-cli/target/kos-cli.jar ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is not installed" >&2; exit 2; }

out=$PWD/bench/out/solution-build-run
rm -rf "$out"
mkdir -p "$out/hello"
runtime=$PWD/kos-cli/target/lib/kos-runtime.jar
jvm_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:NewRatio=1 -XX:-UsePerfData"

printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  > "$out/hello/Hello.java"
javac -d "$out/hello" "$out/hello/Hello.java"
# The javac baseline compiles what kos compiles: the stubs (as `kos nk compile` writes them) and
# the programs' sources.
find "$solution/nk" -type f \( -name '*.idl' -o -name '*.cdl' -o -name '*.edl' \) | sort > "$out/nk-files.txt"
./kos nk compile -q -I "$solution/nk" -o "$out/stubs" $(cat "$out/nk-files.txt")
{ find "$out/stubs" -name '*.java'; find "$solution/programs" -name '*.java'; } | sort > "$out/sources.txt"
javac_cmd="rm -rf $out/classes && javac -d $out/classes --release 17 -Xlint:all -Werror -cp $runtime @$out/sources.txt"
sh -c "$javac_cmd"   # fails here if the sources do not compile
# A clean build each time (its own build directory, emptied): the incremental cases come last.
clean="--clean --build-dir $out/build"
./kos solution build -q $clean "$solution" -o "$out/solution.img"
./kos run "$out/solution.img" >/dev/null   # fails here if the solution does not run well
echo "$(wc -l < "$out/sources.txt") Java files ($(find "$out/stubs" -name '*.java' | wc -l) stubs), $(wc -l < "$out/nk-files.txt") NK files" >&2

hyperfine --warmup 1 --runs "$runs" --export-json "$out/times.json" \
  -n "java -version" "java -version" \
  -n "hello-world JVM" "java $jvm_opts -cp $out/hello Hello" \
  -n "javac (same sources)" "$javac_cmd" \
  -n "kos solution build" "./kos solution build -q $clean $solution -o $out/solution.img" \
  -n "kos run" "./kos run $out/solution.img" >&2

# The build's own stage times (kos solution build -v) and the wall time of the same invocation,
# so that "the rest" (JVM start, loading the CLI, Einit's generation) is measured, not guessed.
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./kos solution build -v $clean "$solution" -o "$out/solution.img" 2>"$out/build.err" >/dev/null
  end=$(date +%s%N)
  grep ' ms$' "$out/build.err" || true
  echo "kos solution build: total $(( (end - start) / 1000000 )) ms"
done > "$out/phases.txt"

python3 - "$out/times.json" "$out/phases.txt" <<'PY'
import json, re, sys
from collections import defaultdict
results = json.load(open(sys.argv[1]))["results"]
times = {r["command"]: r["mean"] * 1000 for r in results}
# CPU time in user mode: steadier than wall time on a shared machine.
user = {r["command"]: r["user"] * 1000 for r in results}
phases = defaultdict(list)
for line in open(sys.argv[2]):
    m = re.match(r"kos solution build: (.*) (\d+) ms$", line.strip())
    if m:
        phases[m.group(1)].append(int(m.group(2)))
phase = {k: sum(v) / len(v) for k, v in phases.items()}
total = phase.pop("total")
build, run = times["kos solution build"], times["kos run"]
jvm, hello, javac = times["java -version"], times["hello-world JVM"], times["javac (same sources)"]
print(f"{'':34}{'mean ms':>9}{'user ms':>9}")
for name, t in times.items():
    print(f"{name:34}{t:9.0f}{user[name]:9.0f}")
print()
print(f"kos solution build -v, {len(phases['total'])} runs, mean {total:.0f} ms, by stage:")
for name in ("front end", "javac", "confinement", "image"):
    print(f"  {name:32}{phase.get(name, float('nan')):9.0f}")
rest = total - sum(phase.values())
print(f"  {'JVM start, CLI, rest':32}{rest:9.0f}")
print(f"kos run beyond a hello-world JVM: {run - hello:9.0f}")
print()
print(f"build / javac of the same sources: {build / javac:.2f}x")
print(f"build javac stage / javac baseline: {phase.get('javac', 0) / javac:.2f}x")
print(f"run / hello-world JVM: {run / hello:.2f}x")
print(f"build + run: {build + run:.0f} ms")
# The confinement check (docs/confinement.md) against the same build without it, run by run:
# total / (total - check). Target: under 1.15.
ratios = [t / (t - c) for t, c in zip(phases["total"], phases.get("confinement", [])) if t > c]
if ratios:
    mid = sorted(ratios)[len(ratios) // 2]
    print("confinement check, build with / without it, per run: " + " ".join(f"{r:.3f}" for r in ratios))
    print(f"confinement check median: {mid:.3f}x (target < 1.15x); check alone "
          f"{sorted(phases['confinement'])[len(ratios) // 2]} ms")
PY

# Incremental cases: a copy, so the example's own target/ is left alone.
inc=$out/incremental
mkdir -p "$inc/one"
cp -r "$solution" "$inc/solution"
rm -rf "$inc/solution/target"
edited=$(find "$inc/solution/programs" -name '*.java' | sort | grep -m1 '/Controller/' || find "$inc/solution/programs" -name '*.java' | sort | head -1)
./kos solution build -q "$inc/solution" -o "$inc/x.img"   # fills the build directory
one_javac="javac -d $inc/one --release 17 -Xlint:all -Werror -cp $runtime:$out/classes $edited"
# One --prepare per command (hyperfine pairs them in order): only the edit case edits.
hyperfine --warmup 1 --runs "$runs" --export-json "$inc/times.json" \
  --prepare true --prepare "echo '// edited' >> $edited" --prepare true \
  -n "javac of the edited file + hello-world JVM" "$one_javac && java $jvm_opts -cp $out/hello Hello" \
  -n "edit one program: build + run" "./kos solution build -q $inc/solution -o $inc/x.img && ./kos run $inc/x.img" \
  -n "rebuild, no change" "./kos solution build -q $inc/solution -o $inc/x.img" >&2
./kos solution build -v "$inc/solution" -o "$inc/x.img" 2>&1 | grep 'compiled' >&2

python3 - "$inc/times.json" "$edited" <<'PY'
import json, sys
t = {r["command"]: r["mean"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
base = t["javac of the edited file + hello-world JVM"]
edit, none = t["edit one program: build + run"], t["rebuild, no change"]
print()
print(f"edited: {sys.argv[2]}")
for name, v in t.items():
    print(f"{name:44}{v:9.0f} ms")
print(f"edit one program / (javac of it + hello-world JVM): {edit / base:.2f}x (target <= 1.5x)")
print(f"rebuild with no change: {none:.0f} ms (target <= 500 ms)")
PY
