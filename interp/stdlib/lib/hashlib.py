"""Secure hashes and message digests (adder; over Go's crypto packages)."""

import _hashlib

algorithms_guaranteed = frozenset({'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
                                   'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'})
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    lname = name.lower()
    if lname in ('blake2b', 'blake2s'):
        return (blake2b if lname == 'blake2b' else blake2s)(data, **kwargs)
    return _hashlib.new(lname, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    return _hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen)


class _Blake2:
    """BLAKE2 (RFC 7693) with digest size, key, salt and personalization."""

    def __init__(self, data=b'', /, *, digest_size=None, key=b'', salt=b'', person=b'', fanout=1, depth=1,
                 leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True):
        if digest_size is None:
            digest_size = self.MAX_DIGEST_SIZE
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) != (1, 1, 0, 0, 0, 0, False):
            raise NotImplementedError("adder's BLAKE2 supports the sequential mode only")
        self._h = _hashlib.blake2(self._wide, data, digest_size, key, salt, person)

    name = property(lambda self: self._h.name)
    digest_size = property(lambda self: self._h.digest_size)
    block_size = property(lambda self: self._h.block_size)

    def update(self, data, /):
        self._h.update(data)

    def digest(self):
        return self._h.digest()

    def hexdigest(self):
        return self._h.hexdigest()

    def copy(self):
        c = object.__new__(type(self))
        c._h = self._h.copy()
        return c


class blake2b(_Blake2):
    _wide = True
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    _wide = False
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


for _b in (blake2b, blake2s):
    _b.__module__ = '_blake2'
del _b


def sha3_224(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha3_224', data)


def sha3_256(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha3_256', data)


def sha3_384(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha3_384', data)


def sha3_512(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha3_512', data)


def shake_128(data=b'', *, usedforsecurity=True):
    return _hashlib.new('shake_128', data)


def shake_256(data=b'', *, usedforsecurity=True):
    return _hashlib.new('shake_256', data)


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
