# Scopes: global, nonlocal, closures, class bodies, comprehensions.
x = "global"

def read_global():
    return x

def shadow():
    x = "local"
    return x

def use_global():
    global x
    x = "changed"

print(read_global(), shadow())
use_global()
print(x)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())

def make_adders():
    return [lambda v, i=i: v + i for i in range(3)]

print([f(10) for f in make_adders()])

def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]

print(late_binding())

class C:
    y = 1
    z = [y * 2 for _ in range(2)] if False else None
    def m(self):
        return y_outer

y_outer = "outer"
print(C().m(), C.y)

def outer():
    a = 1
    class Inner:
        a = 2
        def get(self):
            return a
    return Inner().get(), Inner.a

print(outer())

def unbound():
    try:
        print(q)
        q = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

unbound()

def free_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1

free_unbound()

try:
    print(undefined_name)
except NameError as e:
    print(e)

def walrus():
    data = [1, 5, 3, 8]
    if (n := len(data)) > 3:
        print("long", n)
    print([y for v in data if (y := v * 2) > 5], y)

walrus()
print(sorted(k for k in locals() if not k.startswith("__"))[:5])

def deep_closure():
    a = 1
    def l1():
        b = 2
        def l2():
            def l3():
                return a + b
            return l3()
        return l2()
    return l1()

print(deep_closure())

def del_local():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print(e)

del_local()
