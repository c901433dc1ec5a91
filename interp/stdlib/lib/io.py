"""The io module (adder): in-memory streams (StringIO, BytesIO) and files.

Files are thin: a FileIO over a descriptor from _adder_os, with
BufferedReader/BufferedWriter as the binary layer and TextIOWrapper
decoding on top. Text writes go straight to the descriptor, because adder
has no reference counting: a file that is never closed still gets all
its data.
"""

import _adder_os

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


try:
    class UnsupportedOperation(OSError, ValueError):
        pass
except TypeError:
    # adder's exception types cannot yet combine two builtin bases.
    class UnsupportedOperation(OSError):
        pass


UnsupportedOperation.__module__ = 'io'


def text_encoding(encoding, stacklevel=2):
    return encoding if encoding is not None else "utf-8"


class IOBase:
    """The abstract base class for all I/O classes."""

    _closed = False

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


def _readinto(f, b):
    """f.readinto(b) by f.read: b may be any writable buffer (bytearray,
    memoryview of any format, array.array)."""
    view = memoryview(b)
    if view.format != 'B' or view.ndim != 1:
        view = view.cast('B')
    data = f.read(view.nbytes)
    if data is None:
        return None
    n = len(data)
    view[:n] = data
    return n


class RawIOBase(IOBase):
    def readinto(self, b):
        return _readinto(self, b)


