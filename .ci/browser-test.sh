#!/bin/sh
# Browser tests of the web UI on the example corpus plus an article full of script markup:
# builds dossier, ingests, serves on a loopback port, runs .ci/browser-test.mjs, stops the server.
# Needs chromium (/usr/bin/chromium), node, and `npm ci` in .ci/browser.
set -eu
cd "$(dirname "$0")/.."
ADDR="${ADDR:-127.0.0.1:18080}"
DB="$(mktemp -d)/browser.db"
[ -d .ci/browser/node_modules ] || (cd .ci/browser && npm ci --no-audit --no-fund)
cargo build --release -q -p dossier
./target/release/dossier --db "$DB" ingest --quiet examples/iraq-2020-2024 .ci/fixtures/xss-article.txt
./target/release/dossier --db "$DB" serve --addr "$ADDR" &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://$ADDR/api/stats" >/dev/null 2>&1 && break
  sleep 0.2
done
node .ci/browser-test.mjs "http://$ADDR"
