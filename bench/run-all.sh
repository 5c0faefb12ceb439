#!/usr/bin/env bash
# Runs every benchmark under the protocol (bench/README.md) with its defaults, one after another,
# after building what they need once. Each writes its raw results to bench/results/<benchmark>/
# (or bench/out/results/ for a smoke run, RUNS below 10) and its output to bench/out/run-all/.
# Run it on an idle machine; it takes about 1 h 30 min with the defaults (bench/README.md lists
# each benchmark's time).
# Knobs: ONLY ("ipc-vs-handoff rc-decode ...": just these), SKIP ("...": all but these), RUNS and
# the other knobs of the scripts (passed on), SKIP_BUILD (reuse the last builds).
set -uo pipefail
. "$(dirname "$0")/lib/protocol.sh"
cd "$BENCH_ROOT"
all="rc-decode romfs-vs-genromfs nk-check-vs-protoc psl-check-vs-nk-check solution-audit solution-build-run
     stubs-vs-protobuf ipc-vs-handoff policy-overhead maven-plugin-overhead"
# shellcheck disable=SC2086
selected=$(echo ${ONLY:-$all})   # one line, single spaces
for name in ${SKIP:-}; do selected=$(echo " $selected " | sed "s/ $name / /"); done

if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q package -DskipTests || exit 1
  case " $selected " in *" stubs-vs-protobuf "* | *" ipc-vs-handoff "* | *" policy-overhead "*)
    mvn -B -q -P bench -pl bench/jmh -am package -DskipTests || exit 1 ;;
  esac
  case " $selected " in *" maven-plugin-overhead "*)
    # The ITs' private repository the overhead benchmark builds against.
    [ -d kos-maven-plugin/target/local-repo/org/kos/kos-maven-plugin ] || mvn -B -q verify -pl kos-maven-plugin -am || exit 1 ;;
  esac
fi
export SKIP_BUILD=1
mkdir -p bench/out/run-all
failed=()
for name in $selected; do
  echo "== $name ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))"
  if "bench/$name.sh" > "bench/out/run-all/$name.log" 2>&1; then
    sed -n '/^== /,$p' "bench/out/run-all/$name.log"
  else
    echo "FAILED (exit $?): bench/out/run-all/$name.log"
    failed+=("$name")
  fi
done
[ ${#failed[@]} -eq 0 ] || { echo "failed: ${failed[*]}"; exit 1; }
git status --short bench/results
