#!/usr/bin/env bash
# Rule evaluation performance (issue 4: all rules on a 500-resource record in under 200 µs median):
# JMH RuleEvaluationBenchmark, OpportunityFinder.find alone and with CohortFinder.find, on synthetic
# records of 500 and 2,000 resources (-prof gc), then its figures. See README "Performance".
# Usage: scripts/bench-rules.sh      (about 3 minutes; run nothing else meanwhile: the figures are wall-clock times)
# JMH_ARGS replaces the JMH options (default: 3 warm-up and 5 measured iterations of 1 s, 1 fork).
# Every step is bounded by a timeout. Writes only under target/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
jmh_args=${JMH_ARGS:--wi 3 -i 5 -w 1s -r 1s -f 1}

echo "== compile (profile bench: test classes and the class path)"
timeout 600 ./mvnw -B -q -Pbench process-test-classes
cp="target/test-classes:target/classes:$(cat $out/classpath.txt)"

echo "== JMH rule evaluation benchmark"
# shellcheck disable=SC2086
timeout 1200 java -cp "$cp" org.openjdk.jmh.Main RuleEvaluationBenchmark \
  $jmh_args -prof gc -rf json -rff $out/jmh-rules.json | tee $out/jmh-rules.txt | grep -a '^\[setup\]\|^RuleEvaluation\|^Benchmark'

echo "== figures"
# JMH table lines: Benchmark (resources) Mode [Cnt] Score [± Error] Units
awk 'function score() { return $(NF - 2) == "±" ? $(NF - 3) : $(NF - 1) }
     { split($1, name, "[.:]"); m = name[2] " " $2 }
     $1 ~ /^RuleEvaluationBenchmark\.[a-zA-Z]+$/ && $3 == "avgt" { mean[m] = score() }
     $1 ~ /:gc\.alloc\.rate\.norm$/ && $3 == "avgt" { bytes[m] = score() }
     $1 ~ /:p0\.50$/ { median[m] = score() }
     $1 ~ /:p0\.99$/ { p99[m] = score() }
     END { for (m in median) { split(m, k, " ")
             printf "%s, %s resources: median %.1f µs, p0.99 %.1f µs, mean %.1f µs, %.0f bytes/op\n",
                    k[1], k[2], median[m], p99[m], mean[m], bytes[m] } }' $out/jmh-rules.txt | sort
grep -a '^\[setup\]' $out/jmh-rules.txt | sort -u
