import contextlib, io, sys
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack, asynccontextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2
print(decorated(21))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("not suppressed")

class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print(v)

buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
    print("also")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    sys.stderr.write("to err\n")
print(repr(err.getvalue()))

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback ran", 1)
    print(names)

with ExitStack() as stack:
    stack.enter_context(tag("outer"))
    s2 = stack.pop_all()
print("popped")
s2.close()

def cleanup_raises():
    raise RuntimeError("in cleanup")
try:
    with ExitStack() as stack:
        stack.callback(cleanup_raises)
        raise ValueError("body")
except RuntimeError as e:
    print("got", e, "context", repr(e.__context__))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError("swallowed by push")
print("push suppressed")

class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("exit", a[0])
with CM() as c:
    print(type(c).__name__)

class Deco(contextlib.ContextDecorator):
    def __enter__(self): print("enter deco"); return self
    def __exit__(self, *a): print("exit deco"); return False
@Deco()
def f():
    print("in f")
f()

try:
    with ExitStack() as s:
        s.enter_context(5)
except TypeError as e:
    print("TypeError:", e)

import asyncio
@asynccontextmanager
async def agen(n):
    print("aenter", n)
    yield n * 2
    print("aexit", n)

async def main():
    async with agen(3) as v:
        print("async body", v)
    async with contextlib.AsyncExitStack() as st:
        v = await st.enter_async_context(agen(5))
        print("stack value", v)
    async with nullcontext(7) as z:
        print("anull", z)
asyncio.run(main())
