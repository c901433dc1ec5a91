# Queue, LifoQueue and PriorityQueue: blocking put/get order, task_done
# and join, QueueEmpty/QueueFull.
import asyncio

async def producer(q, name, items):
    for it in items:
        print(name, "putting", it)
        await q.put(it)
        print(name, "put", it)

async def consumer(q, name, n):
    for _ in range(n):
        it = await q.get()
        print(name, "got", it)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.qsize(), q.empty(), q.full())
    await asyncio.gather(producer(q, "P", [1, 2, 3, 4]), consumer(q, "C", 4))
    print(q, q.empty())
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull", q.full(), q)
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # join waits for task_done of every item
    q = asyncio.Queue()
    async def worker(name):
        while True:
            it = await q.get()
            await asyncio.sleep(0.001 * it)
            print(name, "processed", it)
            q.task_done()
    for i in (3, 1, 2):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    await q.join()
    print("joined", q)
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        lq.put_nowait(x)
        pq.put_nowait((x, str(x)))
    print([lq.get_nowait() for _ in range(5)])
    print([pq.get_nowait() for _ in range(5)])
    pq = asyncio.PriorityQueue()
    for x in [9, 3, 7, 3, 1, 8, 2, 6, 0, 5, 4]:
        await pq.put(x)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)

    # getters blocked on an empty queue wake in FIFO order
    q = asyncio.Queue()
    getters = [asyncio.create_task(consumer(q, f"g{i}", 1)) for i in range(3)]
    await asyncio.sleep(0)
    print(q)
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*getters)
    # a cancelled getter does not lose an item
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    q.put_nowait("kept")
    await asyncio.sleep(0)
    print(g.cancelled(), q.qsize(), q.get_nowait())

asyncio.run(main())
