#!/usr/bin/env bash
# Build the release site into dist/ (extra arguments go to `trunk build`, e.g.
# `--public-url /tools/crosscheck/`). Expects the tools scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
source scripts/site-env.sh
exec trunk build --release "$@"
