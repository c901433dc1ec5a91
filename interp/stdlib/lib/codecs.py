"""Codec registry and base classes (adder).

The built-in encodings (UTF-8/16/32 and their byte orders, Latin-1,
ASCII) are those of str.encode; the escape codecs (unicode_escape,
raw_unicode_escape), hex, base64, zlib and rot13 are implemented in
Python and reachable through codecs.encode/decode and lookup()."""

import sys
import _codecs
from _codecs import (register, unregister, lookup, encode, decode, register_error, lookup_error,
                     escape_decode, escape_encode)

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo:
    """Codec details when looking up the codec registry. (CPython's is a
    tuple subclass; adder's VM cannot yet give tuple subclasses
    attributes, so this is a plain class that indexes and unpacks like
    the 4-tuple (encode, decode, streamreader, streamwriter).)"""

    _is_text_encoding = True

    def __init__(self, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                 incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding

    def _tuple(self):
        return (self.encode, self.decode, self.streamreader, self.streamwriter)

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return 4

    def __iter__(self):
        return iter(self._tuple())

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__,
                                                          self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder(object):
    """Decodes input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps undecoded trailing input."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded data to a byte stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes data from a byte stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + data
        newchars, consumed = self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        result = self.charbuffer + newchars
        if chars >= 0:
            result, self.charbuffer = result[:chars], result[chars:]
        else:
            self.charbuffer = ""
        return result

    def readline(self, size=None, keepends=True):
        text = self.read()
        lines = text.splitlines(keepends=True)
        if not lines:
            return ""
        self.charbuffer = ''.join(lines[1:])
        line = lines[0]
        return line if keepends else line.splitlines()[0] if line.strip('\r\n') or line else line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """Wraps a stream for both reading and writing through a codec."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ---------------------------------------------------------------- codecs

def _utf8_cut(data, final):
    """How many bytes of data form complete UTF-8 sequences."""
    if final:
        return len(data)
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if b & 0xF8 == 0xF0 else 1
        return n - back if need > back else n
    return n


def _builtin_codec(name, pyname, unit=1):
    def enc(input, errors='strict'):
        return input.encode(pyname, errors), len(input)

    def dec(input, errors='strict'):
        return bytes(input).decode(pyname, errors), len(input)

    class _IncEnc(IncrementalEncoder):
        def encode(self, input, final=False):
            return input.encode(pyname, self.errors)

    class _IncDec(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            if unit == 0:
                cut = _utf8_cut(input, final)
            elif final:
                cut = len(input)
            else:
                cut = len(input) - len(input) % unit
            return bytes(input[:cut]).decode(pyname, errors), cut

    class _Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

    class _Reader(StreamReader):
        def decode(self, input, errors='strict'):
            cut = _utf8_cut(input, False) if unit == 0 else len(input) - len(input) % max(unit, 1)
            return bytes(input[:cut]).decode(pyname, errors), cut

    return CodecInfo(enc, dec, _Reader, _Writer, _IncEnc, _IncDec, name)


def _bytes_codec(name, enc_fn, dec_fn):
    def enc(input, errors='strict'):
        return enc_fn(input), len(input)

    def dec(input, errors='strict'):
        return dec_fn(input), len(input)
    return CodecInfo(enc, dec, None, None, None, None, name, _is_text_encoding=False)


def _rot13(s):
    out = []
    for c in s:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return ''.join(out)


def _hex_enc(b):
    import binascii
    return binascii.b2a_hex(b)


def _hex_dec(b):
    import binascii
    return binascii.a2b_hex(b)


def _b64_enc(b):
    import base64
    return base64.encodebytes(b)


def _b64_dec(b):
    import base64
    return base64.decodebytes(b)


def _zlib_enc(b):
    import zlib
    return zlib.compress(b)


def _zlib_dec(b):
    import zlib
    return zlib.decompress(b)


_aliases = {
    'utf_8': ('utf-8', 'utf-8', 0), 'utf8': ('utf-8', 'utf-8', 0), 'u8': ('utf-8', 'utf-8', 0),
    'utf': ('utf-8', 'utf-8', 0), 'utf8_ucs2': ('utf-8', 'utf-8', 0), 'cp65001': ('utf-8', 'utf-8', 0),
    'utf_8_sig': ('utf-8-sig', 'utf-8-sig', 0),
    'latin_1': ('iso8859-1', 'latin-1', 1), 'latin1': ('iso8859-1', 'latin-1', 1),
    'latin': ('iso8859-1', 'latin-1', 1), 'iso8859_1': ('iso8859-1', 'latin-1', 1),
    'iso_8859_1': ('iso8859-1', 'latin-1', 1), 'l1': ('iso8859-1', 'latin-1', 1),
    'cp819': ('iso8859-1', 'latin-1', 1), '8859': ('iso8859-1', 'latin-1', 1),
    'ascii': ('ascii', 'ascii', 1), 'us_ascii': ('ascii', 'ascii', 1), '646': ('ascii', 'ascii', 1),
    'utf_16': ('utf-16', 'utf-16', 2), 'utf16': ('utf-16', 'utf-16', 2),
    'utf_16_le': ('utf-16-le', 'utf-16-le', 2), 'utf_16le': ('utf-16-le', 'utf-16-le', 2),
    'utf_16_be': ('utf-16-be', 'utf-16-be', 2), 'utf_16be': ('utf-16-be', 'utf-16-be', 2),
    'utf_32': ('utf-32', 'utf-32', 4), 'utf32': ('utf-32', 'utf-32', 4),
    'utf_32_le': ('utf-32-le', 'utf-32-le', 4), 'utf_32le': ('utf-32-le', 'utf-32-le', 4),
    'utf_32_be': ('utf-32-be', 'utf-32-be', 4), 'utf_32be': ('utf-32-be', 'utf-32-be', 4),
}


def _search(key):
    if key in _aliases:
        name, pyname, unit = _aliases[key]
        return _builtin_codec(name, pyname, unit)
    if key in ('unicode_escape',):
        return CodecInfo(_codecs.unicode_escape_encode, _codecs.unicode_escape_decode, name='unicode-escape')
    if key in ('raw_unicode_escape',):
        return CodecInfo(_codecs.raw_unicode_escape_encode, _codecs.raw_unicode_escape_decode,
                         name='raw-unicode-escape')
    if key in ('hex', 'hex_codec'):
        return _bytes_codec('hex', _hex_enc, _hex_dec)
    if key in ('base64', 'base_64', 'base64_codec'):
        return _bytes_codec('base64', _b64_enc, _b64_dec)
    if key in ('zlib', 'zip', 'zlib_codec'):
        return _bytes_codec('zlib', _zlib_enc, _zlib_dec)
    if key in ('rot13', 'rot_13'):
        info = _bytes_codec('rot-13', _rot13, _rot13)
        info._is_text_encoding = False
        return info
    return None


register(_search)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file (the built-in open with an encoding)."""
    import builtins
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    if 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    info = lookup(encoding)
    srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    srw.encoding = encoding
    return srw


def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    obj, start, end = _codecs._exc_parts(exception)
    return ('', end)


def replace_errors(exception):
    obj, start, end = _codecs._exc_parts(exception)
    if isinstance(exception, UnicodeEncodeError):
        return ('?' * (end - start), end)
    return ('\ufffd', end)


def backslashreplace_errors(exception):
    obj, start, end = _codecs._exc_parts(exception)
    if isinstance(exception, UnicodeEncodeError):
        s = obj[start:end]
        return (''.join('\\x%02x' % ord(c) if ord(c) < 0x100 else '\\u%04x' % ord(c) if ord(c) < 0x10000
                        else '\\U%08x' % ord(c) for c in s), end)
    return (''.join('\\x%02x' % c for c in obj[start:end]), end)


def xmlcharrefreplace_errors(exception):
    obj, start, end = _codecs._exc_parts(exception)
    return (''.join('&#%d;' % ord(c) for c in obj[start:end]), end)


def namereplace_errors(exception):
    import unicodedata
    obj, start, end = _codecs._exc_parts(exception)
    out = []
    for c in obj[start:end]:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name else '\\x%02x' % ord(c))
    return (''.join(out), end)


for _name, _handler in [('strict', strict_errors), ('ignore', ignore_errors), ('replace', replace_errors),
                        ('backslashreplace', backslashreplace_errors),
                        ('xmlcharrefreplace', xmlcharrefreplace_errors), ('namereplace', namereplace_errors)]:
    register_error(_name, _handler)
del _name, _handler
