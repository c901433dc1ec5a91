import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(1, 2), operator.sub(5, 3), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 4), operator.rshift(64, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.index(7), operator.getitem([1, 2, 3], 1), operator.getitem('abcdef', slice(1, 4)))
d = {}
operator.setitem(d, 'a', 1); print(d)
operator.delitem(d, 'a'); print(d)
class H:
    def __length_hint__(self): return 4
print(operator.length_hint([1, 2, 3]), operator.length_hint(H(), 5), operator.length_hint(object(), 9))
print(operator.call(max, 1, 5, 2))
l = [1]
print(operator.iadd(l, [2]), l, operator.iadd(1, 2), operator.imul('ab', 2))
print(operator.__add__(2, 3), operator.__not__(1), operator.__getitem__('ab', 0))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print("ValueError:", e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)

g = itemgetter(1)
print(g('abc'), g([10, 20]), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 'v'}))
print(repr(g), repr(itemgetter(1, 'x')))
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)))
print(max(data, key=itemgetter(1)))

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return f"{greeting}, {self.name}{punct}"
p = P('outer', P('inner'))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(repr(attrgetter('a', 'b.c')))
try:
    attrgetter('missing')(p)
except AttributeError as e:
    print("AttributeError:", e)
m = methodcaller('greet', 'Hi')
print(m(p), methodcaller('greet', 'Yo', punct='?')(p), repr(methodcaller('greet', 'Yo', punct='?')))
print(list(map(methodcaller('upper'), ['a', 'b'])))
print(sorted(['b', 'A', 'c'], key=methodcaller('lower')))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
