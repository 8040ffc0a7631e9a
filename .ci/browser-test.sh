#!/bin/sh
# Builds and starts the fixture server, runs the browser tests against it, stops it.
# Needs: chromium (/usr/bin/chromium), node, and `npm ci` in .ci/browser.
set -eu
cd "$(dirname "$0")/.."
ADDR="${ADDR:-127.0.0.1:18080}"
[ -d .ci/browser/node_modules ] || (cd .ci/browser && npm ci --no-audit --no-fund)
cargo build -p dossier-server --example serve_fixture
cargo run -q -p dossier-server --example serve_fixture -- "$ADDR" &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -fsS "http://$ADDR/api/stats" >/dev/null 2>&1 && break
  sleep 0.2
done
node .ci/browser-test.mjs "http://$ADDR"
