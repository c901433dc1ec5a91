"""Read and write gzip files (adder), over zlib's Go-backed DEFLATE.

GzipFile reads a whole file on opening for reading and writes the
compressed stream when closed (or flushed); gzip headers carry no file
name or time (mtime 0)."""

import builtins
import io
import os
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 'rb', 'wb'
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    c = zlib.compressobj(compresslevel, zlib.DEFLATED, 31)
    return c.compress(data) + c.flush()


def decompress(data):
    """Decompress a gzip compressed string in one shot (every member)."""
    data = bytes(data)
    out = []
    while True:
        if not data:
            break
        if data[:2] != b'\037\213':
            raise BadGzipFile('Not a gzipped file (%r)' % data[:2])
        d = zlib.decompressobj(31)
        part = d.decompress(data)
        if not d.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        out.append(part)
        data = d.unused_data.lstrip(b'\0')
    return b''.join(out)


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


class GzipFile(io.BufferedIOBase):
    """A file-like object over a gzip file: read it decompressed, or write
    data that is compressed into it."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None,
                 mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            raw = fileobj.read()
            self._buffer = io.BytesIO(decompress(raw) if raw else b'')
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._compressor = zlib.compressobj(compresslevel, zlib.DEFLATED, 31)
            self._size = 0
            self.name = filename
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self.compresslevel = compresslevel

    @property
    def mtime(self):
        return 0

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, "write() on read-only GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = bytes(data)
            length = len(data)
        if length > 0:
            self.fileobj.write(self._compressor.compress(data))
            self._size += length
        return length

    def _check_read(self):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, "read() on write-only GzipFile object")

    def read(self, size=-1):
        self._check_read()
        return self._buffer.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check_read()
        pos = self._buffer.tell()
        data = self._buffer.read(n)
        self._buffer.seek(pos)
        return data

    def readline(self, size=-1):
        self._check_read()
        return self._buffer.readline(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compressor.flush())
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compressor.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return self.mode == READ

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode != READ:
            raise OSError('Seek from end not supported')
        return self._buffer.seek(offset, whence)

    def tell(self):
        if self.mode == READ:
            return self._buffer.tell()
        return self._size

    def rewind(self):
        self.seek(0)

    def __iter__(self):
        self._check_read()
        return iter(self._buffer.readline, b'')

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()
