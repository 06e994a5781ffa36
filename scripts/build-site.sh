#!/usr/bin/env bash
# Build the release site into dist/ (extra arguments go to `trunk build`, e.g.
# `--public-url /tools/crosscheck/`). Expects the tools scripts/setup.sh installs.
#
# Then minify the JavaScript and CSS with esbuild (npm package, package.json). Trunk 0.21 can
# minify CSS but its JavaScript minifier cannot parse wasm-bindgen's glue, so Trunk's own
# minification stays off (Trunk.toml) and esbuild does both: 3.3 KB gzipped off the site
# (measured 2026-12-01). Trunk wrote a Subresource Integrity hash of each file into
# index.html; each is replaced with the minified file's, or the browser would refuse it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
source scripts/site-env.sh
trunk build --release "$@"

DIST=dist
for arg in "$@"; do
  case "$arg" in --dist=*) DIST=${arg#--dist=} ;; esac
done
sri() { openssl dgst -sha384 -binary "$1" | base64 -w0; }
for f in "$DIST"/*.js "$DIST"/*.css; do
  [ -f "$f" ] || continue
  before=$(sri "$f")
  esbuild "$f" --minify --log-level=warning --allow-overwrite --outfile="$f"
  after=$(sri "$f")
  grep -qF "sha384-$before" "$DIST/index.html" || {
    echo "build-site.sh: index.html has no integrity hash for $f" >&2
    exit 1
  }
  sed -i "s|sha384-$before|sha384-$after|g" "$DIST/index.html"
done
# index.html's comments are for the people reading the source, not for every visitor.
perl -0pi -e 's/<!--.*?-->\n?\s*//gs' "$DIST/index.html"
