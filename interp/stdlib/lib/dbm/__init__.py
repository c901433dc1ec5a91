"""Generic interface to DBM-style databases (adder): only the pure Python
dbm.dumb backend is available, so open() creates and reads dumb
databases (NAME.dat / NAME.dir files)."""

import os
import io
import sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_names = ['dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)


def open(file, flag='r', mode=0o666):
    """Open or create a database ('r', 'w', 'c' or 'n')."""
    from . import dumb
    result = whichdb(file) if 'n' not in flag else None
    if result is None:
        if 'c' in flag or 'n' in flag:
            return dumb.open(file, flag, mode)
        raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    elif result == "":
        raise error[0]("db type could not be determined")
    elif result != 'dbm.dumb':
        raise error[0]("db type is {0}, but the module is not available".format(result))
    return dumb.open(file, flag, mode)


def whichdb(filename):
    """Guess which db package to use to open a db file: 'dbm.dumb', None
    if the file is missing, '' if its type is unknown."""
    filename = os.fsencode(filename)
    filename = os.fsdecode(filename)
    try:
        f = io.open(filename + ".dat", "rb")
        f.close()
        f = io.open(filename + ".dir", "rb")
        try:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
        finally:
            f.close()
    except OSError:
        pass
    try:
        os.stat(filename + ".dat")
        size = os.stat(filename + ".dir").st_size
        if size == 0:
            return "dbm.dumb"
    except OSError:
        pass
    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        s16 = f.read(16)
    if len(s16) < 4:
        return ""
    if s16[:6] == b"SQLite":
        return "dbm.sqlite3"
    return ""
