#!/usr/bin/env bash
# Deprivation performance measurements, one after another (the machine has 2 cores), and their
# figures at the end. See README "Performance" > "Deprivation".
#   1. generate target/bench/NSPL_FULL_SIZE.csv: a SYNTHETIC full-size NSPL (2.7 million rows,
#      the published layout) made from the shipped real subsets (skipped when it exists;
#      BENCH_REGENERATE=1 makes it again; it is deterministic)
#   2. JMH: DeprivationService.assess through the shipped and the full-size index (-prof gc)
#   3. the full-size index's build time and heap (FullSizeIndexMeasure)
#   4. the real import command on the full-size file into PostgreSQL at 127.0.0.1:5432, in its own
#      database (BENCH_DB, default everycontact_bench, dropped and created afresh: never "test",
#      which the test suite cleans), user postgres, trust authentication
# Usage: scripts/bench.sh            (about 6 minutes; BENCH_SKIP_IMPORT=1 leaves out step 4)
# JMH_ARGS replaces the JMH options (default: 3 warm-up and 5 measured iterations of 1 s, 1 fork).
# Loopback only; every step is bounded by a timeout. Writes only under target/ and to BENCH_DB.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-everycontact_bench}
case "$db" in test|postgres|template*) echo "BENCH_DB=$db: use a database of its own"; exit 2;; esac
out=target/bench
nspl=$out/NSPL_FULL_SIZE.csv
jmh_args=${JMH_ARGS:--wi 3 -i 5 -w 1s -r 1s -f 1}

echo "== compile (profile bench: test classes and the class path)"
timeout 600 ./mvnw -B -q -Pbench process-test-classes
cp="target/test-classes:target/classes:$(cat $out/classpath.txt)"

echo "== 1/4 full-size NSPL file"
if [[ ! -f $nspl || ${BENCH_REGENERATE:-0} == 1 ]]; then
  timeout 600 java -cp "$cp" org.everycontact.bench.FullSizeNsplGenerator "$nspl" | tee $out/generate.txt
else
  echo "$nspl exists ($(du -m "$nspl" | cut -f1) MB); BENCH_REGENERATE=1 makes it again"
fi

echo "== 2/4 JMH lookup benchmark"
# shellcheck disable=SC2086
timeout 1200 java -cp "$cp" -Deverycontact.bench.nspl="$nspl" org.openjdk.jmh.Main DeprivationLookupBenchmark \
  $jmh_args -prof gc -rf json -rff $out/jmh-lookup.json | tee $out/jmh-lookup.txt | grep -a '^\[setup\]\|^Deprivation\|^Benchmark'

echo "== 3/4 full-size index: build time and heap"
timeout 600 java --add-opens java.base/java.util=ALL-UNNAMED -cp "$cp" \
  org.everycontact.bench.FullSizeIndexMeasure "$nspl" | tee $out/index.txt

if [[ ${BENCH_SKIP_IMPORT:-0} != 1 ]]; then
  echo "== 4/4 import into PostgreSQL (database $db at 127.0.0.1:5432)"
  pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL is not listening on 127.0.0.1:5432"; exit 1; }
  timeout 600 ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql
  psql -h 127.0.0.1 -U postgres -qX -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" 2>&1 \
    | grep -v 'does not exist, skipping' || true
  export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db
  export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=
  # First the shipped data, which a fresh database loads at start-up, so that the timed run below
  # is the full-size file's import alone (an import with no file loads it and prints the usage).
  start=$(date +%s%N)
  timeout 600 java -jar target/quarkus-app/quarkus-run.jar import >$out/import-shipped.log 2>&1 || true
  echo "shipped data loaded into the empty database: $(( ($(date +%s%N) - start) / 1000000 )) ms"
  start=$(date +%s%N)
  timeout 600 java -jar target/quarkus-app/quarkus-run.jar import "$nspl" >$out/import.log 2>$out/import-progress.log
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  grep -a 'NSPL_FULL_SIZE.csv:\|deprivation index' $out/import.log | sed 's/^.*INFO  //'
  echo "import command wall time: $wall ms (Quarkus start-up, import, index rebuild, stop)" | tee $out/import.txt
fi

echo "== figures"
# JMH table lines: Benchmark (index) (postcodeCount) Mode [Cnt] Score [± Error] Units
awk 'function score() { return $(NF - 2) == "±" ? $(NF - 3) : $(NF - 1) }
     $1 == "DeprivationLookupBenchmark.assess" && $4 == "avgt" { mean[$2] = score() }
     $1 == "DeprivationLookupBenchmark.assess:gc.alloc.rate.norm" && $4 == "avgt" { bytes[$2] = score() }
     $1 == "DeprivationLookupBenchmark.assess:p0.50" { median[$2] = score() }
     END { for (i in median) printf "lookup, %s index: median %.0f ns, mean %.0f ns, %.0f bytes/op\n",
                                      i, median[i], mean[i], bytes[i] }' $out/jmh-lookup.txt | sort -r
grep -a '^from files\|^heap in use\|^from rows' $out/index.txt
[[ -f $out/import.txt && ${BENCH_SKIP_IMPORT:-0} != 1 ]] && {
  grep -a '^NSPL_FULL_SIZE.csv:' $out/import.log | awk '{ rows = $3; gsub(",", "", rows)
    printf "%s (%.0f rows/s)\n", $0, rows / $(NF - 1) }'
  cat $out/import.txt
}
exit 0
