[x if y z]
# ---
x = a if b c
# ---
x = a if b "s"
# ---
x = a if b (1)
# ---
f(a if b c)
# ---
print(a if b 1)
# ---
x = a if b
# ---
a if b.x c
# ---
a if b 1 + 2
# ---
x = (a if b -1)
# ---
x = a if b not c
# ---
# no-newline
x = a if b
# ---
[a for b in c if d e]
# ---
x = lambda: a if b
# ---
any((x = 1) for y in z)
# ---
a[(b = 1)]
# ---
f((x = 1))
# ---
print((x) = 1)
