# Loop and task API: names, get_coro, current_task/all_tasks, iscoroutine,
# ensure_future with awaitables, exception handlers, reprs without ids.
import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"

async def coro_fn():
    await asyncio.sleep(0)
    return "coro"

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me is asyncio.current_task(), me.done())
    t = asyncio.create_task(coro_fn())
    print(t.get_name(), asyncio.iscoroutine(t.get_coro()), len(asyncio.all_tasks()))
    t.set_name("renamed")
    print(t.get_name(), repr(t.get_name()))
    t2 = asyncio.create_task(coro_fn(), name=123)
    print(repr(t2.get_name()))
    await asyncio.gather(t, t2)
    print(len(asyncio.all_tasks()), asyncio.all_tasks() == {me})
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(print))
    c = coro_fn()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.isfuture(t), asyncio.isfuture(c))
    print(await c)
    f = asyncio.ensure_future(Awaitable())
    print(type(f).__name__, await f)
    print(await Awaitable())
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)

    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), loop.get_debug())
    print(repr(loop).split()[1:])
    t0 = loop.time()
    await asyncio.sleep(0.01)
    print("time advanced:", loop.time() - t0 >= 0.009)
    seen = []
    def handler(lp, ctx):
        seen.append((lp is loop, ctx["message"][:21], repr(ctx["exception"])))
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    def bad_callback():
        raise ValueError("in callback")
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    print(seen)
    loop.set_exception_handler(None)
    try:
        loop.call_soon(coro_fn)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.run_until_complete(coro_fn())
    except RuntimeError as e:
        print("RuntimeError:", e)
    h = loop.call_later(10, print, "never")
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    fut = loop.create_future()
    print(repr(fut))
    fut.add_done_callback(print)
    print(fut.remove_done_callback(print), fut.remove_done_callback(print))
    fut.set_result([1, 2])
    print(repr(fut), fut.get_loop() is loop)
    try:
        asyncio.get_running_loop().stop
    except Exception as e:
        print(e)
    return me.get_name()

print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)

with asyncio.Runner() as runner:
    print(runner.run(coro_fn()))
    print(runner.run(coro_fn()))
    print(runner.get_loop().is_closed())
print(runner.get_loop.__name__)

async def executor_use():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    print(await asyncio.to_thread(divmod, 17, 5))
    try:
        await loop.run_in_executor(None, int, "x")
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(executor_use())
