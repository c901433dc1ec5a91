a = 1 + 2 - 3 * 4 / 5 // 6 % 7 @ m ** 8
b = -x + +y - ~z
c = x << 1 >> 2 & 3 | 4 ^ 5
d = not a and b or c and not d
e = a < b <= c > d >= e == f != g
f = a is b, a is not b, a in b, a not in b
g = x if y else z if w else v
h = (yield)
i = a ** -b ** c
j = (a + b) * (c - d)
k = await_ = 1
l = x[1] + x.y.z + x(1)(2)
m = a if b else (lambda: c)
n = (a := 10) + (b := 20)
o = not not x
p = - - x
q = 2 ** 3 ** 4
r = a and (b or c)
