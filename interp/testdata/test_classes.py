# Classes: inheritance, MRO, super, properties, descriptors, dunders, slots.
class Base:
    cls_attr = "base"
    def __init__(self, v):
        self.v = v
    def who(self):
        return "Base"
    def __repr__(self):
        return f"{type(self).__name__}({self.v!r})"

class Left(Base):
    def who(self):
        return "Left>" + super().who()

class Right(Base):
    def who(self):
        return "Right>" + super().who()

class Diamond(Left, Right):
    def who(self):
        return "Diamond>" + super().who()

d = Diamond(1)
print(d, d.who(), [k.__name__ for k in Diamond.__mro__])
print(Diamond.mro() == list(Diamond.__mro__), isinstance(d, Base), issubclass(Diamond, Right))

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
try:
    t.celsius = -300
except ValueError as e:
    print(e)

class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

class UsesDesc:
    x = Desc()

u = UsesDesc()
print(u.x)
u.x = 5
print(u.x, u._x, type(UsesDesc.x).__name__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(a, b):
        return a + b

Counter.make(); Counter()
print(Counter.count, Counter.helper(2, 3), Counter().helper(1, 1))

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __lt__(self, o):
        return abs(self) < abs(o)

v = Vec(3, 4)
print(v + Vec(1, 1), v * 2, 3 * v, -v, abs(v), bool(Vec(0, 0)), v == Vec(3, 4), v != Vec(3, 4))
print(sorted([Vec(5, 5), Vec(1, 0), Vec(2, 2)]), len({Vec(1, 2), Vec(1, 2)}))
try:
    v.z = 1
except AttributeError as e:
    print(e)
try:
    v < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __contains__(self, x):
        return x == "magic"

s = Seq(4)
print(len(s), list(s), s[2], "magic" in s, 4 in s, list(reversed(s)))

class Dyn:
    def __getattr__(self, name):
        return "dyn_" + name
    def __setattr__(self, name, value):
        object.__setattr__(self, name, str(value))

dd = Dyn()
dd.a = 1
print(dd.a, dd.b)

class Callable:
    def __call__(self, *args, **kw):
        return args, kw

print(Callable()(1, 2, k=3))

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["added"] = kw.get("flag", "none")
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        obj = super().__call__(*a)
        obj.via_meta = True
        return obj

class WithMeta(metaclass=Meta, flag="yes"):
    def __init__(self, a):
        self.a = a

w = WithMeta(5)
print(type(WithMeta).__name__, WithMeta.added, w.a, w.via_meta)

class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry.append(name or cls.__name__)

class A(Plugin, name="alpha"):
    pass

class B(Plugin):
    pass

print(Plugin.registry)

class Ordered:
    b = 1
    a = 2
    def c(self):
        pass

print([k for k in Ordered.__dict__ if not k.startswith("__")])

class Str2:
    def __str__(self):
        return "str!"
    def __format__(self, spec):
        return "fmt:" + spec

print(str(Str2()), f"{Str2():abc}", format(Str2(), "x"), "%s" % Str2())

class NoHash:
    def __eq__(self, o):
        return True

try:
    hash(NoHash())
except TypeError as e:
    print(e)

print(NoHash() == 1, NoHash.__hash__)

class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x

print(Point(1) == Point(1), Point(1) == 1, Point(1) != Point(2))

class Reflected:
    def __radd__(self, other):
        return "radd:" + repr(other)
    def __iadd__(self, other):
        return "iadd"

r = Reflected()
print(1 + r, [1] + r if False else "skip")
r += 5
print(r)

class Base2:
    def __init__(self):
        print("Base2 init")

class Child2(Base2):
    def __init__(self):
        super(Child2, self).__init__()
        print("Child2 init")

Child2()
print(Child2.__name__, Child2.__qualname__, Child2.__module__, Child2.__bases__)

class Outer:
    class Inner:
        def m(self):
            pass

print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)

class Private:
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret

p = Private()
print(p.get(), p._Private__secret, hasattr(p, "__secret"))

class IterCls:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

print(list(IterCls()), sum(IterCls()))

class Ctx:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, *exc):
        print("exit", exc)
        return False

with Ctx() as val, Ctx() as val2:
    print(val, val2)


# Parameters with private names are mangled like every other name.
class PrivateParams:
    def f(self, __a, *, __b=2):
        return __a, sorted(locals())

print("private params:", PrivateParams().f(1), PrivateParams.f.__code__.co_varnames)
