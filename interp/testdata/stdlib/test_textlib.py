import string, textwrap, copy, heapq, bisect, types

# string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(" hello   world  foo "), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; $$5 $who")
print(t.substitute(who="tim", what="kung pao"), t.substitute({'who': 'a', 'what': 'b'}))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("ab\n cd $ 1").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a$b").safe_substitute(a=1), string.Template("${bad").safe_substitute())
class Pct(string.Template):
    delimiter = '%'
print(Pct("%x and %%").substitute(x=5))
f = string.Formatter()
print(f.format("{0} {1!r} {x:>5}|{y[0]} {z.real}", 1, "s", x=3, y=[9], z=2j))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")), f.format("{}-{}", 'a', 'b'))

# textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, "
        "used-to-be typists' favourite; it contains every letter of the alphabet.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-word-here ok", 12))
print(textwrap.wrap("one two three four five six", 9, max_lines=2))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a\tb\nc", 40))
print(textwrap.fill("Hello there.  How are you? Fine.", 80, fix_sentence_endings=True))
print(repr(textwrap.dedent("    def f():\n        return 1\n\n    x = 2\n")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\n   \n  x\n   y")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
w = textwrap.TextWrapper(width=15, break_on_hyphens=False)
print(w.wrap("merry-go-round and see-saw rides"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)

# copy
class Obj:
    def __init__(self, v):
        self.v = v
        self.items = [v]
o = Obj(1)
c1, c2 = copy.copy(o), copy.deepcopy(o)
o.items.append(2)
print(c1.items, c2.items, c1.v, type(c2).__name__, c1 is o)
nested = {'a': [1, [2, 3]], 'b': (4, [5])}
dc = copy.deepcopy(nested)
dc['a'][1].append(99); dc['b'][1].append(6)
print(nested, dc)
lst = [1, 2]; lst.append(lst)
cl = copy.deepcopy(lst)
print(cl[2] is cl, cl[:2])
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
class Custom:
    def __init__(self): self.n = 0
    def __copy__(self):
        c = Custom(); c.n = 'copied'; return c
    def __deepcopy__(self, memo):
        c = Custom(); c.n = 'deep'; return c
print(copy.copy(Custom()).n, copy.deepcopy(Custom()).n, copy.deepcopy([Custom()])[0].n)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s2 = copy.deepcopy(Slotted())
print(s2.a, s2.b)
class L(list): pass
ll = L([1, [2]]); ll.tag = 't'
lc = copy.deepcopy(ll)
print(type(lc).__name__, lc, lc.tag, lc[1] is ll[1])
t1 = (1, 2, 'a')
print(copy.deepcopy(t1) is t1, copy.copy([1]) == [1], copy.copy(5), copy.deepcopy(len) is len)
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
P = namedtuple('P', 'x y')
print(copy.deepcopy(P(1, [2])), copy.copy(OrderedDict(a=1)), copy.deepcopy(defaultdict(list, a=[1])))
print(copy.deepcopy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=5)))

# heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 11), data)
print([heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len))
print(heapq.nsmallest(1, []), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge(['a', 'bb'], ['c', 'dd'], key=len)), list(heapq.merge()), list(heapq.merge([], [1])))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'read'))
heapq.heappush(tasks, (3, 'run'))
print(tasks, heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

# bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
print(bisect.bisect_left(a, 4, 0, 3), bisect.bisect_right(a, 4, lo=5))
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ('x', 7), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print("ValueError:", e)

# types
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace())
def fn(): pass
def gen(): yield
print(isinstance(fn, types.FunctionType), isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp))
try:
    mp['k'] = 2
except TypeError as e:
    print("TypeError:", e)
print(types.NoneType, types.ModuleType('m').__name__, types.new_class('K', (object,)).__name__)
