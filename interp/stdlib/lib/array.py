"""Efficient arrays of numeric values (adder): array objects hold values
of one C type each in a bytearray, in the machine's native layout, read
and written through a memoryview cast to the type code. The buffer
protocol (__buffer__) lends that memory, so memoryview(a) shares it:
writes through either side are seen by the other. 'u' arrays hold UCS-4
code points."""

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


# typecode -> (bytearray of one item, its cast view): append packs one
# value through these instead of struct.
_one = {}


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate
    type."""

    __slots__ = ('_tc', '_b', '_mv')

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in _info:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._b = bytearray()
        self._mv = None
        if initializer is None:
            return
        if isinstance(initializer, array):
            if initializer._tc != typecode and (typecode == 'u' or initializer._tc == 'u'):
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(initializer.tolist())
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self.fromunicode(initializer)
        else:
            self.extend(initializer)

    # The view of the store as items; remade after the store is resized
    # (a cast view's length is fixed).
    def _v(self):
        mv = self._mv
        if mv is None:
            mv = self._mv = memoryview(self._b).cast('I' if self._tc == 'u' else self._tc)
        return mv

    def _set_bytes(self, data):
        self._b[:] = data
        self._mv = None

    def _pack(self, values):
        """The native bytes of already checked values."""
        if self._tc == 'u':
            return ''.join(values).encode('utf-32-le')
        fmt = _info[self._tc][0]
        return _struct.pack('=%d%s' % (len(values), fmt), *values)

    def _items(self):
        if self._tc == 'u':
            return [chr(c) for c in self._v().tolist()]
        return self._v().tolist()

    def _set_items(self, items):
        self._set_bytes(self._pack(items))

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _info[self._tc][1]

    def __buffer__(self, flags, /):
        return self._v()

    def __release_buffer__(self, view, /):
        pass

    def __len__(self):
        return len(self._b) // _info[self._tc][1]

    def __iter__(self):
        return iter(self._items())

    def __contains__(self, v):
        return v in self._items()

    def _new(self, items):
        a = array(self._tc)
        a._set_items(list(items))
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            a = array(self._tc)
            a._set_bytes(self._v()[i].tobytes())
            return a
        try:
            v = self._v()[i]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None
        return chr(v) if self._tc == 'u' else v

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            items = self._items()
            items[i] = v._items()
            self._set_items(items)
            return
        v = _check(self._tc, v)
        try:
            self._v()[i] = ord(v) if self._tc == 'u' else v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        items = self._items()
        try:
            del items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        self._set_items(items)

    def _same(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")

    def __add__(self, other):
        self._same(other)
        a = array(self._tc)
        a._set_bytes(self._b + other._b)
        return a

    def __iadd__(self, other):
        self._same(other)
        self._b += other._b
        self._mv = None
        return self

    def __mul__(self, n):
        a = array(self._tc)
        a._set_bytes(self._b * n)
        return a

    __rmul__ = __mul__

    def __imul__(self, n):
        self._set_bytes(self._b * n)
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._items()

    def __eq__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items() == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items() != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items() < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items() <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items() > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items() >= o

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not len(self._b):
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return "%s('u', %r)" % (name, self.tounicode())
        return "%s('%s', %r)" % (name, self._tc, self._items())

    def __copy__(self):
        a = array(self._tc)
        a._set_bytes(self._b)
        return a

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, self._items()), getattr(self, '__dict__', None) or None)

    def append(self, v, /):
        v = _check(self._tc, v)
        tc = self._tc
        one = _one.get(tc)
        if one is None:
            b = bytearray(_info[tc][1])
            one = _one[tc] = (b, memoryview(b).cast('I' if tc == 'u' else tc))
        one[1][0] = ord(v) if tc == 'u' else v
        self._b += one[0]
        self._mv = None

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._b += iterable._b
            self._mv = None
            return
        self._b += self._pack([_check(self._tc, v) for v in iterable])
        self._mv = None

    def insert(self, i, v, /):
        items = self._items()
        items.insert(i, _check(self._tc, v))
        self._set_items(items)

    def pop(self, i=-1, /):
        n = len(self)
        if not n:
            raise IndexError("pop from empty array")
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("pop index out of range")
        v = self[i]
        size = _info[self._tc][1]
        del self._b[i * size:(i + 1) * size]
        self._mv = None
        return v

    def remove(self, v, /):
        items = self._items()
        try:
            items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None
        self._set_items(items)

    def index(self, v, start=0, stop=None, /):
        items = self._items()
        if stop is None:
            stop = len(items)
        try:
            return items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        return self._items().count(v)

    def reverse(self):
        items = self._items()
        items.reverse()
        self._set_items(items)

    def buffer_info(self):
        return (id(self._b), len(self))

    def tolist(self):
        return self._items()

    def fromlist(self, lst, /):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self.extend(lst)

    def tobytes(self):
        return bytes(self._b)

    def frombytes(self, buffer, /):
        data = bytes(buffer)
        if len(data) % _info[self._tc][1]:
            raise ValueError("bytes length not a multiple of item size")
        self._b += data
        self._mv = None

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return bytes(self._b).decode('utf-32-le')

    def fromunicode(self, s, /):
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._b += s.encode('utf-32-le')
        self._mv = None

    def byteswap(self):
        size = _info[self._tc][1]
        b = self._b
        for k in range(0, len(b), size):
            b[k:k + size] = b[k:k + size][::-1]

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
