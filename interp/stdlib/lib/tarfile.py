"""Read and write tar archives (adder): ustar, GNU and pax headers,
uncompressed and gzip ('r:gz', 'w:gz', 'r:*'), extraction with the 3.12
filters, and CPython's header layout (an archive of TarInfo members is
byte for byte what CPython writes; gzip layers come from Go's encoder).
Stream modes ('r|', 'w|'), bz2 and xz are not provided."""

import copy
import io
import os
import shutil
import stat
import struct
import sys
import time

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError", "CompressionError", "StreamError",
           "ExtractError", "HeaderError", "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter", "tar_filter", "FilterError",
           "AbsoluteLinkError", "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE, BLKTYPE,
                   GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int, "gid": int, "size": int}
ENCODING = sys.getfilesystemencoding() if hasattr(sys, "getfilesystemencoding") else "utf-8"


class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    pass


class TruncatedHeaderError(HeaderError):
    pass


class EOFHeaderError(HeaderError):
    pass


class InvalidHeaderError(HeaderError):
    pass


class SubsequentHeaderError(HeaderError):
    pass


class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would be extracted to {path!r}, which is outside the destination')


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would link to {path!r}, which is outside the destination')


def stn(s, length, encoding, errors):
    """Convert a string to a null-terminated bytes object."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    s = s.encode(encoding, errors)
    return s[:length] + (length - len(s)) * NUL


def nts(s, encoding, errors):
    """Convert a null-terminated bytes object to a string."""
    p = s.find(b"\0")
    if p != -1:
        s = s[:p]
    return s.decode(encoding, errors)


def nti(s):
    """Convert a number field to a python number."""
    if s[0] in (0o200, 0o377):
        n = 0
        for i in range(len(s) - 1):
            n <<= 8
            n += s[i + 1]
        if s[0] == 0o377:
            n = -(256 ** (len(s) - 1) - n)
    else:
        try:
            s = nts(s, "ascii", "strict")
            n = int(s.strip() or "0", 8)
        except ValueError:
            raise InvalidHeaderError("invalid header")
    return n


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """Convert a python number to a number field."""
    original_n = n
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        s = bytes("%0*o" % (digits - 1, n), "ascii") + NUL
    elif format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        if n >= 0:
            s = bytearray([0o200])
        else:
            s = bytearray([0o377])
            n = 256 ** digits + n
        for i in range(digits - 1):
            s.insert(1, n & 0o377)
            n >>= 8
        s = bytes(s)
    else:
        raise ValueError("overflow in number field")
    return s


def calc_chksums(buf):
    """The unsigned and signed header checksums (checksum field as spaces)."""
    unsigned_chksum = 256 + sum(struct.unpack_from("148B8x356B", buf))
    signed_chksum = 256 + sum(struct.unpack_from("148b8x356b", buf))
    return unsigned_chksum, signed_chksum


class TarInfo(object):
    """One member of a tar archive: its header fields."""

    __slots__ = dict(name='Name of the archive member.', mode='Permission bits.', uid='User ID', gid='Group ID',
                     size='Size in bytes.', mtime='Time of last modification.', chksum='Header checksum.',
                     type='File type.', linkname='Link target', uname='User name.', gname='Group name.',
                     devmajor='Device major number.', devminor='Device minor number.',
                     offset='The tar header starts here.', offset_data="The file's data starts here.",
                     pax_headers='A dictionary of pax header fields.', sparse='Sparse member information.',
                     _sparse_structs=None, _link_target=None)

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    @property
    def path(self):
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def replace(self, *, name=..., mtime=..., mode=..., linkname=..., uid=..., gid=..., uname=..., gname=...,
                deep=True, _KEEP=...):
        if deep:
            result = copy.deepcopy(self)
        else:
            result = copy.copy(self)
        for attr, value in (('name', name), ('mtime', mtime), ('mode', mode), ('linkname', linkname),
                            ('uid', uid), ('gid', gid), ('uname', uname), ('gname', gname)):
            if value is not ...:
                setattr(result, attr, value)
        return result

    def __copy__(self):
        new = TarInfo.__new__(TarInfo)
        for k in ('name', 'mode', 'uid', 'gid', 'size', 'mtime', 'chksum', 'type', 'linkname', 'uname',
                  'gname', 'devmajor', 'devminor', 'offset', 'offset_data', 'sparse'):
            setattr(new, k, getattr(self, k))
        new.pax_headers = dict(self.pax_headers)
        return new

    __deepcopy__ = lambda self, memo: self.__copy__()

    def get_info(self):
        if self.mode is None:
            mode = None
        else:
            mode = self.mode & 0o7777
        info = {"name": self.name, "mode": mode, "uid": self.uid, "gid": self.gid, "size": self.size,
                "mtime": self.mtime, "chksum": self.chksum, "type": self.type, "linkname": self.linkname,
                "uname": self.uname, "gname": self.gname, "devmajor": self.devmajor, "devminor": self.devminor}
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """Return a tar header as a string of 512 byte blocks."""
        info = self.get_info()
        for name, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % name)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        elif format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        elif format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        else:
            raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        buf = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            buf += self._create_gnu_long_header(info["linkname"], GNUTYPE_LONGLINK, encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            buf += self._create_gnu_long_header(info["name"], GNUTYPE_LONGNAME, encoding, errors)
        return buf + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        info["magic"] = POSIX_MAGIC
        pax_headers = self.pax_headers.copy()
        for name, hname, length in (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                                    ("uname", "uname", 32), ("gname", "gname", 32)):
            if hname in pax_headers:
                continue
            try:
                info[name].encode("ascii", "strict")
            except UnicodeEncodeError:
                pax_headers[hname] = info[name]
                continue
            if len(info[name]) > length:
                pax_headers[hname] = info[name]
        for name, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            needs_pax = False
            val = info[name]
            val_is_float = isinstance(val, float)
            val_int = round(val) if val_is_float else val
            if not 0 <= val_int < 8 ** (digits - 1):
                info[name] = 0
                needs_pax = True
            elif val_is_float:
                info[name] = val_int
                needs_pax = True
            if needs_pax and name not in pax_headers:
                pax_headers[name] = str(val)
        if pax_headers:
            buf = self._create_pax_generic_header(pax_headers, XHDTYPE, encoding)
        else:
            buf = b""
        return buf + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        components = name.split("/")
        for i in range(1, len(components)):
            prefix = "/".join(components[:i])
            name = "/".join(components[i:])
            if len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and \
                    len(name.encode(encoding, errors)) <= LENGTH_NAME:
                break
        else:
            raise ValueError("name is too long")
        return prefix, name

    @staticmethod
    def _create_header(info, format, encoding, errors):
        has_device_fields = info.get("type") in (CHRTYPE, BLKTYPE)
        if has_device_fields:
            devmajor = itn(info.get("devmajor", 0), 8, format)
            devminor = itn(info.get("devminor", 0), 8, format)
        else:
            devmajor = stn("", 8, encoding, errors)
            devminor = stn("", 8, encoding, errors)
        filetype = info.get("type", REGTYPE)
        if filetype is None:
            raise ValueError("TarInfo.type must not be None")
        parts = [
            stn(info.get("name", ""), 100, encoding, errors),
            itn(info.get("mode", 0) & 0o7777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            b"        ",
            filetype,
            stn(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", POSIX_MAGIC),
            stn(info.get("uname", ""), 32, encoding, errors),
            stn(info.get("gname", ""), 32, encoding, errors),
            devmajor,
            devminor,
            stn(info.get("prefix", ""), 155, encoding, errors)
        ]
        buf = struct.pack("%ds" % BLOCKSIZE, b"".join(parts))
        chksum = calc_chksums(buf[-BLOCKSIZE:])[0]
        buf = buf[:-364] + bytes("%06o\0" % chksum, "ascii") + buf[-357:]
        return buf

    @staticmethod
    def _create_payload(payload):
        blocks, remainder = divmod(len(payload), BLOCKSIZE)
        if remainder > 0:
            payload += (BLOCKSIZE - remainder) * NUL
        return payload

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        name = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(name), "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + cls._create_payload(name)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        binary = False
        for keyword, value in pax_headers.items():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = b""
        if binary:
            records += b"21 hdrcharset=BINARY\n"
        for keyword, value in pax_headers.items():
            keyword = keyword.encode("utf-8")
            if binary:
                value = value.encode(encoding, "surrogateescape")
            else:
                value = value.encode("utf-8")
            l = len(keyword) + len(value) + 3
            n = p = 0
            while True:
                n = l + len(str(p))
                if n == p:
                    break
                p = n
            records += bytes(str(p), "ascii") + b" " + keyword + b"=" + value + b"\n"
        info = {"name": "././@PaxHeader", "type": type, "size": len(records), "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + cls._create_payload(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """Construct a TarInfo object from a 512 byte bytes object."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        obj.name = nts(buf[0:100], encoding, errors)
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257], encoding, errors)
        obj.uname = nts(buf[265:297], encoding, errors)
        obj.gname = nts(buf[297:329], encoding, errors)
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


