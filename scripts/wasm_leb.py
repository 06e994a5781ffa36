"""LEB128 numbers as WebAssembly writes them, for the scripts that rewrite the page's module
(scripts/drop-exports.py, scripts/minify-imports.py)."""


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
