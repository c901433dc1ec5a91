f(a for a in b, c)
x = "abc
# ---
f(a for a in b, c)
x = $
# ---
1 = x
y = (
# ---
if x
y = "abc
# ---
x = (1,
1 = 2
# ---
print "hello"
x = [
# ---
def f(:
    x = 'abc
# ---
f(**)
x = 'abc
# ---
x = [1, 2
if x
# ---
y{  1
# ---
x { 1
# ---
els{e
# ---
x (1
# ---
print x (