def _apply_pax(tarinfo, pax_headers, encoding, errors):
    for keyword, value in pax_headers.items():
        if keyword == "path":
            tarinfo.name = value.rstrip("/") if tarinfo.type == DIRTYPE else value
        elif keyword == "linkpath":
            tarinfo.linkname = value
        elif keyword in PAX_FIELDS:
            if keyword in PAX_NUMBER_FIELDS:
                try:
                    value = PAX_NUMBER_FIELDS[keyword](value)
                except ValueError:
                    value = 0
            setattr(tarinfo, keyword, value)
    tarinfo.pax_headers = pax_headers.copy()


def _parse_pax_records(buf):
    headers = {}
    pos = 0
    while pos < len(buf) and buf[pos:pos + 1] != NUL:
        sp = buf.find(b" ", pos)
        if sp < 0:
            raise InvalidHeaderError("invalid header")
        length = int(buf[pos:sp])
        record = buf[sp + 1:pos + length - 1]
        keyword, _, value = record.partition(b"=")
        headers[keyword.decode("utf-8")] = value.decode("utf-8", "surrogateescape")
        pos += length
    return headers


# ---------------------------------------------------------------- filters

def _get_filtered_attrs(member, dest_path, for_data=True):
    new_attrs = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    if name.startswith(('/', os.sep)):
        name = new_attrs['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target_path = os.path.realpath(os.path.join(dest_path, name))
    if os.path.commonpath([target_path, dest_path]) != dest_path:
        raise OutsideDestinationError(member, target_path)
    mode = member.mode
    if mode is not None:
        mode = mode & 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            new_attrs['mode'] = mode
    if for_data:
        if member.uid is not None:
            new_attrs['uid'] = None
        if member.gid is not None:
            new_attrs['gid'] = None
        if member.uname is not None:
            new_attrs['uname'] = None
        if member.gname is not None:
            new_attrs['gname'] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                target_path = os.path.join(dest_path, os.path.dirname(name), member.linkname)
            else:
                target_path = os.path.join(dest_path, member.linkname)
            target_path = os.path.realpath(target_path)
            if os.path.commonpath([target_path, dest_path]) != dest_path:
                raise LinkOutsideDestinationError(member, target_path)
    return new_attrs


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, False)
    if new_attrs:
        return member.replace(**new_attrs, deep=False)
    return member


