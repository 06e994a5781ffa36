#!/usr/bin/env bash
# The built page in a real browser: serve DIR (default dist/) on loopback, load it in headless
# Chromium, and check that the app mounted without a panic: three demo article columns, with
# marks. When Chromium is missing it skips with a warning, except under CI=true, where it fails.
# Then, when playwright-core is installed (npm ci), the user journeys in tests/e2e/journeys.mjs
# and tests/e2e/share.mjs, the Content Security Policy's in tests/e2e/csp.mjs, articles from
# the web in tests/e2e/import.mjs and offline use in tests/e2e/offline.mjs; every journey
# fails on a policy violation it did not provoke (tests/e2e/lib.mjs).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
DIR=${1:-dist}
[ -f "$DIR/index.html" ] || { echo "smoke.sh: no $DIR/index.html (run trunk build --release)" >&2; exit 1; }
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
  if [ "${CI:-}" = true ]; then
    echo "smoke.sh: chromium is not installed (apt-get install chromium)" >&2
    exit 1
  fi
  echo "SKIPPED: chromium is not installed (apt-get install chromium to run this check)"
  exit 0
fi

WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$DIR" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.1
done

URL="http://127.0.0.1:$PORT/"
echo "Loading $URL in $("$CHROMIUM" --version 2>/dev/null || echo chromium)"
# --virtual-time-budget lets the page load, compile its wasm and render before the dump.
timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --disable-quic --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --user-data-dir="$WORK/profile" --enable-logging=stderr --v=0 \
  --virtual-time-budget=15000 --dump-dom "$URL" >"$WORK/dom.html" 2>"$WORK/chromium.log" || {
  echo "smoke.sh: chromium failed; its log:" >&2
  tail -n 30 "$WORK/chromium.log" >&2
  exit 1
}

fail() {
  echo "smoke.sh: $1" >&2
  echo "--- console (chromium log, CONSOLE lines) ---" >&2
  grep -i "console" "$WORK/chromium.log" | tail -n 20 >&2 || true
  echo "--- DOM (first 2000 bytes) ---" >&2
  head -c 2000 "$WORK/dom.html" >&2
  exit 1
}
count() { grep -o "$1" "$WORK/dom.html" | wc -l; }

columns=$(count 'class="column"')
marks=$(count 'data-mention="')
if grep -qi "panicked" "$WORK/chromium.log"; then fail "the page panicked"; fi
[ "$columns" -eq 3 ] || fail "expected 3 article columns, found $columns"
grep -q "Brightwater" "$WORK/dom.html" || fail "the demo articles' text is not on the page"
[ "$marks" -ge 1 ] || fail "no mention is marked"
echo "ok: $columns columns, $marks marked mentions"

if [ -d node_modules/playwright-core ]; then
  echo "Journeys (tests/e2e/journeys.mjs):"
  SITE_DIR="$PWD/$DIR" CHROMIUM="$CHROMIUM" node tests/e2e/journeys.mjs
  echo "Share links, saved work and comparison files (tests/e2e/share.mjs):"
  SITE_DIR="$PWD/$DIR" CHROMIUM="$CHROMIUM" node tests/e2e/share.mjs
  echo "Content Security Policy: injected scripts and other origins refused (tests/e2e/csp.mjs):"
  SITE_DIR="$PWD/$DIR" CHROMIUM="$CHROMIUM" node tests/e2e/csp.mjs
  echo "Articles from the web: the bookmarklet, sent articles, rich paste (tests/e2e/import.mjs):"
  SITE_DIR="$PWD/$DIR" CHROMIUM="$CHROMIUM" node tests/e2e/import.mjs
  echo "Offline use and updates (tests/e2e/offline.mjs):"
  SITE_DIR="$PWD/$DIR" CHROMIUM="$CHROMIUM" node tests/e2e/offline.mjs
elif [ "${CI:-}" = true ]; then
  echo "smoke.sh: playwright-core is not installed (npm ci)" >&2
  exit 1
else
  echo "SKIPPED journeys: playwright-core is not installed (npm ci)"
fi
