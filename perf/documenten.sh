#!/usr/bin/env bash
# Documents (module document, ADR 0016): upload and download times of files of 100 kB, 1 MB and 10 MB (the default
# limit) through the API, 5 of each, stored as bytea in PostgreSQL; the JVM's resident memory before and after; and
# two instances on one database: a document uploaded on instance A is downloaded from instance B, byte for byte.
# The file is a PDF header followed by random bytes (incompressible, as PDFs and scans are).
# Without the demo (its start is slow): the administrator records a talk of 's-Gravenhage and uploads to it.
# Usage: perf/documenten.sh   (from the repository root; needs curl and sha256sum)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/woonregie.jar ] || ./mvnw -q -DskipTests package
A=18191; B=18192
DIR=$(mktemp -d)
cleanup() { kill "$(cat "$DIR/b.pid" 2>/dev/null)" 2>/dev/null || true; kill "$(cat "$DIR/a.pid" 2>/dev/null)" 2>/dev/null || true; sleep 3; rm -rf "$DIR"; }
trap cleanup EXIT
wacht() { for _ in $(seq 1 3000); do curl -fs "localhost:$1/actuator/health" 2>/dev/null | grep -q UP && return 0; sleep 0.1; done; return 1; }

WOONREGIE_ADMIN_PASSWORD=perf-beheerder-2026 java -jar target/woonregie.jar --server.port=$A \
  --woonregie.data-dir="$DIR/data" > "$DIR/a.log" 2>&1 & echo $! > "$DIR/a.pid"
wacht $A
PG=$(grep -oE "Embedded PostgreSQL started on port [0-9]+" "$DIR/a.log" | grep -oE "[0-9]+$")
ww() { grep "^$1=" "$DIR/data/postgres-wachtwoorden.properties" | cut -d= -f2-; }
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG/postgres" SPRING_DATASOURCE_USERNAME=woonregie_app \
  SPRING_DATASOURCE_PASSWORD="$(ww woonregie_app)" SPRING_FLYWAY_USER=woonregie_eigenaar \
  SPRING_FLYWAY_PASSWORD="$(ww woonregie_eigenaar)" \
  java -jar target/woonregie.jar --server.port=$B > "$DIR/b.log" 2>&1 & echo $! > "$DIR/b.pid"
wacht $B

U="beheerder:perf-beheerder-2026"
GESPREK=$(curl -fs -u "$U" -H 'Content-Type: application/json' -X POST "localhost:$A/api/v1/gemeenten/GM0518/toezichtgesprekken" \
  -d '{"periode":"2023-I","datum":"2023-05-01","soort":"AMBTELIJK","deelnemers":[{"organisatie":"Provincie","functie":"toezichthouder"}],"verslag":"Meting."}' \
  | grep -oE '"id":[0-9]+' | head -1 | cut -d: -f2)
rss() { awk '/VmRSS/ {printf "%d MB", $2/1024}' "/proc/$(cat "$DIR/a.pid")/status"; }
echo "== load $(cut -d' ' -f1-3 /proc/loadavg), JVM A resident $(rss)"
for kb in 100 1024 10240; do
  f="$DIR/bestand-$kb.pdf"
  { printf '%%PDF-1.7\n'; head -c $((kb * 1024 - 9)) /dev/urandom; } > "$f"
  heen=(); terug=(); id=""
  for i in 1 2 3 4 5; do
    r=$(curl -s -u "$U" -o "$DIR/antwoord.json" -w "%{http_code} %{time_total}" -F "objectsoort=toezichtgesprek" \
      -F "objectId=$GESPREK" -F "bestand=@$f;filename=meting-$kb.pdf" "localhost:$A/api/v1/documenten")
    [ "${r%% *}" = "201" ] || { echo "upload: HTTP $r"; cat "$DIR/antwoord.json"; exit 1; }
    heen+=("${r#* }")
    id=$(grep -oE '"id":[0-9]+' "$DIR/antwoord.json" | head -1 | cut -d: -f2)
    t=$(curl -s -u "$U" -o "$DIR/terug.pdf" -w "%{time_total}" "localhost:$A/api/v1/documenten/$id/inhoud")
    terug+=("$t")
    cmp -s "$f" "$DIR/terug.pdf" || { echo "download differs"; exit 1; }
  done
  printf -- "-- %6d kB: upload %s s; download %s s (5 each, median %s / %s s)\n" "$kb" "${heen[*]}" "${terug[*]}" \
    "$(printf '%s\n' "${heen[@]}" | sort -n | sed -n 3p)" "$(printf '%s\n' "${terug[@]}" | sort -n | sed -n 3p)"
  # instance B: the document instance A stored, from the same database
  curl -fs -u "$U" -o "$DIR/b.pdf" "localhost:$B/api/v1/documenten/$id/inhoud"
  cmp -s "$f" "$DIR/b.pdf" && echo "   instance B serves document $id byte for byte ($(sha256sum "$f" | cut -c1-16)…)" \
    || { echo "instance B differs"; exit 1; }
done
echo "== JVM A resident after 15 uploads and 15 downloads: $(rss); load $(cut -d' ' -f1-3 /proc/loadavg)"
