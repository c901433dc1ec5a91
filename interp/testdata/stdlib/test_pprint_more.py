# pprint of dataclasses, containers, namespaces and long scalars; reprlib.
import pprint, dataclasses, collections, reprlib, types, fractions, decimal, datetime
@dataclasses.dataclass
class Rec:
    name: str
    values: list
    nested: dict = dataclasses.field(default_factory=dict)
r = Rec("a" * 30, list(range(25)), {"k" * 10: [1.5] * 8, "z": Rec("inner", [1], {})})
pprint.pprint(r)
pprint.pprint(r, width=60, indent=2)
pprint.pprint(collections.OrderedDict((str(i), i) for i in range(12)), width=40)
pprint.pprint(collections.defaultdict(list, {"a": [1] * 30}), width=50)
pprint.pprint(collections.Counter("mississippi" * 3), width=30)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta="b" * 50), width=40)
pprint.pprint({"frac": fractions.Fraction(1, 3), "dec": decimal.Decimal("1.10"), "dt": datetime.datetime(2024, 1, 1), "set": set(range(30))}, width=60)
pprint.pprint(b"bytes " * 20, width=40)
pprint.pprint("a long string that will be wrapped because it is much longer than the width " * 2, width=40)
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 3, depth=3, width=30)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))))
print(pprint.pformat(frozenset(range(25)), width=40))
print(pprint.pformat({(1, 2): [3, 4], (0,): None, "key": {"deep": {"deeper": list(range(15))}}}, width=35, sort_dicts=True))
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(("tuple", ["with", "nested"], {"dict": 1}) * 4, width=50, underscore_numbers=True)
pprint.pprint(123456789, underscore_numbers=True)
