#!/usr/bin/env bash
# Where the page's bytes go: builds scripts/size-probe (the engine alone, then with each
# format) with the page's own settings (scripts/site-env.sh, wasm-opt -Oz) and prints each
# module's size gzipped next to the release site's. Not part of the tests; run it when
# working on the page's size. Expects the tools scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
SITE_TARGET_DIR="$ROOT/target/size-probe" source scripts/site-env.sh
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FLAGS="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types"
# Cargo reads the probe's own lock file; it must not touch the project's.
cp Cargo.lock scripts/size-probe/Cargo.lock
trap 'rm -rf "$WORK" scripts/size-probe/Cargo.lock' EXIT
printf '%-28s %10s %10s\n' "module" "bytes" "gzipped"
for features in "" report link file "report,link,file"; do
  cargo build --quiet --offline --release --target wasm32-unknown-unknown \
    --manifest-path scripts/size-probe/Cargo.toml ${features:+--features "$features"}
  wasm-bindgen --target web --out-dir "$WORK" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/size_probe.wasm"
  # shellcheck disable=SC2086
  wasm-opt -Oz $FLAGS "$WORK/size_probe_bg.wasm" -o "$WORK/probe.wasm"
  printf '%-28s %10d %10d\n' "engine${features:+ + $features}" "$(stat -c %s "$WORK/probe.wasm")" "$(gzip -9 -c "$WORK/probe.wasm" | wc -c)"
done
if [ -d dist ]; then
  total=0
  for f in dist/*; do total=$((total + $(gzip -9 -c "$f" | wc -c))); done
  printf '%-28s %10s %10d\n' "release site (dist/)" "" "$total"
fi
