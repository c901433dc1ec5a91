# Data model corners: __getattribute__, __delattr__, __class_getitem__,
# __index__, reflected/in-place fallbacks, comparisons, hashing, __slots__.
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)

lg = Logged()
print(lg.a, lg.secret)
del lg.a
print(hasattr(lg, "a"))

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"

print(Box[int], list[int], dict[str, int], type(list[int]).__name__)

class Idx:
    def __index__(self):
        return 2

print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(Idx()))

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return Num(o + self.v) if isinstance(o, int) else NotImplemented
    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v
    __hash__ = None
    def __repr__(self):
        return f"Num({self.v})"

print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), sum([Num(1), Num(2)], Num(0)))
try:
    Num(1) + "x"
except TypeError as e:
    print(e)
n = Num(1)
n += 4
print(n)
try:
    {Num(1)}
except TypeError as e:
    print(e)

class Sub(Num):
    def __radd__(self, o):
        return "Sub.radd wins"

print(Num(1) + Sub(2))

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return f"C{self.v}"

print(Cmp(1) < Cmp(2), Cmp(3) > Cmp(2), Cmp(1) >= Cmp(1), sorted([Cmp(3), Cmp(1)]), max(Cmp(5), Cmp(4)))
try:
    Cmp(1) == Cmp(1), Cmp(1) < 5
except AttributeError as e:
    print("AttributeError", e)

class Slotted:
    __slots__ = ("a",)
class SlottedChild(Slotted):
    __slots__ = ("b",)

sc = SlottedChild()
sc.a, sc.b = 1, 2
print(sc.a, sc.b, hasattr(sc, "__dict__"))
try:
    print(Slotted().a)
except AttributeError as e:
    print(e)

class Prop:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v
    def delx(self):
        print("del x")
        del self._x
    x = property(getx, setx, delx, "the x")

p = Prop()
p.x = 7
print(p.x, Prop.x.__doc__)
del p.x
print(hasattr(p, "_x"))

def class_deco(cls):
    cls.decorated = True
    return cls

@class_deco
class Decorated:
    pass

print(Decorated.decorated)

class Base:
    def greet(self):
        return "base"

class Mixin:
    def greet(self):
        return "mixin+" + super().greet()

class Final(Mixin, Base):
    pass

print(Final().greet(), Final.__mro__[1].__name__)

class CM:
    @classmethod
    def create(cls):
        return cls.__name__
class CM2(CM):
    pass
print(CM2.create(), CM2().create())

class StaticCounter:
    @staticmethod
    def add(*a):
        return sum(a)
print(StaticCounter.add(1, 2, 3), StaticCounter().add())

obj = object()
print(type(obj).__name__, obj.__class__ is object, object.__subclasshook__ if False else "")

class WithContains:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in WithContains(), 5 in WithContains())

class Truthy:
    def __len__(self):
        return 0
print(bool(Truthy()), "yes" if Truthy() else "no")

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)

class Init:
    def __init__(self):
        return 5
try:
    Init()
except TypeError as e:
    print(e)

class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(e)

print(int.__add__(2, 3), str.upper("x"), list.__len__([1, 2]), object.__eq__(1, 1))
print(getattr(int, "__name__"), int.__mro__, bool.__bases__)
x = [1, 2, 3]
x[0:2] = "ab"
x += (9,)
print(x)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(e, t)
d = {}
d.setdefault("k", []).append(1)
print(d, d.get("z", "none"), d.pop("k"), d)
print(str(1.0), str(10**20 * 1.0), repr(1e-10), 3.0 * 2, 7 / 7, 2 ** 0.5)
s = "héllo wörld"
print(s.upper(), s.title(), s[::-1], s.find("w"), s.split(), len(s.encode()))
print(isinstance(NotImplemented, type(NotImplemented)), type(...).__name__)
