# Exceptions: hierarchy, chaining, finally, else, exc_info, groups.
import sys

def f(kind):
    try:
        if kind == 1:
            raise ValueError("bad value")
        elif kind == 2:
            raise KeyError("k")
        elif kind == 3:
            return "returned"
    except ValueError as e:
        print("ValueError", e, e.args)
        return "handled"
    except (KeyError, IndexError) as e:
        print("lookup", repr(e), str(e))
    else:
        print("else ran")
    finally:
        print("finally", kind)
    return "end"

for k in range(4):
    print(f(k))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)

try:
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2) from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

def exc_info_demo():
    try:
        raise IndexError("idx")
    except IndexError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None, sys.exception() is v)
    print(sys.exc_info(), sys.exception())

exc_info_demo()

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise MyError(42, "custom")
except Exception as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, MyError))

def reraise():
    try:
        raise ValueError("again")
    except ValueError:
        raise

try:
    reraise()
except ValueError as e:
    print("reraised", e)

try:
    raise
except RuntimeError as e:
    print(e)

def loop_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

print(loop_finally())

def nested_finally():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")

nested_finally()

e = None
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)

print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(ValueError("a", 1), repr(ValueError()), str(KeyError("k")), repr(KeyError("k")))
print(StopIteration(5).value, SystemExit(3).code)

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("caught", repr(eg))
except* TypeError as eg:
    print("caught", repr(eg))

try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), KeyError("k")])
    except* ValueError:
        print("values handled")
except ExceptionGroup as eg:
    print("rest", eg.message, eg.exceptions)

eg = ExceptionGroup("g", [ValueError("a"), ExceptionGroup("h", [TypeError("b")])])
m, r = eg.split(TypeError)
print(repr(m), repr(r))
print(eg.subgroup(lambda e: isinstance(e, ValueError)))

e = ValueError("with note")
e.add_note("a note")
print(e.__notes__)

try:
    int("abc")
except ValueError as e:
    print(e)

try:
    [].pop()
except IndexError as e:
    print(e)

try:
    None.foo
except AttributeError as e:
    print(e, e.name)

try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)

class Boom:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True

with Boom():
    raise KeyError("suppressed")
print("after suppress")

def gen_exc():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")

g = gen_exc()
print(next(g))
g.close()
print("closed")

try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
