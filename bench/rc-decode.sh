#!/usr/bin/env bash
# Start-up of `kos rc decode` as a whole command (launcher, JVM, decode, exit) against the bare JVM
# start: a hello-world Java program run with the same JVM flags, timed side by side by hyperfine in
# the same run. Prints both times and their ratio; the target is a ratio of at most 1.5.
#   RUNS=50 bench/rc-decode.sh        more runs on a noisy machine
#   STRICT=1 bench/rc-decode.sh       exit 1 when the median ratio is above the target
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "rc-decode: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
[ -f kos-cli/target/kos-cli.jar ] || mvn -B -q package -DskipTests

out=bench/out/rc-decode
mkdir -p "$out"
cat > "$out/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
javac -d "$out" "$out/Hello.java"

flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"   # the ./kos launcher's defaults
./kos rc decode 0x90000015 >/dev/null                            # first run after a build makes the CDS archive

db=testdata/retcode/golden/retcodes.json                          # an 11-code team database, for information
hyperfine -N --warmup 5 --runs "${RUNS:-30}" --export-csv "$out/result.csv" \
  -n "hello world (bare JVM start)" "java $flags -cp $out Hello" \
  -n "kos rc decode 0x90000015" "./kos rc decode 0x90000015" \
  -n "kos rc decode --db (11 codes) rcAcmeUsbStall" "./kos rc decode --db $db rcAcmeUsbStall"

# CSV columns: command,mean,stddev,median,user,system,min,max (seconds)
awk -F, -v target=1.5 -v strict="${STRICT:-0}" '
  NR == 2 { bm = $2; bmed = $4; bcpu = $5 + $6 }
  NR == 3 { km = $2; kmed = $4; kcpu = $5 + $6 }
  NR == 4 { dm = $2; dmed = $4; dcpu = $5 + $6 }
  END {
    printf "\nbaseline hello world: mean %.1f ms, median %.1f ms, cpu %.1f ms\n", bm * 1000, bmed * 1000, bcpu * 1000
    printf "kos rc decode:        mean %.1f ms, median %.1f ms, cpu %.1f ms\n", km * 1000, kmed * 1000, kcpu * 1000
    printf "with a database:      mean %.1f ms, median %.1f ms, cpu %.1f ms\n", dm * 1000, dmed * 1000, dcpu * 1000
    printf "ratio (kos / bare JVM): mean %.2fx, median %.2fx, cpu %.2fx (target <= %.1fx on the median)\n", km / bm, kmed / bmed, kcpu / bcpu, target
    printf "ratio with a database:  mean %.2fx, median %.2fx, cpu %.2fx (for information)\n", dm / bm, dmed / bmed, dcpu / bcpu
    if (strict == 1 && kmed / bmed > target) exit 1
  }' "$out/result.csv"
