def f(): pass
def f(a): pass
def f(a, b=1): pass
def f(a, /, b): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *args, c, d=4, **kwargs): pass
def f(*, a): pass
def f(*args, **kwargs): pass
def f(a: int, b: str = "x") -> bool: pass
def f(*args: int, **kwargs: str): pass
def f(*args: *Ts): pass
def f(a, b, /): pass
@decorator
def f(): pass
@a.b.c
@d(1)
@e[0]
def f(): pass
async def f():
    await x
    async for a in b: pass
    async with c as d: pass
    return [x async for x in y]
def g():
    yield 1
    yield
    yield from x
    x = yield
def f[T](x: T) -> T: return x
def f[T: int, *Ts, **P](): pass
def outer():
    def inner():
        nonlocal x
        global y
    return inner
lambda: 0
lambda x: x
lambda x, y=1: x
lambda *a, **k: 0
lambda a, /, b, *, c: 0
lambda *, a=1: a
