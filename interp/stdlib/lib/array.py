"""Efficient arrays of numeric values (adder): array objects hold values
of one C type each, stored as Python values with the C type's range and
precision enforced; tobytes/frombytes use the native little-endian
layout (struct)."""

import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode -> (struct format, item size, name in overflow messages, min, max)
_info = {
    'b': ('b', 1, 'signed char', -128, 127),
    'B': ('B', 1, 'unsigned byte integer', 0, 255),
    'u': (None, 4, None, None, None),
    'h': ('h', 2, 'signed short integer', -32768, 32767),
    'H': ('H', 2, 'unsigned short', 0, 65535),
    'i': ('i', 4, 'signed integer', -2**31, 2**31 - 1),
    'I': ('I', 4, 'unsigned int', 0, 2**32 - 1),
    'l': ('q', 8, 'signed long', -2**63, 2**63 - 1),
    'L': ('Q', 8, 'unsigned long', 0, 2**64 - 1),
    'q': ('q', 8, 'signed long long', -2**63, 2**63 - 1),
    'Q': ('Q', 8, 'unsigned long long', 0, 2**64 - 1),
    'f': ('f', 4, None, None, None),
    'd': ('d', 8, None, None, None),
}


def _check(tc, v):
    """Validate (and for 'f', round) one value for typecode tc."""
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if tc in 'fd':
        if isinstance(v, (int, float)) and not isinstance(v, bool) or isinstance(v, bool):
            v = float(v)
        elif hasattr(type(v), '__float__'):
            v = float(v)
        else:
            raise TypeError("must be real number, not %s" % type(v).__name__)
        if tc == 'f':
            v = _struct.unpack('f', _struct.pack('f', v))[0]
        return v
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    fmt, size, name, lo, hi = _info[tc]
    if v < lo:
        if tc in 'lq':
            raise OverflowError("Python int too large to convert to C long")
        if tc in 'LQ' or tc in 'IH':
            raise OverflowError("%s is less than minimum" % name if tc in 'H' else
                                "can't convert negative int to unsigned" if tc in 'LQ' else
                                "%s is less than minimum" % name)
        raise OverflowError("%s is less than minimum" % name)
    if v > hi:
        if tc in 'lq':
            raise OverflowError("Python int too large to convert to C long")
        if tc in 'LQ':
            raise OverflowError("Python int too large to convert to C unsigned long")
        raise OverflowError("%s is greater than maximum" % name)
    return int(v)


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate
    type."""

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in _info:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, array):
            if initializer._tc != typecode and (typecode == 'u' or initializer._tc == 'u'):
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(list(initializer))
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self.fromunicode(initializer)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _info[self._tc][1]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = array(self._tc)
        a._items = list(items)
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = list(v._items)
            return
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def _same(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")

    def __add__(self, other):
        self._same(other)
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        self._same(other)
        self._items += other._items
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items >= o

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._tc
        if self._tc == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self._tc, self._items)

    def __copy__(self):
        return self._new(self._items)

    def __deepcopy__(self, memo):
        return self._new(self._items)

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._items)), getattr(self, '__dict__', None) or None)

    def append(self, v, /):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        self._items.extend([_check(self._tc, v) for v in iterable])

    def insert(self, i, v, /):
        self._items.insert(i, _check(self._tc, v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None, /):
        items = self._items
        if stop is None:
            stop = len(items)
        try:
            return items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst, /):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self.extend(lst)

    def tobytes(self):
        if self._tc == 'u':
            return ''.join(self._items).encode('utf-32-le')
        fmt = _info[self._tc][0]
        return _struct.pack('<%d%s' % (len(self._items), fmt), *self._items)

    def frombytes(self, buffer, /):
        data = bytes(buffer)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._tc == 'u':
            self._items.extend(data.decode('utf-32-le'))
            return
        fmt = _info[self._tc][0]
        self._items.extend(_struct.unpack('<%d%s' % (len(data) // size, fmt), data))

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, s, /):
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def byteswap(self):
        if self._tc == 'u':
            return
        fmt = _info[self._tc][0]
        n = len(self._items)
        data = _struct.pack('<%d%s' % (n, fmt), *self._items)
        self._items = list(_struct.unpack('>%d%s' % (n, fmt), data))

    def tofile(self, f, /):
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        size = self.itemsize
        data = f.read(n * size)
        if len(data) < n * size:
            self.frombytes(data[:len(data) - len(data) % size])
            raise EOFError("read() didn't return enough bytes")
        self.frombytes(data)

    __class_getitem__ = classmethod(lambda cls, item: cls)


ArrayType = array
