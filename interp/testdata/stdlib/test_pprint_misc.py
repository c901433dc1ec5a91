import pprint, warnings, weakref, sys
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass
from types import SimpleNamespace

data = {'name': 'adder', 'versions': [1, 2, 3], 'nested': {'z': 1, 'a': [{'k': 'v' * 10}] * 3}, 'tuple': (1,), 'set': {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=200)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(30)))
pprint.pprint({'long': 'word ' * 30})
pprint.pprint(('a' * 30, 'b' * 30, 'c' * 30))
pprint.pprint(data, depth=1)
pprint.pprint(data, indent=4, width=30)
print(pprint.pformat({'b': 1, 'a': 2}), pprint.saferepr([1, {'b': 2, 'a': 1}]), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(rec))
pprint.pprint(OrderedDict((str(i), i) for i in range(12)))
pprint.pprint(defaultdict(list, {k: [k] * 8 for k in 'abcd'}))
pprint.pprint(Counter('abracadabra' * 5), width=30)
pprint.pprint(deque(range(30), maxlen=40))
@dataclass
class Point:
    x: int
    y: int
    label: str
pprint.pprint([Point(i, i * 2, 'point number %d' % i) for i in range(3)])
pprint.pprint(SimpleNamespace(alpha=list(range(20)), beta='b' * 50))
pprint.pp({'b': 1, 'a': [1] * 40})
pprint.pprint({'bytes': b'x' * 100})
pp = pprint.PrettyPrinter(indent=2, width=20)
print(pp.pformat({'key': ['value1', 'value2', 'value3']}))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first", UserWarning)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("instance"))
    print([(str(x.message), x.category.__name__) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per location")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.simplefilter("always", UserWarning, append=True)
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(x.message) for x in w])
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "code()"), end='')
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)

class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, type(r).__name__, weakref.getweakrefcount(o) >= 0)
d = weakref.WeakValueDictionary()
d['k'] = o
print(d['k'] is o, 'k' in d, len(d))
ws = weakref.WeakSet([o])
print(o in ws, len(ws))
called = []
f = weakref.finalize(o, called.append, 'done')
print(f.alive)
f()
print(called, f.alive)
p = weakref.proxy(o)
o.attr = 5
print(p.attr)
