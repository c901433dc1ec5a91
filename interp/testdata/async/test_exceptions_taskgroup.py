# Exceptions crossing awaits and task boundaries; TaskGroup success,
# failures (ExceptionGroup, sibling cancellation) and nesting.
import asyncio

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def level3():
    await asyncio.sleep(0)
    raise KeyError("deep")

async def level2():
    try:
        await level3()
    except KeyError as e:
        raise RuntimeError("wrapped") from e

async def level1():
    return await level2()

async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print("ok", name)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    try:
        await level1()
    except RuntimeError as e:
        print("caught", repr(e), "cause", repr(e.__cause__))
    t = asyncio.create_task(fail("in task"))
    try:
        await t
    except ValueError as e:
        print("task raised", e, "exception():", repr(t.exception()))

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok("a", 0.01))
        b = tg.create_task(ok("b", 0))
    print("group results", a.result(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("sibling", 1))
            tg.create_task(fail("first", 0.01))
            print("body done")
    except* ValueError as eg:
        print("except* ValueError:", repr(eg), [str(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("x"))
            tg.create_task(fail("y"))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("slow", 1))
            raise TypeError("body error")
    except ExceptionGroup as eg:
        print("body error group:", [repr(e) for e in eg.exceptions])

    async def nested():
        async with asyncio.TaskGroup() as inner:
            inner.create_task(fail("inner", 0))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(nested())
            tg.create_task(ok("outer sibling", 1))
    except ExceptionGroup as eg:
        print("nested:", repr(eg))

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(ok("z", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro = ok("after", 0)
    async with tg:
        pass
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        coro.close()
        print("RuntimeError:", e)

    # a failing background task does not disturb the awaiting one
    bg = asyncio.create_task(fail("background"))
    await asyncio.sleep(0.01)
    print("background failed with", repr(bg.exception()))

    # exception from asyncio.run propagates
    return "end"

print(asyncio.run(main()))

async def boom():
    await asyncio.sleep(0)
    raise ZeroDivisionError("from run")
try:
    asyncio.run(boom())
except ZeroDivisionError as e:
    print("asyncio.run raised", repr(e))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
async def nested_run():
    c = boom()
    try:
        asyncio.run(c)
    finally:
        c.close()
try:
    asyncio.run(nested_run())
except RuntimeError as e:
    print("RuntimeError:", e)
