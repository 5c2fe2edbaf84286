#!/usr/bin/env bash
# The hook pipeline against its floor (issue 10): JMH PipelineBenchmark on a typical UK GP record
# (about 150 resources) and a large Synthea-style one (about 1,000): (a) parse, the HAPI parse of the
# prefetch; (b) record assembly; (c) all cohort and opportunity rules; (d) card composition; (e) the
# whole pipeline, request JSON to response JSON, without HTTP or the database. Each is printed as a
# ratio to (a), then a one-line summary to compare release to release. See README "Performance".
# Usage: scripts/bench-pipeline.sh   (about 4 minutes; run nothing else meanwhile: wall-clock times)
# JMH_ARGS replaces the JMH options (default: 3 warm-up and 4 measured iterations of 2 s, 1 fork).
# Every step is bounded by a timeout. Writes only under target/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
jmh_args=${JMH_ARGS:--wi 3 -i 4 -w 2s -r 2s -f 1}

echo "== compile (profile bench: test classes and the class path)"
timeout 600 ./mvnw -B -q -Pbench process-test-classes
cp="target/test-classes:target/classes:$(cat $out/classpath.txt)"

echo "== JMH pipeline benchmark"
# shellcheck disable=SC2086
timeout 900 java -cp "$cp" org.openjdk.jmh.Main PipelineBenchmark \
  $jmh_args -rf json -rff $out/jmh-pipeline.json | tee $out/jmh-pipeline.txt | grep -a '^\[setup\]\|^Pipeline\|^Benchmark'

echo "== figures (mean µs per call; ratio to (a) parse; targets: (e) <= 1.5 typical, <= 2 large)"
# JMH table lines: Benchmark (record) Mode Cnt Score ± Error Units
awk -v loadavg="$(cut -d' ' -f1-3 /proc/loadavg)" '
     function score() { return $(NF - 2) == "±" ? $(NF - 3) : $(NF - 1) }
     $1 ~ /^PipelineBenchmark\.[a-z]+$/ && $3 == "avgt" { split($1, name, "."); mean[$2, name[2]] = score() }
     END {
       n = split("parse assemble rules compose pipeline", step, " ")
       split("a b c d e", letter, " ")
       split("typical large", records, " ")
       for (r = 1; r <= 2; r++) for (i = 1; i <= n; i++)
         printf "%-8s (%s) %-9s %9.1f µs  %5.2f x parse\n", records[r], letter[i], step[i],
                mean[records[r], step[i]], mean[records[r], step[i]] / mean[records[r], "parse"]
       t = mean["typical", "pipeline"] / mean["typical", "parse"]; l = mean["large", "pipeline"] / mean["large", "parse"]
       printf "SUMMARY pipeline/parse: typical %.2f (target 1.5, %s), large %.2f (target 2, %s); pipeline typical %.0f µs, large %.0f µs; load %s\n",
              t, t <= 1.5 ? "met" : "missed", l, l <= 2 ? "met" : "missed",
              mean["typical", "pipeline"], mean["large", "pipeline"], loadavg
     }' $out/jmh-pipeline.txt
