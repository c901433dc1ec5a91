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
