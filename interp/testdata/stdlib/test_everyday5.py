# A fifth everyday mix: functools, dataclasses, enum, typing, json, datetime,
# format specs, random, itertools, collections, operator, statistics, math.
import functools, dataclasses, enum, typing, json, datetime, decimal, fractions, random, itertools, collections, operator, statistics, string, math
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"), show.registry.keys().__len__())
class C:
    @functools.cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val)
@functools.wraps(print)
def w(*a): pass
print(w.__name__, w.__wrapped__ is print)
print(functools.reduce(lambda a, b: a + b, [[1], [2]], []), functools.partial(max, key=len)("a", "bbb", "cc"))
@functools.lru_cache(maxsize=2)
def sq(n): return n * n
[sq(i) for i in (1, 2, 1, 3)]; print(sq.cache_info())
@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Pt:
    x: int
    y: int = 0
p = Pt(x=1)
try: p.x = 2
except dataclasses.FrozenInstanceError as e: print("Frozen", e)
print(p, hash(p) == hash(Pt(x=1)), dataclasses.astuple(p), Pt.__slots__, dataclasses.is_dataclass(p))
@dataclasses.dataclass
class Inv:
    items: list[int] = dataclasses.field(default_factory=list)
    total: int = dataclasses.field(init=False)
    def __post_init__(self): self.total = sum(self.items)
print(Inv([1, 2]), Inv(), dataclasses.fields(Inv)[1].init)
class Shape(enum.StrEnum):
    CIRCLE = enum.auto()
    SQUARE = "sq"
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape("sq"), list(Shape), Shape.CIRCLE.upper(), f"{Shape.SQUARE}")
class Pri(enum.IntEnum):
    LOW = 1
    HIGH = 3
print(sorted([Pri.HIGH, Pri.LOW]), Pri.LOW + 1, Pri(3).name, Pri.HIGH > Pri.LOW, Pri.__members__.keys())
@enum.unique
class E(enum.Enum):
    A = 1
    B = 2
    def describe(self): return f"{self.name}:{self.value}"
print(E.A.describe(), E(2), E["B"], E.A in E, len(E), [m.value for m in E])
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], typing.get_type_hints(Box.__init__), typing.Union[int, str], int | None, typing.Literal["a"], typing.Callable[[int], str])
class TD(typing.TypedDict):
    a: int
    b: str
print(TD(a=1, b="x"), TD.__annotations__, typing.NamedTuple("NT", [("x", int)])(3))
print(json.dumps({"d": decimal.Decimal("1.5")}, default=str), json.dumps([1, 2], indent=0), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)), json.dumps({1: 2, "b": None}))
try: json.loads("{bad}")
except json.JSONDecodeError as e: print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
print(json.dumps({"x": float("nan")}), json.dumps("\u2028\n\t\x00"), json.dumps(["a"], separators=(",", ":")), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
d = datetime.datetime(2024, 3, 10, 9, 5, 3, 120)
print(f"{d:%Y-%m-%d %H:%M:%S.%f}", d.isocalendar(), d.isoweekday(), d.ctime(), format(d.date(), "%d/%m/%y"), d.time().isoformat("milliseconds"))
print(datetime.timedelta(days=1, seconds=3661, microseconds=5) * 2.5, datetime.timedelta(hours=-5) // datetime.timedelta(hours=2), abs(datetime.timedelta(-1)), datetime.timedelta(weeks=1).total_seconds())
print(datetime.date(2024, 2, 29).replace(year=2028), datetime.date.fromordinal(738000), datetime.datetime.fromtimestamp(0, datetime.timezone.utc), datetime.datetime.min, datetime.timezone(datetime.timedelta(hours=5, minutes=30)))
print(f"{decimal.Decimal('1234.5678'):,.2f}", f"{fractions.Fraction(1, 3):.3f}", f"{1234567.891:_.2f}", f"{0.000123:.2e}", f"{42:#010b}", f"{'x':^7}|", f"{3.14159:=+10.3f}", format(1e21, "g"), f"{12345:,}")
random.seed(7)
print(random.uniform(1, 2), random.triangular(), random.betavariate(2, 3), random.expovariate(1.5), random.choices("abc", weights=[1, 2, 3], k=5), random.shuffle(l := list(range(6))) or l, random.getrandbits(20), random.randrange(0, 100, 7))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations(range(3), 2))[:4], list(itertools.zip_longest("ab", "c", fillvalue="-")), list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])), list(itertools.tee("ab")[1]))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); cm["c"] = 4
print(cm, cm.maps, list(cm), cm.new_child({"z": 0})["z"], collections.namedtuple("N", "a b")(1, 2)._asdict(), collections.namedtuple("N", "a b")(1, 2)._replace(a=5))
dq = collections.deque([1, 2, 3]); dq.rotate(1); dq.appendleft(0); dq.extendleft([9, 8])
print(dq, dq.count(1), dq.index(2), collections.UserDict({"a": 1}), collections.Counter(a=3, b=1) - collections.Counter(a=1), +collections.Counter(a=-1, b=2), collections.Counter("aab").total())
print(operator.itemgetter(slice(1, 3))("abcd"), operator.index(5), operator.concat([1], [2]), operator.contains("abc", "b"), operator.length_hint(iter([1, 2, 3])), operator.call(abs, -2))
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), statistics.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.fmean([1, 2, 3], weights=[3, 2, 1]), statistics.mode(["a", "b", "a"]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10, method="inclusive"))
print(string.Template("$x and $y").safe_substitute({"x": 1}), "{:>{w}}".format("r", w=4), "%-5s|%05.1f|%x|%r" % ("ab", 3.14159, 255, "q"), str.maketrans("ab", "xy"), "a-b_c".translate(str.maketrans("-_", "  ")))
print(math.fsum([0.1] * 10), math.gcd(12, 18, 24), math.lcm(4, 6), math.nextafter(1, 2), math.ulp(1.0), math.perm(5, 2), math.isclose(1, 1 + 1e-10), math.copysign(3, -0.0), math.trunc(-2.5), math.log(8, 2))
