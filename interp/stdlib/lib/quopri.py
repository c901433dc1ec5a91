"""Conversions to and from quoted-printable transport encoding (RFC 1521),
as bytes (adder)."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether byte value c must be written as =XX."""
    if c in b' \t':
        return quotetabs
    if c == ord('_'):
        return header
    return c == ord('=') or not (ord(' ') <= c <= ord('~'))


def quote(c):
    return ESCAPE + bytes((HEX[c // 16], HEX[c % 16]))


def _encode_line(line, quotetabs, header):
    out = []
    for c in line:
        if needsquoting(c, quotetabs, header):
            out.append(quote(c))
        elif header and c == ord(' '):
            out.append(b'_')
        else:
            out.append(bytes((c,)))
    if out and out[-1] in (b' ', b'\t'):
        out[-1] = quote(out[-1][0])
    # Soft line breaks keep lines within MAXLINESIZE.
    lines, cur = [], b''
    for piece in out:
        if len(cur) + len(piece) > MAXLINESIZE - 1:
            lines.append(cur + b'=')
            cur = b''
        cur += piece
    lines.append(cur)
    return b'\n'.join(lines)


def encodestring(s, quotetabs=False, header=False):
    """Quoted-printable bytes of bytes s."""
    out = []
    for line in s.splitlines(keepends=True):
        stripped = line.rstrip(b'\r\n')
        out.append(_encode_line(stripped, quotetabs, header))
        if len(stripped) != len(line):
            out.append(b'\n')
    return EMPTYSTRING.join(out)


def decodestring(s, header=False):
    """Bytes decoded from quoted-printable bytes s."""
    out = bytearray()
    lines = s.split(b'\n')
    for n, line in enumerate(lines):
        if line.endswith(b'\r'):
            line = line[:-1]
        line = line.rstrip(b' \t')
        soft = line.endswith(b'=')
        if soft:
            line = line[:-1]
        i = 0
        while i < len(line):
            c = line[i:i + 1]
            if header and c == b'_':
                out += b' '
                i += 1
            elif c == ESCAPE and i + 2 < len(line) + 1 and all(x in b'0123456789abcdefABCDEF' for x in line[i + 1:i + 3]) \
                    and len(line[i + 1:i + 3]) == 2:
                out.append(int(line[i + 1:i + 3], 16))
                i += 3
            else:
                out += c
                i += 1
        if not soft and n < len(lines) - 1:
            out += b'\n'
    return bytes(out)


def encode(input, output, quotetabs, header=False):
    output.write(encodestring(input.read(), quotetabs, header))


def decode(input, output, header=False):
    output.write(decodestring(input.read(), header))
