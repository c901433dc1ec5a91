# no-newline
x = 
# ---
# no-newline
if b:
# ---
# no-newline
def f():
    try:
        pass
# ---
# no-newline
@a
# ---
@a
@b.c
# ---
# no-newline
x = [1, 2
# ---
# no-newline
def broken(:
    pass
# ---
# no-newline
with op
# ---
# no-newline
for x in y
# ---
# no-newline
from ..
# ---
# no-newline
x = (1 +
# ---
# no-newline
print("hello"
# ---
# no-newline
f"{
# ---
f"{x
# ---
f"{x:
# ---
f"{x!r
# ---
f"abc{(1
# ---
f"{x}{
# ---
# no-newline
"abc
# ---
# no-newline
'''abc
# ---
# no-newline
x = 1 \
# ---
x = 1 \
# ---
# no-newline
class C:
    def f(self):
        return (
# ---
# no-newline
if x:
    pass
  else:
    pass
# ---
# no-newline
if x:
    pass
else
# ---
# no-newline
match x:
# ---
# no-newline
while True:
    
# ---
# no-newline
lambda
# ---
# no-newline
x +
# ---
# no-newline
a, b =
# ---
# no-newline
import
# ---
# no-newline
def f(a, b
# ---
# no-newline
1 =
# ---
f() =
# ---
# no-newline
x = yield =
# ---
x = 1 = 
# ---
# no-newline
(yield) = 
# ---
# no-newline
yield = 
# ---
# no-newline
a, 1 = 
# ---
# no-newline
x: int = 
# ---
# no-newline
f(): int
# ---
# no-newline
1: 
# ---
(a, b): 
# ---
# no-newline
a, b: 
# ---
# no-newline
if x:
    pass
  pass
