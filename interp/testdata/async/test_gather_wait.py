# gather, wait, wait_for, timeout/timeout_at, as_completed and shield.
import asyncio

async def job(name, delay, result=None, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail
    print("job", name, "finished")
    return result if result is not None else name

async def main():
    print(await asyncio.gather(job("a", 0.02), job("b", 0.01), job("c", 0)))
    print(await asyncio.gather())
    r = await asyncio.gather(job("x", 0.01), job("y", 0, fail=ValueError("bad y")), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(job("p", 0.02), job("q", 0.01, fail=KeyError("q")))
    except KeyError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.03)  # p still finishes

    # cancelling gather cancels its children
    async def slow(n):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print("slow", n, "cancelled", e.args)
            raise
    g = asyncio.gather(slow(1), slow(2))
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel(msg="stop"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args)
    print("g.cancelled()", g.cancelled())

    # return_exceptions with a cancelled child
    t = asyncio.create_task(slow(3))
    await asyncio.sleep(0)
    t.cancel("bye")
    print(await asyncio.gather(t, job("z", 0), return_exceptions=True))

    # same awaitable twice
    t2 = asyncio.create_task(job("dup", 0))
    print(await asyncio.gather(t2, t2))

    # wait
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("w1", 0.03), ("w2", 0.01), ("w3", 0.02)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print("all completed:", sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(job("e1", 0.01, fail=RuntimeError("e1"))), asyncio.create_task(job("e2", 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", [repr(t.exception()) for t in done], len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.001)
    print("timeout wait:", len(done), len(pending))
    await asyncio.wait(pending)
    for bad in ([],):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait([job("c", 0)])
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)

    # wait_for
    print(await asyncio.wait_for(job("wf", 0.001), timeout=1))
    print(await asyncio.wait_for(job("none", 0), timeout=None))
    try:
        await asyncio.wait_for(slow(4), timeout=0.01)
    except TimeoutError as e:
        print("wait_for timed out", type(e).__name__, type(e.__cause__).__name__)
    t = asyncio.create_task(slow(5))
    try:
        await asyncio.wait_for(t, timeout=0)
    except TimeoutError:
        print("zero timeout, task cancelled:", t.cancelled())

    # timeout()
    try:
        async with asyncio.timeout(0.01) as cm:
            print("timeout repr starts", repr(cm)[:17])
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout expired:", cm.expired(), repr(cm))
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("not expired:", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print("when None:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside timeout block")
            raise
    print("unreachable?")

async def main2():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError", e)

    # as_completed yields in completion order
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("s", 0.03), ("f", 0.01), ("m", 0.02)]]
    for aw in asyncio.as_completed(tasks):
        print("as_completed ->", await aw)
    try:
        for aw in asyncio.as_completed([asyncio.create_task(job("never", 1))], timeout=0.01):
            await aw
    except TimeoutError:
        print("as_completed timed out")

    # shield
    inner_task = asyncio.create_task(job("shielded", 0.02))
    outer = asyncio.shield(inner_task)
    try:
        await asyncio.wait_for(outer, 0.005)
    except TimeoutError:
        print("outer timed out; inner cancelled?", inner_task.cancelled())
    print("inner result", await inner_task)
    done = asyncio.create_task(job("d", 0))
    await done
    print("shield of done task is the task:", asyncio.shield(done) is done)

try:
    asyncio.run(main())
except TimeoutError:
    print("main timed out at the reschedule")
asyncio.run(main2())
