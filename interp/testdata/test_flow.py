# Control-flow corners: finally with continue/break/return, with inside
# loops, generators and finally, exceptions in __exit__, del forms.
def finally_continue():
    out = []
    for i in range(3):
        try:
            out.append(i)
            if i == 1:
                raise ValueError
        except ValueError:
            out.append("err")
        finally:
            out.append("fin")
            continue
    return out

print(finally_continue())

def finally_break():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return i

print(finally_break())

def return_in_with_loop():
    class CM:
        def __enter__(self):
            print("enter")
        def __exit__(self, *a):
            print("exit", a[0])
    for i in range(3):
        try:
            with CM():
                if i == 1:
                    return "returned at 1"
        finally:
            print("finally", i)

print(return_in_with_loop())

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

for v in gen_finally():
    print("got", v)
    break
print("after break")

def bad_close():
    try:
        yield 1
    finally:
        yield 2

g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise KeyError("from exit")

try:
    with ExitRaises():
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

lst = list(range(10))
del lst[2:5]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)

gv = 1
def del_global():
    global gv
    del gv
del_global()
print("gv" in globals())

class Klass:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    total = sum(x for x in items)
    f = (lambda self, k=len(items): k)
print(Klass.doubled, Klass.total, Klass().f())

def outer():
    class Inner:
        def method(self):
            def nested():
                return __class__.__name__
            return nested()
    return Inner().method()
print(outer())

d = {}
d["self"] = d
l = [1]
l.append(l)
print(d, l)

def counter_gen():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

cg = counter_gen()
next(cg)
for v in (5, 10, 20):
    print(cg.send(v))
try:
    cg.send(None)
except StopIteration as e:
    print("final", e.value)

def multi_except(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            raise TypeError("one")
        return 1 / (x - 2)
    except (ValueError, TypeError) as e:
        return type(e).__name__
    except ZeroDivisionError:
        return "div"
    finally:
        pass

print([multi_except(i) for i in range(4)])

if __name__ == "__main__":
    print("main module")

x = 0
while x < 10:
    x += 1
    if x % 2:
        continue
    if x > 6:
        break
else:
    print("no break")
print("x =", x)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)

def nested_gen():
    yield from (i * i for i in range(3))
    yield from [10, 20]
    return "end"

print(list(nested_gen()))
it = iter(range(3))
for a in it:
    for b in it:
        print(a, b)
print(sum(i for i in range(10) if i % 2), max(range(10), key=lambda v: -v))
