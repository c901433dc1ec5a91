"""Read and write ZIP files (adder): stored and deflated members, append
mode, extraction, and CPython's headers (a stored archive is byte for
byte what CPython writes; deflated data comes from Go's encoder). ZIP64,
encryption, bzip2/lzma members and zipfile.Path are not provided."""

import binascii
import io
import os
import shutil
import stat
import struct
import sys
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile that would need ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14
DEFAULT_VERSION = 20

compressor_names = {0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce', 6: 'implode',
                    7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma',
                    18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd'}

_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_LOCAL_SIG = b"PK\003\004"
_CENTRAL_SIG = b"PK\001\002"
_END_SIG = b"PK\005\006"
_MASK_UTF_FILENAME = 1 << 11
_MASK_ENCRYPTED = 1 << 0
_MASK_DATA_DESCRIPTOR = 1 << 3


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


class ZipInfo:
    """Information about one member of a ZIP archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel', 'comment', 'extra',
                 'create_system', 'create_version', 'extract_version', 'reserved', 'flag_bits', 'volume',
                 'internal_attr', 'external_attr', 'header_offset', 'CRC', 'compress_size', 'file_size',
                 '_raw_time', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null_byte = filename.find(chr(0))
        if null_byte >= 0:
            filename = filename[0:null_byte]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0
        self._end_offset = None

    def __repr__(self):
        result = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            result.append(' compress_type=%s' % compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            result.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            result.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            result.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            result.append(' compress_size=%r' % self.compress_size)
        result.append('>')
        return ''.join(result)

    def _dos_datetime(self):
        dt = self.date_time
        dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
        dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
        return dostime, dosdate

    def _encode_filename(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def FileHeader(self, zip64=None):
        """Return the per-file (local) header as a bytes object."""
        dostime, dosdate = self._dos_datetime()
        if self.flag_bits & _MASK_DATA_DESCRIPTOR:
            CRC = compress_size = file_size = 0
        else:
            CRC, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        filename, flag_bits = self._encode_filename()
        header = _LOCAL.pack(_LOCAL_SIG, self.extract_version, self.reserved, flag_bits, self.compress_type,
                             dostime, dosdate, CRC, compress_size, file_size, len(filename), len(self.extra))
        return header + filename + self.extra

    def _central_header(self):
        dostime, dosdate = self._dos_datetime()
        filename, flag_bits = self._encode_filename()
        header = _CENTRAL.pack(_CENTRAL_SIG, self.create_version, self.create_system, self.extract_version,
                               self.reserved, flag_bits, self.compress_type, dostime, dosdate, self.CRC,
                               self.compress_size, self.file_size, len(filename), len(self.extra),
                               len(self.comment), 0, self.internal_attr, self.external_attr, self.header_offset)
        return header + filename + self.extra + self.comment

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """Construct a ZipInfo for a file on the filesystem."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        """Return True if this archive member is a directory."""
        return self.filename.endswith('/')


class ZipExtFile(io.BufferedIOBase):
    """A readable file-like object over one member's decompressed data."""

    def __init__(self, data, mode, zipinfo):
        self._buf = io.BytesIO(data)
        self.mode = mode
        self.name = zipinfo.filename
        self._zinfo = zipinfo

    def read(self, n=-1):
        return self._buf.read(n)

    def read1(self, n=-1):
        return self._buf.read(n)

    def readline(self, limit=-1):
        return self._buf.readline(limit)

    def peek(self, n=1):
        pos = self._buf.tell()
        data = self._buf.read(max(n, 512))
        self._buf.seek(pos)
        return data

    def readable(self):
        return True

    def seekable(self):
        return True

    def seek(self, offset, whence=0):
        return self._buf.seek(offset, whence)

    def tell(self):
        return self._buf.tell()

    def __iter__(self):
        return iter(self._buf.readline, b'')

    def __repr__(self):
        return '<zipfile.ZipExtFile name=%r mode=%r>' % (self.name, self.mode)


class _ZipWriteFile(io.BufferedIOBase):
    """What ZipFile.open(name, 'w') returns: data is stored on close."""

    def __init__(self, zf, zinfo, compresslevel):
        self._zf = zf
        self._zinfo = zinfo
        self._level = compresslevel
        self._chunks = []

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        data = bytes(data)
        self._chunks.append(data)
        return len(data)

    def close(self):
        if self.closed:
            return
        try:
            self._zf._write_member(self._zinfo, b''.join(self._chunks), self._level)
            self._zf._writing = False
        finally:
            super().close()


def _find_end(data):
    """(offset of the end record, its fields, comment), or None."""
    idx = data.rfind(_END_SIG, max(0, len(data) - ZIP_MAX_COMMENT - _END.size))
    if idx < 0 or len(data) - idx < _END.size:
        return None
    fields = _END.unpack(data[idx:idx + _END.size])
    comment = data[idx + _END.size:idx + _END.size + fields[7]]
    return idx, fields, comment


def is_zipfile(filename):
    """Quickly see if a file is a ZIP file by checking the magic number."""
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            data = filename.read()
            filename.seek(pos)
        else:
            with open(filename, "rb") as fp:
                data = fp.read()
        return _find_end(data) is not None
    except OSError:
        return False


class ZipFile:
    """Read, write or append to a ZIP file.

    z = ZipFile(file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None)"""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, compresslevel=None, *,
                 strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._modified = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modeDict = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = io.open(file, modeDict[mode])
            except FileNotFoundError:
                if mode != 'a':
                    raise
                self.fp = io.open(file, 'w+b')
                mode = 'w'
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._start_dir = 0
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._modified = True
                try:
                    self._start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self._start_dir = 0
            elif mode == 'a':
                try:
                    self._read_directory()
                    self.fp.seek(self._start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._start_dir = self.fp.tell()
                self._modified = True
        except:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _read_directory(self):
        fp = self.fp
        fp.seek(0)
        data = fp.read()
        self._data = data
        found = _find_end(data)
        if found is None:
            raise BadZipFile("File is not a zip file")
        idx, fields, comment = found
        _, disk, disk_cd, n_disk, n_total, cd_size, cd_offset, _ = fields
        self._comment = comment
        concat = idx - cd_size - cd_offset  # bytes prepended to the archive
        self._start_dir = cd_offset + concat
        pos = self._start_dir
        end = pos + cd_size
        while pos < end:
            head = data[pos:pos + _CENTRAL.size]
            if len(head) != _CENTRAL.size or head[:4] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            c = _CENTRAL.unpack(head)
            pos += _CENTRAL.size
            fname = data[pos:pos + c[12]]
            pos += c[12]
            flags = c[5]
            if flags & _MASK_UTF_FILENAME:
                name = fname.decode('utf-8')
            else:
                name = fname.decode(self.metadata_encoding or 'cp437' if self.metadata_encoding else 'latin-1')
            x = ZipInfo(name)
            x.extra = data[pos:pos + c[13]]
            pos += c[13]
            x.comment = data[pos:pos + c[14]]
            pos += c[14]
            x.header_offset = c[18] + concat
            (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits, x.compress_type,
             t, d, x.CRC, x.compress_size, x.file_size) = c[1:12]
            x.volume, x.internal_attr, x.external_attr = c[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x

    def namelist(self):
        """Return a list of file names in the archive."""
        return [data.filename for data in self.filelist]

    def infolist(self):
        """Return a list of class ZipInfo instances for files in the archive."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of contents for the zip file."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """Read all the files and check the CRC; the first bad name or None."""
        for zinfo in self.filelist:
            try:
                self.read(zinfo)
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        """Return the instance of ZipInfo given 'name'."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        self.pwd = pwd

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        self._comment = comment[:ZIP_MAX_COMMENT]
        self._modified = True

    def _member_data(self, zinfo):
        fp = self.fp
        fp.seek(zinfo.header_offset)
        head = fp.read(_LOCAL.size)
        if len(head) != _LOCAL.size or head[:4] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        h = _LOCAL.unpack(head)
        fp.read(h[10])
        fp.read(h[11])
        if zinfo.flag_bits & _MASK_ENCRYPTED:
            raise NotImplementedError("adder: encrypted ZIP members are not supported")
        raw = fp.read(zinfo.compress_size)
        if zinfo.compress_type == ZIP_STORED:
            data = raw
        elif zinfo.compress_type == ZIP_DEFLATED:
            data = zlib.decompress(raw, -15)
        else:
            _check_compression(zinfo.compress_type)
        if zlib.crc32(data) != zinfo.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % zinfo.filename)
        return data

    def read(self, name, pwd=None):
        """Return file bytes for name."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """Return a file-like object for 'name' (mode 'r' or 'w')."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            self._writecheck(zinfo)
            self._writing = True
            return _ZipWriteFile(self, zinfo, zinfo._compresslevel)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        return ZipExtFile(self._member_data(zinfo), mode, zinfo)

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)

    def _write_member(self, zinfo, data, compresslevel):
        zinfo.file_size = len(data)
        zinfo.CRC = zlib.crc32(data)
        if zinfo.compress_type == ZIP_DEFLATED:
            level = -1 if compresslevel is None else compresslevel
            c = zlib.compressobj(level, zlib.DEFLATED, -15)
            body = c.compress(data) + c.flush()
            zinfo.extract_version = max(zinfo.extract_version, 20)
            zinfo.create_version = max(zinfo.create_version, 20)
        else:
            body = data
        zinfo.compress_size = len(body)
        self.fp.seek(self._start_dir)
        zinfo.header_offset = self.fp.tell()
        self.fp.write(zinfo.FileHeader())
        self.fp.write(body)
        self._start_dir = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self._modified = True

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Put the bytes from filename into the archive under the name arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self._writecheck(zinfo)
            self._write_member(zinfo, b'', None)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        level = self.compresslevel if compresslevel is None else compresslevel
        self._writecheck(zinfo)
        with open(filename, "rb") as src:
            self._write_member(zinfo, src.read(), level)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Write a file into the archive from str or bytes data."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename.endswith('/'):
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
            if not zinfo.external_attr:
                zinfo.external_attr = 0o600 << 16  # permissions: ?rw-------
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        self._writecheck(zinfo)
        self._write_member(zinfo, bytes(data), zinfo._compresslevel)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Creates a directory inside the zip archive."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            directory_name = zinfo_or_directory_name
            if not directory_name.endswith("/"):
                directory_name += "/"
            zinfo = ZipInfo(directory_name, time.localtime(time.time())[:6])
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._writecheck(zinfo)
        self._write_member(zinfo, b'', None)

    def extract(self, member, path=None, pwd=None):
        """Extract a member to the current directory or path; returns its path."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all members (or those named) to path."""
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid_path_parts = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in invalid_path_parts)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def close(self):
        """Close the file, writing the central directory if it changed."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._modified:
                self.fp.seek(self._start_dir)
                cd_offset = self.fp.tell()
                for zinfo in self.filelist:
                    self.fp.write(zinfo._central_header())
                cd_size = self.fp.tell() - cd_offset
                n = len(self.filelist)
                self.fp.write(_END.pack(_END_SIG, 0, 0, n, n, cd_size, cd_offset, len(self._comment)))
                self.fp.write(self._comment)
                if self.mode == 'a':
                    self.fp.truncate()
                self.fp.flush()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()


class PyZipFile(ZipFile):
    pass


class Path:
    """A pathlib-like view of a zip file's members: the root is the
    archive, directories are the "dir/" entries and those their files'
    names imply."""

    def __init__(self, root, at=""):
        if not isinstance(root, ZipFile):
            root = ZipFile(root)
        self.root = root
        self.at = at

    def _names(self):
        """Every member name, plus the directories that names imply."""
        names = list(self.root.namelist())
        seen = set(names)
        for name in list(names):
            parts = name.rstrip('/').split('/')[:-1]
            for i in range(1, len(parts) + 1):
                d = '/'.join(parts[:i]) + '/'
                if d not in seen:
                    seen.add(d)
                    names.append(d)
        return names

    def _next(self, at):
        return self.__class__(self.root, at)

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """Open the member for reading or writing, as text unless 'b' in mode."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == 'r':
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        if not args and 'encoding' not in kwargs:
            kwargs['encoding'] = 'utf-8'
        return io.TextIOWrapper(stream, *args, **kwargs)

    @property
    def name(self):
        return self.at.rstrip('/').rpartition('/')[2] or os.path.basename(str(self.root.filename or ''))

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name, suffix = self.name, self.suffix
        return name[:-len(suffix)] if suffix else name

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as strm:
            return strm.read()

    def read_bytes(self):
        with self.open('rb') as strm:
            return strm.read()

    def _is_child(self, path):
        return path.at.rstrip('/').rpartition('/')[0] == self.at.rstrip('/')

    def is_dir(self):
        return not self.at or self.at.endswith('/')

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self._names()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        subs = (self._next(name) for name in self._names() if name)
        return (p for p in subs if self._is_child(p))

    def match(self, path_pattern):
        import pathlib
        return pathlib.PurePosixPath(self.at).match(path_pattern)

    def relative_to(self, other, *extra):
        return os.path.relpath(str(self), str(other.joinpath(*extra)))

    def __str__(self):
        return os.path.join(str(self.root.filename or ''), self.at).replace(os.sep, '/')

    def __repr__(self):
        return "{}({!r}, {!r})".format(self.__class__.__name__, self.root.filename, self.at)

    def joinpath(self, *other):
        import posixpath
        path = posixpath.join(self.at, *other)
        names = self._names()
        if path not in names and path + '/' in names:
            path += '/'
        return self._next(path)

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = self.at.rstrip('/').rpartition('/')[0]
        if parent_at:
            parent_at += '/'
        return self._next(parent_at)
