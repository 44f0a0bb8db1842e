#!/usr/bin/env bash
# The distribution of all 342 gemeenten end to end (docs/performance.md): the application started from
# target/woonregie.jar on an empty data directory, then each request N times in a row with curl, as the administrator
# with an API token (HTTP Basic judges the password, Argon2id, on every request: measured once for comparison; the
# second step is switched off for this run), printing min, median, p95 and max in ms:
#   - POST /api/v1/taakstellingen/verdelingen 2024-I (342 gemeenten, no herindeling) and 2023-I (art. 30: Amsterdam
#     and Voorne aan Zee as the sum of their parts)
#   - POST /api/v1/taakstellingen/verdelingen/vergelijkingen 2024-I (the distribution and every stored figure read)
#   - GET /verdeling?periode=2024-I… (the page with the table of 342 rows) and the XLSX download
#   - POST /api/v1/taakstellingen/vastgelegde-verdelingen 2025-I (stored as 342 taakstellingen through the import;
#     the first time every value is new, then every value is unchanged and no import is made)
# Usage: perf/verdeling.sh [N]   (from the repository root; default N = 50)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-50}
[ -f target/woonregie.jar ] || ./mvnw -q -DskipTests package
PORT=${PORT:-18081}
DIR=$(mktemp -d)
trap 'kill $(cat "$DIR/pid" 2>/dev/null) 2>/dev/null || true; sleep 2; rm -rf "$DIR"' EXIT
WOONREGIE_ADMIN_PASSWORD=perf-verdeling java -jar target/woonregie.jar --server.port="$PORT" \
  --woonregie.data-dir="$DIR/data" --woonregie.totp.verplicht-voor= > "$DIR/app.log" 2>&1 &
echo $! > "$DIR/pid"
# under heavy load the start can take minutes: wait up to 10
for _ in $(seq 1 6000); do
  if curl -fs "localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; then break; fi
  sleep 0.1
done
curl -fs "localhost:$PORT/actuator/health" | grep -q UP || { echo "de applicatie start niet:"; tail -20 "$DIR/app.log"; exit 1; }
echo "load average bij de start: $(cut -d' ' -f1-3 /proc/loadavg)"
BASIS="http://localhost:$PORT"
TOKEN=$(curl -fs -u beheerder:perf-verdeling -H 'Content-Type: application/json' -d '{"naam":"perf-verdeling"}' \
  "$BASIS/api/v1/api-tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
AUTH=(-H "Authorization: Bearer $TOKEN")

# times of N requests (ms), then their min / median / p95 / max
meet() {
  local naam=$1 n=$2; shift 2
  for _ in $(seq 1 "$n"); do
    curl -s -o /dev/null -w "%{http_code} %{time_total}\n" "${AUTH[@]}" "$@" || echo "000 0"
  done > "$DIR/tijden"
  if grep -qv '^20[01] ' "$DIR/tijden"; then
    echo "$naam: onverwachte status: $(grep -v '^20[01] ' "$DIR/tijden" | head -1)"; return 1
  fi
  awk '{print $2 * 1000}' "$DIR/tijden" | sort -n | awk -v naam="$naam" '
    { t[NR] = $1 }
    END { p = int(NR * 0.95 + 0.5); if (p < 1) p = 1;
          printf "%-58s n=%3d  min %6.1f  mediaan %6.1f  p95 %6.1f  max %6.1f ms\n", naam, NR, t[1],
          t[int((NR + 1) / 2)], t[p], t[NR] }'
}

JSON=(-H 'Content-Type: application/json')
meet "warm-up (niet meegeteld)" 20 "${JSON[@]}" -d '{"periode":"2024-I","landelijk":18750}' \
  "$BASIS/api/v1/taakstellingen/verdelingen" > /dev/null
BEARER=("${AUTH[@]}"); AUTH=(-u beheerder:perf-verdeling)
meet "verdeling 2024-I met HTTP Basic (Argon2id per verzoek)" "$N" "${JSON[@]}" \
  -d '{"periode":"2024-I","landelijk":18750}' "$BASIS/api/v1/taakstellingen/verdelingen"
AUTH=("${BEARER[@]}")
meet "verdeling 2024-I (342 gemeenten)" "$N" "${JSON[@]}" -d '{"periode":"2024-I","landelijk":18750}' \
  "$BASIS/api/v1/taakstellingen/verdelingen"
meet "verdeling 2023-I (met herindelingen, art. 30)" "$N" "${JSON[@]}" -d '{"periode":"2023-I","landelijk":19000}' \
  "$BASIS/api/v1/taakstellingen/verdelingen"
meet "vergelijking 2024-I met de opgeslagen taakstellingen" "$N" "${JSON[@]}" \
  -d '{"periode":"2024-I","landelijk":18750}' "$BASIS/api/v1/taakstellingen/verdelingen/vergelijkingen"
meet "pagina /verdeling 2024-I (tabel van 342 regels)" "$N" \
  "$BASIS/verdeling?periode=2024-I&landelijk=18750&afronding=OMHOOG"
meet "XLSX 2024-I" "$N" "$BASIS/verdeling/taakstellingen.xlsx?periode=2024-I&landelijk=18750&afronding=OMHOOG"
meet "vastleggen 2025-I, eerste keer (342 nieuwe taakstellingen)" 1 "${JSON[@]}" \
  -d '{"periode":"2025-I","landelijk":15000}' "$BASIS/api/v1/taakstellingen/vastgelegde-verdelingen"
meet "vastleggen 2025-I opnieuw (alles ongewijzigd)" 10 "${JSON[@]}" \
  -d '{"periode":"2025-I","landelijk":15000}' "$BASIS/api/v1/taakstellingen/vastgelegde-verdelingen"
meet "vastleggen 2025-I met een ander aantal (342 nieuwe versies)" 1 "${JSON[@]}" \
  -d '{"periode":"2025-I","landelijk":16000,"vervangen":true}' "$BASIS/api/v1/taakstellingen/vastgelegde-verdelingen"
echo "load average aan het eind: $(cut -d' ' -f1-3 /proc/loadavg)"
