#!/bin/bash
# Time and memory of XLSX import uploads (perf/XlsxImport.java): the bomb-like workbook of issue 13 and a valid
# import of 100,000 rows, one upload and eight in parallel, in a large heap (what it costs) and a small one (whether
# eight parallel uploads fit in 256 MiB). Numbers: docs/performance.md.
#
#   perf/xlsx-import.sh                    # this checkout's classes
#   perf/xlsx-import.sh /other/checkout    # another checkout's classes (e.g. main before the change; compile it first)
set -euo pipefail
cd "$(dirname "$0")/.."
KLASSEN="${1:-.}/target/classes"
./mvnw -B -o -q test-compile
./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/perf-cp.txt -Dmdep.includeScope=test
CP="$KLASSEN:target/test-classes:$(cat target/perf-cp.txt)"
for heap in 8g 256m; do
  for geval in "bom 1" "bom 8" "gewoon 1" "gewoon 8"; do
    java -Xmx$heap -cp "$CP" perf/XlsxImport.java $geval 2>&1 | grep -v WARN
  done
done
