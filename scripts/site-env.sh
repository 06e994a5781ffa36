# Sourced (not run) by every script that builds the release site with Trunk (test.sh,
# serve.sh): the settings that make the page small. Cargo's own profile (`wasm-release` in
# Cargo.toml, opt-level "z") does most of it; this adds the part Cargo.toml cannot say.
#
# The standard library is rebuilt for the page from the toolchain's own sources (component
# rust-src, installed by setup.sh) with the size options a prebuilt std cannot have:
#   - `optimize_for_size`: std's smaller algorithms (sorting alone was 34 KB of the module);
#   - `-Cpanic=immediate-abort`: a panic traps at once, without formatting a message, which
#     drops the panic machinery (the page never panics on purpose; the engine never panics);
#   - `-Zlocation-detail=none`: no file names and line numbers kept for panic messages;
#   - `-Zfmt-debug=none`: `{:?}` writes nothing, which drops every Debug implementation and
#     the string-escaping tables (3.9 KB gzipped). The page's messages use Display only; the
#     one loss is serde's wording of a mistyped string in a hand-edited file ("invalid type:
#     string , expected ..." without the string).
# Measured on this page (2026-12-01): 350 KB of wasm gzipped with the prebuilt std, 283 KB
# with these.
# These are unstable options of the stable compiler pinned in rust-toolchain.toml, enabled for
# this build only with RUSTC_BOOTSTRAP=1, so the whole project keeps one toolchain; another
# compiler (RUSTUP_TOOLCHAIN set, say) gets the prebuilt std and no unstable options. They apply to the wasm32
# target alone (Trunk passes --target, so build scripts and proc-macros are untouched), and
# the site gets a target directory of its own so they never mix with the test builds.

# Without rust-src (a machine that could not fetch it) the page is built with the prebuilt
# std instead: the same page, 290 KB rather than 249 KB (measured 2026-12-01), and a warning.
SYSROOT_LIBRARY="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${SITE_TARGET_DIR:-$PWD/target/site}"
# The page's linker: rust-lld without the exports of wasm-streams' JavaScript stream classes,
# so that their code, and what only it reaches, never reach the module (scripts/link-page.sh).
# Cargo uses it for the wasm32 target alone.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$PWD/scripts/link-page.sh"
# `page_build` turns on `optimize(speed)` for the engine's hot functions (src/lib.rs): the
# rest of the page is built for size, but re-analysis after an edit must stay under 16 ms.
# SITE_STD says which std the page gets (test.sh picks its size limit by it).
PINNED_RUSTC=$(sed -n 's/^channel *= *"\([0-9.]*\)".*/\1/p' rust-toolchain.toml)
if [ "$(rustc --version | cut -d' ' -f2)" != "$PINNED_RUSTC" ]; then
  echo "site-env.sh: WARNING: rustc is $(rustc --version), not the pinned $PINNED_RUSTC; building without the size options" >&2
  # `page_build` needs an unstable attribute too, so this build has none of them.
  unset RUSTC_BOOTSTRAP
  export SITE_STD=prebuilt
  export CARGO_TARGET_DIR="$CARGO_TARGET_DIR-other-rustc"
  export RUSTFLAGS=""
elif [ -f "$SYSROOT_LIBRARY/Cargo.lock" ]; then
  export SITE_STD=rebuilt
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none --cfg page_build"
else
  echo "site-env.sh: WARNING: no Rust source component (rustup component add rust-src); building with the prebuilt std, about 40 KB larger" >&2
  export SITE_STD=prebuilt
  export CARGO_TARGET_DIR="$CARGO_TARGET_DIR-prebuilt"
  export RUSTFLAGS="--cfg page_build"
fi
