from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, MISSING
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(1, 3), p.x, repr(Point(y=3, x=4)))
print([f.name for f in fields(Point)], fields(p)[1].default, asdict(p), astuple(p), replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(Point.__match_args__, Point.__init__.__qualname__, Point.__hash__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
    total: ClassVar[int] = 0
    def cost(self) -> float:
        return self.unit_price * self.quantity
item = Inventory('widget', 3.0, 4)
item.tags.append('x')
print(item, item.cost(), Inventory('a', 1.0) == Inventory('a', 1.0, secret='other'), Inventory('b', 1).tags, [f.name for f in fields(Inventory)])
print(asdict(item))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
vs = sorted([Version(2, 1), Version(1, 5), Version(2, 0)])
print(vs, Version(1) < Version(1, 1), Version(3) >= Version(2, 9), hash(Version(1, 2)) == hash(Version(1, 2)), {Version(1): 'a'}[Version(1, 0)])
try:
    vs[0].major = 9
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError:", e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)])

@dataclass
class Base:
    x: int
    y: str = 'base'
@dataclass
class Child(Base):
    z: float = 1.5
    y: str = 'child'
print(Child(1), Child(1, 'q', 2.0), [f.name for f in fields(Child)], isinstance(Child(0), Base))

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=0))
try:
    KW(1)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(Mixed(1, b=2), Mixed.__match_args__)

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)

@dataclass(unsafe_hash=True)
class Hashy:
    v: int
print(hash(Hashy(5)) == hash((5,)), Hashy.__eq__ is not object.__eq__)

@dataclass
class Nested:
    p: Point
    items: list
    meta: dict
n = Nested(Point(1, 2), [Point(3, 4), 5], {'k': Point(0, 0)})
print(asdict(n), astuple(n))
print(n)

for bad in ["@dataclass\nclass A:\n    x: int = 1\n    y: int\n", "@dataclass\nclass B:\n    x: list = []\n"]:
    try:
        exec(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    replace(w, b=1)
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(5)
except TypeError as e:
    print("TypeError:", e)

C = make_dataclass('C', [('x', int), ('y', int, field(default=5))], namespace={'add': lambda self: self.x + self.y})
print(C(1), C(1).add(), [f.name for f in fields(C)])

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))

@dataclass
class Rec:
    children: list = field(default_factory=list)
r = Rec(); r.children.append(r)
print(r)
match Point(1, 2):
    case Point(x, y):
        print("matched", x, y)
print(field(default=1).default, MISSING is not None)
