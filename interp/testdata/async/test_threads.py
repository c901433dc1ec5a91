# asyncio with real threads: to_thread and run_in_executor run concurrently in
# worker threads (with a copy of the context, or none), call_soon_threadsafe
# and run_coroutine_threadsafe cross from threads to the loop, and a worker
# thread runs its own asyncio.run.
import asyncio, threading, time, contextvars
var = contextvars.ContextVar('var', default='unset')

def blocking(x):
    time.sleep(0.3)
    return x * 2, threading.current_thread().name.startswith('asyncio'), var.get()

async def main():
    var.set('set')
    t0 = time.monotonic()
    r = await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 2), asyncio.to_thread(blocking, 3))
    print(r, time.monotonic() - t0 < 0.7)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))
    fut = loop.create_future()
    def worker():
        time.sleep(0.3)
        loop.call_soon_threadsafe(fut.set_result, 'from thread')
    threading.Thread(target=worker).start()
    print(await fut)
    async def coro(x):
        await asyncio.sleep(0.01)
        return x + 1
    res = []
    def submitter():
        res.append(asyncio.run_coroutine_threadsafe(coro(41), loop).result(timeout=2))
    th = threading.Thread(target=submitter); th.start()
    while th.is_alive():
        await asyncio.sleep(0.01)
    print(res)
    def failing():
        raise ValueError('bad')
    try:
        await asyncio.to_thread(failing)
    except ValueError as e:
        print('caught', e)
    def in_thread():
        return asyncio.run(coro(1))
    print(await asyncio.to_thread(in_thread))

asyncio.run(main())
print('done')


def no_loop_in_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print('RuntimeError:', e)

import threading
t = threading.Thread(target=no_loop_in_thread, name='worker-1')
t.start()
t.join()
