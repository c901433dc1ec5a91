# Builtins and core type behaviour.
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(None), type(True))
print(isinstance(True, int), isinstance(1, (str, int)), isinstance(1, int | str), issubclass(bool, int))
print(int.__name__, object.__name__, type(type).__name__, type.__name__)
print(getattr([], "missing", "default"), hasattr("", "upper"), getattr(1, "real"))
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["b"], eval("b * 10", ns), eval("x + 1", {"x": 4}))
print(list(iter([1, 2])), next(iter("a")), next(iter([]), "empty"))
print(sorted({"b": 1, "a": 2}), sorted([(2, "a"), (1, "b")]), list(map(str, [1, 2])))
print(repr(None), repr(...), repr(NotImplemented), Ellipsis is ...)
print(id(1) == id(1), hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(divmod(7.5, 2), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3))
print(vars(type("T", (), {"q": 1}))["q"], type("T", (object,), {}).__name__)
print(dir(object)[:3], "append" in dir([]))
print([1, 2] * 2, (1,) * 3, "ab" * 2, [0] * 0, 3 * [1])
print([1, 2, 3][::-1], "hello"[1:4], (1, 2, 3)[-2:], [1, 2, 3, 4][::2], "abc"[-1])
l = [1, 2, 3, 4, 5]
l[1:3] = ["a"]
del l[0]
l[::2] = [9, 9]
print(l)
d = {"a": 1}
d["b"] = 2
del d["a"]
print(d, "b" in d, len(d), list(d), {1: "x", True: "y"})
print(str(b"x" if False else "bytes skipped"), 1_000_000, 0x1F, 0o17, 0b101)
print(f"{3.14159:.2f} {42:>5} {'x':*^5} {1234567:,} {0.5:%} {255:#x}")
print("%d %s %r %.1f %5s|" % (1, "s", "r", 2.25, "ab"))
print("{} {b}".format("a", b="B"), "{0}{1}".format(1, 2), "-".join(["x", "y"]), "a,b".split(","))
print(int("ff", 16), int("0b11", 0), float("-1e3"), complex(1, 2) if False else "c")
print(list(range(3)) == [0, 1, 2], (1, 2) < (1, 3), [1] < [1, 0], "b" > "a")
try:
    [1] < "a"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    5()
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    {}[[]]
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(e))
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    -(2 ** 10000) < [1]
except TypeError as e:
    print(e)
try:
    print(10 ** 5000)
except ValueError as e:
    print(str(e)[:40])
try:
    [0] * (10 ** 12)
except MemoryError:
    print("MemoryError")
try:
    "x" * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
print(2 ** 100 // 3, (2 ** 100) % 7, -(2 ** 70) // 3, 2 ** 100 > 2 ** 99, 10 ** 20 == 10 ** 20)
print(float(2 ** 60), int(1e20), 7 // 2.0, -7 // 2.0, 7.5 % 2)
print(sum(range(101)), list(enumerate("ab")), dict(a=1, b=2), tuple([1]), list((1, 2)))
import math
print(math.pi if hasattr(math, "pi") else "no pi")
print(print.__name__, len.__doc__ is not None or True, globals()["__name__"])
print(all(isinstance(n, str) for n in ["a"]), [x for x in "ab"], sorted({3, 1, 2}))
