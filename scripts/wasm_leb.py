"""LEB128 numbers as WebAssembly writes them, and one section of a module rewritten, for the
scripts that rewrite the page's module (scripts/drop-exports.py, scripts/minify-imports.py)."""


def leb(data, i):
    """An unsigned LEB128 number at `i`, and the index after it."""
    value, shift = 0, 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def encode(n):
    """`n` as an unsigned LEB128 number."""
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def rewrite_section(path, script, section_id, change):
    """The module at `path` with the body of its section `section_id` replaced by
    `change(body)`; every other section as it was. Exits naming `script` when the file is not
    a WebAssembly module."""
    data = open(path, "rb").read()
    if data[:4] != b"\0asm":
        raise SystemExit(f"{script}: {path} is not a WebAssembly module")
    out, i = bytearray(data[:8]), 8
    while i < len(data):
        section = data[i]
        size, start = leb(data, i + 1)
        body = data[start : start + size]
        if section == section_id:
            body = change(body)
        out += bytes([section]) + encode(len(body)) + body
        i = start + size
    return bytes(out)
