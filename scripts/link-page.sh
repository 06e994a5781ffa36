#!/usr/bin/env bash
# The linker of the page's WebAssembly (scripts/site-env.sh names it to Cargo for the wasm32
# target): rust-lld, less the exports of wasm-streams' three JavaScript stream classes
# (IntoUnderlyingSource, -Sink, -ByteSource). Leptos links server_fn's browser client, which
# needs wasm-streams, and `#[wasm_bindgen]` makes rustc pass `--export NAME` for each method of
# those classes; this page has no server functions and never calls them. rust-lld has no option
# to take an export back, so this drops those `--export` arguments before it runs: the linker
# then collects their code, and with it what only that code reaches: data (std's io::ErrorKind
# descriptions and other strings), which no later optimizer can take out of a data segment, and
# functions in the function table, which wasm-opt must keep.
# wasm-bindgen skips a class method whose export is missing. scripts/build-site.sh checks that
# none of them is left in the module.
set -euo pipefail
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    # rustc names the flavor first; it is given again below.
    -flavor) shift 2; continue ;;
    --export)
      case "${2-}" in
        intounderlying* | __wbg_intounderlying* | __wbindgen_describe_intounderlying*) shift 2; continue ;;
      esac ;;
  esac
  args+=("$1")
  shift
done
# rustc puts its own rust-lld on the linker's PATH.
exec rust-lld -flavor wasm "${args[@]}"
