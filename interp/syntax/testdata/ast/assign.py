x = 1
x = y = z = 1
x, y = 1, 2
(x, y) = 1, 2
[x, y] = 1, 2
x, *y = 1, 2, 3
*x, y = z
a.b = 1
a[0] = 1
a.b.c[1][2] = 3
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x @= 1
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
a.b += 1
a[1] += 1
x: int
x: int = 1
(x): int = 1
a.b: str
a[1]: str = "x"
x: list[int] = []
x = yield
x = yield 1
x = yield from y
((a, b), c) = d
[a, [b, c]] = d
for (a, b) in c: pass
x = *a, *b
