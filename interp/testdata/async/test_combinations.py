# Timeouts around task groups, failing children, wait_for/gather error paths,
# lock waiters cancelled, rescheduled timeouts.
import asyncio

async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name)
        print("child", name, "done")
        return name
    except asyncio.CancelledError:
        print("child", name, "cancelled")
        raise

async def main():
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("a", 0.01))
                tg.create_task(child("b", 1))
    except TimeoutError:
        print("timeout around taskgroup")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c", 0.01, fail=True))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled by failing child")
                raise
    except* ValueError as eg:
        print("eg", [str(e) for e in eg.exceptions])
    t = asyncio.current_task()
    print("cancelling after tg:", t.cancelling())
    async def waits_for_raiser():
        return await asyncio.wait_for(child("d", 0, fail=True), 1)
    try:
        await waits_for_raiser()
    except ValueError as e:
        print("wait_for propagated", e)
    r = await asyncio.gather(child("e", 0.01), child("f", 0, fail=True), child("g", 0.02), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(child("h", 0.02), child("i", 0, fail=True))
    except ValueError as e:
        print("gather first error", e)
    await asyncio.sleep(0.03)
    lock = asyncio.Lock()
    async def holder():
        async with lock:
            await asyncio.sleep(0.02)
    async def contender(n):
        try:
            async with lock:
                print("contender", n, "got lock")
        except asyncio.CancelledError:
            print("contender", n, "cancelled while waiting")
            raise
    h = asyncio.create_task(holder())
    await asyncio.sleep(0)
    cs = [asyncio.create_task(contender(i)) for i in range(3)]
    await asyncio.sleep(0)
    cs[0].cancel()
    await asyncio.gather(h, *cs, return_exceptions=True)
    print("lock free:", not lock.locked())
    # timeout reschedule/extend
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 0.05)
        await asyncio.sleep(0.02)
    print("extended timeout ok", cm.expired())
    # task that catches its own timeout-cancel and reraises something else
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise RuntimeError("converted")
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__context__).__name__)
    print("final cancelling:", t.cancelling())

asyncio.run(main())
