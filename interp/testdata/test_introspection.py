# Introspection: frame objects, dir() of core objects, builtin signatures.
import sys


def frame_chain():
    me = sys._getframe()
    up = sys._getframe(1)
    return (me.f_code.co_name, up.f_code.co_name, up.f_lineno,
            me.f_back.f_code.co_name, type(me).__name__)


def frame_outer():
    local_x = 5
    return frame_chain()


print(frame_outer())
print(sys._getframe().f_back, sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)


def frame_locals(a):
    b = a * 2
    return sorted(sys._getframe().f_locals.items())


print(frame_locals(3))
print(sys._getframe().f_globals is globals(), sys._getframe().f_code.co_filename.endswith("test_introspection.py"))


def caller_line():
    return sys._getframe(1).f_lineno


print(caller_line(), caller_line())


# dir() lists computed attributes (CPython's getset descriptors) too.
def documented(a=1):
    "doc"


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


class IntSub(int):
    pass


for obj in (documented, Plain, Plain(), len, [].append, ValueError("x"), property(), slice(1),
            (x for x in []), documented.__code__):
    names = dir(obj)
    print(type(obj).__name__, [n for n in ("__name__", "__qualname__", "__dict__", "__module__", "__doc__",
                                           "__defaults__", "__code__", "__weakref__", "__self__", "args",
                                           "fget", "start", "gi_frame", "co_name", "__sizeof__",
                                           "__getstate__", "__reduce__", "__subclasshook__") if n in names])
print("__dict__" in dir(Slotted), "__weakref__" in dir(Slotted), "__weakref__" in dir(IntSub), "__dict__" in dir(IntSub))
print([n for n in dir(documented) if n.startswith("__na")], Plain.__subclasshook__(), Plain().__getstate__())
p = Plain()
p.x = 1
print(p.__getstate__())


# Builtins carry CPython's __text_signature__; inspect.signature reads it.
import inspect

print(len.__text_signature__, print.__text_signature__, sorted.__text_signature__, globals.__text_signature__)
print(list.append.__text_signature__, [].append.__text_signature__, str.split.__text_signature__)
print(list.__text_signature__, float.__text_signature__, int.__text_signature__, Plain.__text_signature__)
print(inspect.signature(len), inspect.signature(print), inspect.signature([].append), inspect.signature(list.append))
print(inspect.signature("a".split), inspect.signature(sorted), inspect.signature(list), inspect.signature(globals))
print(type(len.__doc__).__name__, type(list.append.__doc__).__name__, type([].pop.__doc__).__name__, type(list.__doc__).__name__)
