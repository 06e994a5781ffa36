#!/usr/bin/env bash
# Build the release site into dist/ (extra arguments go to `trunk build`, e.g.
# `--public-url /tools/crosscheck/`). Expects the tools scripts/setup.sh installs.
#
# Then minify the JavaScript and CSS with esbuild (npm package, package.json). Trunk 0.21 can
# minify CSS but its JavaScript minifier cannot parse wasm-bindgen's glue, so Trunk's own
# minification stays off (Trunk.toml) and esbuild does both: 3.3 KB gzipped off the site
# (measured 2026-12-01). The page's files carry no Subresource Integrity hashes
# (`data-integrity="none"` in index.html): every one comes from the page's own origin, which
# also serves the index.html that would name the hashes, so they guard nothing (docs/security.md).
# Last, the page's Content Security Policy goes into index.html, checked by
# scripts/check-csp.mjs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
source scripts/site-env.sh
trunk build --release "$@"

DIST=dist
PUBLIC_URL=$(sed -n 's/^public_url *= *"\(.*\)"/\1/p' Trunk.toml)
prev=
for arg in "$@"; do
  case "$arg" in
    --dist=*) DIST=${arg#--dist=} ;;
    --public-url=*) PUBLIC_URL=${arg#--public-url=} ;;
  esac
  case "$prev" in
    --dist) DIST=$arg ;;
    --public-url) PUBLIC_URL=$arg ;;
  esac
  prev=$arg
done
case "$PUBLIC_URL" in */) ;; *) PUBLIC_URL="$PUBLIC_URL/" ;; esac

# Files the page fetches by an address it reads from index.html. Trunk 0.21 copies a
# `copy-file` asset as it is, without the content hash its other files get, so each gets one
# here (the same 16 hex digits Trunk uses), which lets hosts cache it forever like the rest, and
# the element the page reads the address from is pointed at the new name, under the public URL.
# hash_named FILE NEW_PREFIX NEW_EXTENSION ELEMENT ATTRIBUTE: ELEMENT is the element's opening
# text up to the attribute (`id="lexicon" rel="preload" href`).
hash_named() {
  local file="$DIST/$1" prefix=$2 ext=$3 element=$4 attribute=$5
  [ -f "$file" ] || {
    echo "build-site.sh: $file is missing (index.html copies it)" >&2
    exit 1
  }
  local name
  name="$prefix-$(sha256sum "$file" | cut -c1-16).$ext"
  mv "$file" "$DIST/$name"
  grep -qF "$element $attribute=\"$1\"" "$DIST/index.html" || {
    echo "build-site.sh: index.html has no element naming $1" >&2
    exit 1
  }
  sed -i "s|$element $attribute=\"$1\"|$element $attribute=\"$PUBLIC_URL$name\"|" "$DIST/index.html"
}
# The WordNet data file (docs/lexicon.md), which the page preloads and installs before its
# first analysis (src/ui/lexicon.rs).
hash_named wordnet.bin wordnet bin 'id="lexicon" rel="preload"' href
# The word lists (src/engine/words.rs), preloaded and installed the same way.
hash_named words.txt words txt 'id="words" rel="preload"' href
# The bookmarklet's source, which the page fetches only when the reader opens From the web
# (src/ui/bookmarklet.rs): named as text so that nothing below minifies it (the journey checks
# it is exactly the build of web/bookmarklet.js).
hash_named bookmarklet.min.js bookmarklet txt 'id="bookmarklet" name="crosscheck-bookmarklet"' content

