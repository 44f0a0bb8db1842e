#!/usr/bin/env bash
# Measures the demo's start-up: time from `java -jar … --woonregie.demo` on an empty data directory until
# /actuator/health answers UP (polled every 100 ms), then until its background jobs (letters, beschikkingen) are done,
# then a second start on the same data; prints the demo's own
# log lines about what it loaded and made. Also prints the CPU time the JVM used until healthy and the load average.
# Usage: perf/demo-start.sh [jar]   (from the repository root; default target/woonregie.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/woonregie.jar}
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
PORT=${PORT:-18090}
DIR=$(mktemp -d)
trap 'kill $(cat "$DIR/pid" 2>/dev/null) 2>/dev/null || true; sleep 2; rm -rf "$DIR"' EXIT

start() {
  local t0 t1
  t0=$(date +%s%N)
  WOONREGIE_ADMIN_PASSWORD=perf-test java -jar "$JAR" --server.port="$PORT" --woonregie.demo \
    --woonregie.data-dir="$DIR/data" >> "$DIR/app.log" 2>&1 &
  echo $! > "$DIR/pid"
  for _ in $(seq 1 1800); do
    if curl -fs "localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; then break; fi
    sleep 0.1
  done
  t1=$(date +%s%N)
  # CPU time the JVM used until then (user + system): comparable between runs on a busy machine, unlike wall time
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$(cat "$DIR/pid")/stat")
  echo "$1: $(( (t1 - t0) / 1000000 )) ms from java -jar to healthy, JVM CPU ${cpu} s, load $(cut -d' ' -f1-3 /proc/loadavg)"
}

stop() {
  kill "$(cat "$DIR/pid")"
  while kill -0 "$(cat "$DIR/pid")" 2>/dev/null; do sleep 0.1; done
}

# until no one-time background job waits or runs (letters, beschikkingen; jobs exist since issue 14 — with an older
# jar the API answers 404 and this returns at once)
jobs_done() {
  local t0 t1
  t0=$(date +%s%N)
  for _ in $(seq 1 6000); do
    open=$( (curl -fs -u beheerder:perf-test "localhost:$PORT/api/v1/achtergrondtaken" 2>/dev/null || true) | python3 -c '
import json, sys
try:
    taken = json.load(sys.stdin)
except ValueError:
    taken = []
print(sum(1 for t in taken if not t["terugkerend"] and t["status"] in ("GEPLAND", "BEZIG")))')
    [ "$open" = "0" ] && break
    sleep 0.5
  done
  t1=$(date +%s%N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$(cat "$DIR/pid")/stat")
  echo "$1: $(( (t1 - t0) / 1000000 )) ms more until the background jobs were done, JVM CPU ${cpu} s in all"
}

start "demo, first start (empty data directory)"
jobs_done "demo, first start"
sleep 8   # let background work (if any) finish and log
stop
start "demo, second start"
stop
grep -E "loaded in|gemaakt in|gemaakt en vastgelegd in|Started Woonregie|Achtergrondtaak .* klaar in" "$DIR/app.log" \
  | sed -E 's/^.*\] +([^ ]+) +: /\1: /' || true
