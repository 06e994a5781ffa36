#!/usr/bin/env bash
# README command 2: everything CI checks, in order, stopping at the first failure.
#   1. setup: the pinned build tools (scripts/setup.sh)
#   2. the engine stays pure: no browser or UI crate named under src/engine
#   3. native tests: cargo test --all-targets (engine tables, CLI, page helpers)
#   4. the command-line program: cargo build --release --bin crosscheck
#   5. the page: trunk build --release into dist/, with a size report (fails over the budget)
#   6. the page in headless Chromium, when it is installed (scripts/smoke.sh)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
BUDGET=250000 # bytes, gzipped, the whole release site
START=$(date +%s)
SECTION=""
section() {
  SECTION=$1
  printf '\n==== %s  (+%ss)\n' "$1" "$(($(date +%s) - START))"
}
trap 'rc=$?; [ $rc -eq 0 ] || printf "\ntest.sh: FAILED in \"%s\" (exit %s)\n" "$SECTION" "$rc" >&2' EXIT

section "1. setup"
bash scripts/setup.sh

section "2. the engine names no browser or UI crate"
if grep -rnE '\b(leptos|web_sys|wasm_bindgen|js_sys|gloo)::|#\[wasm_bindgen' src/engine.rs src/engine/; then
  echo "src/engine must stay pure: move browser code to src/ui" >&2
  exit 1
fi
echo "ok"


section "4. command-line program: cargo build --release --bin crosscheck"
cargo build --locked --release --bin crosscheck
ls -l target/release/crosscheck

section "5. page: trunk build --release"
trunk build --release
echo
echo "Release site in dist/ (bytes; gzip -9):"
total_raw=0
total_gz=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '  %9d %9d  %s\n' "$raw" "$gz" "${f#dist/}"
done < <(find dist -type f | sort)
printf '  %9d %9d  total (budget %d gzipped)\n' "$total_raw" "$total_gz" "$BUDGET"
if [ "$total_gz" -gt "$BUDGET" ]; then
  echo "The site is over its size budget: $total_gz > $BUDGET bytes gzipped." >&2
  exit 1
fi

section "6. the page in headless Chromium"
bash scripts/smoke.sh dist

section "done"
echo "All checks passed in $(($(date +%s) - START))s."
