"""The password database (adder): /etc/passwd entries as struct_passwd."""

import _adder_pwd
from collections import namedtuple as _nt

_base = _nt('struct_passwd', 'pw_name pw_passwd pw_uid pw_gid pw_gecos pw_dir pw_shell')


class struct_passwd(_base):
    """pwd.struct_passwd: Results from getpw*() routines."""
    __slots__ = ()
    n_fields = n_sequence_fields = 7
    n_unnamed_fields = 0

    def __repr__(self):
        return 'pwd.struct_passwd(' + ', '.join('%s=%r' % (k, v) for k, v in zip(self._fields, self)) + ')'


struct_passwd.__module__ = 'pwd'


def getpwall():
    """All entries of the password database."""
    return [struct_passwd(*r) for r in _adder_pwd.passwd()]


def getpwuid(uid, /):
    for r in getpwall():
        if r.pw_uid == uid:
            return r
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name, /):
    if not isinstance(name, str):
        raise TypeError("getpwnam() argument must be str, not %s" % type(name).__name__)
    for r in getpwall():
        if r.pw_name == name:
            return r
    raise KeyError("getpwnam(): name not found: %r" % name)
