# The VM's inline fast paths (frames for __init__, user operators,
# generators in for loops, simple calls) must behave exactly like the
# general paths, including errors.
class BadInit:
    def __init__(self, x):
        if x < 0:
            raise ValueError("negative")
        self.x = x

print(BadInit(1).x)
try:
    BadInit(-1)
except ValueError as e:
    print("init raised", e)

class ReturnsValue:
    def __init__(self):
        return 42
try:
    ReturnsValue()
except TypeError as e:
    print(e)

try:
    BadInit()
except TypeError as e:
    print(e)

class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
d = Deep(50)
depth = 0
while d:
    depth += 1
    d = d.child
print("depth", depth)

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.v + o.v)
        return NotImplemented
    def __sub__(self, o):
        return NotImplemented
    def __repr__(self):
        return f"V({self.v})"

class W:
    def __radd__(self, o):
        return "W.radd"
    def __rsub__(self, o):
        return "W.rsub"

print(V(1) + V(2), V(1) + W(), V(1) - W())
try:
    V(1) + 5
except TypeError as e:
    print(e)
try:
    V(1) - V(2)
except TypeError as e:
    print(e)

class Raiser:
    def __mul__(self, o):
        raise RuntimeError("mul failed")
try:
    Raiser() * 2
except RuntimeError as e:
    print(e)

def gen_raises():
    yield 1
    raise KeyError("inside gen")

try:
    for v in gen_raises():
        print("v", v)
except KeyError as e:
    print("caught", e)

def g3():
    yield from range(3)
it = g3()
for v in it:
    print("first", v)
    break
print("rest", list(it))

def outer_gen():
    for x in g3():
        yield x * 10
print(list(outer_gen()), sum(x for x in outer_gen()))

def nested_loops():
    out = []
    for a in g3():
        for b in g3():
            if b > a:
                break
            out.append((a, b))
    return out
print(nested_loops())

def simple(a, b):
    return a - b
print(simple(5, 3), simple(b=1, a=2), simple(*[9, 4]))
try:
    simple(1)
except TypeError as e:
    print(e)

def rec(n):
    if n == 0:
        raise ZeroDivisionError("bottom")
    return rec(n - 1)
try:
    rec(30)
except ZeroDivisionError as e:
    print("unwound", e)
print(rec.__code__.co_argcount, simple.__code__.co_varnames)

def uses_unbound():
    if False:
        z = 1
    return z
try:
    uses_unbound()
except UnboundLocalError as e:
    print(e)

class Counter:
    n = 0
    def __init__(self):
        Counter.n += 1
for _ in range(5):
    Counter()
print(Counter.n)

def gen_state():
    x = yield
    while True:
        x = yield x * 2
gs = gen_state()
next(gs)
print([gs.send(i) for i in range(4)])

def gen_exc_context():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield "suspended in handler"
        raise
ge = gen_exc_context()
print(next(ge))
try:
    next(ge)
except ValueError as e:
    print("reraised from generator", e)
