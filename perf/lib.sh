# Shared by the measuring scripts under perf/ (source it from the repository root):
#   start_woonregie NAAM [PORT]  starts target/woonregie.jar (built when missing) on an empty data directory $DIR with
#                                administrator password NAAM and no second step, waits until it is UP (under heavy
#                                load up to 10 minutes), sets BASIS, TOKEN (an API token of the administrator) and
#                                AUTH (its header), and stops the application and removes $DIR at exit
#   meet NAAM N CURL-ARGS…       N requests in a row with "${AUTH[@]}", printing min, median, p95 and max in ms and the
#                                size of the last answer (kept in $DIR/antwoord); any status other than 200/201 stops
JSON=(-H 'Content-Type: application/json')

start_woonregie() {
  local naam=$1 port=${2:-18080}
  [ -f target/woonregie.jar ] || ./mvnw -q -DskipTests package
  DIR=$(mktemp -d)
  trap 'kill $(cat "$DIR/pid" 2>/dev/null) 2>/dev/null || true; sleep 2; rm -rf "$DIR"' EXIT
  WOONREGIE_ADMIN_PASSWORD=$naam java -jar target/woonregie.jar --server.port="$port" \
    --woonregie.data-dir="$DIR/data" --woonregie.totp.verplicht-voor= > "$DIR/app.log" 2>&1 &
  echo $! > "$DIR/pid"
  for _ in $(seq 1 6000); do
    if curl -fs "localhost:$port/actuator/health" 2>/dev/null | grep -q UP; then break; fi
    sleep 0.1
  done
  curl -fs "localhost:$port/actuator/health" | grep -q UP || { echo "de applicatie start niet:"; tail -20 "$DIR/app.log"; exit 1; }
  echo "load average bij de start: $(cut -d' ' -f1-3 /proc/loadavg)"
  BASIS="http://localhost:$port"
  TOKEN=$(curl -fs -u "beheerder:$naam" "${JSON[@]}" -d "{\"naam\":\"$naam\"}" \
    "$BASIS/api/v1/api-tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
  AUTH=(-H "Authorization: Bearer $TOKEN")
}

meet() {
  local naam=$1 n=$2; shift 2
  for _ in $(seq 1 "$n"); do
    curl -s -o "$DIR/antwoord" -w "%{http_code} %{time_total} %{size_download}\n" "${AUTH[@]}" "$@" || echo "000 0 0"
  done > "$DIR/tijden"
  if grep -qv '^20[01] ' "$DIR/tijden"; then
    echo "$naam: onverwachte status: $(grep -v '^20[01] ' "$DIR/tijden" | head -1)"; return 1
  fi
  awk '{print $2 * 1000, $3}' "$DIR/tijden" | sort -n | awk -v naam="$naam" '
    { t[NR] = $1; b = $2 }
    END { p = int(NR * 0.95 + 0.5); if (p < 1) p = 1;
          printf "%-58s n=%3d  min %6.1f  mediaan %6.1f  p95 %6.1f  max %6.1f ms  (%d kB)\n", naam, NR, t[1],
          t[int((NR + 1) / 2)], t[p], t[NR], b / 1024 }'
}

eind() {
  echo "load average aan het eind: $(cut -d' ' -f1-3 /proc/loadavg)"
}
