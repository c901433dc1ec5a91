"""Common operations on Posix pathnames (adder's os.path)."""

import _adder_os
import stat as _stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath", "isjunction"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    return f(p)


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith('/' if isinstance(s, str) else b'/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    sep = '/' if isinstance(a, str) else b'/'
    path = a
    for b in map(_fspath, p):
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final slash."""
    p = _fspath(p)
    sep = '/' if isinstance(p, str) else b'/'
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    p = _fspath(p)
    sep = '/' if isinstance(p, str) else b'/'
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    elif p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    sep = '/' if isinstance(p, str) else b'/'
    return p[p.rfind(sep) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    sep = '/' if isinstance(p, str) else b'/'
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def _stat_or_none(path, follow=True):
    try:
        return (_adder_os.stat if follow else _adder_os.lstat)(_fspath(path))
    except (OSError, ValueError):
        return None


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return _stat_or_none(path) is not None


def lexists(path):
    return _stat_or_none(path, False) is not None


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and _stat.S_ISDIR(st[0])


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and _stat.S_ISREG(st[0])


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and _stat.S_ISLNK(st[0])


def isjunction(path):
    return False


def ismount(path):
    return _fspath(path) in ('/', b'/')


def getsize(filename):
    return _adder_os.stat(_fspath(filename))[6]


def getmtime(filename):
    return _adder_os.stat(_fspath(filename))[8]


def getatime(filename):
    return _adder_os.stat(_fspath(filename))[7]


def getctime(filename):
    return _adder_os.stat(_fspath(filename))[9]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    a, b = _adder_os.stat(_fspath(f1)), _adder_os.stat(_fspath(f2))
    return a[1] == b[1] and a[2] == b[2]


def sameopenfile(fp1, fp2):
    a, b = _adder_os.fstat(fp1), _adder_os.fstat(fp2)
    return a[1] == b[1] and a[2] == b[2]


def expanduser(path):
    """Expand ~ and ~user constructions."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return path
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        userhome = os.environ.get('HOME', '/')
    else:
        return path
    userhome = userhome.rstrip('/')
    return (userhome + path[i:]) or '/'


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables are left unchanged."""
    path = _fspath(path)
    if isinstance(path, bytes) or '$' not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path[i + 1:i + 2] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end])
        i = end if end > i else i + 1
    return ''.join(out)


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = path.startswith(sep)
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = sep.join(comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = _adder_os.getcwd().encode()
        else:
            cwd = _adder_os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    if strict:
        _adder_os.stat(filename)
    return _adder_os.realpath(filename)


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if start is None:
        start = curdir
    start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    try:
        split_paths = [path.split(sep) for path in paths]
        isabs_set = {p.startswith(sep) for p in paths}
    except TypeError:
        raise TypeError("Can't mix strings and bytes in path components") from None
    if len(isabs_set) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if paths[0].startswith(sep) else sep[:0]
    return prefix + sep.join(common)
