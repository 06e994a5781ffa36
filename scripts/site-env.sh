# Sourced (not run) by every script that builds the release site with Trunk (test.sh,
# serve.sh): the settings that make the page small. Cargo's own profile (`wasm-release` in
# Cargo.toml, opt-level "z") does most of it; this adds the part Cargo.toml cannot say.
#
# The standard library is rebuilt for the page from the toolchain's own sources (component
# rust-src, installed by setup.sh) with the size options a prebuilt std cannot have:
#   - `optimize_for_size`: std's smaller algorithms (sorting alone was 34 KB of the module);
#   - `-Cpanic=immediate-abort`: a panic traps at once, without formatting a message, which
#     drops the panic machinery (the page never panics on purpose; the engine never panics);
#   - `-Zlocation-detail=none`: no file names and line numbers kept for panic messages.
# Measured on this page (2026-12-01): 350 KB of wasm gzipped with the prebuilt std, 283 KB
# with these.
# These are unstable options of the pinned stable compiler, enabled for this build only with
# RUSTC_BOOTSTRAP=1, so the whole project keeps one toolchain. They apply to the wasm32
# target alone (Trunk passes --target, so build scripts and proc-macros are untouched), and
# the site gets a target directory of its own so they never mix with the test builds.

SYSROOT_LIBRARY="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
if [ ! -f "$SYSROOT_LIBRARY/Cargo.lock" ]; then
  echo "site-env.sh: the Rust source component is missing (run scripts/setup.sh, or: rustup component add rust-src)" >&2
  return 1 2>/dev/null || exit 1
fi
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_DIR="${SITE_TARGET_DIR:-$PWD/target/site}"
# `page_build` turns on `optimize(speed)` for the engine's hot functions (src/lib.rs): the
# rest of the page is built for size, but re-analysis after an edit must stay under 16 ms.
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none --cfg page_build"
