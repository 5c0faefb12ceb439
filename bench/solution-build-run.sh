#!/usr/bin/env bash
# Benchmark: `kos solution build` + `kos run` of the largest example (testdata/solutions/
# traffic-light: 5 tasks, 4 programs, 23 generated stub files), in the same runs as its baselines:
#   java -version        a bare JVM start;
#   hello-world JVM      a JVM start running one class with the ./kos launcher's flags and its own
#                        AppCDS archive (as ./kos has its own);
#   javac                javac of the same Java (the generated stubs and every program's sources)
#                        in one invocation, with the flags kos uses (--release 17 -Xlint:all -Werror).
# Then where the build's time goes, from `kos solution build -v` (front end, javac, confinement,
# image; the rest is JVM start and the CLI), once per run. Protocol (bench/README.md): RUNS runs of
# one hyperfine invocation over the five commands in alternating order, then the -v build; prints
# the medians over the runs with their IQR and the medians of the per-run ratios build/javac,
# run/hello-world and (build)/(build without the confinement check); raw results in
# bench/results/solution-build-run/.
# Incremental cases (issue 20, docs/solutions.md), in the same runs, on a copy of the solution with
# its own build directory: "edit one program" (a comment appended to one program's source, then
# build + run) against javac of that one file + the hello-world JVM (target <= 1.5x), and a rebuild
# with no change (target <= 0.5 s). The full-build cases use --clean and a build directory of
# their own, so they still time a build from nothing.
# Needs: mvn -B -q package -DskipTests (kos-cli/target/kos-cli.jar); hyperfine; python3.
# Usage: bench/solution-build-run.sh [solution dir]   (default: the traffic-light example)
# Knobs: RUNS (10), INNER (3), WARMUP (1).
set -euo pipefail
. "$(dirname "$0")/lib/protocol.sh"
cd "$BENCH_ROOT"
solution=${1:-testdata/solutions/traffic-light}
bench_need hyperfine java javac python3
bench_need_cli

out=$PWD/bench/out/solution-build-run
rm -rf "$out"
mkdir -p "$out/hello"
runtime=$PWD/kos-cli/target/lib/kos-runtime.jar
bench_hello "$out/hello"
# The javac baseline compiles what kos compiles: the stubs (as `kos nk compile` writes them) and
# the programs' sources.
find "$solution/nk" -type f \( -name '*.idl' -o -name '*.cdl' -o -name '*.edl' \) | sort > "$out/nk-files.txt"
./kos nk compile -q -I "$solution/nk" -o "$out/stubs" $(cat "$out/nk-files.txt")
{ find "$out/stubs" -name '*.java'; find "$solution/programs" -name '*.java'; } | sort > "$out/sources.txt"
javac_cmd="rm -rf $out/classes && javac -d $out/classes --release 17 -Xlint:all -Werror -cp $runtime @$out/sources.txt"
sh -c "$javac_cmd"   # fails here if the sources do not compile
# A clean build each time (its own build directory, emptied): the incremental cases are apart.
clean="--clean --build-dir $out/build"
./kos solution build -q $clean "$solution" -o "$out/solution.img"
./kos run "$out/solution.img" >/dev/null   # fails here if the solution does not run well
# Incremental cases: a copy, so the example's own target/ is left alone.
inc=$out/incremental
mkdir -p "$inc/one"
cp -r "$solution" "$inc/solution"
rm -rf "$inc/solution/target"
edited=$(find "$inc/solution/programs" -name '*.java' | sort | grep -m1 '/Controller/' || find "$inc/solution/programs" -name '*.java' | sort | head -1)
./kos solution build -q "$inc/solution" -o "$inc/x.img"   # fills the build directory
mkdir -p "$out/classes-stubs"
javac -d "$out/classes-stubs" --release 17 -cp "$runtime" $(find "$out/stubs" -name '*.java')
echo "$(wc -l < "$out/sources.txt") Java files ($(find "$out/stubs" -name '*.java' | wc -l) stubs), $(wc -l < "$out/nk-files.txt") NK files" >&2