class BufferedIOBase(IOBase):
    def readinto(self, b):
        return _readinto(self, b)

    def readinto1(self, b):
        return _readinto(self, b)


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._buf = self._translate(initial_value or '')
        self._tail = []
        self._size = len(self._buf)
        self._pos = 0

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl in ('\r', '\r\n'):
            return s.replace('\n', nl)
        return s

    def _flat(self):
        # Appends are collected in _tail and joined when read.
        if self._tail:
            self._buf += ''.join(self._tail)
            self._tail = []
        return self._buf

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return self._flat()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        s = self._translate(s)
        n = len(s)
        if self._pos == self._size:
            self._tail.append(s)
        else:
            buf = self._flat()
            if self._pos > len(buf):
                buf += '\0' * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + n:]
            self._size = len(self._buf)
            self._pos += n
            return n
        self._size += n
        self._pos += n
        return n

    def read(self, size=-1):
        self._checkClosed()
        buf = self._flat()
        if size is None or size < 0:
            r = buf[self._pos:]
        else:
            r = buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._checkClosed()
        buf = self._flat()
        end = buf.find('\n', self._pos)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = buf[self._pos:end]
        self._pos = end if r else self._pos
        return r

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._flat())
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = self._flat()[:size]
        self._size = len(self._buf)
        return size

    def close(self):
        self._closed = True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return f"<_io.StringIO object at {id(self):#x}>"

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def _checkClosed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b'')
        self._pos = 0

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        """A read-write view of the buffer's contents (shared, not copied)."""
        self._checkClosed()
        return memoryview(self._buf)

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        b = bytes(b)
        n = len(b)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b'\0' * (pos - len(self._buf)))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            r = self._buf[self._pos:]
        else:
            r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return bytes(r)

    read1 = read

    def readinto(self, b):
        return _readinto(self, b)

    def readline(self, size=-1):
        self._checkClosed()
        end = self._buf.find(b'\n', self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = bytes(self._buf[self._pos:end])
        self._pos += len(r)
        return r

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        del self._buf[size:]
        return size

    def __repr__(self):
        return f"<_io.BytesIO object at {id(self):#x}>"


class FileIO(RawIOBase):
    """Raw file I/O over an operating system file descriptor."""

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        self._mode = mode
        self._readable = 'r' in mode or '+' in mode
        self._writable = any(c in mode for c in 'wax+')
        self._seekable = None
        self._closefd = closefd
        if isinstance(file, int):
            self._fd = file
            self.name = file
            return
        self.name = file
        path = file
        if 'r' in mode:
            flags = _adder_os.O_RDWR if '+' in mode else _adder_os.O_RDONLY
        elif 'w' in mode:
            flags = (_adder_os.O_RDWR if '+' in mode else _adder_os.O_WRONLY) | _adder_os.O_CREAT | _adder_os.O_TRUNC
        elif 'a' in mode:
            flags = (_adder_os.O_RDWR if '+' in mode else _adder_os.O_WRONLY) | _adder_os.O_CREAT | _adder_os.O_APPEND
        elif 'x' in mode:
            flags = (_adder_os.O_RDWR if '+' in mode else _adder_os.O_WRONLY) | _adder_os.O_CREAT | _adder_os.O_EXCL
        else:
            raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
        if opener is not None:
            self._fd = opener(path, flags)
        else:
            self._fd = _adder_os.open(path, flags, 0o666)

    @property
    def mode(self):
        return self._mode

    def fileno(self):
        self._checkClosed()
        return self._fd

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return True

    def read(self, size=-1):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        return _adder_os.read(self._fd, -1 if size is None else size)

    readall = read

    def write(self, b):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        return _adder_os.write(self._fd, bytes(b))

    def seek(self, pos, whence=0):
        self._checkClosed()
        return _adder_os.lseek(self._fd, pos, whence)

    def tell(self):
        self._checkClosed()
        return _adder_os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self.tell()
        _adder_os.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self._closed:
            self._closed = True
            if self._closefd:
                _adder_os.close(self._fd)


class _Buffered(BufferedIOBase):
    """The binary file layer: reads are buffered in a bytearray; writes go
    straight through to the raw file."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._rbuf = b''

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def _checkClosed(self):
        if self.raw.closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        return self.raw.fileno()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            data = self._rbuf + self.raw.read(-1)
            self._rbuf = b''
            return data
        while len(self._rbuf) < size:
            chunk = self.raw.read(max(size - len(self._rbuf), DEFAULT_BUFFER_SIZE))
            if not chunk:
                break
            self._rbuf += chunk
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    read1 = read

    def readinto(self, b):
        return _readinto(self, b)

    def peek(self, size=0):
        if not self._rbuf:
            self._rbuf = self.raw.read(DEFAULT_BUFFER_SIZE)
        return self._rbuf

    def readline(self, size=-1):
        self._checkClosed()
        while b'\n' not in self._rbuf:
            chunk = self.raw.read(DEFAULT_BUFFER_SIZE)
            if not chunk:
                break
            self._rbuf += chunk
        i = self._rbuf.find(b'\n')
        end = len(self._rbuf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return line

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''
        return self.raw.write(b)

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell() - len(self._rbuf)

    def truncate(self, size=None):
        if size is None:
            size = self.tell()
        self._rbuf = b''
        return self.raw.truncate(size)

    def flush(self):
        self._checkClosed()

    def close(self):
        self.raw.close()

    def detach(self):
        raw = self.raw
        return raw

    def __repr__(self):
        return f"<_io.{type(self).__name__} name={self.name!r}>"


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


class BufferedRWPair(_Buffered):
    pass


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a BufferedIOBase object."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        self.buffer = buffer
        self.encoding = encoding if encoding is not None else 'utf-8'
        if encoding == 'locale':
            self.encoding = 'utf-8'
        self.errors = errors if errors is not None else 'strict'
        if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline}")
        self._newline = newline
        self.line_buffering = line_buffering
        self._text = None   # decoded text not yet returned
        self._tpos = 0

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return getattr(self, '_mode', 'r')

    @property
    def closed(self):
        return self.buffer.closed

    def _checkClosed(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _load(self):
        # Decode the rest of the file at once on the first read.
        if self._text is None:
            data = self.buffer.read(-1)
            text = data.decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
            self._tpos = 0
        return self._text

    def read(self, size=-1):
        self._checkClosed()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')
        text = self._load()
        if size is None or size < 0:
            r = text[self._tpos:]
        else:
            r = text[self._tpos:self._tpos + size]
        self._tpos += len(r)
        return r

    def readline(self, size=-1):
        self._checkClosed()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')
        text = self._load()
        i = text.find('\n', self._tpos)
        end = len(text) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._tpos + size)
        r = text[self._tpos:end]
        self._tpos = end
        return r

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self.buffer.writable():
            raise UnsupportedOperation('not writable')
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._text = None
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if self._text is not None and whence == 0:
            # Positions are byte offsets of the encoded text.
            self._text = None
        self._text = None
        return self.buffer.seek(cookie, whence)

    def tell(self):
        self._checkClosed()
        if self._text is not None:
            consumed = len(self._text[:self._tpos].encode(self.encoding, self.errors))
            self.buffer.seek(0)
            return consumed
        return self.buffer.tell()

    def truncate(self, pos=None):
        return self.buffer.truncate(pos)

    def flush(self):
        self._checkClosed()

    def close(self):
        self.buffer.close()

    def detach(self):
        return self.buffer

    def reconfigure(self, **kwargs):
        for k, v in kwargs.items():
            if k == 'encoding':
                self.encoding = v
            elif k == 'errors':
                self.errors = v
            elif k == 'newline':
                self._newline = v

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    """Open file and return a stream.  Raise OSError upon failure."""
    if not isinstance(file, (str, bytes, int)):
        if hasattr(file, '__fspath__'):
            file = file.__fspath__()
        else:
            raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    rawmode = (creating and "x" or "") + (reading and "r" or "") + (writing and "w" or "") + \
              (appending and "a" or "") + (updating and "+" or "")
    raw = FileIO(file, rawmode, closefd, opener=opener)
    if buffering == 0:
        if binary:
            return raw
        raise ValueError("can't have unbuffered text I/O")
    if updating:
        buffer = BufferedRandom(raw)
    elif creating or writing or appending:
        buffer = BufferedWriter(raw)
    else:
        buffer = BufferedReader(raw)
    if binary:
        return buffer
    t = TextIOWrapper(buffer, encoding, errors, newline, buffering == 1)
    t._mode = mode
    return t


def open_code(path):
    return open(path, "rb")


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate

    def decode(self, input, final=False):
        output = self.decoder.decode(input, final=final) if self.decoder else input
        if self.translate:
            output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output
