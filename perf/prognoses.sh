#!/usr/bin/env bash
# The forecast of all 342 gemeenten with stored plans (docs/performance.md): ProvinciePrognosesMeting on its own
# embedded PostgreSQL — generated figures of 2024-II for every gemeente of 2024 and a plan of seven sources each,
# today 15 October 2024 — computes each province in one pass (GemeentePrognoses.vanProvincie, as the dashboard does;
# 12 provinces per run, 5 warm-up runs, 20 measured) and, for comparison, each gemeente on its own (as its page does).
# Prints the times (min, median, max) and the load average; the test asserts only the outcome.
# Usage: perf/prognoses.sh   (from the repository root; offline, like the tests)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average bij de start: $(cut -d' ' -f1-3 /proc/loadavg)"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
./mvnw -B -o test -Dtest=ProvinciePrognosesMeting -Dsurefire.failIfNoSpecifiedTests=false > "$LOG" 2>&1 \
  || { tail -40 "$LOG"; exit 1; }
grep -h '^PROGNOSE' "$LOG" target/surefire-reports/*ProvinciePrognosesMeting*-output.txt 2>/dev/null | sort -u
echo "load average aan het einde: $(cut -d' ' -f1-3 /proc/loadavg)"
