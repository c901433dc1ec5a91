"""The codec registry and the codecs written in Python (adder).

str.encode/bytes.decode know adder's built-in encodings (UTF-8/16/32,
Latin-1, ASCII); this module adds lookup(), register(), error handlers
and the escape codecs (unicode_escape, raw_unicode_escape, escape_*),
which are reachable through codecs.encode/decode (not str.encode)."""

_search_functions = []
_cache = {}
_error_handlers = {}


def _norm(encoding):
    return encoding.lower().replace('-', '_').replace(' ', '_')


def register(search_function, /):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function, /):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding, /):
    """Look up a codec: returns its CodecInfo or raises LookupError."""
    if 'codecs' not in __import__('sys').modules:
        import codecs  # registers the standard search function
    key = _norm(encoding)
    if key in _cache:
        return _cache[key]
    for f in _search_functions:
        info = f(key)
        if info is not None:
            _cache[key] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def register_error(errors, handler, /):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name, /):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


class _UnicodeDecodeError(UnicodeDecodeError):
    # adder's VM does not yet fill in the attributes and message of a
    # UnicodeDecodeError made in Python; this subclass does.
    def __init__(self, encoding, obj, start, end, reason):
        super().__init__(encoding, obj, start, end, reason)
        self.encoding, self.object, self.start, self.end, self.reason = encoding, obj, start, end, reason

    def __str__(self):
        if self.end - self.start == 1:
            return "'%s' codec can't decode byte 0x%02x in position %d: %s" % (
                self.encoding, self.object[self.start], self.start, self.reason)
        return "'%s' codec can't decode bytes in position %d-%d: %s" % (
            self.encoding, self.start, self.end - 1, self.reason)


_UnicodeDecodeError.__name__ = _UnicodeDecodeError.__qualname__ = 'UnicodeDecodeError'
_UnicodeDecodeError.__module__ = 'builtins'


def _exc_parts(exc):
    """(object, start, end) of a UnicodeError, from its args if adder's
    VM left the attributes unset."""
    try:
        return exc.object, exc.start, exc.end
    except AttributeError:
        return exc.args[1], exc.args[2], exc.args[3]


_simple = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}


def unicode_escape_encode(s, errors=None, /):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in _simple:
            out.append(_simple[ch])
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 0x100:
            out.append('\\x%02x' % o)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out).encode('ascii'), len(s)


def raw_unicode_escape_encode(s, errors=None, /):
    out = []
    for ch in s:
        o = ord(ch)
        if o < 0x100:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out).encode('latin-1'), len(s)


_escapes = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
            't': '\t', 'v': '\v', '\n': ''}
_hexdigits = '0123456789abcdefABCDEF'


def _decode_escapes(text, codec, unicode_escapes, errors):
    # text is a str of code points 0-255 (the bytes); returns the decoded
    # str, resolving Python's backslash escapes.
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise _UnicodeDecodeError(codec, text.encode('latin-1'), start, n, '\\ at end of string')
        c = text[i]
        i += 1
        if c in _escapes:
            out.append(_escapes[c])
        elif c in '01234567':
            j = i
            while j < n and j < i + 2 and text[j] in '01234567':
                j += 1
            out.append(chr(int(text[i - 1:j], 8)))
            i = j
        elif c == 'x' or (unicode_escapes and c in 'uU'):
            width = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = text[i:i + width]
            if len(digits) < width or any(d not in _hexdigits for d in digits):
                end = i
                while end < n and end < i + width and text[end] in _hexdigits:
                    end += 1
                msg = 'truncated \\%s%s escape' % (c, 'X' * width)
                if errors == 'strict':
                    raise _UnicodeDecodeError(codec, text.encode('latin-1'), start, end, msg)
                if errors == 'replace':
                    out.append('\ufffd')
                i = end
                continue
            v = int(digits, 16)
            if v > 0x10ffff:
                raise _UnicodeDecodeError(codec, text.encode('latin-1'), start, i + width,
                                         'illegal Unicode character')
            out.append(chr(v))
            i += width
        elif unicode_escapes and c == 'N' and i < n and text[i] == '{':
            end = text.find('}', i)
            if end < 0:
                raise _UnicodeDecodeError(codec, text.encode('latin-1'), start, n, 'malformed \\N character escape')
            import unicodedata
            try:
                out.append(unicodedata.lookup(text[i + 1:end]))
            except KeyError:
                raise _UnicodeDecodeError(codec, text.encode('latin-1'), start, end + 1,
                                         'unknown Unicode character name') from None
            i = end + 1
        else:
            out.append('\\' + c)
    return ''.join(out)


def _as_text(data):
    if isinstance(data, str):
        return data
    return bytes(data).decode('latin-1')


def unicode_escape_decode(data, errors=None, final=True, /):
    text = _as_text(data)
    return _decode_escapes(text, 'unicodeescape', True, errors or 'strict'), len(text)


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    text = _as_text(data)
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            # Only an odd run of backslashes starts an escape.
            run = 1
            while i - run >= 0 and text[i - run] == '\\':
                run += 1
            if run % 2 == 1:
                width = 4 if text[i + 1] == 'u' else 8
                digits = text[i + 2:i + 2 + width]
                if len(digits) < width or any(d not in _hexdigits for d in digits):
                    raise _UnicodeDecodeError('rawunicodeescape', text.encode('latin-1'), i, i + 2 + len(digits),
                                             'truncated \\%sXXXX escape' % text[i + 1] if width == 4 else
                                             'truncated \\UXXXXXXXX escape')
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
        out.append(ch)
        i += 1
    return ''.join(out), n


def escape_decode(data, errors=None, /):
    """Resolve backslash escapes in bytes, as in a bytes literal."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    text = bytes(data).decode('latin-1')
    return _decode_escapes(text, 'escape', False, errors or 'strict').encode('latin-1'), len(data)


def escape_encode(data, errors=None, /):
    """Escape bytes as in a bytes literal (without the quotes)."""
    out = []
    for b in bytes(data):
        c = chr(b)
        if c == '\\':
            out.append('\\\\')
        elif c == "'":
            out.append("\\'")
        elif c in '\t\n\r':
            out.append({'\t': '\\t', '\n': '\\n', '\r': '\\r'}[c])
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append('\\x%02x' % b)
    return ''.join(out).encode('latin-1'), len(data)
