# Shell half of the benchmark protocol (bench/README.md, "Protocol"); sourced by bench/*.sh after
# `set -euo pipefail`. The runs, the statistics and the JSON are bench/lib/protocol.py's.
#   bench_root                the checkout (also in $BENCH_ROOT)
#   bench_need TOOL...        exit 2 with an install hint when a tool is missing
#   bench_need_cli            exit 2 unless kos-cli is built
#   bench_jmh_build           build bench/jmh (-P bench) unless SKIP_BUILD is set
#   bench_jmh_launcher        prints the java command line that starts JMH's main
#   bench_py                  runs the Python driver on stdin with bench/lib on the path
#   bench_hello DIR           compiles Hello.java into DIR/hello.jar and an AppCDS archive for it, DIR/hello.jsa,
#                             with the ./kos launcher's JVM flags ($BENCH_KOS_FLAGS)

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export BENCH_ROOT
# The ./kos launcher's default JVM flags (keep in step with ./kos; ProtocolTest checks it).
BENCH_KOS_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:NewRatio=1 -XX:-UsePerfData"
export BENCH_KOS_FLAGS

bench_root() { echo "$BENCH_ROOT"; }

bench_need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || {
      echo "missing $tool (apt-get install ${tool/protoc/protobuf-compiler}; JDK 17 and Maven for java/mvn)" >&2
      exit 2
    }
  done
}

bench_need_cli() {
  [ -f "$BENCH_ROOT/kos-cli/target/kos-cli.jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
}

bench_jmh_build() {
  [ -n "${SKIP_BUILD:-}" ] || (cd "$BENCH_ROOT" && mvn -B -q -P bench -pl bench/jmh -am package -DskipTests)
}

bench_jmh_launcher() {
  local jmh="$BENCH_ROOT/bench/jmh"
  echo "java -cp $jmh/target/classes:$(cat "$jmh/target/classpath.txt") org.openjdk.jmh.Main"
}

bench_py() {
  PYTHONPATH="$BENCH_ROOT/bench/lib${PYTHONPATH:+:$PYTHONPATH}" python3 - "$@"
}

bench_hello() {
  local dir=$1
  mkdir -p "$dir/classes"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
    > "$dir/Hello.java"
  javac -d "$dir/classes" "$dir/Hello.java"
  # AppCDS archives classes from jars only (a directory on the class path refuses the dump).
  jar cf "$dir/hello.jar" -C "$dir/classes" Hello.class
  rm -f "$dir/hello.jsa"
  # shellcheck disable=SC2086
  java $BENCH_KOS_FLAGS -XX:ArchiveClassesAtExit="$dir/hello.jsa" -cp "$dir/hello.jar" Hello >/dev/null 2>"$dir/cds.log" || true
  [ -s "$dir/hello.jsa" ] || { cat "$dir/cds.log" >&2; echo "could not make the AppCDS archive $dir/hello.jsa" >&2; exit 1; }
}
