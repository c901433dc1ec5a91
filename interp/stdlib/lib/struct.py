"""Functions to convert between Python values and C structs (adder)."""

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'
_struct._set_error(error)


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _struct.calcsize(format)


def pack(format, /, *values):
    """Return a bytes object containing the values packed according to the format string."""
    return _struct.pack(format, *values)


def pack_into(format, buffer, offset, /, *values):
    data = _struct.pack(format, *values)
    # Any writable buffer, as bytes: bytearray, memoryview (of any
    # format), array.array.
    try:
        view = memoryview(buffer)
    except TypeError:
        raise TypeError("argument must be read-write bytes-like object, not %s" % type(buffer).__name__) from None
    if view.readonly:
        raise TypeError("argument must be read-write bytes-like object, not %s" % type(buffer).__name__)
    if view.format != 'B' or view.ndim != 1:
        view = view.cast('B')
    size = view.nbytes
    if offset < 0:
        if offset + len(data) > 0:
            raise error("no space to pack %d bytes at offset %d" % (len(data), offset))
        if offset + size < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, size))
        offset += size
    if size - offset < len(data):
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                    "(actual buffer size is %d)" % (offset + len(data), len(data), offset, size))
    view[offset:offset + len(data)] = data


def unpack(format, buffer, /):
    """Unpack the buffer according to the format string; the size must match calcsize(format)."""
    return _struct.unpack(format, bytes(buffer))


def unpack_from(format, /, buffer, offset=0):
    return _struct.unpack(format, bytes(buffer), offset)


def iter_unpack(format, buffer, /):
    size = calcsize(format)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    buffer = bytes(buffer)
    if len(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return (unpack(format, buffer[i:i + size]) for i in range(0, len(buffer), size))


class Struct:
    """Struct(format): a compiled struct format."""

    def __init__(self, format):
        self.size = _struct.calcsize(format)
        self.format = format if isinstance(format, str) else format.decode('ascii')

    def pack(self, *values):
        return _struct.pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return '<_struct.Struct object at %#x>' % id(self)
