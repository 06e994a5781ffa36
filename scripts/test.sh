#!/usr/bin/env bash
# README command 2: everything CI checks, in order, stopping at the first failure.
#   1. setup: the pinned build tools (scripts/setup.sh)
#   2. the layers hold: no browser or UI crate named under src/engine, and src/format names
#      nothing above it (display, ui, export)
#   2b. the bookmarklet the page offers is the build of its readable source
#   3. native tests: cargo test --all-targets (engine tables, CLI, page helpers)
#   3b. the page's components in headless Chromium (scripts/web-tests.sh, wasm-bindgen-test)
#   4. the command-line program: cargo build --release --bin crosscheck
#   5. the page: trunk build --release into dist/, with a size report (fails past the CI limit)
#      and its Content Security Policy checked (fails when missing or loosened)
#   6. the page in headless Chromium (scripts/smoke.sh): mounts, then the Playwright journeys
#      (including articles from the web and offline use)
#   7. speed of the page in Chromium (tests/e2e/perf.mjs), reported against its targets
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
# Bytes, gzipped, of the release site's own files (every file in dist/ but the WordNet data
# file; see step 5), and its budget, which CI enforces: 300 KB since
# 2026-12-03 (raised from 250 KB by the issues on judgement and code health, so the fitted
# pair scorer and the WordNet tables fit without contortions).
# Where the bytes are (measured 2026-12-01, 248.8 KB in all): the wasm is 95% of the site; the
# engine alone is 95 KB (scripts/size-probe.sh). The page builds at opt-level "z" with std
# rebuilt for size (scripts/site-env.sh), has no JSON parser or deflate of its own (the
# browser's), builds its rebuilt-whole views with plain DOM calls (src/ui/build.rs), and its
# JavaScript and CSS are minified (scripts/build-site.sh).
TARGET=300000
GUARD=$TARGET
# The same page with the prebuilt std, when rust-src is missing (scripts/site-env.sh):
# 289,924 bytes measured 2026-12-01 before the WordNet tables (about 31 KB gzipped) came in;
# it cannot meet the budget, so CI only stops it growing.
GUARD_PREBUILT_STD=345000
START=$(date +%s)
SECTION=""
section() {
  SECTION=$1
  printf '\n==== %s  (+%ss)\n' "$1" "$(($(date +%s) - START))"
}
trap 'rc=$?; [ $rc -eq 0 ] || printf "\ntest.sh: FAILED in \"%s\" (exit %s)\n" "$SECTION" "$rc" >&2' EXIT

section "1. setup"
bash scripts/setup.sh

section "2. layers: the engine names no browser or UI crate; the formats nothing above them"
if grep -rnE '\b(leptos|web_sys|wasm_bindgen|js_sys|gloo)::|#\[wasm_bindgen' src/engine.rs src/engine/; then
  echo "src/engine must stay pure: move browser code to src/ui" >&2
  exit 1
fi
# The versioned formats sit below presentation (docs/architecture.md, "Layers").
if grep -rnE 'crate::(display|ui|export|marks|demo)\b' src/format.rs src/format/; then
  echo "src/format may call only the engine and numerals: move presentation out of it" >&2
  exit 1
fi
echo "ok"

section "2b. the bookmarklet: src/ui/bookmarklet.min.js is the build of web/bookmarklet.js"
node scripts/bookmarklet.mjs --check

section "3. native tests: cargo test --all-targets"
cargo test --locked --all-targets

section "3b. page components in Chromium: wasm-bindgen-test (tests/web.rs)"
bash scripts/web-tests.sh

section "4. command-line program: cargo build --release --bin crosscheck"
cargo build --locked --release --bin crosscheck
ls -l target/release/crosscheck

section "5. page: scripts/build-site.sh (trunk build --release, std rebuilt for size)"
bash scripts/build-site.sh
if [ "$(source scripts/site-env.sh 2>/dev/null; echo "$SITE_STD")" = prebuilt ]; then
  echo "(built with the prebuilt std: rust-src is missing)"
  GUARD=$GUARD_PREBUILT_STD
fi
# The budget counts the page's own files: HTML, JavaScript, WebAssembly, CSS, and the service
# worker, manifest and icon. The WordNet data file (wordnet-*.bin) is listed but not counted:
# issue 12 lets large lexical tables be a same-origin data file instead of part of the budget,
# provided the demo still highlights within 500 ms (tests/e2e/perf.mjs reports it) and the page
# works offline once loaded (the service worker keeps it; tests/e2e/offline.mjs). The page
# fetches it once its code runs and installs it before its first analysis (src/ui/lexicon.rs),
# so it is loaded before the first highlight: the README gives both totals. The word lists
# (words-*.txt, the unit and currency spellings and other lexical tables) are listed the same way.
# The bookmarklet's source (bookmarklet-*.txt) is listed too: the page fetches it only when the
# reader opens From the web (src/ui/bookmarklet.rs), after the first highlight.
LISTED='^(wordnet-[0-9a-f]{16}\.bin|words-[0-9a-f]{16}\.txt|bookmarklet-[0-9a-f]{16}\.txt)$'
ls dist/wordnet-*.bin dist/words-*.txt >/dev/null 2>&1 || {
  echo "dist/ has no WordNet data file (wordnet-*.bin) or word lists (words-*.txt): the page would run without it" >&2
  exit 1
}
echo
echo "Release site in dist/ (bytes; gzip -9; the page's files count, the two data files and the bookmarklet are listed):"
total_raw=0
total_gz=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  name=${f#dist/}
  if [[ $name =~ $LISTED ]]; then
    printf '  %9d %9d  listed   %s\n' "$raw" "$gz" "$name"
    continue
  fi
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '  %9d %9d  counted  %s\n' "$raw" "$gz" "$name"
done < <(find dist -type f | sort)
printf '  %9d %9d  total counted (target %d, CI limit %d, gzipped)\n' "$total_raw" "$total_gz" "$TARGET" "$GUARD"
if [ "$total_gz" -gt "$TARGET" ]; then
  echo "  NOT MET: the site is $((total_gz - TARGET)) bytes over its $TARGET-byte target."
fi
if [ "$total_gz" -gt "$GUARD" ]; then
  echo "The site grew past the CI limit: $total_gz > $GUARD bytes gzipped." >&2
  exit 1
fi
# The policy the page is published with (docs/security.md): present, placed before anything
# loads, no directive missing, nothing beyond its ceiling, script hashes matching.
node scripts/check-csp.mjs dist/index.html

section "6. the page in headless Chromium"
bash scripts/smoke.sh dist

section "7. page speed in Chromium (report)"
if [ -d node_modules/playwright-core ] && command -v chromium >/dev/null; then
  SITE_DIR="$PWD/dist" node tests/e2e/perf.mjs
else
  echo "SKIPPED: needs chromium and playwright-core"
fi

section "done"
echo "All checks passed in $(($(date +%s) - START))s."
