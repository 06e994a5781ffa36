#!/usr/bin/env bash
# Install the tools that build and test Crosscheck, each at the version the project pins.
# Idempotent: every step checks the installed version first and skips itself when it matches.
# Fails loudly, naming the step, when anything is missing or goes wrong.
#
# Pins: trunk (here), wasm-bindgen-cli (= the `wasm-bindgen = "=X"` pin in Cargo.toml, which
# Trunk.toml repeats), wasm-opt from the npm package binaryen (package.json; Debian's binaryen
# is too old and produces a broken module, so it is never used), axe-core (package.json), whose
# accessibility rules the browser journeys run, and Debian's chromium and chromium-driver for
# the browser tests.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PATH"

STEP=""
step() { STEP=$1; printf '==> %s\n' "$1"; }
skip() { printf '    ok: %s\n' "$1"; }
run() { printf '    $ %s\n' "$*"; "$@"; }
die() { printf 'setup.sh: FAILED at "%s": %s\n' "$STEP" "$1" >&2; exit 1; }
trap 'rc=$?; [ $rc -eq 0 ] || printf "setup.sh: FAILED at \"%s\" (exit %s)\n" "$STEP" "$rc" >&2' EXIT

# The first line of `cmd --version`, or nothing when cmd is missing or broken.
version_of() { "$@" --version 2>/dev/null | head -n 1 || true; }

step "Rust toolchain (the release pinned in rust-toolchain.toml)"
command -v cargo >/dev/null || die "cargo not found (install Rust with rustup)"
command -v rustup >/dev/null || die "rustup not found (needed to install the pinned compiler)"
PINNED=$(sed -n 's/^channel *= *"\([0-9.]*\)".*/\1/p' rust-toolchain.toml)
[ -n "$PINNED" ] || die 'rust-toolchain.toml has no exact channel like channel = "1.95.0"'
# This runs before anything else calls cargo here: rustup does not install a pinned toolchain by
# itself, so until this step every cargo command in the project fails with "not installed".
if rustup toolchain list | grep -q "^$PINNED-"; then
  skip "installed"
elif [ "$(rustc +stable --version 2>/dev/null | cut -d' ' -f2)" = "$PINNED" ]; then
  # The machine's stable toolchain is exactly the pinned release: give it that name too rather
  # than download the same compiler again (rustup refuses `toolchain link` for a release name).
  HOST=$(rustc +stable -vV | sed -n 's/^host: //p')
  run ln -s "$(rustc +stable --print sysroot)" "${RUSTUP_HOME:-$HOME/.rustup}/toolchains/$PINNED-$HOST"
else
  run rustup toolchain install "$PINNED" --profile minimal --component rust-src,rustfmt --target wasm32-unknown-unknown
fi
[ "$(rustc --version | cut -d' ' -f2)" = "$PINNED" ] || die "rustc --version says '$(rustc --version)', not $PINNED"
skip "$(rustc --version), $(cargo --version)"

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  skip "installed"
else
  run rustup target add wasm32-unknown-unknown
fi

step "Rust source (rust-src), for the page's size-optimised std (scripts/site-env.sh)"
# Not fatal: without it the page builds with the prebuilt std, about 40 KB larger.
if [ -f "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.lock" ]; then
  skip "installed"
else
  run rustup component add rust-src || echo "    WARNING: rust-src could not be installed; the page will build with the prebuilt std"
fi
if [ -f "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.lock" ]; then
  # The standard library's own dependencies, fetched once: site builds run Cargo offline.
  if RUSTC_BOOTSTRAP=1 cargo fetch --locked --offline -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown >/dev/null 2>&1; then
    skip "the standard library's crates are fetched"
  else
    RUSTC_BOOTSTRAP=1 run cargo fetch --locked -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown
  fi
fi

step "trunk $TRUNK_VERSION"
if [ "$(version_of trunk)" = "trunk $TRUNK_VERSION" ]; then
  skip "$(version_of trunk)"
else
  echo "    found: '$(version_of trunk)'"
  echo "    (a cargo build of trunk takes ~13 minutes on 2 cores)"
  run cargo install --locked "trunk@$TRUNK_VERSION"
fi
[ "$(version_of trunk)" = "trunk $TRUNK_VERSION" ] || die "trunk --version says '$(version_of trunk)'"

