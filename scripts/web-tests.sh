#!/usr/bin/env bash
# The page's component tests (tests/web.rs) and its formats as the browser runs them
# (tests/web_formats.rs) in headless Chromium through wasm-bindgen-test: cargo builds them for
# wasm32, and wasm-bindgen-test-runner (installed with wasm-bindgen-cli by
# scripts/setup.sh) drives Debian's Chromium through chromedriver. Without Chromium it skips
# with a warning, except under CI=true, where it fails.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
CHROMEDRIVER_BIN=$(command -v chromedriver || true)
if [ -z "$CHROMEDRIVER_BIN" ] || ! command -v chromium >/dev/null; then
  if [ "${CI:-}" = true ]; then
    echo "web-tests.sh: chromium and chromedriver are needed (apt-get install chromium chromium-driver)" >&2
    exit 1
  fi
  echo "SKIPPED: chromium or chromedriver is not installed"
  exit 0
fi
command -v wasm-bindgen-test-runner >/dev/null || {
  echo "web-tests.sh: wasm-bindgen-test-runner is missing (run scripts/setup.sh)" >&2
  exit 1
}

# The same flags the probe and the Playwright tests use: these machines have no network, and
# Chromium's background connections would otherwise fail, many at a time.
CAPS=$(mktemp --suffix=.json)
trap 'rm -f "$CAPS"' EXIT
cat >"$CAPS" <<'JSON'
{
  "goog:chromeOptions": {
    "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync"]
  }
}
JSON

CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="$CHROMEDRIVER_BIN" \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$CAPS" \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test web --test web_formats
