#!/usr/bin/env bash
# The web app: rebuild it from a clean install and fail when the committed
# build differs, then drive each role's journey in Debian's Chromium
# against a server with a fresh demo coalition.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null; then
  echo "== installing chromium"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

echo "== web: npm ci and rebuild"
(cd web && npm ci --prefer-offline --no-audit --no-fund --loglevel=error && npm run build)
if [[ -n $(git status --porcelain -- web) ]]; then
  echo "the web build differs from the committed one:"; git status --porcelain -- web; exit 1
fi

echo "== web: browser tests"
tmp=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$tmp"' EXIT
go build -o "$tmp/itc" .
freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
waitready() {
  for _ in $(seq 1 150); do
    curl -fs "http://127.0.0.1:$1/readyz" >/dev/null && return 0
    sleep 0.2
  done
  echo "the server on port $1 did not get ready"; return 1
}
# The demo server: signs with its own key, offers the demo people.
port=$(freeport)
ITC_ADDR="127.0.0.1:$port" ITC_DATA_DIR="$tmp/data" ITC_TRUSTED_DOCUMENTS=enforce "$tmp/itc" >"$tmp/server.log" 2>&1 &
pids+=($!)
# A server that trusts an identity provider (a stand-in on loopback,
# web/e2e/oidc-provider.mjs): the app signs in by code flow with PKCE.
node web/e2e/oidc-provider.mjs >"$tmp/provider.out" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do [[ -s $tmp/provider.out ]] && break; sleep 0.1; done
issuer=$(head -1 "$tmp/provider.out")
oport=$(freeport)
ITC_ADDR="127.0.0.1:$oport" ITC_DATA_DIR="$tmp/data-oidc" ITC_TRUSTED_DOCUMENTS=enforce \
  ITC_OIDC_ISSUER="$issuer" ITC_OIDC_CLIENT_ID=itc-web "$tmp/itc" >"$tmp/server-oidc.log" 2>&1 &
pids+=($!)
waitready "$port"
waitready "$oport"
if ! (cd web && ITC_URL="http://127.0.0.1:$port" ITC_OIDC_URL="http://127.0.0.1:$oport" ITC_OIDC_PROVIDER="$issuer" \
  node --test --test-concurrency=1 e2e/); then
  echo "server log:"; tail -50 "$tmp/server.log"
  echo "server (OIDC) log:"; tail -20 "$tmp/server-oidc.log"; exit 1
fi
