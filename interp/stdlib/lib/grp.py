"""The group database (adder): /etc/group entries as struct_group."""

import _adder_pwd
from collections import namedtuple as _nt

_base = _nt('struct_group', 'gr_name gr_passwd gr_gid gr_mem')


class struct_group(_base):
    """grp.struct_group: Results from getgr*() routines."""
    __slots__ = ()
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __repr__(self):
        return 'grp.struct_group(' + ', '.join('%s=%r' % (k, v) for k, v in zip(self._fields, self)) + ')'


struct_group.__module__ = 'grp'


def getgrall():
    """All entries of the group database."""
    return [struct_group(n, p, g, [m for m in mem.split(',') if m]) for n, p, g, mem in _adder_pwd.group()]


def getgrgid(id, /):
    for r in getgrall():
        if r.gr_gid == id:
            return r
    raise KeyError('getgrgid(): gid not found: %d' % id)


def getgrnam(name, /):
    for r in getgrall():
        if r.gr_name == name:
            return r
    raise KeyError("getgrnam(): name not found: %r" % name)
