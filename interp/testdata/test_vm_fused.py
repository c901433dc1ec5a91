# Paths the eval loop takes without the generic machinery: for loops over
# enumerate/zip unpacked into two names (no pair tuple), attribute loads and
# stores through the per-instruction dict-entry hint, errors raised in the
# middle of those paths, and exceptions unwinding through several frames.

for i, x in enumerate("abc"):
    print(i, x)
for i, x in enumerate([10, 20], 2**63 - 2):
    print(i, x, type(i).__name__)
for i, x in enumerate([1.5], start=-3):
    print(i, x)


def failing():
    yield 1
    raise ValueError("boom")


try:
    for i, x in enumerate(failing()):
        print("item", i, x)
except ValueError as e:
    print("caught", e)
try:
    for i, (a, b) in enumerate([(1, 2), (3,)]):
        print(i, a, b)
except ValueError as e:
    print("caught", e)
e = enumerate([7, 8, 9])
for i, x in e:
    if i == 1:
        break
print(next(e))
print([(i, x) for i, x in enumerate("xy")])
try:
    for i in enumerate([1, 2]):
        a, b, c = i
except ValueError as e:
    print("caught", e)

for a, b in zip("abc", [1, 2]):
    print(a, b)
z = zip([1, 2, 3], "xy")
for a, b in z:
    print(a, b)
print(list(z))
try:
    for a, b in zip(failing(), failing()):
        print("pair", a, b)
except ValueError as e:
    print("caught", e)
try:
    for a, b in zip([1, 2], [3], strict=True):
        print(a, b)
except ValueError as e:
    print("caught", e)
for a, b, c in zip([1], [2], [3]):
    print(a, b, c)
print({k: v for k, v in zip("ab", range(2))})


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


class Q:
    def __init__(self, y, x):
        self.y = y  # the other order: the entry hint misses, then relearns
        self.x = x

    def total(self):
        return self.x * self.y


objs = [P(1, 2), Q(3, 4), P(5, 6), Q(7, 8)]
for o in objs:
    o.x = o.x + 1
    print(type(o).__name__, o.x, o.y, o.total())
p = P(1, 2)
del p.x
try:
    p.x
except AttributeError as e:
    print("caught", e)
p.__dict__["x"] = 40
print(p.x, p.total())
setattr(p, "y", 2)
print(p.total())
p.total = lambda: "shadowed"
print(p.total())


def deep(n):
    if n == 0:
        raise KeyError("bottom")
    return deep(n - 1) + 1


try:
    deep(50)
except KeyError as e:
    print("caught", e)


def handler_in_middle(n):
    try:
        return deep(n)
    except KeyError:
        return -n


print(handler_in_middle(5))


# LOAD_FAST a; LOAD_FAST b; BINARY_OP fused: ints, floats, overflow into
# big ints, other types through the slow path, an unbound operand.
def arith(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b, a ** 2


print(arith(7, 3))
print(arith(7.5, 2.0))
print(arith(2**62, 3))
print(arith(-7, 2))
s, t = "ab", "cd"
print(s + t, [1] + [2])


def unbound(flag):
    if flag:
        b = 1
    a = 2
    return a + b


try:
    unbound(False)
except UnboundLocalError as e:
    print("caught", e)


def unbound_first(flag):
    if flag:
        a = 1
    b = 2
    return a * b


try:
    unbound_first(False)
except UnboundLocalError as e:
    print("caught", e)
try:
    x, y = 1, 0
    x // y
except ZeroDivisionError as e:
    print("caught", e)
# Negative literals are folded constants; the values are unchanged.
print(-1.5, -0.0, -0, -9223372036854775807, -9223372036854775808, -(2**63), --3)
print(1 ** -1.5, [-1, -2.5][1])


# The eval loop's list and tuple fast paths are for exact lists and tuples:
# subclasses keep their own __getitem__, __setitem__ and __iter__.
class L(list):
    def __getitem__(self, i):
        return "L" + str(i)

    def __setitem__(self, i, v):
        print("set", i, v)

    def __iter__(self):
        yield "x"
        yield "y"


class T(tuple):
    def __iter__(self):
        yield "p"
        yield "q"


lst = L([1, 2, 3])
print(lst[0], lst[1:2])
lst[1] = 5
lst[0:1] = [9]
print(list.__repr__(lst))
a, b = L([1, 2])
print(a, b)
a, b = T((1, 2))
print(a, b, T((1, 2))[0])
print(1.5 < 2.5, 2.5 <= 2.5, 0.1 + 0.2 == 0.3, float("nan") != float("nan"), float("nan") < 1.0)
if 1.5 > 0.5:
    print("float compare jump")
if not (float("nan") >= 0.0):
    print("nan compare jump")
