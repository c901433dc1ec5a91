import functools
from functools import (wraps, update_wrapper, partial, reduce, lru_cache, cache,
                       total_ordering, cached_property, singledispatch, cmp_to_key,
                       partialmethod)

def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper

@deco
def add(a: int, b: int = 2) -> int:
    """Add two numbers."""
    return a + b

print(add.__name__, add.__doc__, add.__qualname__, add.__annotations__)
print(add.__wrapped__(1), add(3, 4))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def other(): pass
other.extra = 5
def w2(): pass
update_wrapper(w2, other)
print(w2.__name__, w2.extra, w2.__wrapped__ is other)

p = partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords)
def f3(a, b, c, d=0): return (a, b, c, d)
p2 = partial(f3, 1)
p3 = partial(p2, 2, d=9)
print(p3(3), p3.args, p3.keywords, p3.func is f3)
print(repr(partial(max, 1, 2, key=None)).replace(repr(max), 'MAX'))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)

print(reduce(lambda x, y: x * y, range(1, 6)))
print(reduce(lambda x, y: x + y, [], 10))
print(reduce(lambda x, y: x + [y], "abc", []))
try:
    reduce(lambda x, y: x, [])
except TypeError as e:
    print("TypeError:", e)

@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(sq.cache_info())
ci = sq.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci[0])
sq.cache_clear()
print(sq.cache_info())
print(sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())
print(fact.__name__, fact.__wrapped__.__name__)

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info().currsize)

@lru_cache(maxsize=None)
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=1), kw(a=1), kw.cache_info())

class C:
    @lru_cache
    def m(self, x):
        return x * 10
c = C()
print(c.m(3), c.m(3), C.m.cache_info())

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1))
print(sorted(['__le__', '__gt__', '__ge__']) == sorted(k for k in ('__le__', '__gt__', '__ge__') if k in V.__dict__))

@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(2) < G(1), G(1) <= G(1), G(3) > G(2))
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print("ValueError:", e)

class P:
    def __init__(self):
        self.calls = 0
    @cached_property
    def value(self):
        self.calls += 1
        return 42
pp = P()
print(pp.value, pp.value, pp.calls, 'value' in pp.__dict__)
del pp.value
print(pp.value, pp.calls)
print(type(P.value).__name__, P.value.attrname)

@singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list"
@describe.register(str)
@describe.register(bytes)
def _(x):
    return "text"
print(describe(1), describe(True), describe([1]), describe("s"), describe(b"b"), describe(1.5))
print(describe.dispatch(float) is describe.registry[object], sorted(t.__name__ for t in describe.registry))

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted("bca", key=cmp_to_key(lambda a, b: cmp(b, a))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), k(3) >= k(4))

class Cell:
    def __init__(self): self.state = None
    def set_state(self, s): self.state = s
    set_on = partialmethod(set_state, True)
    set_off = partialmethod(set_state, False)
ce = Cell()
ce.set_on(); print(ce.state)
ce.set_off(); print(ce.state)
