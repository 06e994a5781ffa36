#!/usr/bin/env python3
"""Give a WebAssembly module's JavaScript imports short names, in the module and its glue alike.

`python3 scripts/minify-imports.py MODULE.wasm GLUE.js` rewrites both files in place and prints
how many names it shortened. wasm-bindgen names each import it generates after the function
and a 16-digit hash (`__wbg_setAttribute_3f1d0b984ed272ed`), and each name is written twice,
in the module's import section and as a key of the glue's import object: about 250 such names
of random digits, which gzip cannot shrink. Here every import module and every import gets a
name of one or two letters, in the order the module lists them, and each key in the glue is
renamed to match. The rename is all or nothing: a key the glue does not hold exactly once, or
an import section this script cannot read, fails the build instead of making a page that
cannot start.
"""
import re
import string
import sys

from wasm_leb import encode, leb, rewrite_section  # beside this script, on its path


def limits(body, k):
    """The index after a table's or memory's limits (a flag, a minimum, a maximum if flagged)."""
    flag = body[k]
    _, k = leb(body, k + 1)
    if flag & 1:
        _, k = leb(body, k)
    return k


def descriptor_end(body, k):
    """The index after an import's descriptor: its kind byte, then what that kind holds."""
    kind = body[k]
    k += 1
    if kind == 0:  # a function: its type index
        return leb(body, k)[1]
    if kind == 1:  # a table: its element type, then limits
        return limits(body, k + 1)
    if kind == 2:  # a memory: limits
        return limits(body, k)
    if kind == 3:  # a global: its value type and mutability
        return k + 2
    if kind == 4:  # a tag: an attribute, then its type index
        return leb(body, k + 1)[1]
    sys.exit(f"minify-imports.py: an import of unknown kind {kind}")


def short_names():
    """Names of one letter, then two: valid JavaScript keys that need no quotes."""
    letters = string.ascii_letters
    yield from letters
    for a in letters:
        for b in letters + string.digits:
            yield a + b


def vec(name):
    raw = name.encode()
    return encode(len(raw)) + raw


def main():
    wasm_path, glue_path = sys.argv[1], sys.argv[2]
    glue = open(glue_path, encoding="utf-8").read()
    modules, fields = {}, {}
    names = short_names()

    def rename(body):
        """The import section with short names: a count, then (module, name, descriptor)
        entries."""
        count, k = leb(body, 0)
        entries = [encode(count)]
        for _ in range(count):
            length, at = leb(body, k)
            module = body[at : at + length].decode()
            length, at2 = leb(body, at + length)
            field = body[at2 : at2 + length].decode()
            end = descriptor_end(body, at2 + length)
            if module not in modules:
                modules[module] = f"m{len(modules)}"
            key = (module, field)
            if key not in fields:
                fields[key] = next(names)
            entries.append(vec(modules[module]) + vec(fields[key]) + body[at2 + length : end])
            k = end
        return b"".join(entries)

    out = rewrite_section(wasm_path, "minify-imports.py", 2, rename)
    if not fields:
        sys.exit(f"minify-imports.py: {wasm_path} imports nothing")
    # Each module is an object of the glue's import object, keyed by its quoted name; each
    # import a key of it. Keys are renamed where they stand, so the glue's code is untouched.
    for module, short in modules.items():
        quoted = f'"{module}":{{'
        if glue.count(quoted) != 1:
            sys.exit(f"minify-imports.py: the glue does not name import module {module} exactly once")
        glue = glue.replace(quoted, f"{short}:{{")
    for (module, field), short in fields.items():
        pattern = re.compile(r"(?<=[{,])" + re.escape(field) + r"(?=:)")
        glue, n = pattern.subn(short, glue)
        if n != 1:
            sys.exit(f"minify-imports.py: the glue holds the import {field} {n} times, not once")
    open(wasm_path, "wb").write(out)
    open(glue_path, "w", encoding="utf-8").write(glue)
    print(f"minify-imports.py: {len(fields)} imports from {len(modules)} module(s) renamed")


main()
