"""Reading and writing WAV files (adder): uncompressed PCM in RIFF WAVE
containers (WAVE_FORMAT_PCM, and WAVE_FORMAT_EXTENSIBLE with a PCM
subformat for reading). wave.open(f, 'rb') gives a Wave_read,
wave.open(f, 'wb') a Wave_write; f is a file name or a binary file."""

import builtins
import struct
from collections import namedtuple

__all__ = ["open", "Error", "Wave_read", "Wave_write"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001
WAVE_FORMAT_EXTENSIBLE = 0xFFFE
# The GUID tail shared by the KSDATAFORMAT_SUBTYPE_* formats; PCM's is 1.
_GUID_TAIL = b'\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71'

_wave_params = namedtuple('_wave_params', 'nchannels sampwidth framerate nframes comptype compname')


def _read_exact(f, n):
    data = f.read(n)
    if len(data) < n:
        raise EOFError
    return data


class Wave_read:
    """A WAV file open for reading: its format and its frames."""

    def __init__(self, f):
        self._i_opened_the_file = None
        if isinstance(f, str):
            f = builtins.open(f, 'rb')
            self._i_opened_the_file = f
        try:
            self._read_header(f)
        except BaseException:
            if self._i_opened_the_file:
                f.close()
            raise

    def _read_header(self, f):
        self._file = f
        self._soundpos = 0
        head = _read_exact(f, 8)
        if head[:4] != b'RIFF':
            raise Error('file does not start with RIFF id')
        if f.read(4) != b'WAVE':
            raise Error('not a WAVE file')
        self._fmt_chunk_read = False
        self._data_start = None
        while True:
            header = f.read(8)
            if len(header) < 8:
                break
            name, size = header[:4], struct.unpack('<L', header[4:])[0]
            if name == b'fmt ':
                self._read_fmt_chunk(_read_exact(f, size))
                if size % 2:
                    f.read(1)
                self._fmt_chunk_read = True
            elif name == b'data':
                if not self._fmt_chunk_read:
                    raise Error('data chunk before fmt chunk')
                self._nframes = size // self._framesize
                self._data_start = f.tell() if hasattr(f, 'tell') else None
                self._data_size = size
                break
            else:
                f.read(size + size % 2)
        if not self._fmt_chunk_read or self._data_start is None:
            raise Error('fmt chunk and/or data chunk missing')

    def _read_fmt_chunk(self, chunk):
        try:
            tag, self._nchannels, self._framerate, _, _ = struct.unpack_from('<HHLLH', chunk)
        except struct.error:
            raise EOFError from None
        if tag not in (WAVE_FORMAT_PCM, WAVE_FORMAT_EXTENSIBLE):
            raise Error('unknown format: %r' % (tag,))
        try:
            sampwidth = struct.unpack_from('<H', chunk, 14)[0]
        except struct.error:
            raise EOFError from None
        if tag == WAVE_FORMAT_EXTENSIBLE:
            try:
                subformat = chunk[24:40]
            except IndexError:
                raise EOFError from None
            if len(subformat) < 16 or subformat[2:] != _GUID_TAIL or struct.unpack('<H', subformat[:2])[0] != 1:
                raise Error("unknown extended format")
        self._sampwidth = (sampwidth + 7) // 8
        if not self._sampwidth:
            raise Error('bad sample width')
        if not self._nchannels:
            raise Error('bad # of channels')
        self._framesize = self._nchannels * self._sampwidth
        self._comptype = 'NONE'
        self._compname = 'not compressed'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        self.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._soundpos = 0

    def close(self):
        self._file = None
        f = self._i_opened_the_file
        if f:
            self._i_opened_the_file = None
            f.close()

    def tell(self):
        return self._soundpos

    def getnchannels(self):
        return self._nchannels

    def getnframes(self):
        return self._nframes

    def getsampwidth(self):
        return self._sampwidth

    def getframerate(self):
        return self._framerate

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def getparams(self):
        return _wave_params(self.getnchannels(), self.getsampwidth(), self.getframerate(), self.getnframes(),
                            self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def setpos(self, pos):
        if pos < 0 or pos > self._nframes:
            raise Error('position not in range')
        self._soundpos = pos

    def readframes(self, nframes):
        """Up to nframes frames from the current position, as bytes."""
        nframes = max(0, min(nframes, self._nframes - self._soundpos))
        if nframes == 0:
            return b''
        self._file.seek(self._data_start + self._soundpos * self._framesize)
        data = self._file.read(nframes * self._framesize)
        if self._sampwidth != 1 and len(data) % self._framesize:
            data = data[:len(data) - len(data) % self._framesize]
        self._soundpos += len(data) // self._framesize
        return data


class Wave_write:
    """A WAV file open for writing: set the format, then write frames; the
    header is patched with the real sizes on close."""

    def __init__(self, f):
        self._i_opened_the_file = None
        if isinstance(f, str):
            f = builtins.open(f, 'wb')
            self._i_opened_the_file = f
        self._file = f
        self._nchannels = 0
        self._sampwidth = 0
        self._framerate = 0
        self._nframes = 0
        self._nframeswritten = 0
        self._datawritten = 0
        self._datalength = 0
        self._headerwritten = False

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def setnchannels(self, nchannels):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')
        if nchannels < 1:
            raise Error('bad # of channels')
        self._nchannels = nchannels

    def getnchannels(self):
        if not self._nchannels:
            raise Error('number of channels not set')
        return self._nchannels

    def setsampwidth(self, sampwidth):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')
        if sampwidth < 1 or sampwidth > 4:
            raise Error('bad sample width')
        self._sampwidth = sampwidth

    def getsampwidth(self):
        if not self._sampwidth:
            raise Error('sample width not set')
        return self._sampwidth

    def setframerate(self, framerate):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')
        if framerate <= 0:
            raise Error('bad frame rate')
        self._framerate = int(round(framerate))

    def getframerate(self):
        if not self._framerate:
            raise Error('frame rate not set')
        return self._framerate

    def setnframes(self, nframes):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')
        self._nframes = nframes

    def getnframes(self):
        return self._nframeswritten

    def setcomptype(self, comptype, compname):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')
        if comptype not in ('NONE',):
            raise Error('unsupported compression type')
        self._comptype = comptype
        self._compname = compname

    def getcomptype(self):
        return 'NONE'

    def getcompname(self):
        return 'not compressed'

    def setparams(self, params):
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not self._nchannels or not self._sampwidth or not self._framerate:
            raise Error('not all parameters set')
        return _wave_params(self._nchannels, self._sampwidth, self._framerate, self._nframes, 'NONE',
                            'not compressed')

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def tell(self):
        return self._nframeswritten

    def writeframesraw(self, data):
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast('B')
        self._ensure_header_written(len(data))
        nframes = len(data) // (self._sampwidth * self._nchannels)
        self._file.write(data)
        self._datawritten += len(data)
        self._nframeswritten += nframes

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._datalength != self._datawritten:
            self._patchheader()

    def close(self):
        try:
            if self._file:
                self._ensure_header_written(0)
                if self._datalength != self._datawritten:
                    self._patchheader()
                self._file.flush()
        finally:
            self._file = None
            f = self._i_opened_the_file
            if f:
                self._i_opened_the_file = None
                f.close()

    def _ensure_header_written(self, datasize):
        if not self._headerwritten:
            if not self._nchannels:
                raise Error('# channels not specified')
            if not self._sampwidth:
                raise Error('sample width not specified')
            if not self._framerate:
                raise Error('sampling rate not specified')
            self._write_header(datasize)

    def _write_header(self, initlength):
        self._file.write(b'RIFF')
        if not self._nframes:
            self._nframes = initlength // (self._nchannels * self._sampwidth)
        self._datalength = self._nframes * self._nchannels * self._sampwidth
        try:
            self._form_length_pos = self._file.tell()
        except (AttributeError, OSError):
            self._form_length_pos = None
        self._file.write(struct.pack('<L4s4sLHHLLHH4s', 36 + self._datalength, b'WAVE', b'fmt ', 16,
                                     WAVE_FORMAT_PCM, self._nchannels, self._framerate,
                                     self._nchannels * self._framerate * self._sampwidth,
                                     self._nchannels * self._sampwidth, self._sampwidth * 8, b'data'))
        if self._form_length_pos is not None:
            self._data_length_pos = self._file.tell()
        self._file.write(struct.pack('<L', self._datalength))
        self._headerwritten = True

    def _patchheader(self):
        if self._form_length_pos is None:
            return
        here = self._file.tell()
        self._file.seek(self._form_length_pos, 0)
        self._file.write(struct.pack('<L', 36 + self._datawritten))
        self._file.seek(self._data_length_pos, 0)
        self._file.write(struct.pack('<L', self._datawritten))
        self._file.seek(here, 0)
        self._datalength = self._datawritten


def open(f, mode=None):
    """Open a WAV file: mode 'r'/'rb' to read, 'w'/'wb' to write."""
    if mode is None:
        mode = f.mode if hasattr(f, 'mode') else 'rb'
    if mode in ('r', 'rb'):
        return Wave_read(f)
    if mode in ('w', 'wb'):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
