import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import re

def square(x):
    return x * x

def boom(x):
    raise ValueError("bad %d" % x)

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futs])
    print(list(ex.map(square, [1, 2, 3])), list(ex.map(pow, [2, 3], [3, 2])))
    print(sorted(f.result() for f in as_completed(futs)))
    bad = ex.submit(boom, 7)
    exc = bad.exception()
    print(bad.done(), bad.cancelled(), type(exc).__name__, exc)
    try:
        bad.result()
    except ValueError as e:
        print("ValueError", e)
    done, not_done = wait(futs)
    print(len(done), len(not_done), wait(futs, return_when=cf.FIRST_COMPLETED).not_done)
    seen = []
    futs[0].add_done_callback(lambda f: seen.append(f.result()))
    print(seen, futs[0].cancel())
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)

f = cf.Future()
print(re.sub("0x[0-9a-f]+", "ADDR", repr(f)), f.done(), f.running())
calls = []
f.add_done_callback(lambda fut: calls.append("called"))
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(re.sub("0x[0-9a-f]+", "ADDR", repr(f)), f.result(), calls)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError")
g = cf.Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except cf.CancelledError:
    print("CancelledError")
h = cf.Future()
try:
    h.result(timeout=0.01)
except cf.TimeoutError:
    print("TimeoutError", cf.TimeoutError is TimeoutError)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError", e)
inits = []
with ThreadPoolExecutor(initializer=inits.append, initargs=("init",)) as ex2:
    ex2.submit(print, "work")
print(inits)
with cf.ProcessPoolExecutor() as pex:
    print(list(pex.map(square, range(4))))
