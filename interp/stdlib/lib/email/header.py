"""Header encoding and decoding (adder): RFC 2047 encoded words (decode_header,
make_header, Header) and the folding of header lines the policies use."""

import base64
import binascii
import re

__all__ = ['Header', 'decode_header', 'make_header']

_ECRE = re.compile(r'=\?([^?]*?)\?([qQbB])\?(.*?)\?=', re.ASCII | re.MULTILINE)
_SAFE_Q = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q_encode(b):
    return ''.join('_' if c == 0x20 else chr(c) if c in _SAFE_Q else '=%02X' % c for c in b)


def _q_decode(s):
    s = s.replace('_', ' ')
    return re.sub(rb'=([0-9A-Fa-f]{2})', lambda m: bytes([int(m.group(1), 16)]), s.encode('ascii', 'replace'))


def _encoded_word(text, charset='utf-8'):
    """The shorter of the q and b encoded words for text (q on a tie)."""
    raw = text.encode(charset)
    q = '=?%s?q?%s?=' % (charset, _q_encode(raw))
    b = '=?%s?b?%s?=' % (charset, base64.b64encode(raw).decode('ascii'))
    return b if len(b) < len(q) else q


def decode_header(header):
    """[(bytes or str, charset or None)] of a header value's encoded words
    and plain runs."""
    if hasattr(header, '_chunks'):
        return [(_charset_bytes(s, c), str(c) if c else None) for s, c in header._chunks]
    if not _ECRE.search(header):
        return [(header, None)]
    parts = []
    pos = 0
    for m in _ECRE.finditer(header):
        plain = header[pos:m.start()]
        if plain and not (parts and plain.isspace()):
            parts.append((plain.encode('raw-unicode-escape'), None))
        charset, enc, text = m.group(1).lower(), m.group(2).lower(), m.group(3)
        if enc == 'q':
            data = _q_decode(text)
        else:
            pad = -len(text) % 4
            try:
                data = base64.b64decode(text + '=' * pad)
            except binascii.Error:
                from email.errors import HeaderParseError
                raise HeaderParseError('Base64 decoding error') from None
        if '*' in charset:
            charset = charset.split('*')[0]
        if parts and parts[-1][1] == charset:
            parts[-1] = (parts[-1][0] + data, charset)
        else:
            parts.append((data, charset))
        pos = m.end()
    rest = header[pos:]
    if rest:
        parts.append((rest.encode('raw-unicode-escape'), None))
    # Plain runs next to encoded words lose their bounding whitespace, as
    # CPython's decode_header collapses them.
    return parts


def _charset_bytes(s, charset):
    return s if charset is None else s.encode(str(charset))


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header from decode_header's pairs."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name, continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, str):
            charset = str(charset)
        h.append(s, charset)
    return h


class Header:
    """A header value made of chunks in (possibly) different charsets."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None, continuation_ws=' ',
                 errors='strict'):
        self._chunks = []
        self._maxlinelen = 76 if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2
        self._continuation_ws = continuation_ws
        if s is not None:
            self.append(s, charset, errors)

    def append(self, s, charset=None, errors='strict'):
        if charset is not None and not isinstance(charset, str):
            charset = str(charset)
        if isinstance(s, bytes):
            s = s.decode(charset or 'us-ascii', errors)
        if charset is None:
            try:
                s.encode('ascii')
            except UnicodeEncodeError:
                charset = 'utf-8'
        elif charset.lower() in ('us-ascii', 'ascii'):
            charset = None
        self._chunks.append((s, charset))

    def __str__(self):
        out = []
        last = None
        for s, charset in self._chunks:
            if out and (last is None) != (charset is None) and not out[-1].endswith(' ') and not s.startswith(' '):
                out.append(' ')
            out.append(s)
            last = charset
        return ''.join(out)

    def __eq__(self, other):
        return str(self) == other

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        words = []
        for s, charset in self._chunks:
            if charset is None:
                words.extend(s.split())
            else:
                words.append(_encoded_word(s, charset))
        maxlen = self._maxlinelen if maxlinelen is None else maxlinelen
        return _layout(words, self._headerlen, maxlen or 10 ** 9, linesep + self._continuation_ws)


def _layout(words, first_used, maxlen, joiner):
    lines = []
    cur = ''
    used = first_used
    for w in words:
        if not cur:
            cur = w
        elif used + len(cur) + 1 + len(w) <= maxlen:
            cur += ' ' + w
        else:
            lines.append(cur)
            cur = w
            used = 1
    lines.append(cur)
    return joiner.join(lines)


def _fold_plain(name, value, maxlen, linesep):
    """compat32's folding: long ASCII lines break at spaces."""
    value = str(value)
    if not maxlen or len(name) + 2 + len(value) <= maxlen or ' ' not in value:
        return '%s: %s%s' % (name, value, linesep)
    return '%s: %s%s' % (name, _layout(value.split(' '), len(name) + 2, maxlen, linesep + ' '), linesep)


def _is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def _fold_header(name, value, policy, binary):
    """EmailPolicy's folding: non-ASCII runs become encoded words (unless
    utf8), then words are laid out within max_line_length."""
    text = getattr(value, '_source', None)
    if text is None:
        text = str(value)
    maxlen = policy.max_line_length
    linesep = policy.linesep
    if (policy.utf8 or _is_ascii(text)) and (maxlen is None or len(name) + 2 + len(text) <= maxlen):
        return '%s: %s%s' % (name, text, linesep)
    words = text.split(' ')
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if policy.utf8 or _is_ascii(w):
            out.append(w)
            i += 1
            continue
        j = i
        while j + 1 < len(words) and not _is_ascii(words[j + 1]):
            j += 1
        run = ' '.join(words[i:j + 1])
        out.extend(_split_encoded(run, (maxlen or 10 ** 9) - 1))
        i = j + 1
    return '%s: %s%s' % (name, _layout([w for w in out if w != ''] or [''], len(name) + 2, maxlen or 10 ** 9,
                                       linesep + ' '), linesep)


def _split_encoded(text, limit):
    """Encoded words for text, split so each fits within limit."""
    ew = _encoded_word(text)
    if len(ew) <= limit or len(text) < 2:
        return [ew]
    half = len(text) // 2
    return _split_encoded(text[:half], limit) + _split_encoded(text[half:], limit)
