"""Quoted-printable content transfer encoding (adder), via quopri-style
rules: bodies (soft line breaks at 76) and headers (RFC 2047 'q')."""

import re
from string import ascii_letters, digits, hexdigits

__all__ = ['body_decode', 'body_encode', 'decode', 'decodestring', 'header_decode', 'header_encode',
           'quote', 'unquote']

NL = '\n'
_SAFE_BODY = set(b' !"#$%&\'()*+,-./0123456789:;<>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\t')


def quote(c):
    return '=%02X' % ord(c)


def unquote(s):
    return chr(int(s[1:3], 16))


def header_encode(header_bytes, charset='iso-8859-1'):
    if not header_bytes:
        return ''
    from email.header import _q_encode
    return '=?%s?q?%s?=' % (charset, _q_encode(header_bytes))


def body_encode(body, maxlinelen=76, eol=NL):
    """Quoted-printable text of body (a str of code points < 256)."""
    if not body:
        return body
    out_lines = []
    for line in body.splitlines():
        enc = []
        for i, ch in enumerate(line):
            o = ord(ch)
            if o < 256 and o in _SAFE_BODY and ch != '=':
                if ch in ' \t' and i == len(line) - 1:
                    enc.append(quote(ch))
                else:
                    enc.append(ch)
            else:
                enc.append(quote(ch) if o < 256 else ch)
        # Soft breaks keep lines within maxlinelen.
        cur = ''
        for piece in enc:
            if len(cur) + len(piece) > maxlinelen - 1:
                out_lines.append(cur + '=')
                cur = ''
            cur += piece
        out_lines.append(cur)
    text = eol.join(out_lines)
    if body[-1:] in '\r\n':
        text += eol
    return text


def decode(encoded, eol=NL):
    """Text of a quoted-printable body."""
    if not encoded:
        return encoded
    out = []
    lines = encoded.splitlines()
    for n, line in enumerate(lines):
        line = line.rstrip()
        soft = line.endswith('=')
        if soft:
            line = line[:-1]
        line = re.sub(r'=([0-9A-Fa-f]{2})', lambda m: chr(int(m.group(1), 16)), line)
        out.append(line)
        if not soft and (n < len(lines) - 1 or encoded.endswith(('\n', '\r'))):
            out.append(eol)
    return ''.join(out)


body_decode = decode
decodestring = decode


def header_decode(s):
    s = s.replace('_', ' ')
    return re.sub(r'=[a-fA-F0-9]{2}', lambda m: unquote(m.group(0)), s, flags=re.ASCII)
