# wait_for with a coroutine that swallows the cancel, nested timeouts, a
# cancelled task-group parent, shield, event/queue timeouts, future reprs.
import asyncio

async def inner_catches():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner caught, returning value")
        return "value despite cancel"

async def parent_cancelled_tg():
    async def child(n):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("child", n, "cancelled")
            raise
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        await asyncio.sleep(1)

async def main():
    try:
        r = await asyncio.wait_for(inner_catches(), 0.01)
        print("wait_for returned", r)
    except TimeoutError:
        print("TimeoutError")
    # nested timeouts: inner expires first
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(0)
            print("outer still fine")
    except TimeoutError:
        print("outer timeout")
    t = asyncio.create_task(parent_cancelled_tg())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("tg parent cancelled", t.cancelled())
    # shield: outer cancelled, inner continues
    async def work():
        await asyncio.sleep(0.02)
        print("work finished")
        return 5
    inner = asyncio.create_task(work())
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.005)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled; inner done?", inner.done())
    print(await inner)
    # event wait with timeout
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("event timeout, waiters:", len(ev._waiters))
    # gather with cancelled child no return_exceptions
    async def c():
        await asyncio.sleep(1)
    t1 = asyncio.create_task(c())
    g = asyncio.gather(t1, asyncio.sleep(0.01, "x"))
    await asyncio.sleep(0)
    t1.cancel("child msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather got child cancel", e.args)
    # queue with timeouts
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timeout; getters", len(q._getters))
    # task exception retrieved via gather first error, then other continue
    res = await asyncio.gather(*(asyncio.sleep(0.001 * i, i) for i in range(5)))
    print(res)
    # Future repr with callbacks
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    def cb1(f): pass
    def cb2(f): pass
    def cb3(f): pass
    f.add_done_callback(cb1)
    print(repr(f).split(" at ")[0])
    f.cancel()
    print(repr(f))
    # current task in callbacks
    loop.call_soon(lambda: print("current in callback:", asyncio.current_task()))
    await asyncio.sleep(0)
    # Semaphore fairness with cancellation
    sem = asyncio.Semaphore(1)
    order = []
    async def user(n):
        async with sem:
            order.append(n)
            await asyncio.sleep(0)
    ts = [asyncio.create_task(user(i)) for i in range(4)]
    await asyncio.sleep(0)
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(order)

asyncio.run(main())