OUT=$out SOLUTION=$solution JAVAC_CMD=$javac_cmd CLEAN=$clean INC=$inc EDITED=$edited RUNTIME=$runtime bench_py <<'PY'
import os, re, subprocess, time
import protocol
out, solution, flags = os.environ["OUT"], os.environ["SOLUTION"], os.environ["BENCH_KOS_FLAGS"]
os.environ["LC_ALL"] = "C.UTF-8"   # as ./kos runs Java
hello = f"java {flags} -XX:SharedArchiveFile={out}/hello/hello.jsa -cp {out}/hello/hello.jar Hello"
s = protocol.Session("solution-build-run", tools={"hyperfine": ["hyperfine", "--version"]},
                     conditions={"solution": solution, "hello": hello, "javac": os.environ["JAVAC_CMD"],
                                 "edited": os.environ["EDITED"]})
clean, inc, edited = os.environ["CLEAN"], os.environ["INC"], os.environ["EDITED"]
one_javac = (f"javac -d {inc}/one --release 17 -Xlint:all -Werror "
             f"-cp {os.environ['RUNTIME']}:{out}/classes-stubs {edited}")
STAGES = ("front end", "javac", "confinement", "image")

def stages(order):
    """One `kos solution build -v`: its wall time and the stage times it reports (seconds)."""
    start = time.perf_counter()
    p = subprocess.run(["./kos", "solution", "build", "-v", *clean.split(), solution, "-o", f"{out}/solution.img"],
                       capture_output=True, text=True, check=True)
    total = time.perf_counter() - start
    got = {m.group(1): int(m.group(2)) / 1000 for m in re.finditer(r"kos solution build: (.*) (\d+) ms$", p.stderr, re.M)}
    values = {"total": total, **{k: got.get(k, 0.0) for k in STAGES}}
    values["JVM start, CLI, rest"] = total - sum(got.get(k, 0.0) for k in STAGES)
    return {k: {"value": v, "unit": "s", "better": "lower"} for k, v in values.items()}

for run in s.runs():
    s.hyperfine("commands", run, [("java -version", "java -version"), ("hello-world JVM", hello),
                                  ("javac (same sources)", os.environ["JAVAC_CMD"]),
                                  ("kos solution build", f"./kos solution build -q {clean} {solution} -o {out}/solution.img"),
                                  ("kos run", f"./kos run {out}/solution.img")])
    s.record("build -v stages", run, ["kos solution build -v"], stages)
    # The edit is part of the timed command (one shell append); the no-change rebuild's warm-up
    # absorbs a rebuild after an edit when it follows one.
    s.hyperfine("incremental", run, [
        ("javac of the edited file + hello-world JVM", f"{one_javac} && {hello}"),
        ("edit one program: build + run",
         f"echo '// edited' >> {edited} && ./kos solution build -q {inc}/solution -o {inc}/x.img && ./kos run {inc}/x.img"),
        ("rebuild, no change", f"./kos solution build -q {inc}/solution -o {inc}/x.img")])
s.ratio("kos solution build / javac", "commands", "kos solution build", "javac (same sources)")
s.ratio("kos run / hello-world JVM", "commands", "kos run", "hello-world JVM")
s.ratio("build / build without the confinement check", "build -v stages", "total",
        ("total - confinement", lambda v: v["total"] - v["confinement"]), target=("<", 1.15))
s.ratio("edit one program / (javac of it + hello-world JVM)", "incremental", "edit one program: build + run",
        "javac of the edited file + hello-world JVM", target=("<=", 1.5))
s.ratio("rebuild with no change / 1 s", "incremental", "rebuild, no change",
        ("1 s", lambda v: 1.0), target=("<=", 0.5))
s.finish()
PY
