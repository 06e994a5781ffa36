#!/usr/bin/env python3
"""Drop a WebAssembly module's exports whose names start with given prefixes.

`python3 scripts/drop-exports.py MODULE.wasm PREFIX[,PREFIX...]` rewrites MODULE.wasm in place
and prints the names it dropped; it fails when none matched, so a dependency that renames its
exports is noticed. Only the export section changes: the code the exports kept alive stays
until an optimizer removes it (scripts/build-site.sh runs wasm-opt next).
"""
import sys

from wasm_leb import encode, leb, rewrite_section  # beside this script, on its path


def main():
    path, prefixes = sys.argv[1], tuple(sys.argv[2].split(","))
    dropped = []

    def keep_others(body):
        """The export section without the exports `prefixes` names: a count, then (name, kind,
        index) entries."""
        count, k = leb(body, 0)
        kept = []
        for _ in range(count):
            length, at = leb(body, k)
            name = body[at : at + length].decode()
            _, end = leb(body, at + length + 1)
            if name.startswith(prefixes):
                dropped.append(name)
            else:
                kept.append(body[k:end])
            k = end
        return encode(len(kept)) + b"".join(kept)

    out = rewrite_section(path, "drop-exports.py", 7, keep_others)
    if not dropped:
        sys.exit(f"drop-exports.py: no export of {path} starts with {', '.join(prefixes)}")
    open(path, "wb").write(out)
    print(f"drop-exports.py: dropped {len(dropped)} exports: {', '.join(dropped)}")


main()
