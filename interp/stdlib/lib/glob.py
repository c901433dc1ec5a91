"""Filename globbing utility (adder): glob, iglob, escape, with '**'
for recursive matching and hidden files skipped unless asked for."""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]

_magic = re.compile('([*?[])')
_magic_b = re.compile(b'([*?[])')


def has_magic(s):
    return (_magic_b if isinstance(s, bytes) else _magic).search(s) is not None


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return a list of paths matching a pathname pattern."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    pathname = os.fspath(pathname)
    root = os.fspath(root_dir) if root_dir is not None else ''
    return iter(_expand(pathname, root, recursive, include_hidden, False))


def _hidden(name):
    return name[:1] in ('.', b'.')


def _entries(root, dirname, dironly):
    path = os.path.join(root, dirname) if root else dirname
    try:
        names = os.listdir(path or os.curdir)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(path, n) if path else n)]
    return names


def _expand(pattern, root, recursive, hidden, dironly, top=True):
    dirname, base = os.path.split(pattern)
    full = lambda p: os.path.join(root, p) if root else p
    if not has_magic(pattern):
        if base:
            return [pattern] if os.path.lexists(full(pattern)) else []
        return [pattern] if os.path.isdir(full(dirname)) else []
    if dirname and has_magic(dirname):
        dirs = _expand(dirname, root, recursive, hidden, True, False)
    else:
        dirs = [dirname]
    out = []
    for d in dirs:
        if recursive and base == '**':
            if not d or os.path.isdir(full(d)):
                out.append(os.path.join(d, '') if d else '')
            for rel in _walk(root, d, dironly, hidden):
                out.append(os.path.join(d, rel) if d else rel)
        elif has_magic(base):
            names = _entries(root, d, dironly)
            if not (hidden or _hidden(base)):
                names = [n for n in names if not _hidden(n)]
            for n in fnmatch.filter(names, base):
                out.append(os.path.join(d, n) if d else n)
        else:
            p = os.path.join(d, base) if d else base
            if (base and os.path.lexists(full(p))) or (not base and os.path.isdir(full(d))):
                out.append(p)
    # A bare '**' matches the directory itself too, which only a pattern
    # with more after it (as for '**/*') may use.
    if top and not dirname and recursive and base == '**' and out and out[0] == '':
        out = out[1:]
    return out


def _walk(root, d, dironly, hidden):
    for n in _entries(root, d, dironly):
        if not hidden and _hidden(n):
            continue
        yield n
        sub = os.path.join(d, n) if d else n
        path = os.path.join(root, sub) if root else sub
        if os.path.isdir(path) and not os.path.islink(path):
            for rest in _walk(root, sub, dironly, hidden):
                yield os.path.join(n, rest)


def escape(pathname):
    """Escape all special characters."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _magic_b.sub(br'[\1]', pathname)
    else:
        pathname = _magic.sub(r'[\1]', pathname)
    return drive + pathname
