if a: pass
if a: pass
else: pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    continue
for i in range(10):
    if i: continue
else:
    pass
for i, (a, b) in enumerate(x): pass
for x in 1, 2, 3: pass
for *a, b in c: pass
with a: pass
with a as b: pass
with a as b, c as d: pass
with (a as b, c as d): pass
with (a, b): pass
with (a): pass
with (a) as b: pass
with (yield): pass
with (a as b,): pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
x = 1; y = 2; z = 3;
pass
assert x
assert x, "message"
del a
del a, b
del (a, b)
del [a, b]
del a.b, a[1]
return_ = 1