# Exports nothing calls. Leptos links server_fn's browser client, whose wasm-streams crate
# exports three JavaScript stream classes (IntoUnderlyingSource, -Sink, -ByteSource) for server
# functions; this page has none. The linker never exports them (scripts/link-page.sh, named by
# scripts/site-env.sh), so their code is never in the module, nor what only it reaches: data
# (std's io::ErrorKind descriptions among it), functions in the function table, which wasm-opt
# must keep, and the JavaScript imports those call. 4.7 KB gzipped off the site beyond dropping
# the exports after linking, as this script did before (299,682 to 294,950 bytes, measured
# 2026-12-05). A module that still has one means the linker missed them: checked here. Three
# exports that wasm-bindgen 0.2.130 adds and its glue never reads (an abort handler, a
# termination flag, a module-splitting marker) are dropped here, after wasm-bindgen has read
# them, and the module is optimized again with index.html's own wasm-opt passes (0.3 KB
# gzipped from the second run of the passes alone, measured 2026-12-04). Takes about 50 s.
WASM=$(ls "$DIST"/*_bg.wasm)
if grep -qa intounderlying "$WASM"; then
  echo "build-site.sh: $WASM still exports wasm-streams' stream classes (see scripts/link-page.sh)" >&2
  exit 1
fi
python3 scripts/drop-exports.py "$WASM" __abort_handler,__instance_terminated,_WASM_SPLIT_MARKER
# shellcheck disable=SC2046 # the passes are words
wasm-opt "$WASM" $(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html) -o "$WASM"

# One stylesheet instead of four. The sources stay four files named for what they hold
# (style/), which Trunk copies one by one; the page loads them as one, in the same order, so
# the cascade is unchanged: one request instead of four, and one gzip stream instead of four
# (0.9 KB gzipped off the site, measured 2026-12-04).
SHEETS=$(perl -ne 'print "$1\n" while /<link rel="stylesheet" href="[^"]*?([^"\/]+\.css)"/g' "$DIST/index.html")
[ "$(echo "$SHEETS" | wc -l)" -ge 2 ] || {
  echo "build-site.sh: expected Trunk's stylesheets in index.html, found: $SHEETS" >&2
  exit 1
}
(cd "$DIST" && cat $SHEETS) >"$DIST/style.css"
STYLE_NAME="style-$(sha256sum "$DIST/style.css" | cut -c1-16).css"
mv "$DIST/style.css" "$DIST/$STYLE_NAME"
(cd "$DIST" && rm $SHEETS)
STYLE_LINK="<link rel=\"stylesheet\" href=\"$PUBLIC_URL$STYLE_NAME\"/>"
STYLE_LINK=$STYLE_LINK perl -0pi -e '
  my $n = 0;
  s{[ \t]*<link rel="stylesheet" href="[^"]*\.css"[^>]*>\n?}{$n++ ? "" : "    $ENV{STYLE_LINK}\n"}ge;
  $n >= 2 or die "build-site.sh: could not merge the stylesheets in index.html\n";
' "$DIST/index.html"

for f in "$DIST"/*.js "$DIST"/*.css; do
  # The service worker is no file of the page's: it is filled in and minified below.
  [ -f "$f" ] && [ "$(basename "$f")" != sw.js ] || continue
  esbuild "$f" --minify --log-level=warning --allow-overwrite --outfile="$f"
  # The glue's three stream classes, whose methods the linker left out (above): nothing imports or
  # constructs them (0.3 KB gzipped). Exactly three must go, or the glue changed shape.
  case "$(basename "$f")" in crosscheck-web-*.js)
    perl -0pi -e '$n = s/export class IntoUnderlying\w+\{.*?\}Symbol\.dispose&&\(IntoUnderlying\w+\.prototype\[Symbol\.dispose\]=IntoUnderlying\w+\.prototype\.free\);//gs;
      $n == 3 or die "build-site.sh: expected 3 stream classes in the glue, found $n\n"' "$f" ;;
  esac
done
# Short import names (scripts/minify-imports.py): wasm-bindgen names each of the page's ~250
# JavaScript imports after its function and a 16-digit hash, written once in the module and
# once in the glue, and gzip cannot shrink random digits. One or two letters each instead took
# 7.2 KB gzipped off the site (3.9 KB of the module, 3.2 KB of the glue; 299,784 to about
# 292,600 bytes, measured 2026-12-06). After esbuild, whose minified glue has each key once.
python3 scripts/minify-imports.py "$WASM" "$(ls "$DIST"/crosscheck-web-*.js)"
# index.html's comments are for the people reading the source, not for every visitor.
perl -0pi -e 's/<!--.*?-->\n?\s*//gs' "$DIST/index.html"

# Installable and offline (README, "Offline use"): the web app manifest and its icon, linked
# from the built page only. The page registers its service worker only when it finds this link
# (src/ui/offline.rs), so `trunk serve`, which never runs this script, has no worker.
cp web/manifest.webmanifest web/icon.svg "$DIST/"
perl -0pi -e 's{</head>}{  <link rel="manifest" href="'"${PUBLIC_URL%/}"'/manifest.webmanifest" />\n  </head>}
  or die "build-site.sh: index.html has no </head>\n"' "$DIST/index.html"

# The Content Security Policy (docs/security.md), as a <meta> placed before anything that loads.
# This step comes last because the policy names the inline bootstrap script Trunk writes by
# the SHA-256 of its exact bytes, and any later rewrite of that script would make the browser
# refuse to start the page. `trunk serve` (scripts/serve.sh) never runs this script, so the
# development server, whose own reload script is inline, keeps working without a policy.
POLICY="default-src 'none'; script-src 'self' 'wasm-unsafe-eval' INLINE_SCRIPT_HASHES; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; worker-src 'self'; manifest-src 'self'"
POLICY=$POLICY perl -0pi -MDigest::SHA=sha256_base64 -e '
  my @hashes;
  while (/<script\b(?![^>]*\bsrc=)[^>]*>(.*?)<\/script>/gs) {
    my $h = sha256_base64($1);
    $h .= "=" while length($h) % 4;
    push @hashes, "\x27sha256-$h\x27";
  }
  (my $policy = $ENV{POLICY}) =~ s/ ?INLINE_SCRIPT_HASHES/@hashes ? " @hashes" : ""/e;
  s{(<meta charset=[^>]*>)}{$1\n    <meta http-equiv="Content-Security-Policy" content="$policy" />}
    or die "build-site.sh: index.html has no <meta charset> to put the policy after\n";
' "$DIST/index.html"
node scripts/check-csp.mjs "$DIST/index.html"

# The service worker (web/sw.js, copied by Trunk), filled in last, once every other file is
# final: the list of the site's files it keeps, and a version made from their hashes, so any
# change to any file makes a new worker, which browsers find and install beside the old one.
FILES=$(cd "$DIST" && find . -type f ! -name sw.js | sed 's|^\./||' | sort)
VERSION=$(cd "$DIST" && echo "$FILES" | xargs sha256sum | sha256sum | cut -c1-16)
LIST=$(echo "$FILES" | sed 's/.*/"&"/' | paste -sd, -)
sed -i "s|^const VERSION = 'development';|const VERSION = '$VERSION';|; s|^const FILES = \[\];|const FILES = [$LIST];|" "$DIST/sw.js"
grep -q "const VERSION = '$VERSION'" "$DIST/sw.js" && grep -qF "const FILES = [$LIST]" "$DIST/sw.js" || {
  echo "build-site.sh: could not fill in $DIST/sw.js" >&2
  exit 1
}
esbuild "$DIST/sw.js" --minify --log-level=warning --allow-overwrite --outfile="$DIST/sw.js"
echo "ok: $DIST/sw.js keeps $(echo "$FILES" | wc -l) files, version $VERSION"