step "wasm-bindgen-cli (must equal the crate pin)"
WBG=$(sed -n 's/^wasm-bindgen *= *"=\([0-9.]*\)".*/\1/p' Cargo.toml)
[ -n "$WBG" ] || die 'Cargo.toml has no exact pin like wasm-bindgen = "=0.2.130"'
LOCKED=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ "$LOCKED" = "$WBG" ] || die "Cargo.lock has wasm-bindgen $LOCKED but Cargo.toml pins $WBG"
grep -q "^wasm_bindgen = \"$WBG\"" Trunk.toml || die "Trunk.toml [tools] wasm_bindgen must be \"$WBG\""
if [ "$(version_of wasm-bindgen)" = "wasm-bindgen $WBG" ]; then
  skip "$(version_of wasm-bindgen)"
else
  echo "    found: '$(version_of wasm-bindgen)'"
  # Not --locked: the CLI's own lock file may not build with this toolchain; the version
  # itself is what must match the crate.
  run cargo install --force "wasm-bindgen-cli@$WBG"
fi
[ "$(version_of wasm-bindgen)" = "wasm-bindgen $WBG" ] || die "wasm-bindgen --version says '$(version_of wasm-bindgen)'"

step "wasm-opt, esbuild and axe-core (npm packages binaryen, esbuild and axe-core, from package.json)"
command -v npm >/dev/null || die "npm not found (install Node.js and npm)"
BINARYEN=$(node -p 'require("./package.json").devDependencies.binaryen' 2>/dev/null) || die "cannot read package.json"
BINARYEN_MAJOR=${BINARYEN%%.*}
grep -q "^wasm_opt = \"version_$BINARYEN_MAJOR\"" Trunk.toml || die "Trunk.toml [tools] wasm_opt must be \"version_$BINARYEN_MAJOR\""
have_wasm_opt() { node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_MAJOR\b"; }
AXE=$(node -p 'require("./package.json").devDependencies["axe-core"]' 2>/dev/null) || die "cannot read package.json"
have_axe() { [ "$(node -p 'require("./node_modules/axe-core/package.json").version' 2>/dev/null)" = "$AXE" ]; }
# npm records what it installed in node_modules/.package-lock.json; reinstall when the
# committed lock is newer than that.
if have_wasm_opt && have_axe && [ -x node_modules/.bin/esbuild ] && [ -f node_modules/.package-lock.json ] && ! [ package-lock.json -nt node_modules/.package-lock.json ]; then
  skip "$(node_modules/.bin/wasm-opt --version)"
elif [ -L node_modules ]; then
  # A worktree that borrows another checkout's packages through a link: `npm ci` would delete
  # the packages at the link's far end (it did once, on 2026-12-04), so leave them alone.
  have_wasm_opt || die "node_modules is a link to $(readlink node_modules) without binaryen $BINARYEN_MAJOR: run scripts/setup.sh in that checkout"
  have_axe || die "node_modules is a link to $(readlink node_modules) without axe-core $AXE: run scripts/setup.sh in that checkout, or replace the link with npm ci here"
  skip "node_modules is a link to $(readlink node_modules); not reinstalled through it"
elif [ -f package-lock.json ]; then
  run npm ci --no-audit --no-fund
else
  run npm install --no-audit --no-fund
fi
have_wasm_opt || die "node_modules/.bin/wasm-opt is not binaryen $BINARYEN_MAJOR"
have_axe || die "node_modules/axe-core is not axe-core $AXE (tests/e2e/journeys.mjs runs it)"
node_modules/.bin/esbuild --version >/dev/null || die "node_modules/.bin/esbuild does not run (scripts/build-site.sh minifies with it)"

step "Chromium and chromedriver (Debian packages, for the browser tests)"
# Browser downloads by test tools fail on these machines, so the tests drive Debian's
# Chromium. Installing needs root; without it the browser tests say they were skipped.
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  skip "$(chromium --version 2>/dev/null | head -n 1)"
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  run apt-get update -qq
  DEBIAN_FRONTEND=noninteractive run apt-get install -y -qq --no-install-recommends chromium chromium-driver </dev/null
  command -v chromium >/dev/null || die "apt-get did not install chromium"
else
  echo "    WARNING: chromium is missing and cannot be installed here (not root or no apt-get);"
  echo "    the browser tests will be skipped (install: apt-get install chromium chromium-driver)"
fi

STEP=""
echo "==> setup done (wasm-opt: $ROOT/node_modules/.bin)"
