#!/usr/bin/env bash
# The national dashboard of all 342 gemeenten (docs/performance.md): the application started from target/woonregie.jar
# on an empty data directory; the figures of every gemeente for 2024-I and 2024-II (beginstand, taakstellingen, COA's
# standing at the end of every month; generated, the same at every run) imported through the API as a province would;
# then each request N times in a row with curl, as the administrator with an API token, printing min, median, p95 and
# max in ms:
#   - GET /landelijk?peildatum=… (the page: 12 provinces with the row Nederland, the map of 342 paths) at the mid date
#     and at the end of 2024-II (the saldo carried through 2024-I)
#   - GET /api/v1/landelijk/overzicht?peildatum=… (JSON) and the XLSX download
# Usage: perf/landelijk.sh [N]   (from the repository root; default N = 50)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-50}
. perf/lib.sh
start_woonregie perf-landelijk "${PORT:-18082}"
# the figures of the 342 gemeenten of 2024 (referentiedata), generated with a fixed seed
awk -F, 'NR > 1 { print $1 }' src/main/resources/referentiedata/gemeenten-2024.csv > "$DIR/codes"
awk 'BEGIN { srand(15); print "gemeente;periode;saldoIn;trede" } { print $1 ";2024-I;" int(rand() * 21) - 5 ";0" }' \
  "$DIR/codes" > "$DIR/beginstanden.csv"
awk 'BEGIN { srand(16); print "gemeente;periode;taakstelling" }
     { t = 1 + int(rand() * 120); print $1 ";2024-I;" t; print $1 ";2024-II;" t + int(rand() * 20) }' \
  "$DIR/codes" > "$DIR/taakstellingen.csv"
awk 'BEGIN { srand(17); print "gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;stapelgemeente"
             split("31 29 31 30 31 30 31 31 30 31 30 31", dagen, " ") }
     { for (h = 0; h < 2; h++) { g = 0; for (m = 1; m <= 6; m++) { g += int(rand() * 25)
         printf "%s;2024-%s;2024-%02d-%02d;%d;%d;0;nee\n", $1, (h == 0 ? "I" : "II"), h * 6 + m, dagen[h * 6 + m], g,
           int(rand() * 40) } } }' "$DIR/codes" > "$DIR/coa.csv"
for soort in beginstanden:beginstanden taakstellingen:taakstellingen coa-standen:coa; do
  pad=${soort%%:*}; bestand=${soort##*:}
  curl -fs -o /dev/null "${AUTH[@]}" -H 'Content-Type: text/csv' --data-binary "@$DIR/$bestand.csv" \
    "$BASIS/api/v1/$pad/import" || { echo "import $pad mislukt"; tail -5 "$DIR/app.log"; exit 1; }
done
echo "geïmporteerd: $(($(wc -l < "$DIR/taakstellingen.csv") - 1)) taakstellingen, $(($(wc -l < "$DIR/coa.csv") - 1)) standen van het COA"

meet "warm-up (niet meegeteld)" 20 "$BASIS/landelijk?peildatum=2024-10-01" > /dev/null
grep -q 'id="rij-nederland"' "$DIR/antwoord" || { echo "de pagina heeft geen rij Nederland"; exit 1; }
meet "pagina /landelijk 1 oktober 2024 (342 gemeenten)" "$N" "$BASIS/landelijk?peildatum=2024-10-01"
meet "pagina /landelijk 1 januari 2025 (saldo uit 2024-I)" "$N" "$BASIS/landelijk?peildatum=2025-01-01"
meet "API landelijk-overzicht 1 januari 2025 (JSON)" "$N" "$BASIS/api/v1/landelijk/overzicht?peildatum=2025-01-01"
meet "XLSX 1 januari 2025" "$N" "$BASIS/api/v1/landelijk/overzicht.xlsx?peildatum=2025-01-01"
eind
