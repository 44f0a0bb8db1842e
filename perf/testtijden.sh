#!/usr/bin/env bash
# The suite's wall time and the time of every test class, from a run of the README's test command.
#   perf/testtijden.sh            runs ./mvnw -B test, then reports
#   perf/testtijden.sh --rapport  only reports on the last run (target/surefire-reports)
# Prints: wall time, then per test class its time (s) and number of tests, slowest first, and the sum.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--rapport" ]; then
  start=$(date +%s)
  ./mvnw -B test > target/testtijden.log 2>&1 || { tail -40 target/testtijden.log; exit 1; }
  eind=$(date +%s)
  echo "wall time of ./mvnw -B test: $((eind - start)) s"
fi
python3 - <<'PY'
import glob, xml.etree.ElementTree as ET
rows = []
for f in glob.glob('target/surefire-reports/TEST-*.xml'):
    r = ET.parse(f).getroot()
    rows.append((float(r.get('time', 0)), int(r.get('tests', 0)), r.get('name').replace('nl.woonregie.', '')))
rows.sort(reverse=True)
print(f"{'seconds':>8} {'tests':>5}  class")
for t, n, name in rows:
    print(f"{t:8.1f} {n:5d}  {name}")
print(f"{sum(t for t, _, _ in rows):8.1f} {sum(n for _, n, _ in rows):5d}  total (time in test classes; context start-ups count in the first class of each context)")
PY
