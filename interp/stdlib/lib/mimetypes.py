"""Guess the MIME type of a file from its name or URL (adder).

The built-in tables are CPython 3.12's (lib/_mimetypes_data.py); as in
CPython, the first use also reads the system's mime.types files listed in
knownfiles, so answers match CPython's on the same machine."""

import os
import posixpath
import _mimetypes_data as _data

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions", "guess_extension",
           "add_type", "init", "read_mime_types", "suffix_map", "encodings_map", "types_map", "common_types"]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None


def _split_scheme(url):
    """(scheme lower-cased, rest) for "scheme:rest", else (None, url)."""
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


class MimeTypes:
    """A MIME-types datastore: extension -> type maps, strict (official)
    and not (common but unofficial), with their inverses."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})  # index by strict: [False] non-standard, [True] standard
        self.types_map_inv = ({}, {})
        for ext, type in _types_map_default.items():
            self.add_type(type, ext, True)
        for ext, type in _common_types_default.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension ext (with its dot) to type, and type to ext."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a file name or URL; either may be None."""
        url = os.fspath(url)
        scheme, rest = _split_scheme(url)
        if scheme == 'data':
            # data:[<mediatype>][;base64],<data>
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semi = rest.find(';', 0, comma)
            type = rest[:semi] if semi >= 0 else rest[:comma]
            if '=' in type or '/' not in type:
                type = 'text/plain'
            return type, None
        base, ext = posixpath.splitext(rest if scheme is not None else url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = None
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        elif ext.lower() in self.encodings_map:
            encoding = self.encodings_map[ext.lower()]
            base, ext = posixpath.splitext(base)
        maps = (self.types_map[True],) if strict else (self.types_map[True], self.types_map[False])
        for m in maps:
            if ext in m:
                return m[ext], encoding
            if ext.lower() in m:
                return m[ext.lower()], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for type, official ones first."""
        type = type.lower()
        exts = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in exts:
                    exts.append(ext)
        return exts

    def guess_extension(self, type, strict=True):
        """The first extension known for type, or None."""
        exts = self.guess_all_extensions(type, strict)
        return exts[0] if exts else None

    def read(self, filename, strict=True):
        """Add the types of a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types of an open mime.types file: "type ext ext ..." lines."""
        for line in fp:
            words = line.split()
            for i, w in enumerate(words):
                if w.startswith('#'):
                    del words[i:]
                    break
            if not words:
                continue
            type, suffixes = words[0], words[1:]
            for suff in suffixes:
                self.add_type(type, '.' + suff, strict)

    def read_windows_registry(self, strict=True):
        """No registry outside Windows."""


def guess_type(url, strict=True):
    """(type, encoding) of a file name or URL; either may be None."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Build the module's datastore from the built-in tables and the files
    (knownfiles, then files)."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The {ext: type} of one mime.types file, or None if it cannot be read."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


_encodings_map_default = dict(_data.encodings_map_default)
_suffix_map_default = dict(_data.suffix_map_default)
_types_map_default = dict(_data.types_map_default)
_common_types_default = dict(_data.common_types_default)
encodings_map = _encodings_map_default
suffix_map = _suffix_map_default
types_map = _types_map_default
common_types = _common_types_default
