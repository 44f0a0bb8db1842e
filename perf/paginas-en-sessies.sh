#!/usr/bin/env bash
# (1) Two application instances on one PostgreSQL serve the same logged-in user (Spring Session JDBC):
#     instance A starts the embedded PostgreSQL with the demo data; instance B points SPRING_DATASOURCE_URL at it.
#     A session created by logging in on A is used on B.
# (2) Load on the dashboard and municipality pages: wrk on loopback, 50 connections, each request with one of 50
#     logged-in sessions, bounded runs of 20 s after a warm-up. Prints requests/s and p50/p95/p99.
# Usage: perf/paginas-en-sessies.sh   (from the repository root; needs wrk and curl)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/woonregie.jar ] || ./mvnw -q -DskipTests package
A=18181; B=18182
DIR=$(mktemp -d)
cleanup() { kill "$(cat "$DIR/b.pid" 2>/dev/null)" 2>/dev/null || true; kill "$(cat "$DIR/a.pid" 2>/dev/null)" 2>/dev/null || true; sleep 3; rm -rf "$DIR"; }
trap cleanup EXIT

wacht() { for _ in $(seq 1 600); do curl -fs "localhost:$1/actuator/health" 2>/dev/null | grep -q UP && return 0; sleep 0.1; done; return 1; }

WOONREGIE_ADMIN_PASSWORD=perf-beheerder java -jar target/woonregie.jar --server.port=$A --woonregie.data-dir="$DIR/data" \
  --woonregie.demo --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$DIR" \
  --server.tomcat.accesslog.prefix=toegang --server.tomcat.accesslog.buffered=false \
  --server.tomcat.accesslog.pattern='%r %s %D' > "$DIR/a.log" 2>&1 & echo $! > "$DIR/a.pid"
wacht $A
PG=$(grep -oE "Embedded PostgreSQL started on port [0-9]+" "$DIR/a.log" | grep -oE "[0-9]+$")
# B connects as A does: the application role, Flyway as the owner role, passwords from A's data directory
ww() { grep "^$1=" "$DIR/data/postgres-wachtwoorden.properties" | cut -d= -f2-; }
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG/postgres" SPRING_DATASOURCE_USERNAME=woonregie_app \
  SPRING_DATASOURCE_PASSWORD="$(ww woonregie_app)" SPRING_FLYWAY_USER=woonregie_eigenaar \
  SPRING_FLYWAY_PASSWORD="$(ww woonregie_eigenaar)" \
  java -jar target/woonregie.jar --server.port=$B > "$DIR/b.log" 2>&1 & echo $! > "$DIR/b.pid"
wacht $B

login() { # $1 port -> prints the session id
  local jar="$DIR/jar.$RANDOM"
  local csrf
  csrf=$(curl -s -c "$jar" "localhost:$1/inloggen" | grep -oE 'name="_csrf" value="[^"]+"' | sed -E 's/.*value="([^"]+)"/\1/')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=toezicht-zh&password=demo-woonregie-2026&_csrf=$csrf" "localhost:$1/inloggen"
  awk '$6 == "WOONREGIE_SESSIE" { print $7 }' "$jar"
}

S=$(login $A)
echo "== shared sessions: logged in on instance A (:$A), session ${S:0:8}…"
CODE_B=$(curl -s -o "$DIR/b.html" -w "%{http_code}" -H "Cookie: WOONREGIE_SESSIE=$S" "localhost:$B/provincies/PV28")
if [ "$CODE_B" = "200" ] && grep -q "Toezicht Zuid-Holland" "$DIR/b.html"; then
  echo "instance B (:$B) serves the same user with that session: HTTP $CODE_B, dashboard of Zuid-Holland"
else
  echo "instance B did NOT accept the session (HTTP $CODE_B)"; exit 1
fi
curl -s -o /dev/null -X POST -H "Cookie: WOONREGIE_SESSIE=$S" "localhost:$B/uitloggen" || true

: > "$DIR/sessies"
for _ in $(seq 1 50); do login $A >> "$DIR/sessies"; done
echo "== load: 50 sessions logged in"
servertijd() { # $1 path, $2 first line of the access log to read: p50/p95/p99 of the server time (%D, microseconds)
  tail -n +"$2" "$DIR"/toegang*.log | grep -F "GET $1 " | awk '{print $NF/1000}' | sort -n \
    | awk '{a[NR]=$1} END {printf "   server time (%d requests): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", NR, a[int(NR*0.5)], a[int(NR*0.95)], a[int(NR*0.99)]}'
}
for pad in /provincies/PV28 /gemeenten/GM0518; do
  SESSIES="$DIR/sessies" PAD=$pad wrk -t2 -c50 -d5s --timeout 10s -s perf/sessies.lua "http://127.0.0.1:$A" > /dev/null
  n=$(( $(cat "$DIR"/toegang*.log | wc -l) + 1 ))
  echo "-- $pad: 50 sessions, each a request about every second (think time 0.5-1.5 s), 20 s"
  SESSIES="$DIR/sessies" PAD=$pad DENKTIJD_MS=1000 wrk -t2 -c50 -d20s --timeout 10s -s perf/sessies.lua "http://127.0.0.1:$A" \
    | grep -E "requests/s|p50|non-2xx"
  servertijd $pad $n
  n=$(( $(cat "$DIR"/toegang*.log | wc -l) + 1 ))
  echo "-- $pad: 50 sessions without think time (saturation), 20 s"
  SESSIES="$DIR/sessies" PAD=$pad wrk -t2 -c50 -d20s --timeout 10s -s perf/sessies.lua "http://127.0.0.1:$A" \
    | grep -E "requests/s|p50|non-2xx"
  servertijd $pad $n
done
