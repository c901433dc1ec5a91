# Lock, Event, Semaphore, BoundedSemaphore and Condition: who wakes up in
# which order.
import asyncio

def state(obj):
    r = repr(obj)
    return r[r.index("["):]

async def locker(lock, name, hold):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(hold)
        print(name, "releases")

async def main():
    lock = asyncio.Lock()
    print("lock", state(lock), lock.locked())
    await asyncio.gather(locker(lock, "A", 0.01), locker(lock, "B", 0), locker(lock, "C", 0))
    print("lock", state(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    t = asyncio.create_task(locker(lock, "D", 0))
    await asyncio.sleep(0)
    print("lock", state(lock))
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("after cancelled waiter", state(lock))

    ev = asyncio.Event()
    async def waiter(n):
        print("waiter", n, "waiting")
        r = await ev.wait()
        print("waiter", n, "woke", r)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("event", state(ev), ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print("event", state(ev), await ev.wait())
    ev.clear()
    print("cleared", ev.is_set())

    sem = asyncio.Semaphore(2)
    async def limited(n):
        async with sem:
            print("sem enter", n)
            await asyncio.sleep(0.01)
            print("sem exit", n)
    await asyncio.gather(*(limited(i) for i in range(4)))
    print("semaphore", state(sem), sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            print("consumer", n, "waiting")
            await cond.wait_for(lambda: items)
            print("consumer", n, "took", items.pop(0))
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend(["y", "z"])
        cond.notify_all()
    await asyncio.gather(*cs)
    print("condition", state(cond))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
