if (n := len(a)) > 10: pass
while (chunk := f.read()): pass
[y := f(x), y ** 2]
print(x := 1)
(x := 1)
x = (y := 1)
f(a, b := 2)
{(a := 1): 2}
a[(b := 1)]
lambda: (x := 1)
any((x := 1) for y in z)
