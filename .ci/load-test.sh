#!/usr/bin/env bash
# Load test of the list endpoints (not run by CI): builds a database of a JSONL corpus plus the
# example, serves it, and runs wrk (Debian package `wrk`) on each list endpoint, first pages and
# deep pages, printing p50/p95/p99 and errors per endpoint.
#
#   .ci/load-test.sh [CORPUS.jsonl.gz] [DB]
#
# Defaults: ../shared/corpus/allsides-5k.jsonl.gz and a database under /tmp (reused when it
# exists). Env: ADDR (127.0.0.1:18090), DURATION (30s), CONNS (50), THREADS (2).
# The criterion (issue #6): p95 under 50 ms, zero errors, 50 connections for 30 s.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-../shared/corpus/allsides-5k.jsonl.gz}"
DB="${2:-/tmp/dossier-load.db}"
ADDR="${ADDR:-127.0.0.1:18090}"
DURATION="${DURATION:-30s}"
CONNS="${CONNS:-50}"
THREADS="${THREADS:-2}"
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 2; }
[ -f "$CORPUS" ] || { echo "no corpus at $CORPUS" >&2; exit 2; }

cargo build --release -q -p dossier
BIN=./target/release/dossier
if [ ! -f "$DB" ]; then
  echo "== building $DB from $CORPUS and examples/iraq-2020-2024"
  $BIN --db "$DB" ingest --quiet "$CORPUS" examples/iraq-2020-2024
fi
$BIN --db "$DB" stats | head -5 || true

$BIN --db "$DB" serve --addr "$ADDR" 2>/dev/null &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do
  curl -fsS "http://$ADDR/api/stats" >/dev/null 2>&1 && break
  sleep 0.2
done

total() { curl -fsS "http://$ADDR$1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p' | head -1; }
# A deep page: the last full page of a listing (offset near the end).
deep() {
  local n; n=$(total "$1?limit=1")
  local off=$(( n > 50 ? n - 50 : 0 ))
  echo "$1?limit=50&offset=$off"
}
STORY=$(curl -fsS "http://$ADDR/api/stories?limit=1" | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')

URLS=(
  "/api/articles"
  "$(deep /api/articles)"
  "/api/articles?q=troops"
  "/api/quotes"
  "$(deep /api/quotes)"
  "/api/quotes?speaker=Donald%20Trump"
  "/api/figures"
  "$(deep /api/figures)"
  "/api/times"
  "$(deep /api/times)"
  "/api/entities"
  "$(deep /api/entities)"
  "/api/entities?kind=person&q=john"
  "/api/stories"
  "$(deep /api/stories)"
  "/api/search?q=troops%20iraq"
  "/api/conflicts"
  "/api/timeline?story=$STORY"
  "/api/series?q=troops"
)

# Warm the per-generation caches (the first corpus-wide view takes seconds), as a running
# server would have them.
for u in "${URLS[@]}"; do curl -fsS -o /dev/null "http://$ADDR$u" || echo "warm-up failed: $u" >&2; done

echo "== wrk -t$THREADS -c$CONNS -d$DURATION, $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-58s %s\n' "endpoint" "result"
for u in "${URLS[@]}"; do
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s .ci/p95.lua "http://$ADDR$u" 2>&1 | grep '^p50=' || echo "wrk failed")
  printf '%-58s %s\n' "$u" "$out"
done
# Every request a different page: the response cache cannot help, the database does the work.
for u in /api/quotes /api/figures /api/times /api/articles /api/entities; do
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s .ci/vary.lua "http://$ADDR$u?limit=50" 2>&1 | grep '^p50=' || echo "wrk failed")
  printf '%-58s %s\n' "$u?limit=50&offset=random(0..4000)" "$out"
done
