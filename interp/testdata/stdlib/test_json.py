import json
from collections import OrderedDict

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "none": None, "pi": 3.14159, "n": -0.0, "big": 10**20}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(',', ':')), json.dumps([1, [2, [3, {}]], []], indent=0))
print(json.dumps({"a": [1, {"b": None}]}, indent="\t"))
print(json.dumps("héllo \"q\" \\ \n\t\x01 €𝄞"), json.dumps("héllo €𝄞", ensure_ascii=False))
print(json.dumps({1: 'int', 2.5: 'f', True: 't', None: 'n', 'x': 1}), json.dumps((1, 2)), json.dumps(1e100), json.dumps(1.0))
print(json.dumps([float('nan'), float('inf'), -float('inf')]), json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True), json.dumps(OrderedDict([('z', 1), ('a', 2)])))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__), json.dumps([Pt(0, 0)], default=vars))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]))
for bad in [lambda: json.dumps(object()), lambda: json.dumps({(1,): 2}), lambda: json.dumps(float('inf'), allow_nan=False), lambda: json.dumps({1: {2}})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)

s = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud834\\udd1e"}, "e": "", "f": 0}'
obj = json.loads(s)
print(obj, type(obj['a'][1]).__name__, type(obj['a'][2]).__name__)
print(json.loads('  [1, 2]  '), json.loads('"x"'), json.loads('123'), json.loads('-1.5E+3'), json.loads('NaN'), json.loads('[Infinity, -Infinity]'))
print(json.loads(b'{"k": "v"}'), json.loads(bytearray(b'[1]')), json.loads('{"a": 1, "a": 2}'), json.loads('{}'), json.loads('[]'))
print(json.loads('{"x": 1.5, "y": 2}', parse_float=str, parse_int=lambda t: int(t) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"p": {"x": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('"a\tb"', strict=False), json.JSONDecoder().raw_decode('[1] tail'))
round_trip = {"list": [1, 2, {"k": [None, True]}], "s": "ü\u2028"}
print(json.loads(json.dumps(round_trip)) == round_trip, json.loads(json.dumps(round_trip, indent=4)) == round_trip)
for s in ['', '[1,]', '{"a":1,}', '{a:1}', '{"a" 1}', '[1 2]', '"abc', r'"a\x"', r'"\u12x4"', '[1] x', '{"a":1 "b"}', 'nul',
          '"a\nb"', '-', '01', '1.', '[', '{', '{"a":', '\ufeff[]', '[1,2', ' \n [\n 1,\n ]', '{"a": tru}']:
    try:
        print(repr(s), '->', repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.JSONDecodeError.__module__)
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"z": [true]}')))
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError:
    print("RecursionError")
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError:
    print("RecursionError")
