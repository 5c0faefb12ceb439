#!/usr/bin/env bash
# Benchmark: the time kos-maven-plugin adds to a Maven build of the echo example
# (testdata/maven/echo), in the same run:
#   with     the example as it is: kos:generate + kos:generate-test, then compile, test-compile, jar;
#   without  the same project with the generated stubs checked in as ordinary sources and the
#            plugin removed from its pom (same Java to compile, no IDL).
# Each is timed cold (target/ deleted before every run) and with nothing changed (a second build
# over a complete target/). Prints mean times and the difference, i.e. the plugin's cost.
# Builds run offline against the ITs' private repository (kos-maven-plugin/target/local-repo).
# Needs: mvn -B verify -pl kos-maven-plugin -am (fills that repository); hyperfine.
# Usage: bench/maven-plugin-overhead.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
repo=$PWD/kos-maven-plugin/target/local-repo
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
[ -d "$repo/org/kos/kos-maven-plugin/$version" ] || {
  echo "run first: mvn -B verify -pl kos-maven-plugin -am (installs the plugin into $repo)" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }

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

hyperfine --warmup 1 --runs "$runs" --export-json "$out/cold.json" \
  --prepare "rm -rf $with/target $without/target" \
  -n "cold, with plugin" "cd $with && mvn $mvn_args" \
  -n "cold, without plugin" "cd $without && mvn $mvn_args" >&2
hyperfine --warmup 1 --runs "$runs" --export-json "$out/unchanged.json" \
  -n "unchanged, with plugin" "cd $with && mvn $mvn_args" \
  -n "unchanged, without plugin" "cd $without && mvn $mvn_args" >&2

# The plugin also reports its own time (loading the compiler's classes included; Maven's set-up of
# the plugin's class realm not); one more cold and one unchanged build, with the log kept.
self_cold=$(cd "$with" && rm -rf target && mvn ${mvn_args/-q /} | sed -n 's/.*kos: .*(\([0-9]*\) ms)$/\1/p' | paste -sd+)
self_unchanged=$(cd "$with" && mvn ${mvn_args/-q /} | sed -n 's/.*kos: .*(nothing changed, \([0-9]*\) ms)$/\1/p' | paste -sd+)

python3 - "$out" "$self_cold" "$self_unchanged" <<'PY'
import json, sys
out, self_cold, self_unchanged = sys.argv[1], sys.argv[2], sys.argv[3]
print()
print("wall time (mean of runs; a busy machine makes it noisy) and CPU time (user + system):")
print("%-10s %10s %12s %14s %7s | %10s %12s %10s" % ("build", "with (s)", "without (s)", "plugin adds", "ratio",
                                                    "CPU with", "CPU without", "CPU adds"))
for case in ("cold", "unchanged"):
    r = json.load(open(f"{out}/{case}.json"))["results"]
    w, wo = r[0]["mean"], r[1]["mean"]
    sd = (r[0]["stddev"] ** 2 + r[1]["stddev"] ** 2) ** 0.5
    cw, cwo = r[0]["user"] + r[0]["system"], r[1]["user"] + r[1]["system"]
    print("%-10s %10.3f %12.3f %7.3f ± %.3f %7.3f | %10.3f %12.3f %10.3f" % (case, w, wo, w - wo, sd, w / wo, cw, cwo, cw - cwo))
print()
print("time the plugin reports for its goals (generate + generate-test), ms: cold %s, unchanged %s"
      % (eval(self_cold or "0"), eval(self_unchanged or "0")))
PY
