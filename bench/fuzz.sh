#!/usr/bin/env bash
# Continuous fuzzing: runs every Jazzer @FuzzTest target (docs/fuzzing.md) in fuzzing mode
# (JAZZER_FUZZ=1, Maven profile -P fuzz) for SECONDS_PER_TARGET each, one target per JVM, and
# prints per target the number of executions libFuzzer reports and any finding. A finding's input
# is written by Jazzer next to the target's seeds (src/test/resources/.../<Class>Inputs/<method>/
# crash-*): fix the code, keep the file, and it replays in every `mvn verify` from then on.
# The generated corpus grows in each module's .cifuzz-corpus/ (not versioned) and is reused.
# Logs and a summary go to bench/out/fuzz/. Needs only Maven's local repository (offline).
# Usage: bench/fuzz.sh [SECONDS_PER_TARGET]   (default 600)
#   PARALLEL=2 bench/fuzz.sh ...   runs two targets at a time (halves the wall time; each gets
#                                  about half the CPU on a 2-core machine, so fewer executions)
#   TARGETS="kos-image cpio-image" ...  runs only these targets
#   FUZZ_OUT=DIR ...               logs and summary in DIR instead of bench/out/fuzz
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
parallel=${PARALLEL:-1}
out=${FUZZ_OUT:-bench/out/fuzz}
mkdir -p "$out"

# name module class#method
all_targets=(
  "nk-front-end      nk-compiler   org.kos.nkc.NkFrontEndFuzzTest#compile"
  "nk-decoders       nk-compiler   org.kos.nkc.javagen.MessageDecoderFuzzTest#decode"
  "psl-front-end     psl-compiler  org.kos.psl.PslFrontEndFuzzTest#check"
  "init-yaml         einit-gen     org.kos.einit.yaml.InitYamlFuzzTest#read"
  "solution-yaml     einit-gen     org.kos.einit.solution.SolutionYamlFuzzTest#read"
  "kos-image         romfs-builder org.kos.romfs.read.ImageReaderFuzzTest#kosImage"
  "romfs-image       romfs-builder org.kos.romfs.read.ImageReaderFuzzTest#romfsImage"
  "cpio-image        romfs-builder org.kos.romfs.read.ImageReaderFuzzTest#cpioImage"
  "cpio-compressed   romfs-builder org.kos.romfs.read.ImageReaderFuzzTest#compressedCpioImage"
  "rc-scanner        retcode-db    org.kos.rcdb.scan.ScannerFuzzTest#scan"
  "rc-database       retcode-db    org.kos.rcdb.store.DatabaseFuzzTest#read"
)
targets=()
for t in "${all_targets[@]}"; do
  name=${t%% *}
  if [ -z "${TARGETS:-}" ] || [[ " $TARGETS " == *" $name "* ]]; then targets+=("$t"); fi
done
[ ${#targets[@]} -gt 0 ] || { echo "no target matches TARGETS='$TARGETS'" >&2; exit 2; }

modules=$(for t in "${targets[@]}"; do read -r _ m _ <<<"$t"; echo "$m"; done | sort -u | paste -sd, -)
echo "compiling $modules (and what they depend on)..."
mvn -B -q -o test-compile -pl "$modules" -am >"$out/compile.log" 2>&1 \
  || { echo "compilation failed: $out/compile.log" >&2; exit 1; }

# Runs one target. Main code and the test stubs are not regenerated nor recompiled (compiled
# above), so that two targets running side by side do not rebuild under each other.
# Two targets of one module never run at once (PARALLEL > 1): the Maven runs would share the
# module's target/ directory, and one of them once ran no test at all. flock queues the second.
run_target() {
  local name=$1 module=$2 test=$3 log="$out/$1.log"
  flock "$out/$module.lock" mvn -B -o -P fuzz -Dfuzz.seconds="$seconds" -Dmaven.main.skip=true -Dexec.skip=true \
    -pl "$module" -am test -Dfuzz.target="$test" >"$log" 2>&1
  echo $? >"$out/$name.rc"
}

summarize() {
  local name=$1 log="$out/$1.log" rc execs secs finding
  rc=$(cat "$out/$name.rc" 2>/dev/null || echo "?")
  execs=$(grep -oE '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $2}')
  secs=$(grep -oE '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $5}')
  if [ -z "$execs" ]; then # stopped by a finding: libFuzzer's last status line
    execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  fi
  finding=$(grep -m1 -E '^== Java Exception:|^==[0-9]+== ERROR|FuzzTestFindingException|Java Exception' "$log" \
    | cut -c1-160)
  [ "$rc" = 0 ] || [ -n "$finding" ] || finding="maven exit $rc, see $log"
  # No libFuzzer line at all: the target did not fuzz (which must not read as "no finding").
  [ -n "$execs" ] || [ -n "$finding" ] || finding="did not fuzz (no libFuzzer output), see $log"
  printf '%-16s %12s execs %6ss  %s\n' "$name" "${execs:-?}" "${secs:-?}" "${finding:-no finding}"
}

start=$(date -u +%FT%TZ)
running=0
for t in "${targets[@]}"; do
  read -r name module test <<<"$t"
  echo "$(date -u +%T) fuzzing $name for ${seconds}s ($test)"
  rm -f "$out/$name.rc"
  run_target "$name" "$module" "$test" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
done
wait

summary="$out/summary.txt"
{
  echo "bench/fuzz.sh $seconds s/target, parallel $parallel, started $start, ended $(date -u +%FT%TZ)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  for t in "${targets[@]}"; do read -r name _ _ <<<"$t"; summarize "$name"; done
} | tee "$summary"
! grep -vE 'no finding$|^bench|^load' "$summary" | grep -q . 
