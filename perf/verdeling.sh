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
. perf/lib.sh
start_woonregie perf-verdeling "${PORT:-18081}"

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
eind
