import pickle, io, collections, datetime

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

class Empty:
    pass

class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
    def __repr__(self):
        return "Reduced(%r, %r)" % (self.a, self.b)

class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "drop me"
    def __getstate__(self):
        d = self.__dict__.copy()
        del d["cache"]
        return d
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"

class Slotted:
    __slots__ = ("p", "q")
    def __init__(self):
        self.p, self.q = 1, "two"

def top_level_function(x):
    return x + 1

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
          2**64, -2**64, 10**30, 1.5, -0.0, float("inf"), 1e300, "", "abc", "é€😀", "x" * 300, b"", b"bytes",
          b"\x00" * 300, bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, "a", None],
          {}, {"a": 1}, {"a": 1, "b": [2, 3]}, {1, 2, 3}, set(), frozenset(), frozenset({"f"}), 3 + 4j,
          range(1, 10, 2), Point, top_level_function, len, int, type(None), ["shared"] * 0]
for proto in (2, 3, 4, 5):
    for v in values:
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        ok = back == v or (v != v)
        print(proto, repr(v)[:30], data if proto >= 4 else len(data), ok, type(back).__name__)

s = "shared"
lst = [s, s, [s]]
print(pickle.dumps(lst))
inner = [1]
outer = [inner, inner, (inner,)]
back = pickle.loads(pickle.dumps(outer))
print(back, back[0] is back[1], back[2][0] is back[0])
rec = []
rec.append(rec)
back = pickle.loads(pickle.dumps(rec))
print(back[0] is back)
d = {}
d["self"] = d
print(pickle.loads(pickle.dumps(d))["self"] is not None)

p = Point(1, [2, 3])
data = pickle.dumps(p)
print(data)
print(pickle.loads(data), pickle.loads(data) == p)
print(pickle.dumps(Empty()), type(pickle.loads(pickle.dumps(Empty()))).__name__)
r = pickle.loads(pickle.dumps(Reduced(5, b=7)))
print(pickle.dumps(Reduced(5, b=7)), r)
st = pickle.loads(pickle.dumps(Stateful()))
print(st.data, st.cache, pickle.dumps(Stateful()))
sl = pickle.loads(pickle.dumps(Slotted()))
print(sl.p, sl.q)
print(pickle.loads(pickle.dumps(top_level_function))(1))
print(pickle.loads(pickle.dumps([datetime.date(2024, 1, 2), collections.OrderedDict(a=1), collections.Counter("aab")])))

# pickles written by CPython, protocols 0, 1, 2, 5
for data in [b'(lp0\nI1\naVa\np1\na(F2.5\nNtp2\na.',
             b'\x80\x02}q\x00(X\x01\x00\x00\x00kq\x01]q\x02(K\x01K\x02eX\x01\x00\x00\x00zq\x03c__builtin__\nset\nq\x04]q\x05K\x03a\x85q\x06Rq\x07u.',
             b'\x80\x05\x95\x18\x00\x00\x00\x00\x00\x00\x00C\x02xy\x94\x96\x01\x00\x00\x00\x00\x00\x00\x00z\x94(K\x01\x91\x94\x87\x94.',
             b'ccollections\nOrderedDict\nq\x00)Rq\x01X\x01\x00\x00\x00aq\x02K\x01s.',
             b'(dp0\nS\'key\'\np1\nL12345678901234567890L\nsS"q"\np2\nI01\ns.']:
    print(pickle.loads(data))

buf = io.BytesIO()
pickle.dump({"x": 1}, buf)
pickle.dump([2], buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
for bad in [b"", b"\x80\x04K", b"garbage", b"\x80\x09."]:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print("ValueError", e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.UnpicklingError, pickle.PickleError))
class MyPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return "PID" if obj == "special" else None
class MyUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid
b = io.BytesIO()
MyPickler(b).dump(["normal", "special"])
print(b.getvalue(), MyUnpickler(io.BytesIO(b.getvalue())).load())
