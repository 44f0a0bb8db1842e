#!/usr/bin/env bash
# Measures (1) time from `java -jar` to a healthy app, first start (empty data dir) and second start,
# and (2) throughput and p99 of the what-if API with wrk on loopback (bounded: 4 connections... see below).
# Usage: perf/startup-en-load.sh   (from the repository root; needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/woonregie.jar ] || ./mvnw -q -DskipTests package
PORT=${PORT:-18080}
DIR=$(mktemp -d)
trap 'kill $(cat "$DIR/pid" 2>/dev/null) 2>/dev/null || true; sleep 2; rm -rf "$DIR"' EXIT

start() {
  local t0 t1
  t0=$(date +%s%N)
  WOONREGIE_ADMIN_PASSWORD=perf-test java -jar target/woonregie.jar --server.port="$PORT" \
    --woonregie.data-dir="$DIR/data" --woonregie.simulatie.verzoeken-per-seconde=1000000 \
    --woonregie.simulatie.piek=1000000 > "$DIR/app.log" 2>&1 &
  echo $! > "$DIR/pid"
  for _ in $(seq 1 600); do
    if curl -fs "localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; then break; fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  echo "$1: $(( (t1 - t0) / 1000000 )) ms from java -jar to healthy"
}

stop() {
  kill "$(cat "$DIR/pid")"
  while kill -0 "$(cat "$DIR/pid")" 2>/dev/null; do sleep 0.1; done
}

start "first start (empty data directory)"
stop
start "second start"

echo "wrk warm-up (10 s) ..."
wrk -t2 -c8 -d10s -s perf/simulatie.lua "http://127.0.0.1:$PORT/api/v1/toezicht/simulaties" > /dev/null
for c in 8 32; do
  echo "wrk: 2 threads, $c connections, 20 s, worked example (3 periods, 5 peildata) per request"
  wrk -t2 -c"$c" -d20s --latency -s perf/simulatie.lua "http://127.0.0.1:$PORT/api/v1/toezicht/simulaties" \
    | grep -E "requests/s|p50|non-2xx|Requests/sec"
done
stop
