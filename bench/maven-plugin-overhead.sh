#!/usr/bin/env bash
# Benchmark: the time kos-maven-plugin adds to a Maven build of the echo example
# (testdata/maven/echo), in the same run:
#   with     the example as it is: kos:generate + kos:generate-test, then compile, test-compile, jar;
#   without  the same project with the generated stubs checked in as ordinary sources and the
#            plugin removed from its pom (same Java to compile, no IDL).
# Each is timed cold (target/ deleted before every timed build) and with nothing changed (a second
# build over a complete target/). Protocol (bench/README.md): RUNS runs; in each, one hyperfine
# invocation per case over both projects in alternating order; prints the medians over the runs
# with their IQR and the medians of the per-run ratios with/without; raw results in
# bench/results/maven-plugin-overhead/. Builds run offline against the ITs' private repository
# (kos-maven-plugin/target/local-repo).
# Needs: mvn -B verify -pl kos-maven-plugin -am (fills that repository); hyperfine; python3.
# Usage: bench/maven-plugin-overhead.sh   Knobs: RUNS (10), INNER (3), WARMUP (1).
set -euo pipefail
. "$(dirname "$0")/lib/protocol.sh"
cd "$BENCH_ROOT"
repo=$PWD/kos-maven-plugin/target/local-repo
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
[ -d "$repo/org/kos/kos-maven-plugin/$version" ] || {
  echo "run first: mvn -B verify -pl kos-maven-plugin -am (installs the plugin into $repo)" >&2; exit 2; }
bench_need hyperfine mvn python3

out=$PWD/bench/out/maven-plugin
rm -rf "$out"
mkdir -p "$out"
sed "s|@localRepositoryUrl@|file://${HOME}/.m2/repository|" kos-maven-plugin/src/it/settings.xml > "$out/settings.xml"
mvn_args="-B -q -o -s $out/settings.xml -Dmaven.repo.local=$repo package -DskipTests"

with=$out/with
without=$out/without
cp -r testdata/maven/echo "$with"
rm -f "$with/verify.groovy"
sed -i "s|@project.version@|$version|" "$with/pom.xml"
# One build of 'with' gives the stubs that 'without' keeps as sources.
(cd "$with" && mvn $mvn_args >/dev/null)
cp -r "$with" "$without"
cp -r "$with/target/generated-sources/nk/." "$without/src/main/java/"
cp -r "$with/target/generated-test-sources/nk/." "$without/src/test/java/"
rm -rf "$without/src/main/nk" "$without/src/test/nk" "$without/target"
python3 - "$without/pom.xml" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
s, n = re.subn(r"\s*<plugin>\s*<groupId>org\.kos</groupId>\s*<artifactId>kos-maven-plugin</artifactId>.*?</plugin>", "", s, flags=re.S)
assert n == 1, "kos-maven-plugin block not found"
open(p, "w").write(s)
PY
(cd "$without" && mvn $mvn_args >/dev/null)   # fails here if the checked-in stubs do not build

# The plugin also reports its own time (loading the compiler's classes included; Maven's set-up of
# the plugin's class realm not); one more cold and one unchanged build, with the log kept.
self_cold=$(cd "$with" && rm -rf target && mvn ${mvn_args/-q /} | sed -n 's/.*kos: .*(\([0-9]*\) ms)$/\1/p' | paste -sd+)
self_unchanged=$(cd "$with" && mvn ${mvn_args/-q /} | sed -n 's/.*kos: .*(nothing changed, \([0-9]*\) ms)$/\1/p' | paste -sd+)

WITH=$with WITHOUT=$without MVN_ARGS=$mvn_args SELF_COLD=$self_cold SELF_UNCHANGED=$self_unchanged bench_py <<'PY'
import os
import protocol
w, wo, args = os.environ["WITH"], os.environ["WITHOUT"], os.environ["MVN_ARGS"]
s = protocol.Session("maven-plugin-overhead", tools={"mvn": ["mvn", "--version"], "hyperfine": ["hyperfine", "--version"]},
                     conditions={"project": "testdata/maven/echo", "mvn": args})
for run in s.runs():
    s.hyperfine("cold", run, [("with plugin", f"cd {w} && mvn {args}"), ("without plugin", f"cd {wo} && mvn {args}")],
                options=["--prepare", f"rm -rf {w}/target {wo}/target"])
    s.hyperfine("unchanged", run, [("with plugin", f"cd {w} && mvn {args}"), ("without plugin", f"cd {wo} && mvn {args}")])
for case in ("cold", "unchanged"):
    s.ratio("with plugin / without", case, "with plugin", "without plugin")
s.finish()
total = lambda x: sum(int(v) for v in x.split("+") if v)
print(f"time the plugin reports for its goals (generate + generate-test), one build: cold "
      f"{total(os.environ['SELF_COLD'])} ms, unchanged {total(os.environ['SELF_UNCHANGED'])} ms")
PY
