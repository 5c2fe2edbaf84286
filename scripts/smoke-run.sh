#!/usr/bin/env bash
# Starts the service with the README's run command on its embedded defaults, waits until it is
# ready, sends a patient-view call with a realistic prefetch and checks the card, then stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${SMOKE_PORT:-18080}
workdir=$(mktemp -d)
log="$workdir/run.log"

./mvnw -B -q quarkus:dev -Dquarkus.http.port="$port" -Ddebug=false \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$workdir/everycontact" > "$log" 2>&1 &
pid=$!
cleanup() { pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 180); do
  if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "service exited:"; tail -50 "$log"; exit 1; fi
  sleep 1
done
curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "service not ready:"; tail -50 "$log"; exit 1; }

response=$(curl -sf -X POST -H 'Content-Type: application/json' \
  --data @examples/patient-view-request.json "http://127.0.0.1:$port/cds-services/everycontact")
echo "$response" | grep -q '"code":"R-HTN-03"' || { echo "expected an R-HTN-03 card, got: $response"; exit 1; }
echo "smoke: 1 passed, 0 failed"
