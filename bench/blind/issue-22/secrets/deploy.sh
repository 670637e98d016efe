#!/usr/bin/env bash
# class: hardcoded-secret — a deploy script with exported keys, inline auth headers, and "$VAR" near-misses
set -euo pipefail

# expect: hardcoded-secret
export AWS_SECRET_ACCESS_KEY="{{token:PQ3ePF|yoW42/+AcP|et4xd7OWtLYWgG|/3OH6svpPS}}"

# safe: hardcoded-secret
export AWS_DEFAULT_REGION="eu-central-1"

# expect: hardcoded-secret
export CLOUDFLARE_API_TOKEN="Zq7Nv3Kx9Wt2Lb6Rm4Py8Hc1Sd5Fg0Jk3Mn7Qr"

# safe: hardcoded-secret
export CLOUDFLARE_ZONE_ID="023e105f4ecef8ad9ca31a8372d0c353"

# expect: hardcoded-secret
curl -fsS -H "Authorization: token {{token:ghp_c5Uy2pa|VGWyiNsN3I|mHTeA4SOO|SjQvbc3U6N}}" https://api.github.com/repos/acme/shop/deployments

# safe: hardcoded-secret
curl -fsS -H "Authorization: Bearer ${GITHUB_TOKEN}" https://api.github.com/repos/acme/shop/deployments

# expect: hardcoded-secret
echo "{{token:dckr_pat|_lcI6JWdTK-1bdMR|OKCMxqEyL9nF}}" | docker login -u acmebot --password-stdin

# safe: hardcoded-secret
echo "$DOCKERHUB_TOKEN" | docker login -u acmebot --password-stdin

# expect: hardcoded-secret
PGPASSWORD='Hv5Tq8Wz1Xk4Lm7N' psql -h db.acme-prod.internal -U deploy -c 'select 1'

# expect: hardcoded-secret
flyctl deploy --access-token "{{token:fo1_OkCLrt|ctHZfOBrvSr|X9azfFaN2Q8N|uGhwvY|y97yJF1_}}"

# expect: hardcoded-secret
netlify deploy --prod --auth "{{token:nfp_hV8ISKSxb4Uu|oQH9t|VDAwO|6czA8m|6S7r7fUwfvnF}}"

# safe: hardcoded-secret
vercel deploy --prod --token "$VERCEL_TOKEN"

# expect: hardcoded-secret
export PLANETSCALE_SERVICE_TOKEN="{{token:pscale_tkn_|ruMqV|wjCxhi9|B6d1t2gTnM|BrsWk|1hoHr4_u-k|j1toXZ}}"

# safe: hardcoded-secret
read -rsp "Vault token: " VAULT_TOKEN
