# Async generators: async for, asend/athrow/aclose, finalisation with
# finally blocks that await, and StopAsyncIteration.
import asyncio

async def counter(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("counter cleanup")
        await asyncio.sleep(0)
        print("counter cleanup after await")

async def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
            except ValueError as e:
                print("echo caught", repr(e))
                received = "recovered"
    finally:
        print("echo closing")

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def main():
    async for i in counter(3):
        print("got", i)
    g = counter(10)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    print("aclose again:", await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after close")

    e = echo()
    print(await e.asend(None))
    print(await e.asend("hello"))
    print(await e.athrow(ValueError("oops")))
    print(await e.asend("again"))
    await e.aclose()

    s = stubborn()
    print(await s.__anext__())
    try:
        await s.aclose()
    except RuntimeError as err:
        print("RuntimeError:", err)

    g = counter(2)
    print(type(g).__name__, g.__aiter__() is g)
    async for i in g:
        if i == 1:
            break
    await g.aclose()

    async def gen_raises():
        yield 1
        raise KeyError("in gen")
    try:
        async for v in gen_raises():
            print("value", v)
    except KeyError as err:
        print("KeyError", err)

    never_started = counter(5)
    await never_started.aclose()
    print("closed unstarted")

    # a generator abandoned mid-iteration is closed by asyncio.run at shutdown
    global left_open
    left_open = counter(5)
    print(await left_open.__anext__())
    print("main returns")

asyncio.run(main())
print("after run")
