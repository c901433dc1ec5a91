"""OS routines for POSIX (adder): a subset of os over Go's os package."""

import sys
import _adder_os
import stat as _stat
import abc as _abc
import posixpath as path

sys.modules['os.path'] = path

from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

name = 'posix'
linesep = '\n'
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
O_RDONLY = _adder_os.O_RDONLY
O_WRONLY = _adder_os.O_WRONLY
O_RDWR = _adder_os.O_RDWR
O_APPEND = _adder_os.O_APPEND
O_CREAT = _adder_os.O_CREAT
O_EXCL = _adder_os.O_EXCL
O_TRUNC = _adder_os.O_TRUNC

error = OSError


def fspath(p):
    """Return the file system path representation of the object."""
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(type(p).__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        # As collections.abc's _check_methods: the first class in the MRO
        # defining __fspath__ decides (None there opts out).
        if cls is PathLike:
            for c in subclass.__mro__:
                if '__fspath__' in c.__dict__:
                    return NotImplemented if c.__dict__['__fspath__'] is None else True
        return NotImplemented

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class _Environ(dict):
    """os.environ: a dict that also sets the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        _adder_os.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _adder_os.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            _adder_os.unsetenv(key)
        return dict.pop(self, key, *default)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), /, **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ({' + ', '.join(f'{k!r}: {v!r}' for k, v in self.items()) + '})'


environ = _Environ(_adder_os.environ())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    _adder_os.putenv(key, value)


def unsetenv(key):
    _adder_os.unsetenv(key)


def getcwd():
    return _adder_os.getcwd()


def getcwdb():
    return _adder_os.getcwd().encode()


def chdir(p):
    _adder_os.chdir(fspath(p))


def listdir(path='.'):
    p = fspath(path)
    names = _adder_os.listdir(p)
    if isinstance(p, bytes):
        return [n.encode() for n in names]
    return names


def mkdir(path, mode=0o777, *, dir_fd=None):
    _adder_os.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _adder_os.rmdir(fspath(path))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    _adder_os.remove(fspath(path))


unlink = remove


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _adder_os.rename(fspath(src), fspath(dst))


replace = rename


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)


class stat_result:
    """The result of os.stat(): a 10-item sequence with named fields (the
    float times are the st_*time attributes; the items hold ints)."""

    n_fields = n_sequence_fields = 10
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')
    __slots__ = ('_items', '_times')

    def __init__(self, values):
        values = tuple(values)
        self._items = tuple(int(v) for v in values[:10])
        self._times = values[7:10]

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._items == other._items
        return self._items == other

    def __hash__(self):
        return hash(self._items)

    st_mode = property(lambda self: self._items[0])
    st_ino = property(lambda self: self._items[1])
    st_dev = property(lambda self: self._items[2])
    st_nlink = property(lambda self: self._items[3])
    st_uid = property(lambda self: self._items[4])
    st_gid = property(lambda self: self._items[5])
    st_size = property(lambda self: self._items[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: int(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: int(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: int(self._times[2] * 1e9))

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(f'{n}={self._items[i]}' for i, n in enumerate(self._names)) + ')'


class statvfs_result(tuple):
    """The result of os.statvfs(): 10 items with named fields, plus f_fsid."""

    n_fields = 11
    n_sequence_fields = 10
    _names = ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail',
              'f_flag', 'f_namemax')

    def __new__(cls, values):
        values = tuple(values)
        self = tuple.__new__(cls, values[:10])
        self._fsid = values[10] if len(values) > 10 else 0
        return self

    f_bsize = property(lambda self: self[0])
    f_frsize = property(lambda self: self[1])
    f_blocks = property(lambda self: self[2])
    f_bfree = property(lambda self: self[3])
    f_bavail = property(lambda self: self[4])
    f_files = property(lambda self: self[5])
    f_ffree = property(lambda self: self[6])
    f_favail = property(lambda self: self[7])
    f_flag = property(lambda self: self[8])
    f_namemax = property(lambda self: self[9])
    f_fsid = property(lambda self: self._fsid)

    def __repr__(self):
        return 'os.statvfs_result(' + ', '.join('%s=%r' % (n, v) for n, v in zip(self._names, self)) + ')'


def statvfs(path):
    """File system statistics of the file system holding path."""
    if not hasattr(_adder_os, 'statvfs'):
        raise OSError("statvfs is not available on this system")
    return statvfs_result(_adder_os.statvfs(fspath(path)))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        return stat_result(_adder_os.fstat(path))
    p = fspath(path)
    return stat_result(_adder_os.stat(p) if follow_symlinks else _adder_os.lstat(p))


def lstat(path, *, dir_fd=None):
    return stat_result(_adder_os.lstat(fspath(path)))


def fstat(fd):
    return stat_result(_adder_os.fstat(fd))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _adder_os.chmod(fspath(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if ns is not None:
        times = (ns[0] / 1e9, ns[1] / 1e9)
    if times is None:
        _adder_os.utime(fspath(path))
    else:
        _adder_os.utime(fspath(path), times[0], times[1])


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _adder_os.access(fspath(path), mode)


def readlink(path, *, dir_fd=None):
    return _adder_os.readlink(fspath(path))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _adder_os.symlink(fspath(src), fspath(dst))


def getpid():
    return _adder_os.getpid()


def getppid():
    return _adder_os.getppid()


def getuid():
    return _adder_os.getuid()


def cpu_count():
    return _adder_os.cpu_count()


def process_cpu_count():
    return _adder_os.cpu_count()


def urandom(size, /):
    return _adder_os.urandom(size)


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _adder_os.open(fspath(path), flags, mode)


def read(fd, n, /):
    return _adder_os.read(fd, n)


def write(fd, data, /):
    return _adder_os.write(fd, bytes(data))


def close(fd):
    _adder_os.close(fd)


def lseek(fd, position, whence, /):
    return _adder_os.lseek(fd, position, whence)


def isatty(fd, /):
    return False


def get_terminal_size(fd=1):
    return terminal_size((int(environ.get('COLUMNS', 80)), int(environ.get('LINES', 24))))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


class DirEntry:
    """An entry yielded by scandir()."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISDIR(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return _stat.S_ISREG(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_symlink(self):
        try:
            return _stat.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except OSError:
            return False

    def is_junction(self):
        return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, p):
        self._entries = iter([DirEntry(p, n) for n in _adder_os.listdir(p)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator."""
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            is_dir = entry.is_dir()
            if is_dir:
                dirs.append(entry.name)
                if not topdown and (followlinks or not entry.is_symlink()):
                    walk_dirs.append(entry.path)
            else:
                nondirs.append(entry.name)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


def strerror(code):
    return {2: 'No such file or directory', 13: 'Permission denied', 17: 'File exists',
            20: 'Not a directory', 21: 'Is a directory'}.get(code, f'Unknown error {code}')


def system(command):
    """Run command in a subshell; return its wait status (code << 8).
    Its output goes to sys.stdout/sys.stderr (see subprocess)."""
    import subprocess
    code = subprocess.call(command, shell=True)
    return (-code) & 0x7f if code < 0 else code << 8


def kill(pid, signal, /):
    """Send a signal to a process; to this process it is delivered at once
    (its Python handler runs before kill returns)."""
    import signal as _signal
    _signal._kill(pid, signal)


def killpg(pgid, signal, /):
    import _adder_signal
    _adder_signal.killpg(pgid, signal)


def getpgrp():
    import _adder_signal
    return _adder_signal.getpgrp()


def getpgid(pid):
    import _adder_signal
    return _adder_signal.getpgid(pid)


def waitstatus_to_exitcode(status):
    if status & 0x7f:
        return -(status & 0x7f)
    return status >> 8


class _wrap_close:
    """What popen returns: a text stream whose close() gives the status."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE)
    return _wrap_close(proc.stdin, proc)


def uname():
    import platform
    return platform.uname()


supports_bytes_environ = True
sep = '/'
