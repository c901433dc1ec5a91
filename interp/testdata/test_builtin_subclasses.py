# Subclasses of builtin types keep their type and methods.
class C(int):
    def double(self):
        return self * 2
c = C(5)
print(type(c).__name__, c, c + 1, c.double(), repr(c), c == 5, int(c), [1, 2, 3, 4, 5, 6][c], c.bit_length())

class F(float):
    @property
    def half(self):
        return self / 2
f = F(3.0)
print(type(f).__name__, f, f.half, f * 2, round(f), f > 2)

class Flag(int):
    def __repr__(self):
        return "Flag(%d)" % self
print(repr(Flag(3)), Flag(3) + Flag(4), isinstance(Flag(1), int))

class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(type(s).__name__, s, s.shout(), s + "x", len(s), s == "hi", isinstance(s, str))

class T(tuple):
    def first(self):
        return self[0]
t = T((1, 2))
print(type(t).__name__, t, t.first(), len(t), t + (3,))

class L(list):
    def total(self):
        return sum(self)
l = L([1, 2, 3])
l.append(4)
print(type(l).__name__, l, l.total(), len(l), l[1:3])

class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d["a"], d["zz"], type(d).__name__, d, "zz" in d)

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
st = Stack()
st.push(1)
st.push(2)
print(st.peek(), st, len(st), bool(Stack()))

class CountingDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
cd = CountingDict()
cd["x"] = 1
print(cd)

class MyErr(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except ValueError as e:
    print(repr(e), e.code, str(e))


# The iterator builtins can be subclassed: the subclass's methods run.
class E(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i * 10, x
e = E("ab")
print(type(e).__name__, list(e), isinstance(e, enumerate))
class Z(zip):
    pass
z = Z([1, 2], [3, 4])
print(type(z).__name__, list(z))
class M(map): pass
print(type(M(str, [1])).__name__)
class F(filter): pass
print(type(F(None, [0, 1])).__name__)
for i, x in E("xy"):
    print(i, x)
class R(reversed): pass
r = R((1, 2, 3)); r.tag = 'x'; print(type(r).__name__, list(r), r.tag)
