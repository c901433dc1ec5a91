"""Compression compatible with zlib (adder), over Go's compress packages.

Compressed output is valid DEFLATE/zlib/gzip data that CPython and zlib
read, but not byte-for-byte what CPython's zlib writes. Decompression
dictionaries (zdict on decompressobj) are not supported."""

import _adder_zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'
_adder_zlib.set_error(error)


def crc32(data, value=0, /):
    """Compute a CRC-32 checksum of data, continuing from value."""
    return _adder_zlib.crc32(data, value & 0xffffffff)


def adler32(data, value=1, /):
    """Compute an Adler-32 checksum of data, continuing from value."""
    return _adder_zlib.adler32(data, value & 0xffffffff)


def compress(data, /, level=-1, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    h = _adder_zlib.compressor(level, wbits, None)
    return _adder_zlib.compress(h, data) + _adder_zlib.flush(h, Z_FINISH)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    out, used, eof = _adder_zlib.inflate(data, wbits)
    if not eof:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


class _Compress:
    """A compression object (compressobj())."""

    def __init__(self, level, wbits, zdict):
        self._h = _adder_zlib.compressor(level, wbits, zdict)

    def compress(self, data, /):
        return _adder_zlib.compress(self._h, data)

    def flush(self, mode=Z_FINISH, /):
        return _adder_zlib.flush(self._h, mode)

    def copy(self):
        raise ValueError("adder: compression objects cannot be copied")


_Compress.__name__ = _Compress.__qualname__ = 'Compress'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if method != DEFLATED:
        raise ValueError("Invalid initialization option")
    return _Compress(level, wbits, zdict)


class _Decompress:
    """A decompression object (decompressobj()): feed it chunks."""

    def __init__(self, wbits, zdict):
        if zdict:
            raise NotImplementedError("adder: decompression dictionaries are not supported")
        self._wbits = wbits
        self._input = b''
        self._emitted = 0
        self._pending = b''
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, /, max_length=0):
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if data is not self.unconsumed_tail or not data:
            if self.eof:
                self.unused_data += bytes(data)
                data = b''
            self._input += bytes(data)
            if not self.eof:
                out, used, eof = _adder_zlib.inflate(self._input, self._wbits)
                self._pending += out[self._emitted:]
                self._emitted = len(out)
                if eof:
                    self.eof = True
                    self.unused_data = self._input[used:]
        if max_length and len(self._pending) > max_length:
            result, self._pending = self._pending[:max_length], self._pending[max_length:]
            # Python code feeds unconsumed_tail back in; here it is only a
            # token (the input is kept whole), recognised by identity.
            if not self.unconsumed_tail:
                self.unconsumed_tail = bytes([0])
        else:
            result, self._pending = self._pending, b''
            self.unconsumed_tail = b''
        return result

    def flush(self, length=DEF_BUF_SIZE, /):
        result, self._pending = self._pending, b''
        self.unconsumed_tail = b''
        return result

    def copy(self):
        raise ValueError("adder: decompression objects cannot be copied")


_Decompress.__name__ = _Decompress.__qualname__ = 'Decompress'


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    return _Decompress(wbits, zdict)
