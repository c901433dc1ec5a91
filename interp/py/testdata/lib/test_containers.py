# list, tuple, range, dict and set methods, views, ordering and errors.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

l = [5, 3, 8, 1, 9, 2]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
l = [1, 2, 3]
l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7); print(l)
print(l.pop(), l.pop(0), l, l.index(9), l.count(2))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1, 2].index(3))
t(lambda: [1, 2].remove(3))
l2 = [1, 2, 3, 2]; l2.remove(2); print(l2)
l3 = [3, 1, 2]; l3.reverse(); print(l3, l3.copy(), list(reversed(l3)))
l3.extend(range(3)); print(l3); l3.clear(); print(l3)
t(lambda: sorted([1, "a"]))
t(lambda: (1, 2, 3, 2).index(2, 2))
t(lambda: (1, 2).index(5))
t(lambda: (1, 2, 2).count(2))
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), list(reversed(r)), r[2:5], 9 in r, 10 in r)
t(lambda: r.index(10))
d = {"b": 2, "a": 1}
d["c"] = 3
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 5), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", None), d.popitem(), d)
t(lambda: {}.pop("x"))
t(lambda: {}.popitem())
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
k = d.keys(); print(k, len(k), "x" in k, list(reversed(k)))
d["new"] = 0; print(k)
print(d.keys() & {"x", "nope"}, sorted(d.keys() - {"a"}), sorted(d.keys() | {"q"}), d.items() >= {("x", 1)})
print(d.values(), ("x", 1) in d.items(), list(reversed(d.items())))
c = d.copy(); c.clear(); print(c, d == d.copy(), {1: 2} | {3: 4})
e = {1: "a"}; e |= {2: "b"}; print(e)
print({3, 1, 2}, {10, 1000, 5}, set(range(10, 0, -1)), {"x"} - {"x"}, set(), frozenset())
s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1); print(s, s.pop(), s)
t(lambda: set().pop())
t(lambda: {1}.remove(2))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < b, a.isdisjoint({9}), a.issubset(range(10)), b.issuperset([3]))
print(a.union([7, 8], (9,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 99]))
a.update([10, 11]); a.intersection_update(range(5, 12)); print(a)
a.difference_update({10}); a.symmetric_difference_update({11, 12}); print(a)
fs = frozenset([1, 2]); print(fs | {3}, {3} | fs, hash(fs) == hash(frozenset([2, 1])), fs.copy() is fs)
print({frozenset([1]): "x"}, set([1, 2]) == frozenset([2, 1]), {1, 2} == {1, 2, 3})
t(lambda: {[1]})
t(lambda: {1} + {2})
print({x * x for x in range(-3, 4)}, {*range(3), *[5, 4]})
print(sorted({"b", "a"}), len({1, 1, 1}), 2 in {1, 2}, list({7: 1, 3: 2}))
