# Functions: defaults, *args/**kwargs, keyword-only, positional-only,
# annotations, decorators, lambdas, recursion, argument errors.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2], **{"c": 3, "z": 0}))

def posonly(a, b, /, c, *, d):
    return a + b + c + d

print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))

errors = [
    lambda: posonly(1, b=2, c=3, d=4),
    lambda: posonly(1, 2, 3, 4),
    lambda: posonly(1, 2, 3),
    lambda: f(),
    lambda: f(1, 2, c=3, a=1),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y, z: 0)(1),
    lambda: (lambda *, k: 0)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int("1", 2, 3),
    lambda: f(1, c=3, **{"c": 4}),
    lambda: f(**{1: 2}),
]
for e in errors:
    try:
        e()
    except TypeError as err:
        print("TypeError:", err)

def annotated(x: int, y: "str" = "s") -> list:
    pass

print(annotated.__annotations__)

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap

@deco("b")
@deco("i")
def hello(name):
    """Say hello."""
    return "hi " + name

print(hello("bob"), hello.__name__)

def documented():
    """Docstring here."""
print(documented.__doc__, documented.__name__, documented.__qualname__)

def defaults_once(x, acc=[]):
    acc.append(x)
    return acc

print(defaults_once(1), defaults_once(2))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact(30))

import sys
print(sys.getrecursionlimit())
def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError:", e)

sq = lambda x: x * x
print(sq(7), (lambda *a: a)(1, 2), (lambda **k: k)(a=1))
print(sorted([3, 1, 2], key=lambda v: -v), max([1, 5, 3], key=lambda v: v % 5), min("bca"))

def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults.__kwdefaults__, f.__defaults__)

def gen_closure():
    fns = []
    for i in range(3):
        def g(i=i):
            return i
        fns.append(g)
    return [h() for h in fns]
print(gen_closure())

def varargs_only(*args):
    return len(args)
print(varargs_only(), varargs_only(*range(5)), varargs_only(*"ab", *[1]))
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*range(3), *"xy"], (*[1], 2))

def ret_multiple():
    return 1, 2, 3
a, *rest = ret_multiple()
*init, last = ret_multiple()
print(a, rest, init, last)
(x, y), z = (1, 2), 3
print(x, y, z)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)
try:
    p, q = 1
except TypeError as e:
    print(e)
print(callable(f), callable(1), f.__name__, type(f).__name__)
print(repr(sq)[:18], (lambda: 0).__qualname__)


# Replacing a function's code (what autoreload does to live functions).
def code_a(x):
    return x + 1


def code_b(x):
    return x * 10


code_a.__code__ = code_b.__code__
print("code swap:", code_a(4), code_a.__name__, code_a.__code__.co_name)
try:
    code_a.__code__ = 5
except TypeError as e:
    print("TypeError:", e)


def code_outer():
    y = 3
    def inner():
        return y
    return inner


try:
    code_a.__code__ = code_outer().__code__
except ValueError as e:
    print("ValueError:", e)
