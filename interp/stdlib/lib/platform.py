"""Identify the platform adder runs on (adder)."""

import sys
import os
from collections import namedtuple

uname_result = namedtuple('uname_result', 'system node release version machine')


def system():
    return 'Linux' if sys.platform.startswith('linux') else sys.platform.capitalize()


def node():
    try:
        with open('/etc/hostname') as f:
            return f.read().strip()
    except OSError:
        return ''


def release():
    try:
        with open('/proc/sys/kernel/osrelease') as f:
            return f.read().strip()
    except OSError:
        return ''


def version():
    try:
        with open('/proc/sys/kernel/version') as f:
            return f.read().strip()
    except OSError:
        return ''


def machine():
    return os.environ.get('HOSTTYPE', 'x86_64')


processor = machine


def uname():
    return uname_result(system(), node(), release(), version(), machine())


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_implementation():
    return 'adder'


def python_compiler():
    return 'Go'


def platform(aliased=False, terse=False):
    return '-'.join(x for x in (system(), release(), machine()) if x)


def architecture(executable=None, bits='', linkage=''):
    return ('64bit', 'ELF')
