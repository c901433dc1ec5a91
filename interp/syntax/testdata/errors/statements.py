if x
    pass
# ---
for x in y
    pass
# ---
while x
    pass
# ---
def f()
    pass
# ---
class C
    pass
# ---
with x
    pass
# ---
try
    pass
# ---
if x:
    pass
else
    pass
# ---
if x:
    pass
elif y
    pass
# ---
def f(x:
    pass
# ---
print "hello"
# ---
print 1, 2
# ---
exec "code"
# ---
1 = x
# ---
f() = 1
# ---
x + 1 = 2
# ---
(a, b) = 1, f() = 3
# ---
[a, 1] = x
# ---
None = 1
# ---
True = 1
# ---
x, 1 = y
# ---
del f()
# ---
del 1
# ---
del (a, 1)
# ---
f() += 1
# ---
(a, b) += 1
# ---
a, b: int
# ---
[a]: int = 1
# ---
f(): int
# ---
for 1 in x: pass
# ---
for f() in x: pass
# ---
with a as 1: pass
# ---
with a as f(): pass
# ---
import a.b as
# ---
from x import a,
# ---
from x import
# ---
try:
    pass
# ---
try:
    pass
x = 1
# ---
try:
    pass
except A, B:
    pass
# ---
def f(a=1, b): pass
# ---
def f(*): pass
# ---
def f(*, **k): pass
# ---
def f(a, /, b, /): pass
# ---
def f(/, a): pass
# ---
def f(**k, a): pass
# ---
def f(*a, *b): pass
# ---
def f(**k=1): pass
# ---
lambda a=1, b: 0
# ---
class C(x for x in y): pass
# ---
x = yield = 1
# ---
def f():
    x = yield = 1
# ---
a = 1; ; b = 2
# ---
if x = 1: pass
# ---
while x = 1: pass
# ---
x = [1, 2 3]
# ---
x = (1 2)
# ---
f(a b)
# ---
x = {1: 2 3: 4}
# ---
x = {1 2}
# ---
f(a for a in b, c)
# ---
f(c, a for a in b)
# ---
f(a=1, b)
# ---
f(**a, b)
# ---
f(**a, *b)
# ---
f(x=1, x=2
# ---
type X = 
# ---
type X[] = int
# ---
def f[T](): pass
x = [1, 2
# ---
nonlocal
# ---
global x,
# ---
assert
# ---
raise from x
# ---
return return
# ---
import
# ---
@
def f(): pass
# ---
@dec
x = 1
# ---
async x = 1
# ---
else: pass
# ---
elif x: pass
# ---
except: pass
# ---
case 1: pass
# ---
x = 1 +* 2
# ---
x = not
# ---
x = a if b
# ---
x = lambda: yield
# ---
f(x=)
# ---
f(=1)
# ---
f(1=2)
# ---
f(a.b=1)
# ---
x := 1
# ---
(f() := 1)
# ---
(a.b := 1)
# ---
[x for x in y] = 1
# ---
{a: 1} = x
# ---
a if b else c = 1
# ---
a < b = 1
# ---
lambda: 1 = 1
# ---
"abc" = 1
# ---
f"{x}" = 1
# ---
... = 1
# ---
[*a for a in b]
# ---
{**a for a in b}
# ---
x = *a
# ---
print(*a for a in b)
# ---
x = {1: 2, 3}
# ---
x = {1, 2: 3}
# ---
match x:
    case 1 + 1: pass
# ---
match x:
    case f(a=1, b): pass
# ---
match x:
    case a as _: pass
# ---
match x:
    case a as 1: pass
# ---
match x
    case 1: pass
# ---
match x:
    case {**rest, "a": 1}: pass
# ---
match x:
    case 1 + 2: pass
# ---
with (a as b, c as d): pass
x = (
# ---
def f(a, a): pass
# ---
x = 1 if 2
# ---
def f() -> : pass
# ---
class C(metaclass=M, x): pass
# ---
from .x import (a, b
# ---
for x in range(10):
    pass
    else: pass
