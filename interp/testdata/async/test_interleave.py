# Bounded queue hand-off with join, Condition waiters cancelled, and the
# interleaving of call_soon callbacks with gathered coroutines.
import asyncio

async def producer_consumer():
    q = asyncio.Queue(maxsize=1)
    async def prod():
        for i in range(4):
            await q.put(i)
            print("put", i, q.qsize())
        await q.join()
        print("joined")
    async def cons(name):
        while True:
            x = await q.get()
            print(name, "got", x)
            await asyncio.sleep(0)
            q.task_done()
    cs = [asyncio.create_task(cons(n)) for n in "AB"]
    await prod()
    for c in cs:
        c.cancel()

asyncio.run(producer_consumer())

async def cond_cancel():
    cond = asyncio.Condition()
    async def w(n):
        async with cond:
            try:
                await cond.wait()
                print("w", n, "woken")
            except asyncio.CancelledError:
                print("w", n, "cancelled, locked:", cond.locked())
                raise
    ts = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    ts[1].cancel()
    async with cond:
        cond.notify_all()
    r = await asyncio.gather(*ts, return_exceptions=True)
    print([type(x).__name__ for x in r])

asyncio.run(cond_cancel())

async def interleave():
    async def a():
        for i in range(3):
            print("a", i)
            await asyncio.sleep(0)
    async def b():
        for i in range(3):
            print("b", i)
            await asyncio.sleep(0)
            await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    t = asyncio.gather(a(), b())
    loop.call_soon(print, "soon 2")
    fut = loop.create_future()
    loop.call_later(0, fut.set_result, "later0")
    print(await fut)
    await t

asyncio.run(interleave())
