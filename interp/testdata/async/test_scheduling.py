# Scheduling order: call_soon FIFO, tasks stepping in creation order, bare
# yields, timers by deadline, done callbacks scheduled with call_soon.
import asyncio

log = []

async def worker(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
    return name.upper()

def cb(tag):
    print("callback", tag)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    t1 = asyncio.create_task(worker("a", 3))
    loop.call_soon(cb, 2)
    t2 = asyncio.create_task(worker("b", 2))
    loop.call_soon(cb, 3)
    print("main before yield")
    await asyncio.sleep(0)
    print("main after first yield")
    r = await t1
    print("t1 result", r, "t2 done?", t2.done())
    print("t2 result", await t2)

    # timers fire by deadline, not by call order
    loop.call_later(0.03, cb, "late")
    loop.call_later(0.01, cb, "early")
    h = loop.call_later(0.02, cb, "cancelled")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    loop.call_at(loop.time() + 0.02, cb, "middle")
    await asyncio.sleep(0.05)

    # done callbacks run via call_soon, in registration order
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done cb 1", f.result()))
    fut.add_done_callback(lambda f: print("done cb 2", f.result()))
    loop.call_soon(fut.set_result, 42)
    print("awaiting future")
    print("future gave", await fut)
    fut.add_done_callback(lambda f: print("late cb", f.result()))
    print("after late add")
    await asyncio.sleep(0)

    # tasks started from tasks, and a sleeping task woken by its timer
    async def child(i):
        print("child", i, "start")
        await asyncio.sleep(0.01 * (3 - i))
        print("child", i, "end")
        return i
    tasks = [asyncio.create_task(child(i)) for i in range(3)]
    print("children created")
    for t in tasks:
        print("got", await t)

    # sleep returns its result argument
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(0.001, "small"))
    return "main result"

print(asyncio.run(main()))

# A plain loop driven by run_until_complete keeps unfinished tasks.
loop = asyncio.new_event_loop()
async def bg():
    for i in range(5):
        print("bg", i)
        await asyncio.sleep(0)
async def short():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return "short"
b = loop.create_task(bg())
print(loop.run_until_complete(short()))
print("bg done?", b.done())
print(loop.run_until_complete(b))
loop.close()
print("closed", loop.is_closed())
try:
    loop.run_until_complete(short())
except RuntimeError as e:
    print("RuntimeError:", e)
