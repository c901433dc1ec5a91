from collections import *
import collections
import collections.abc as cabc

# Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c))
print(c.most_common(2), c.most_common(), c.most_common(0))
print(sorted(c.elements()), c.total())
c.update('aaz')
c.subtract({'b': 5})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=1), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-2, c=0), -Counter(a=1, b=-2))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(), repr(Counter()))
d = Counter({'x': 2})
d += Counter({'x': -5, 'y': 1})
print(d, dict(Counter(['x', 'y', 'x'])))
del d['nope']
print(isinstance(c, dict), Counter('aab').keys(), list(Counter('hello').items()))
words = "the quick brown the lazy dog the end quick".split()
print(Counter(words).most_common(3))

# defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['zz'], dict(dd))
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(di, di.default_factory, defaultdict(), defaultdict(None, {1: 2}))
try:
    defaultdict()['x']
except KeyError as e:
    print("KeyError:", e)
print(dd.get('q'), 'q' in dd, isinstance(dd, dict), dd.copy() == dd, type(dd.copy()).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)

# OrderedDict
od = OrderedDict()
od['x'] = 1; od['y'] = 2; od['z'] = 3
od.move_to_end('x')
print(od, list(od))
od.move_to_end('z', last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict.fromkeys('abc', 0), OrderedDict(), repr(OrderedDict([(1, 2)])))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)

# namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p), p == (11, 22))
print(Point._make([1, 2]), p._asdict(), p._replace(x=100), Point._fields)
print(Point.__doc__, Point.x.__doc__, Point.__name__, type(p).__mro__[1])
x, y = p
print(x, y, isinstance(p, tuple), hash(p) == hash((11, 22)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3(5, 6, 7), P3._field_defaults, P3.__match_args__)
R = namedtuple('R', 'abc def ghi _x abc', rename=True)
print(R._fields)
for bad in [('1x', 'a'), ('T', 'class'), ('T', '_a'), ('T', 'a a')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
Emp = namedtuple('Emp', 'name, age')
print(Emp('bob', 3), sorted([Emp('b', 2), Emp('a', 5)]), Emp('x', 1).__class__.__name__)
match p:
    case Point(a, b):
        print("matched", a, b)

# deque
q = deque([1, 2, 3])
q.append(4); q.appendleft(0)
print(q, len(q), q[0], q[-1], q.pop(), q.popleft(), q)
q.extend([7, 8]); q.extendleft([-1, -2])
print(q, list(reversed(q)), 7 in q, q.count(7), q.index(7))
q.rotate(2); print(q)
q.rotate(-3); print(q)
q.reverse(); print(q)
q.remove(7); print(q)
q.insert(1, 'i'); print(q)
del q[0]; print(q)
q[0] = 'first'; print(q)
ml = deque(range(10), maxlen=3)
print(ml, ml.maxlen)
ml.append(10); ml.appendleft(6); print(ml)
print(deque(), deque('ab') + deque('cd'), deque('ab') * 2, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).index(9)
except ValueError as e:
    print("ValueError:", e)
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
for i in range(500):
    big.pop(); big.popleft()
print(len(big), big[0], big[-1], sum(big))
w = deque(maxlen=2)
for i in range(5):
    w.append(i)
print(w, list(w))
try:
    for v in q:
        q.append(1)
except RuntimeError as e:
    print("RuntimeError:", e)
q.clear(); print(q, bool(q))

# ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), cm.get('z', 0), 'a' in cm)
print(cm, cm.maps)
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'], dict(child) == {'a': 100, 'b': 20, 'c': 30})
cm['new'] = 1
print(over, list(cm.keys()), list(cm.items()))
del cm['new']
try:
    del cm['a']
except KeyError as e:
    print("KeyError:", e)
print(ChainMap(), ChainMap({1: 2}) | {3: 4})

# UserDict / UserList / UserString
class MyDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict({'a': 1}, b=2)
print(md, md['a'], md.data, len(md), 'a' in md, md.get('q', 'no'), isinstance(md, cabc.MutableMapping))
ul = UserList([3, 1, 2])
ul.append(0); ul.sort()
print(ul, ul[1:], ul + [9], len(ul), ul.data, ul == [0, 1, 2, 3], type(ul[1:]).__name__)
us = UserString('hello')
print(us, us.upper(), len(us), us[1:3], us + '!', 'ell' in us, type(us.upper()).__name__)

# collections.abc
print(isinstance({}, cabc.Mapping), isinstance([], cabc.MutableSequence), isinstance((), cabc.Sequence))
print(isinstance(set(), cabc.MutableSet), isinstance(frozenset(), cabc.Set), isinstance('', cabc.Hashable))
print(isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator), isinstance([], cabc.Iterator))
print(isinstance(len, cabc.Callable), isinstance(5, cabc.Iterable), issubclass(dict, cabc.Sized))
print(isinstance(deque(), cabc.MutableSequence), isinstance(Counter(), cabc.Mapping), isinstance(range(3), cabc.Sequence))
print(isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.Set), isinstance([], cabc.Hashable))
class Seq(cabc.Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
    def __len__(self): return self.n
s = Seq(5)
print(list(s), 9 in s, s.index(4), s.count(1), list(reversed(s)))
class MS(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
m = MS([1, 2, 3])
print(list(m | MS([4])), list(m & MS([2, 9])), list(m - MS([1])), m <= MS([1, 2, 3, 4]), m == MS([3, 2, 1]))
m |= [9]; print(list(m), m.isdisjoint([7]))
class Iter:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(Iter(), cabc.Iterator), issubclass(Iter, cabc.Iterable), issubclass(int, cabc.Iterator))
try:
    cabc.Sequence()
except TypeError as e:
    print("TypeError:", e)
print(cabc.Mapping, cabc.MutableMapping.__mro__)
print(sorted(cabc.__all__))
