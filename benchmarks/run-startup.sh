#!/usr/bin/env bash
# Start-up cost per client: runs StartupProbe in fresh JVMs, RUNS times per mode (modes interleaved, so a burst of
# load elsewhere hits every mode alike), and prints the median milliseconds from JVM start to the end of the first
# call ("total") and the part spent building the client and calling ("client").
#
#   bash benchmarks/run-startup.sh [RUNS]          (default 5; build the jar first: see the README, "Building and contributing")
#
# Environment: MODES (default "raw raw-parsed sdk-rfs sdk-cfn sdk-cfn-tls aws-sdk"), JAVA (default java), JAVA_OPTS (extra JVM
# options for the probes), SERVER=in-process to start the loopback server inside each probe JVM instead of once in a
# separate JVM (the default, which keeps the server's OkHttp classes out of the measured JVM).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
RUNS=${1:-5}
MODES=${MODES:-"raw raw-parsed sdk-rfs sdk-cfn sdk-cfn-tls aws-sdk"}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
SERVER=${SERVER:-external}

if [[ ! -f $JAR ]]; then
  echo "missing $JAR: mvn -B -ntp -q -Pbench -DskipTests -pl benchmarks -am package" >&2
  exit 2
fi

tmp=$(mktemp -d)
server_pid=""
cleanup() {
  exec 4>&- 2>/dev/null || true
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

endpoint=""
if [[ $SERVER != in-process ]]; then
  mkfifo "$tmp/stdin"
  "$JAVA" -cp "$JAR" dev.stacksets.benchmarks.LoopbackServerMain < "$tmp/stdin" > "$tmp/uri" 2>/dev/null &
  server_pid=$!
  exec 4> "$tmp/stdin"   # the server runs until this is closed
  for _ in $(seq 1 200); do
    [[ -s $tmp/uri ]] && break
    sleep 0.05
  done
  endpoint=$(head -n 1 "$tmp/uri")
  [[ -n $endpoint ]] || { echo "loopback server did not start" >&2; exit 1; }
  echo "loopback server (separate JVM): $endpoint"
else
  echo "loopback server: in each probe JVM (its start-up is part of total)"
fi

for ((i = 1; i <= RUNS; i++)); do
  for mode in $MODES; do
    # shellcheck disable=SC2086
    line=$("$JAVA" $JAVA_OPTS -cp "$JAR" dev.stacksets.benchmarks.StartupProbe "$mode" $endpoint 2>/dev/null \
      | grep '^mode=')
    echo "run $i: $line"
    total=$(sed -E 's/.*total_ms=([0-9]+).*/\1/' <<< "$line")
    client=$(sed -E 's/.*client_ms=([0-9]+).*/\1/' <<< "$line")
    echo "$total $client" >> "$tmp/$mode"
  done
done

median() { sort -n | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
echo
printf '%-12s %16s %17s  (%d runs, load average: %s)\n' mode "median total ms" "median client ms" "$RUNS" \
  "$(cut -d ' ' -f 1-3 /proc/loadavg)"
for mode in $MODES; do
  printf '%-12s %16s %17s\n' "$mode" "$(cut -d ' ' -f 1 "$tmp/$mode" | median)" \
    "$(cut -d ' ' -f 2 "$tmp/$mode" | median)"
done
