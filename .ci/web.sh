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
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
go build -o "$tmp/itc" .
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ITC_ADDR="127.0.0.1:$port" ITC_DATA_DIR="$tmp/data" ITC_TRUSTED_DOCUMENTS=enforce "$tmp/itc" >"$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break
  sleep 0.2
done
if ! (cd web && ITC_URL="http://127.0.0.1:$port" node --test --test-concurrency=1 e2e/); then
  echo "server log:"; tail -50 "$tmp/server.log"; exit 1
fi
