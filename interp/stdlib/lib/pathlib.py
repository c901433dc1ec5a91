"""Object-oriented filesystem paths (adder): PurePath/PurePosixPath for
path arithmetic and Path/PosixPath for the file system."""

import os
import io
import fnmatch
import re
import posixpath
from stat import S_ISDIR, S_ISREG, S_ISLNK

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


class PurePath:
    """Base class for manipulating paths without I/O."""

    __slots__ = ('_raw', '_parts_cache', '_str_cache', '_root')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    def __init__(self, *args):
        pass

    def _init(self, args):
        segments = []
        for a in args:
            if isinstance(a, PurePath):
                segments.append(str(a))
                continue
            a = os.fspath(a)
            if isinstance(a, bytes):
                raise TypeError("argument should be a str or an os.PathLike object "
                                "where __fspath__ returns a str, not 'bytes'")
            if not isinstance(a, str):
                raise TypeError("argument should be a str or an os.PathLike object "
                                "where __fspath__ returns a str, not %r" % type(a).__name__)
            segments.append(a)
        path = posixpath.join(*segments) if segments else ''
        root = ''
        if path.startswith('/'):
            root = '//' if path.startswith('//') and not path.startswith('///') else '/'
        parts = [p for p in path[len(root):].split('/') if p and p != '.']
        self._root = root
        self._parts_cache = parts
        self._str_cache = (root + '/'.join(parts)) or '.'

    def _from_parts(self, root, parts):
        obj = object.__new__(type(self))
        obj._root = root
        obj._parts_cache = list(parts)
        obj._str_cache = (root + '/'.join(parts)) or '.'
        return obj

    def with_segments(self, *pathsegments):
        return type(self)(*pathsegments)

    def __str__(self):
        return self._str_cache

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    def _key(self):
        return str(self)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() < other._parts_key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() <= other._parts_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() > other._parts_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() >= other._parts_key()

    def _parts_key(self):
        return [self._root] + self._parts_cache if self._root else self._parts_cache

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts_cache)
        return tuple(self._parts_cache)

    @property
    def name(self):
        parts = self._parts_cache
        return parts[-1] if parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._root, self._parts_cache[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parts(self._root, self._parts_cache[:-1] + [name])

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        if self._root != other._root:
            raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
        mine, theirs = self._parts_cache, other._parts_cache
        n = 0
        while n < len(mine) and n < len(theirs) and mine[n] == theirs[n]:
            n += 1
        if n < len(theirs):
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if '..' in theirs[n:]:
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
            return self._from_parts('', ['..'] * (len(theirs) - n) + mine[n:])
        return self._from_parts('', mine[n:])

    def is_relative_to(self, other, /, *_deprecated):
        if not isinstance(other, PurePath):
            other = self.with_segments(other, *_deprecated)
        try:
            self.relative_to(other)
            return True
        except ValueError:
            return False

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._parts_cache:
            return self
        return self._from_parts(self._root, self._parts_cache[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._parts_cache:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern, *, case_sensitive=None):
        pat = PurePosixPath(path_pattern)
        pat_parts = pat._parts_cache
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self._parts_cache
        if pat._root:
            if len(pat_parts) != len(parts) or not self._root:
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pp in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pp):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    """PurePath subclass that can make system calls."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        try:
            self.stat(follow_symlinks=follow_symlinks)
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        try:
            return S_ISDIR(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_file(self):
        try:
            return S_ISREG(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_symlink(self):
        try:
            return S_ISLNK(self.lstat().st_mode)
        except (OSError, ValueError):
            return False

    def is_mount(self):
        return str(self) == '/'

    def is_junction(self):
        return False

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if "b" not in mode and encoding is None:
            encoding = "utf-8"
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from_parts(self._root, self._parts_cache + [name])

    def glob(self, pattern, *, case_sensitive=None):
        import glob as _glob
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        base = str(self)
        # Unlike glob.glob, Path.glob matches hidden names, and (as of 3.12)
        # a pattern ending in '**' matches directories only.
        dirs_only = pattern.rstrip('/').split('/')[-1] == '**' or pattern.endswith('/')
        for p in _glob.glob(pattern, root_dir=base, recursive=True, include_hidden=True):
            if p.endswith('/'):
                p = p[:-1]
            if dirs_only and not os.path.isdir(os.path.join(base, p)):
                continue
            yield self / p if p else self

    def rglob(self, pattern, *, case_sensitive=None):
        yield from self.glob('**/' + pattern)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for root, dirs, files in os.walk(self, topdown=top_down, onerror=on_error, followlinks=follow_symlinks):
            yield type(self)(root), dirs, files

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(self, strict=strict))

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def readlink(self):
        return type(self)(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def expanduser(self):
        if self._parts_cache and self._parts_cache[0][:1] == '~':
            return type(self)(os.path.expanduser(str(self)))
        return self

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
