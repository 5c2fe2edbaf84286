#!/usr/bin/env bash
# A small sequential load on a running EveryContact: WARMUP calls, then N timed patient-view calls
# with the README's 182-resource example request, and the latency percentiles (ms) as curl saw them.
# Usage: scripts/load.sh [base-url] [N] [WARMUP]   (loopback only: it is a local measurement)
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://127.0.0.1:8080}
n=${2:-200}
warmup=${3:-50}
case "$base" in http://127.*|http://localhost*) ;; *) echo "loopback URLs only"; exit 2;; esac
body=examples/patient-view-request.json
call() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST -H 'Content-Type: application/json' \
  --data-binary @"$body" "$base/cds-services/everycontact"; }
for _ in $(seq 1 "$warmup"); do call >/dev/null; done
times=$(for _ in $(seq 1 "$n"); do call; done)
echo "$times" | awk '$1 != 200 {bad++} END {if (bad) {print bad " calls failed"; exit 1}}'
echo "$times" | awk '{print $2 * 1000}' | sort -n | awk -v n="$n" '
  {v[NR]=$1; s+=$1}
  END {printf "calls=%d mean=%.1fms p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms\n",
       n, s/NR, v[int(NR*0.50)], v[int(NR*0.95)], v[int(NR*0.99)], v[NR]}'
