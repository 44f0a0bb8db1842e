#!/usr/bin/env bash
# Start-up of the application per jar: time from `java -jar` until /actuator/health answers UP (polled every 50 ms),
# for a first start (empty data directory), a second start, and a start after `kill -9` of the application and its
# PostgreSQL server. Jars are measured alternately, ROUNDS times; prints every time and the best per jar and kind.
#   perf/starttijden.sh [jar ...]     default: target/woonregie.jar      ROUNDS=3 PORT=18090
set -euo pipefail
cd "$(dirname "$0")/.."
JARS=("$@"); [ ${#JARS[@]} -gt 0 ] || JARS=(target/woonregie.jar)
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18090}
WORK=$(mktemp -d)
trap 'kill -9 $(cat "$WORK/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$WORK"' EXIT

start() { # jar datadir -> prints ms
  local t0 t1
  t0=$(date +%s%N)
  WOONREGIE_ADMIN_PASSWORD=perf-test java -jar "$1" --server.port="$PORT" --woonregie.data-dir="$2" \
    > "$WORK/app.log" 2>&1 &
  echo $! > "$WORK/pid"
  for _ in $(seq 1 1200); do
    if curl -fs "localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; then break; fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
stop() {
  kill "$(cat "$WORK/pid")"; while kill -0 "$(cat "$WORK/pid")" 2>/dev/null; do sleep 0.1; done
}
kill9() { # the application and every process of its PostgreSQL server
  local pm; pm=$(head -1 "$1/postgres/postmaster.pid")
  kill -9 $(pgrep -P "$pm") "$pm" "$(cat "$WORK/pid")" 2>/dev/null || true
  while kill -0 "$(cat "$WORK/pid")" 2>/dev/null || kill -0 "$pm" 2>/dev/null; do sleep 0.1; done
}

for r in $(seq 1 "$ROUNDS"); do
  for jar in "${JARS[@]}"; do
    d="$WORK/data-$r-$(basename "$jar" .jar)"
    eerste=$(start "$jar" "$d"); stop
    tweede=$(start "$jar" "$d"); kill9 "$d"
    na_kill=$(start "$jar" "$d"); stop
    echo "$(basename "$jar") round $r: first $eerste ms, second $tweede ms, after kill -9 $na_kill ms"
    echo "$(basename "$jar") $eerste $tweede $na_kill" >> "$WORK/tijden"
  done
done
echo "best of $ROUNDS (ms): jar, first start, second start, after kill -9"
sort "$WORK/tijden" | awk '{ if (!($1 in a) || $2 < a[$1]) a[$1] = $2; if (!($1 in b) || $3 < b[$1]) b[$1] = $3;
  if (!($1 in c) || $4 < c[$1]) c[$1] = $4 } END { for (j in a) print j, a[j], b[j], c[j] }'
