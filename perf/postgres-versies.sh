#!/usr/bin/env bash
# initdb and two starts (pg_ctl -w) of the PostgreSQL binaries zonky unpacked in /tmp/embedded-pg (after one start of
# a jar with each version), alternately: what the embedded server's major version changes in Woonregie's start-up.
#   perf/postgres-versies.sh [rounds]      default 3; run as root (like zonky: under unshare -U) or as a normal user
set -euo pipefail
ROUNDS=${1:-3}
run() { if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi; }
declare -A BIN
for d in /tmp/embedded-pg/PG-*; do
  v=$(run "$d/bin/postgres" --version | sed -E 's/.* ([0-9]+)\..*/\1/'); BIN[$v]=$d
done
opts="-p 5497 -c listen_addresses=localhost -c unix_socket_directories=''"
for r in $(seq 1 "$ROUNDS"); do
  for v in $(printf '%s\n' "${!BIN[@]}" | sort -n); do
    bin=${BIN[$v]}/bin; d=$(mktemp -d); chmod 777 "$d"
    t0=$(date +%s%N); run "$bin/initdb" -A trust -U postgres -D "$d/pg" -E UTF-8 > /dev/null; t1=$(date +%s%N)
    run "$bin/pg_ctl" -D "$d/pg" -o "$opts" -w start > /dev/null; t2=$(date +%s%N)
    run "$bin/pg_ctl" -D "$d/pg" -m fast -w stop > /dev/null; t3=$(date +%s%N)
    run "$bin/pg_ctl" -D "$d/pg" -o "$opts" -w start > /dev/null; t4=$(date +%s%N)
    run "$bin/pg_ctl" -D "$d/pg" -m fast -w stop > /dev/null
    echo "PostgreSQL $v round $r: initdb $(( (t1-t0)/1000000 )) ms, first start $(( (t2-t1)/1000000 )) ms," \
      "second start $(( (t4-t3)/1000000 )) ms"
    rm -rf "$d"
  done
done
