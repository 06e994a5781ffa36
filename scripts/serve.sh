#!/usr/bin/env bash
# README command 1: install the build tools if needed, then build the page in release mode and
# serve it on http://127.0.0.1:$PORT/ (8080 unless PORT is set), rebuilding on every change.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
# wasm-opt (npm package binaryen) and the cargo-installed trunk/wasm-bindgen.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
source scripts/site-env.sh

PORT=${PORT:-8080}
echo
echo "==> Crosscheck will be at http://127.0.0.1:$PORT/ once the first build finishes (Ctrl-C stops)."
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
