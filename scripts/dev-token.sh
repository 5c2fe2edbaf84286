#!/usr/bin/env bash
# Mints a bearer token for the staff endpoints (deprivation look-up, equity report, admin) of the
# dev profile (./mvnw quarkus:dev), signed with scripts/dev-token-key.pem, whose public key is
# %dev.quarkus.oidc.public-key. That key pair is public: dev only, never for patient data.
#   scripts/dev-token.sh everycontact-analyst [minutes]
set -euo pipefail
group=${1:?usage: scripts/dev-token.sh everycontact-analyst|everycontact-admin [minutes, default 60]}
minutes=${2:-60}
key="$(dirname "$0")/dev-token-key.pem"
issuer=https://dev.everycontact.invalid

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
claims=$(printf '{"iss":"%s","sub":"dev-user","groups":["%s"],"iat":%d,"exp":%d}' \
  "$issuer" "$group" "$now" "$((now + minutes * 60))" | base64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$key" | base64url)
echo "$header.$claims.$signature"