def data_filter(member, dest_path):
    new_attrs = _get_filtered_attrs(member, dest_path, True)
    if new_attrs:
        return member.replace(**new_attrs, deep=False)
    return member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter, "data": data_filter}


# ---------------------------------------------------------------- archive

class TarFile(object):
    """A tar archive: open() it, then read members or add them."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = None
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None, dereference=None,
                 ignore_zeros=None, encoding=None, errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None, _gzip=None):
        modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = modes[mode]
        self._gzip = _gzip
        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                self.mode = "w"
                self._mode = "wb"
            fileobj = io.open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, "name") and isinstance(fileobj.name, (str, bytes)):
                name = fileobj.name
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        self.pax_headers = pax_headers if pax_headers is not None and self.format == PAX_FORMAT else {}
        if errorlevel is not None:
            self.errorlevel = errorlevel
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = 0
        self._out = None
        if self.mode == "r":
            data = self.fileobj.read()
            if self._gzip:
                import gzip
                data = gzip.decompress(data)
            self._data = data
            self._load()
        elif self.mode == "a":
            data = self.fileobj.read()
            self._data = data
            self._load(appending=True)
            self._out = bytearray(data[:self.offset])
        else:
            self._data = b""
            self._out = bytearray()
            if self.pax_headers:
                self._out += self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                self.offset = len(self._out)

    def _load(self, appending=False):
        data = self._data
        pos = 0
        pending_pax = None
        longname = longlink = None
        while pos + BLOCKSIZE <= len(data):
            buf = data[pos:pos + BLOCKSIZE]
            try:
                info = self.tarinfo.frombuf(buf, self.encoding, self.errors)
            except EOFHeaderError:
                if self.ignore_zeros:
                    pos += BLOCKSIZE
                    continue
                break
            except HeaderError as e:
                if pos == 0:
                    raise ReadError(str(e)) from None
                raise ReadError(str(e)) from None
            info.offset = pos
            info.offset_data = pos + BLOCKSIZE
            size_blocks = (info.size + BLOCKSIZE - 1) // BLOCKSIZE * BLOCKSIZE
            if info.type in (XHDTYPE, SOLARIS_XHDTYPE, XGLTYPE):
                payload = data[info.offset_data:info.offset_data + info.size]
                headers = _parse_pax_records(payload)
                if info.type == XGLTYPE:
                    self.pax_headers.update(headers)
                else:
                    pending_pax = headers
                pos = info.offset_data + size_blocks
                continue
            if info.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
                payload = data[info.offset_data:info.offset_data + info.size]
                value = nts(payload, self.encoding, self.errors)
                if info.type == GNUTYPE_LONGNAME:
                    longname = value
                else:
                    longlink = value
                pos = info.offset_data + size_blocks
                continue
            if pending_pax:
                headers = dict(self.pax_headers)
                headers.update(pending_pax)
                _apply_pax(info, headers, self.encoding, self.errors)
                size_blocks = (info.size + BLOCKSIZE - 1) // BLOCKSIZE * BLOCKSIZE
                pending_pax = None
            if longname is not None:
                info.name = longname.rstrip("/") if info.isdir() else longname
                longname = None
            if longlink is not None:
                info.linkname = longlink
                longlink = None
            if info.isdir():
                info.name = info.name.rstrip("/")
            self.members.append(info)
            pos = info.offset_data + (size_blocks if info.isreg() or info.type not in SUPPORTED_TYPES else 0)
        self.offset = pos
        if not self.members and pos == 0 and not appending and len(data) and data.count(NUL) != len(data):
            raise ReadError("empty file")
        self._loaded = True

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive: mode 'r' (or 'r:*'), 'r:', 'r:gz', 'w', 'w:gz',
        'x', 'x:gz' or 'a'."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if "|" in mode:
            raise CompressionError("adder: stream modes are not supported")
        filemode, _, comptype = mode.partition(":")
        filemode = filemode or "r"
        comptype = comptype or ("*" if filemode == "r" else "tar")
        if comptype in ("bz2", "xz"):
            raise CompressionError(f"{comptype} module is not available")
        if comptype not in ("*", "tar", "gz"):
            raise CompressionError("unknown compression type %r" % comptype)
        if filemode == "r":
            if comptype == "*":
                if fileobj is None:
                    with io.open(name, "rb") as f:
                        magic = f.read(2)
                else:
                    pos = fileobj.tell()
                    magic = fileobj.read(2)
                    fileobj.seek(pos)
                comptype = "gz" if magic == b"\037\213" else "tar"
                if comptype == "tar":
                    try:
                        return cls(name, "r", fileobj, **kwargs)
                    except ReadError as e:
                        raise ReadError("file could not be opened successfully:\n"
                                        "- method gz: ReadError('not a gzip file')\n"
                                        "- method bz2: ReadError('not a bzip2 file')\n"
                                        "- method xz: ReadError('not an lzma file')\n"
                                        "- method tar: ReadError(%r)" % str(e)) from None
            return cls(name, "r", fileobj, _gzip=(comptype == "gz"), **kwargs)
        if filemode in ("w", "x", "a"):
            if comptype == "gz" and filemode == "a":
                raise ValueError("mode must be 'r', 'w' or 'x'")
            return cls(name, filemode, fileobj, _gzip=(comptype == "gz"), **kwargs)
        raise ValueError("undiscernible mode")

    def close(self):
        """Close the archive, writing the end-of-archive marker in write mode."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                out = self._out
                out += NUL * (BLOCKSIZE * 2)
                blocks, remainder = divmod(len(out), RECORDSIZE)
                if remainder > 0:
                    out += NUL * (RECORDSIZE - remainder)
                data = bytes(out)
                if self._gzip:
                    import gzip
                    data = gzip.compress(data)
                if self.mode == "a":
                    self.fileobj.seek(0)
                    self.fileobj.truncate()
                self.fileobj.write(data)
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def getmember(self, name):
        """The TarInfo of the last member named name."""
        name = name.rstrip("/")
        for m in reversed(self.members):
            if m.name == name:
                return m
        raise KeyError("filename %r not found" % name)

    def getmembers(self):
        return list(self.members)

    def getnames(self):
        return [tarinfo.name for tarinfo in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for the file name (from os.stat)."""
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        drv, arcname = os.path.splitdrive(arcname)
        arcname = arcname.replace(os.sep, "/").lstrip("/")
        tarinfo = self.tarinfo()
        statres = os.lstat(name) if not self.dereference else os.stat(name)
        stmd = statres.st_mode
        linkname = ""
        if stat.S_ISREG(stmd):
            type = REGTYPE
        elif stat.S_ISDIR(stmd):
            type = DIRTYPE
        elif stat.S_ISFIFO(stmd):
            type = FIFOTYPE
        elif stat.S_ISLNK(stmd):
            type = SYMTYPE
            linkname = os.readlink(name)
        else:
            return None
        tarinfo.name = arcname
        tarinfo.mode = stmd
        tarinfo.uid = statres.st_uid
        tarinfo.gid = statres.st_gid
        tarinfo.size = statres.st_size if type == REGTYPE else 0
        tarinfo.mtime = statres.st_mtime
        tarinfo.type = type
        tarinfo.linkname = linkname
        try:
            import _adder_getpass
            tarinfo.uname = _adder_getpass.username() if statres.st_uid == os.getuid() else ""
        except Exception:
            pass
        return tarinfo

    def list(self, verbose=True, *, members=None):
        """Print a table of contents (ls -l style when verbose)."""
        def _safe_print(s):
            print(s, end=' ')
        if members is None:
            members = self
        for tarinfo in members:
            if verbose:
                if tarinfo.mode is None:
                    _safe_print("??????????")
                else:
                    _safe_print(stat.filemode(tarinfo.mode))
                _safe_print("%s/%s" % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid))
                if tarinfo.ischr() or tarinfo.isblk():
                    _safe_print("%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)))
                else:
                    _safe_print("%10d" % tarinfo.size)
                if tarinfo.mtime is None:
                    _safe_print("????-??-?? ??:??:??")
                else:
                    _safe_print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6])
            _safe_print(tarinfo.name + ("/" if tarinfo.isdir() else ""))
            if verbose:
                if tarinfo.issym():
                    _safe_print("-> " + tarinfo.linkname)
                if tarinfo.islnk():
                    _safe_print("link to " + tarinfo.linkname)
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file name (a directory recursively) to the archive."""
        self._check("awx")
        if arcname is None:
            arcname = name
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                return
        if tarinfo.isreg():
            with io.open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for f in sorted(os.listdir(name)):
                    self.add(os.path.join(name, f), os.path.join(arcname, f), recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Add tarinfo (and tarinfo.size bytes read from fileobj)."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self._out += buf
        if fileobj is not None:
            data = fileobj.read(tarinfo.size)
            if len(data) < tarinfo.size:
                raise OSError("unexpected end of data")
            self._out += data
            blocks, remainder = divmod(tarinfo.size, BLOCKSIZE)
            if remainder > 0:
                self._out += NUL * (BLOCKSIZE - remainder)
        self.offset = len(self._out)
        self.members.append(tarinfo)

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _member(self, member):
        if isinstance(member, str):
            return self.getmember(member)
        return member

    def extractfile(self, member):
        """A file object for a regular member's data (None for others)."""
        self._check("r")
        tarinfo = self._member(member)
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            data = self._data[tarinfo.offset_data:tarinfo.offset_data + tarinfo.size]
            f = io.BytesIO(data)
            f.name = tarinfo.name
            return f
        elif tarinfo.islnk() or tarinfo.issym():
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(filter(None, (os.path.dirname(tarinfo.name), tarinfo.linkname)))
        else:
            linkname = tarinfo.linkname
        for m in reversed(self.members):
            if m.name == os.path.normpath(linkname):
                return m
        raise KeyError("linkname %r not found" % linkname)

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                import warnings
                warnings.warn('Python 3.14 will, by default, filter extracted tar archives and reject files '
                              'or modify their metadata. Use the filter argument to control this behavior.',
                              DeprecationWarning, stacklevel=3)
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError('String names are not supported for TarFile.extraction_filter. Use a function '
                                'such as tarfile.data_filter directly.')
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract all members (or those given) under path."""
        filter_function = self._get_filter_function(filter)
        directories = []
        for member in (members if members is not None else self.members):
            tarinfo = filter_function(member, path)
            if tarinfo is None:
                continue
            if tarinfo.isdir():
                directories.append(tarinfo)
            self._extract_one(tarinfo, path, set_attrs=not tarinfo.isdir())
        for tarinfo in sorted(directories, key=lambda a: a.name, reverse=True):
            dirpath = os.path.join(path, tarinfo.name)
            if tarinfo.mode is not None:
                try:
                    os.chmod(dirpath, tarinfo.mode)
                except OSError:
                    pass

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extract one member under path (the current directory by default)."""
        filter_function = self._get_filter_function(filter)
        tarinfo = filter_function(self._member(member), path)
        if tarinfo is not None:
            self._extract_one(tarinfo, path, set_attrs)

    def _extract_one(self, tarinfo, path, set_attrs=True):
        targetpath = os.path.join(path, tarinfo.name)
        targetpath = targetpath.replace("/", os.sep)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if tarinfo.isdir():
            os.makedirs(targetpath, exist_ok=True)
        elif tarinfo.issym():
            if os.path.lexists(targetpath) if hasattr(os.path, 'lexists') else os.path.exists(targetpath):
                os.remove(targetpath)
            os.symlink(tarinfo.linkname, targetpath)
            return
        elif tarinfo.islnk():
            src = self._find_link_target(tarinfo)
            with io.open(targetpath, "wb") as f:
                f.write(self._data[src.offset_data:src.offset_data + src.size])
        elif tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            with io.open(targetpath, "wb") as f:
                f.write(self._data[tarinfo.offset_data:tarinfo.offset_data + tarinfo.size])
        else:
            raise ExtractError("adder: cannot extract special file %r" % tarinfo.name)
        if set_attrs:
            if tarinfo.mode is not None:
                try:
                    os.chmod(targetpath, tarinfo.mode)
                except OSError:
                    pass
            if tarinfo.mtime is not None:
                try:
                    os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
                except OSError:
                    pass

    def next(self):
        return None

    def __iter__(self):
        return iter(self.members)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        self.close()


def is_tarfile(name):
    """Return True if name points to a tar archive that we can handle."""
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            t = open(fileobj=name)
            name.seek(pos)
        else:
            t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open
