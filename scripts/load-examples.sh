#!/usr/bin/env bash
# Loads example transaction Bundles into a FHIR R4 server (README "For integration testers").
#
#   scripts/load-examples.sh <FHIR base URL> [bundle files...]
#
# POSTs each file (default: every fhir-profiles/examples/*.json) to the base URL as a transaction and
# prints one line per file, "<file> -> Patient/<id>", the id the server gave the example's Patient
# (from the Location of the Patient entry of the transaction-response). A failed file is reported on
# stderr with the server's answer; the exit status is non-zero if any file failed. With
# FHIR_BEARER_TOKEN set, each request carries "Authorization: Bearer $FHIR_BEARER_TOKEN" (the token is
# never printed).
set -uo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 <FHIR base URL> [bundle files...]" >&2
  exit 2
fi
base=${1%/}
shift
if [ $# -eq 0 ]; then
  set -- "$(dirname "$0")"/../fhir-profiles/examples/*.json
fi

umask 077
answer=$(mktemp)
headers=$(mktemp)
trap 'rm -f "$answer" "$headers"' EXIT
# Headers go to curl as a file, so that a token is not on a command line others can list.
printf '%s\n' 'Content-Type: application/fhir+json' 'Accept: application/fhir+json' > "$headers"
if [ -n "${FHIR_BEARER_TOKEN:-}" ]; then
  printf 'Authorization: Bearer %s\n' "$FHIR_BEARER_TOKEN" >> "$headers"
fi

failed=0
for file in "$@"; do
  name=$(basename "$file")
  status=$(curl -sS -o "$answer" -w '%{http_code}' -X POST -H @"$headers" --data-binary @"$file" "$base")
  if [ "${status:-000}" -lt 200 ] || [ "${status:-000}" -ge 300 ]; then
    if [ "${status:-000}" = 000 ]; then
      echo "$name: no answer from $base" >&2
    else
      echo "$name: HTTP $status from $base" >&2
    fi
    head -c 2000 "$answer" >&2
    echo >&2
    failed=1
    continue
  fi
  # The Patient entry's location: "Patient/<id>/_history/1", relative or absolute.
  patient=$(grep -oE '"location" *: *"([^"]*/)?Patient/[^/"]+' "$answer" | head -n 1 | sed -E 's#.*Patient/##')
  if [ -z "$patient" ]; then
    echo "$name: the transaction-response names no Patient location" >&2
    failed=1
    continue
  fi
  echo "$name -> Patient/$patient"
done
exit "$failed"
