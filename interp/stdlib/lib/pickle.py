"""Serialize Python objects to bytes and back (adder).

Pickler writes protocols 2 to 5 (protocol 4, the default, byte for byte
as CPython does for the builtin types, plain classes and __reduce__
results of pickles under 64 KiB; protocols 0 and 1 are written as 2).
Unpickler reads every protocol, 0 to 5. Out-of-band buffers
(PickleBuffer) are not supported."""

import sys
import io
import struct
import copyreg
from copyreg import dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps",
           "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Opcodes.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4


def encode_long(x):
    """Little-endian two's complement bytes of x (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


_object_reduce_ex = object.__reduce_ex__


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.memo = {}
        self.proto = int(protocol)
        self._wproto = max(self.proto, 2)
        self.bin = True
        self.fast = 0
        self.fix_imports = fix_imports and self._wproto < 3

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        self._out = bytearray()
        self._save(obj)
        self._out += STOP
        body = bytes(self._out)
        head = PROTO + bytes([self._wproto])
        if self._wproto >= 4 and len(body) >= _FRAME_SIZE_MIN:
            head += FRAME + struct.pack("<Q", len(body))
        self._file_write(head + body)
        self._out = None

    def _write(self, b):
        self._out += b

    def _memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self._wproto >= 4:
            self._write(MEMOIZE)
        elif idx < 256:
            self._write(BINPUT + bytes([idx]))
        else:
            self._write(LONG_BINPUT + struct.pack("<I", idx))
        self.memo[id(obj)] = idx, obj

    def _get(self, i):
        if i < 256:
            return BINGET + bytes([i])
        return LONG_BINGET + struct.pack("<I", i)

    def persistent_id(self, obj):
        return None

    def _save(self, obj, save_persistent_id=True):
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save(pid)
                self._write(BINPERSID)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self._write(self._get(x[0]))
            return
        t = type(obj)
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type):
                self._save_global(obj)
                return
            else:
                rv = self._reduce(obj)
        if isinstance(rv, str):
            self._save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % reduce)
        if not (2 <= len(rv) <= 6):
            raise PicklingError("Tuple returned by %s must have two to six elements" % reduce)
        self._save_reduce(*rv, obj=obj)

    def _reduce(self, obj):
        """The reduce tuple of obj: its own __reduce_ex__/__reduce__, or the
        default for instances of Python classes (protocol 2+ form)."""
        t = type(obj)
        rex = getattr(t, '__reduce_ex__', None)
        if rex is not None and rex is not _object_reduce_ex:
            return obj.__reduce_ex__(self.proto)
        red = getattr(t, '__reduce__', None)
        if red is not None and red is not getattr(object, '__reduce__', None):
            return obj.__reduce__()
        return self._default_reduce(obj)

    def _default_reduce(self, obj):
        cls = type(obj)
        if not hasattr(obj, '__dict__') and not getattr(cls, '__slots__', None) and cls.__module__ == 'builtins':
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        kwargs = None
        getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
        if getnewargs_ex is not None:
            args, kwargs = getnewargs_ex()
        else:
            getnewargs = getattr(obj, '__getnewargs__', None)
            args = getnewargs() if getnewargs is not None else ()
        getstate = getattr(obj, '__getstate__', None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(obj, '__dict__', None)
            if state is not None and not state:
                state = None
            slots = {}
            for name in copyreg._slotnames(cls):
                try:
                    slots[name] = getattr(obj, name)
                except AttributeError:
                    pass
            if slots:
                state = (state, slots)
        listitems = iter(obj) if isinstance(obj, list) else None
        dictitems = iter(obj.items()) if isinstance(obj, dict) else None
        if kwargs:
            return (copyreg.__newobj_ex__, (cls, tuple(args), kwargs), state, listitems, dictitems)
        return (copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems)

    def _save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *,
                     obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        write = self._write
        func_name = getattr(func, "__name__", "")
        if func_name == "__newobj_ex__":
            cls, args, kwargs = args
            self._save(cls)
            self._save(args)
            self._save(kwargs)
            write(NEWOBJ_EX)
        elif func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self._save(cls)
            self._save(args[1:])
            write(NEWOBJ)
        else:
            self._save(func)
            self._save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self._get(self.memo[id(obj)][0]))
            else:
                self._memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self._save(state)
                write(BUILD)
            else:
                self._save(state_setter)
                self._save(obj)
                self._save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def _save_none(self, obj):
        self._write(NONE)

    def _save_bool(self, obj):
        self._write(NEWTRUE if obj else NEWFALSE)

    def _save_long(self, obj):
        if obj >= 0:
            if obj <= 0xff:
                self._write(BININT1 + bytes([obj]))
                return
            if obj <= 0xffff:
                self._write(BININT2 + struct.pack("<H", obj))
                return
        if -0x80000000 <= obj <= 0x7fffffff:
            self._write(BININT + struct.pack("<i", obj))
            return
        encoded = encode_long(obj)
        n = len(encoded)
        if n < 256:
            self._write(LONG1 + bytes([n]) + encoded)
        else:
            self._write(LONG4 + struct.pack("<i", n) + encoded)

    def _save_float(self, obj):
        self._write(BINFLOAT + struct.pack('>d', obj))

    def _save_bytes(self, obj):
        if self._wproto < 3:
            # Protocol 2 has no bytes opcodes: _codecs.encode(text, 'latin1').
            if not obj:
                self._save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self._save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self._wproto >= 4:
            self._write(BINBYTES8 + struct.pack("<Q", n) + obj)
        else:
            self._write(BINBYTES + struct.pack("<I", n) + obj)
        self._memoize(obj)

    def _save_bytearray(self, obj):
        if self._wproto < 5:
            self._save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write(BYTEARRAY8 + struct.pack("<Q", len(obj)) + bytes(obj))
        self._memoize(obj)

    def _save_str(self, obj):
        encoded = obj.encode('utf-8', 'surrogatepass')
        n = len(encoded)
        if n <= 0xff and self._wproto >= 4:
            self._write(SHORT_BINUNICODE + bytes([n]) + encoded)
        elif n > 0xffffffff and self._wproto >= 4:
            self._write(BINUNICODE8 + struct.pack("<Q", n) + encoded)
        else:
            self._write(BINUNICODE + struct.pack("<I", n) + encoded)
        self._memoize(obj)

    def _save_tuple(self, obj):
        if not obj:
            self._write(EMPTY_TUPLE)
            return
        n = len(obj)
        save = self._save
        memo = self.memo
        if n <= 3:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self._write(POP * n + self._get(memo[id(obj)][0]))
            else:
                self._write(_tuplesize2code[n])
                self._memoize(obj)
            return
        self._write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            self._write(POP_MARK + self._get(memo[id(obj)][0]))
            return
        self._write(TUPLE)
        self._memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST)
        self._memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        items = list(items)
        for i in range(0, len(items), _BATCHSIZE):
            batch = items[i:i + _BATCHSIZE]
            if len(batch) > 1:
                self._write(MARK)
                for x in batch:
                    self._save(x)
                self._write(APPENDS)
            else:
                self._save(batch[0])
                self._write(APPEND)

    def _save_dict(self, obj):
        self._write(EMPTY_DICT)
        self._memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        items = list(items)
        for i in range(0, len(items), _BATCHSIZE):
            batch = items[i:i + _BATCHSIZE]
            if len(batch) > 1:
                self._write(MARK)
                for k, v in batch:
                    self._save(k)
                    self._save(v)
                self._write(SETITEMS)
            else:
                k, v = batch[0]
                self._save(k)
                self._save(v)
                self._write(SETITEM)

    def _save_set(self, obj):
        if self._wproto < 4:
            self._save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self._memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCHSIZE):
            self._write(MARK)
            for item in items[i:i + _BATCHSIZE]:
                self._save(item)
            self._write(ADDITEMS)

    def _save_frozenset(self, obj):
        if self._wproto < 4:
            self._save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(MARK)
        for item in obj:
            self._save(item)
        if id(obj) in self.memo:
            self._write(POP_MARK + self._get(self.memo[id(obj)][0]))
            return
        self._write(FROZENSET)
        self._memoize(obj)

    def _save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module_name, name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self._wproto >= 4:
            self._save(module_name)
            self._save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            self._save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.fix_imports:
                module_name, name = _reverse_names.get((module_name, name), (module_name, name))
                module_name = _reverse_modules.get(module_name, module_name)
            self._write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        self._memoize(obj)

    def _save_function(self, obj):
        name = getattr(obj, '__qualname__', obj.__name__)
        if '<lambda>' in name or '<locals>' in name:
            module_name = whichmodule(obj, name)
            last = '<lambda>' if '<lambda>' in name else name
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, last, module_name))
        self._save_global(obj)

    def _save_type(self, obj):
        if obj is type(None):
            return self._save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self._save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self._save_reduce(type, (...,), obj=obj)
        return self._save_global(obj)

    def _save_method(self, obj):
        # A bound method pickles as getattr(its object, its name).
        self._save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)

    def _save_complex(self, obj):
        self._save_reduce(complex, (obj.real, obj.imag), obj=obj)

    def _save_range(self, obj):
        self._save_reduce(range, (obj.start, obj.stop, obj.step), obj=obj)

    def _save_slice(self, obj):
        self._save_reduce(slice, (obj.start, obj.stop, obj.step), obj=obj)

    _dispatch = {}


def _f():
    pass


class _C:
    def _m(self):
        pass


Pickler._dispatch = {
    type(None): Pickler._save_none, bool: Pickler._save_bool, int: Pickler._save_long,
    float: Pickler._save_float, bytes: Pickler._save_bytes, bytearray: Pickler._save_bytearray,
    str: Pickler._save_str, tuple: Pickler._save_tuple, list: Pickler._save_list,
    dict: Pickler._save_dict, set: Pickler._save_set, frozenset: Pickler._save_frozenset,
    type(_f): Pickler._save_function, type(len): Pickler._save_global, type: Pickler._save_type,
    complex: Pickler._save_complex, range: Pickler._save_range, slice: Pickler._save_slice,
    type(_C()._m): Pickler._save_method,
}
del _f, _C


# ---------------------------------------------------------------- unpickling

# Python 2 names that protocols 0-2 use for some Python 3 ones.
_reverse_modules = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue'}
_reverse_names = {('builtins', 'range'): ('__builtin__', 'xrange'), ('builtins', 'str'): ('__builtin__', 'unicode'),
                  ('builtins', 'int'): ('__builtin__', 'long'), ('builtins', 'chr'): ('__builtin__', 'unichr'),
                  ('functools', 'reduce'): ('__builtin__', 'reduce'), ('sys', 'intern'): ('__builtin__', 'intern')}
_compat_modules = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
                   'UserDict': 'collections', 'UserList': 'collections', 'exceptions': 'builtins'}
_compat_names = {('__builtin__', 'xrange'): ('builtins', 'range'),
                 ('__builtin__', 'unicode'): ('builtins', 'str'),
                 ('__builtin__', 'long'): ('builtins', 'int'),
                 ('__builtin__', 'basestring'): ('builtins', 'str')}


class Unpickler:
    """Reads a pickle from a binary file and rebuilds the object."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read a pickled object from the file and return it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" %
                                  (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        read = self._file_read
        dispatch = self._dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, %r." % bytes(key).decode('latin-1'))
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def _read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load function was specified.")

    def find_class(self, module, name):
        """Return the object module.name (the class or function named)."""
        sys.audit('pickle.find_class', module, name) if hasattr(sys, 'audit') else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_names:
                module, name = _compat_names[(module, name)]
            elif module in _compat_modules:
                module = _compat_modules[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    # opcode handlers
    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        self._read(8)

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'I00\n'[1:]:
            val = False
        elif data == b'I01\n'[1:]:
            val = True
        else:
            val = int(data, 0)
        self.append(val)

    def load_binint(self):
        self.append(struct.unpack('<i', self._read(4))[0])

    def load_binint1(self):
        self.append(self._read(1)[0])

    def load_binint2(self):
        self.append(struct.unpack('<H', self._read(2))[0])

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))

    def load_long4(self):
        n, = struct.unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))

    def load_float(self):
        self.append(float(self._readline()[:-1]))

    def load_binfloat(self):
        self.append(struct.unpack('>d', self._read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import _codecs
        self.append(self._decode_string(_codecs.escape_decode(data)[0]))

    def load_binstring(self):
        n, = struct.unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n, = struct.unpack('<I', self._read(4))
        self.append(bytes(self._read(n)))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(bytes(self._read(n)))

    def load_binbytes8(self):
        n, = struct.unpack('<Q', self._read(8))
        self.append(bytes(self._read(n)))

    def load_bytearray8(self):
        n, = struct.unpack('<Q', self._read(8))
        self.append(bytearray(self._read(n)))

    def load_unicode(self):
        import _codecs
        self.append(_codecs.raw_unicode_escape_decode(self._readline()[:-1])[0])

    def load_binunicode(self):
        n, = struct.unpack('<I', self._read(4))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = struct.unpack('<Q', self._read(8))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        obj = cls.__new__(cls, *args)
        self.append(obj)

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        obj = cls.__new__(cls, *args, **kwargs)
        self.append(obj)

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        klass = self.find_class(module, name)
        self.append(klass)

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        raise UnpicklingError("unregistered extension code %d" % code)

    def load_ext1(self):
        self._load_ext(self._read(1)[0])

    def load_ext2(self):
        self._load_ext(struct.unpack('<H', self._read(2))[0])

    def load_ext4(self):
        self._load_ext(struct.unpack('<i', self._read(4))[0])

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self.stack[-1])

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._readline()[:-1]))

    def load_binget(self):
        self._memo_get(self._read(1)[0])

    def load_long_binget(self):
        self._memo_get(struct.unpack('<I', self._read(4))[0])

    def load_put(self):
        i = int(self._readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def load_binput(self):
        self.memo[self._read(1)[0]] = self.stack[-1]

    def load_long_binput(self):
        i, = struct.unpack('<I', self._read(4))
        self.memo[i] = self.stack[-1]

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            for item in items:
                set_obj.add(item)

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def load_readonly_buffer(self):
        pass

    _dispatch = {}


for _name, _code in [('proto', PROTO), ('frame', FRAME), ('persid', PERSID), ('binpersid', BINPERSID),
                     ('none', NONE), ('false', NEWFALSE), ('true', NEWTRUE), ('int', INT),
                     ('binint', BININT), ('binint1', BININT1), ('binint2', BININT2), ('long', LONG),
                     ('long1', LONG1), ('long4', LONG4), ('float', FLOAT), ('binfloat', BINFLOAT),
                     ('string', STRING), ('binstring', BINSTRING), ('short_binstring', SHORT_BINSTRING),
                     ('binbytes', BINBYTES), ('short_binbytes', SHORT_BINBYTES), ('binbytes8', BINBYTES8),
                     ('bytearray8', BYTEARRAY8), ('unicode', UNICODE), ('binunicode', BINUNICODE),
                     ('short_binunicode', SHORT_BINUNICODE), ('binunicode8', BINUNICODE8),
                     ('tuple', TUPLE), ('empty_tuple', EMPTY_TUPLE), ('tuple1', TUPLE1), ('tuple2', TUPLE2),
                     ('tuple3', TUPLE3), ('empty_list', EMPTY_LIST), ('empty_dictionary', EMPTY_DICT),
                     ('empty_set', EMPTY_SET), ('frozenset', FROZENSET), ('list', LIST), ('dict', DICT),
                     ('inst', INST), ('obj', OBJ), ('newobj', NEWOBJ), ('newobj_ex', NEWOBJ_EX),
                     ('global', GLOBAL), ('stack_global', STACK_GLOBAL), ('ext1', EXT1), ('ext2', EXT2),
                     ('ext4', EXT4), ('reduce', REDUCE), ('pop', POP), ('pop_mark', POP_MARK), ('dup', DUP),
                     ('get', GET), ('binget', BINGET), ('long_binget', LONG_BINGET), ('put', PUT),
                     ('binput', BINPUT), ('long_binput', LONG_BINPUT), ('memoize', MEMOIZE),
                     ('append', APPEND), ('appends', APPENDS), ('setitem', SETITEM), ('setitems', SETITEMS),
                     ('additems', ADDITEMS), ('build', BUILD), ('mark', MARK), ('stop', STOP),
                     ('next_buffer', NEXT_BUFFER), ('readonly_buffer', READONLY_BUFFER)]:
    Unpickler._dispatch[_code[0]] = getattr(Unpickler, 'load_' + _name)
del _name, _code


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    file = io.BytesIO(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()
