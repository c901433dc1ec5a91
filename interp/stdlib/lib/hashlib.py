"""Secure hashes and message digests (adder; over Go's crypto packages)."""

import _hashlib

algorithms_guaranteed = frozenset({'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'})
algorithms_available = algorithms_guaranteed

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'file_digest')


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    return _hashlib.new(name.lower(), data)


def md5(data=b'', *, usedforsecurity=True):
    return _hashlib.new('md5', data)


def sha1(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha1', data)


def sha224(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha224', data)


def sha256(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha256', data)


def sha384(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha384', data)


def sha512(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha512', data)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
