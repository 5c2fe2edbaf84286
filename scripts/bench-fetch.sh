#!/usr/bin/env bash
# The fetch path (issue 10): a call without prefetch against a loopback FHIR server that delays every
# query by the same time must take about the slowest single query, not their sum (target: at most
# 1.3 times). bench.FetchPathMeasure prints the medians and a one-line SUMMARY. See README "Performance".
# Usage: scripts/bench-fetch.sh [delay ms, default 200] [rounds, default 15]   (about a minute)
# Loopback only; bounded by a timeout. Writes only under target/.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== compile (profile bench: test classes and the class path)"
timeout 600 ./mvnw -B -q -Pbench process-test-classes
cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
echo "== fetch path (load $(cut -d' ' -f1-3 /proc/loadavg))"
timeout 600 java -cp "$cp" org.everycontact.bench.FetchPathMeasure "${1:-200}" "${2:-15}" | tee target/bench/fetch.txt
