"""Bytes smuggled in str as surrogateescape code points (U+DC80..U+DCFF),
as the parsers store 8-bit data (adder): detection and encoding back,
written out here rather than relying on the codec error handler."""


def has_surrogates(s):
    """Whether s carries surrogateescaped bytes."""
    if s.isascii():
        return False
    return any('\udc80' <= c <= '\udcff' for c in s)


def encode(s, charset='ascii'):
    """s as bytes: surrogates back to their bytes, the rest in charset."""
    if s.isascii():
        return s.encode('ascii')
    out = bytearray()
    run = []
    for c in s:
        if '\udc80' <= c <= '\udcff':
            if run:
                out += ''.join(run).encode(charset)
                run = []
            out.append(ord(c) - 0xDC00)
        else:
            run.append(c)
    if run:
        out += ''.join(run).encode(charset)
    return bytes(out)
