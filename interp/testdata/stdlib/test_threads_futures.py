# concurrent.futures.ThreadPoolExecutor with real worker threads.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, FIRST_EXCEPTION


def slow_square(x):
    time.sleep(0.002 * (5 - x % 5))
    return x * x


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(slow_square, range(12))))
    fs = [ex.submit(slow_square, i) for i in range(6)]
    print(sorted(f.result() for f in as_completed(fs)))
    done, not_done = wait(fs)
    print(len(done), len(not_done))

# The calls really run concurrently: two workers meet at a barrier.
bar = threading.Barrier(2, timeout=5)
with ThreadPoolExecutor(max_workers=2) as ex:
    print(sorted(ex.map(lambda _: bar.wait(), range(2))))

# Exceptions travel through the future.
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    print(type(f.exception()).__name__, f.done(), f.cancelled())

# result() with a timeout on a call still running.
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(gate.wait)
    try:
        f.result(timeout=0.01)
    except TimeoutError:
        print("TimeoutError", f.running())
    queued = ex.submit(print, "never")
    print("cancel queued", queued.cancel())
    gate.set()
    print(f.result())

# wait(FIRST_COMPLETED / FIRST_EXCEPTION).
with ThreadPoolExecutor(max_workers=3) as ex:
    hold = threading.Event()
    fast = ex.submit(lambda: "fast")
    slow = ex.submit(hold.wait)
    done, not_done = wait([fast, slow], return_when=FIRST_COMPLETED)
    print(fast in done, slow in not_done)
    bad = ex.submit(lambda: [][0])
    done, not_done = wait([bad, slow], return_when=FIRST_EXCEPTION)
    print(bad in done, slow in not_done)
    hold.set()

# Thread names, the initializer, callbacks.
names = set()
inits = []
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool", initializer=inits.append, initargs=("init",)) as ex:
    list(ex.map(lambda _: names.add(threading.current_thread().name), range(8)))
    cb = []
    f = ex.submit(lambda: 42)
    f.add_done_callback(lambda fut: cb.append(fut.result()))
    f.result()
print(sorted(names) <= ["pool_0", "pool_1"], inits[:1], cb)
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError", e)
