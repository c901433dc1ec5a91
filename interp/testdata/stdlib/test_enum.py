import enum
from enum import Enum, auto, unique, Flag, IntEnum, StrEnum, IntFlag

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], list(Color), len(Color), Color.CRIMSON is Color.RED)
print(Color.RED.name, Color.RED.value, Color.RED in Color, 2 in Color, 9 in Color, list(Color.__members__), Color)
print(type(Color.RED), isinstance(Color.RED, Color), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", f"{Color.GREEN!r}", str(Color.BLUE), [c.name for c in reversed(Color)], {Color.RED: 'r'}[Color.CRIMSON])
for bad in [lambda: Color(7), lambda: Color['PINK'], lambda: Color.RED < Color.BLUE]:
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(Lower.X.value, Lower('y'))

class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    def describe(self):
        return f"{self.name} has value {self.value}"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.CIRCLE.describe(), Shape.default())

class WithMissing(Enum):
    A = 'a'
    B = 'b'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(WithMissing('A'), WithMissing('b'))
try:
    WithMissing(1)
except ValueError as e:
    print("ValueError:", e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Fruit = Enum('Fruit', [('APPLE', 10), ('PEAR', 20)])
print(Fruit.PEAR, Fruit(10))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), list(rw), Perm(0), repr(Perm(0)), ~Perm.R, Perm.R in rw, Perm.X in rw, bool(Perm(0)), len(rw))
print(Perm(6), rw & Perm.R, rw ^ Perm.R, Perm.R | Perm.W | Perm.X, list(Perm))
class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print([o.value for o in Opt], Opt.AB, list(Opt.AB), Opt(3) is Opt.AB)

class Mood(StrEnum):
    HAPPY = auto()
    SAD = 'sad'
print(Mood.HAPPY.value, Mood.SAD, repr(Mood.HAPPY), f"{Mood.SAD}")
print(isinstance(Color, enum.EnumMeta), enum.EnumMeta is enum.EnumType)
