from array import array
import array as array_mod, copy, pickle

print(array_mod.typecodes)
a = array('i', [1, 2, 3])
print(a, repr(array('d')), array('u', 'hé'), array('f', [1.1, 2.5]), array('b', b'\x01\xff'))
print(a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:], list(a), a.tolist())
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a.pop(), a.pop(0), a.index(3), a.count(2), 3 in a)
a.remove(2); a.reverse()
print(a, a.tobytes())
a[0] = 10
a[1:3] = array('i', [7, 8, 9])
del a[-1]
print(a, a + array('i', [1]), a * 2, 2 * array('h', [1]))
b = array('i', a)
b += array('i', [100])
print(b, b == a, b > a, a == array('i', [10, 7, 8, 9]), a == [10, 7, 8, 9])
for tc, vals in [('b', [127, -128]), ('B', [0, 255]), ('h', [-32768, 32767]), ('H', [65535]), ('i', [2**31 - 1]),
                 ('I', [2**32 - 1]), ('q', [2**63 - 1, -2**63]), ('Q', [2**64 - 1]), ('d', [1e300, -0.5])]:
    x = array(tc, vals)
    y = array(tc)
    y.frombytes(x.tobytes())
    print(tc, x.itemsize, x.tobytes().hex(), y == x)
for tc, v in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 40000), ('H', 70000), ('i', 2**31)]:
    try:
        array(tc, [v])
    except OverflowError as e:
        print("OverflowError", tc, e)
for args in [('x',), ('i', [1.5]), ('d', ['s']), ('i', 'abc'), ('u', [1])]:
    try:
        array(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a[1:2] = [1]
except TypeError as e:
    print("TypeError", e)
try:
    a.extend(array('d', [1.0]))
except TypeError as e:
    print("TypeError", e)
try:
    array('i').pop()
except IndexError as e:
    print("IndexError", e)
try:
    a.index(99)
except ValueError as e:
    print("ValueError", e)
try:
    array('i', b'abc')
except ValueError as e:
    print("ValueError", e)
s = array('h', [1, 256])
s.byteswap()
print(s, array('u', 'abc').tounicode(), array('f', [0.1])[0], array('d', [0.1])[0])
c = copy.copy(a); c[0] = -1
print(a[0], c[0], pickle.loads(pickle.dumps(a)) == a)
print(array('i', range(5))[::2], sum(array('d', [1.5, 2.5])), sorted(array('i', [3, 1, 2])))
