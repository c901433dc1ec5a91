# Follow-up fixes: exception base layouts, issubclass hooks, and others.
import itertools

# Builtin exception bases combine when their instance layouts agree.
names = ["OSError", "ValueError", "KeyError", "AttributeError", "ImportError", "TypeError", "StopIteration",
         "SyntaxError", "UnicodeError", "UnicodeDecodeError", "NameError", "SystemExit", "RuntimeError",
         "BaseExceptionGroup", "ConnectionError", "ArithmeticError"]
for a, b in itertools.permutations(names, 2):
    try:
        type("X", (eval(a), eval(b)), {})
        r = "ok"
    except TypeError as e:
        r = str(e)
    print(a, b, r)


class OSValue(OSError, ValueError):
    pass


e = OSValue(2, "missing")
print(OSValue.__mro__, OSValue.__base__, e.errno, e.strerror, isinstance(e, ValueError), str(e))
try:
    raise OSValue(5, "io")
except ValueError as caught:
    print("caught as ValueError:", caught)


class Checker:
    def __subclasscheck__(self, sub):
        return sub is list


print(issubclass(list, Checker()), issubclass(int, Checker()))
import typing
print(issubclass(list, typing.Sequence), issubclass(int, typing.Sequence))
try:
    issubclass(list, 3)
except TypeError as err:
    print(err)

# Lone surrogates count as one code point.
s = chr(0xd800)
print(len(s), repr(s), ascii(s), len("a" + s + "b"), repr("a\udcffb"), ("x" + s)[1] == s, ord(s), s.isprintable())
t = "\ud83d\ude00"
print(len(t), ascii(t), [hex(ord(c)) for c in t], repr("é\ud800"), len("é\ud800"), "é\ud800"[1] == "\ud800")
print(list("a\ud800b"), "a\ud800b".find("b"), "a\ud800b"[::-1] == "b\ud800a", "x\udfffy".index("y"))

# sys.set_int_max_str_digits is honoured by int<->str.
import sys
try: sys.set_int_max_str_digits(100)
except ValueError as e: print(e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
try: str(10**800)
except ValueError as e: print(e)
try: int('1'*800)
except ValueError as e: print(e)
print(len(str(10**650)), len(repr(-10**650)), f"{10**699}"[:3])
sys.set_int_max_str_digits(0); print(len(str(10**5000)), len(str(int("7" * 5000))))
sys.set_int_max_str_digits(4300)
try: str(10**5000)
except ValueError as e: print(e)

# Small library-facing gaps.
import types
print(types.GenericAlias(list, int)([1, 2]), list[int]("ab"), types.GenericAlias(dict, (str, int)))
p = property(lambda s: 1)
p.__doc__ = "documented"
print(p.__doc__)
try:
    p.fget = None
except AttributeError as err:
    print("AttributeError:", err)
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), iter((1, 2)).__length_hint__())
print(types.ModuleType("m"), sys, repr(types.ModuleType("n", "doc").__doc__))


async def coro_fn():
    pass


def gen_fn():
    yield


def var_fn(*a, **k):
    pass


print(hex(coro_fn.__code__.co_flags), hex(gen_fn.__code__.co_flags), hex(var_fn.__code__.co_flags),
      compile("x = 1", "<s>", "exec").co_flags)
pos = list(var_fn.__code__.co_positions())
print(len(pos) > 0, all(len(t) == 4 for t in pos))
print(callable(sys.displayhook), sys.__displayhook__ is sys.displayhook, sys.warnoptions, sys.getfilesystemencoding())
sys.displayhook(None)
sys.displayhook([1, "two"])
import builtins
print(builtins._)

# Set displays with *unpacking merge sets in their iteration order.
a = {3, 1, 2, 100, 7}
b = frozenset({9, 5})
print({*a, *b, 0}, {0, *a}, {*[5, 4, 3], *a})
print({*"abc"} == set("abc"), {*range(5), *{10, 20}})
import sys
x = {*a}
print(x)
print({*{-1, -2, 8, 16, 32}, *{64, 1024, 4096}}, {*{2**40, 2**41, -5}, 3})

# Unicode*Error fields and messages; str.encode through the codec registry.
e = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason, str(e), repr(e), e.args)
e2 = UnicodeEncodeError("ascii", "aé", 1, 2, "ordinal not in range(128)")
print(e2.encoding, e2.object, e2.start, e2.end, e2.reason, str(e2))
e3 = UnicodeDecodeError("utf-8", b"abcd", 1, 3, "bad")
print(str(e3))
e4 = UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "x"); print(str(e4))
e5 = UnicodeTranslateError("a\xffb", 1, 2, "nope"); print(str(e5), e5.object, e5.start)
e.start = 0; print(e.start, str(e))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as x:
    print(x.start, x.end, x.reason, x.object)
try: UnicodeDecodeError("x")
except TypeError as t: print(t)
import codecs
print(codecs.encode("hi", "rot13"), "abc".encode("utf-16-be"), "abc".encode("latin-1"))
try:
    "a\xe9\xe9b".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.object, e.args)
try:
    b"a\xe2\x82".decode()
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.object)
import codecs
def search(name):
    if name == "upper_test":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode("ascii"), len(s)),
                                lambda b, errors="strict": (bytes(b).decode("ascii").lower(), len(b)), name="upper_test")
    return None
codecs.register(search)
print("abc".encode("upper_test"), b"ABC".decode("upper_test"))
try:
    "x".encode("rot13")
except LookupError as e:
    print(e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)

# Tuple subclasses take instance attributes.
class T(tuple): pass
t = T((1, 2))
t.x = 5
print(t.x, t.__dict__, t, vars(t))
from collections import namedtuple
P = namedtuple("P", "a b")
p = P(1, 2)
try:
    p.z = 3
except AttributeError as e: print(e)
class Q(P): pass
q = Q(3, 4); q.w = 1; print(q, q.w)
print(hasattr((1,2), "__dict__"))

# range() beyond 64-bit ints.
r = range(2**70, 2**70 + 10, 3)
print(len(r), r[1], r[-1], list(r)[:2], 2**70 + 3 in r, 2**70 + 4 in r, 5 in r, r)
print(r.start, r.stop, r.step, r.index(2**70 + 6), r.count(2**70 + 9), list(reversed(r)), r[1:3], bool(r))
print(range(2**64) == range(2**64), range(2**64)[2**63], hash(range(2**65, 2**65 + 1)) == hash(range(2**65, 2**65 + 1)))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(-2**70, 0, 2**68), list(range(-2**70, 0, 2**68)), range(10**20, 0, -3*10**19)[::-1], 10**19 in range(0, 10**20, 10**19))
it = iter(range(2**64, 2**64 + 2)); print(type(it).__name__, next(it), next(it))
print(range(0, 2**64)[2**64 - 1] == 2**64 - 1, range(5)[1], list(range(3, 0, -1)))
