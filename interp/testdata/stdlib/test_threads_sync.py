# Real threads: locks, events, conditions, semaphores, barriers, joins.
# Output is deterministic despite the scheduling: only joined or ordered
# results are printed.
import threading
import time

# 8 threads incrementing under a Lock reach the exact total.
lock = threading.Lock()
total = 0


def add(n):
    global total
    for _ in range(n):
        with lock:
            total += 1


ts = [threading.Thread(target=add, args=(5000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total", total)

# Thread identity.
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.ident == threading.get_ident())
seen = {}


def who(key):
    me = threading.current_thread()
    seen[key] = (me.name, me.ident == threading.get_ident(), me.ident != main.ident,
                 me.native_id == threading.get_native_id())


t = threading.Thread(target=who, args=("a",), name="worker-a")
print(repr(t).startswith("<Thread(worker-a, initial)"), t.ident, t.is_alive())
t.start()
t.join()
print(seen["a"], t.is_alive(), "stopped" in repr(t))
t2 = threading.Thread(target=who, args=("b",))
print(t2.name.startswith("Thread-"), t2.name.endswith("(who)"))
t2.start()
t2.join()
print(seen["b"][1:])
print(threading.active_count(), [x.name for x in threading.enumerate()])

# Event: a waiter wakes when another thread sets it.
ev = threading.Event()
order = []


def waiter():
    order.append("waiting")
    ev.wait()
    order.append("woke")


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.05)
order.append("set")
ev.set()
t.join()
print(order, ev.is_set(), ev.wait(0))
ev.clear()
print(ev.wait(0.01))

# Condition: a consumer waits for items a producer notifies.
cond = threading.Condition()
items = []
got = []


def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: items)
            got.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
    time.sleep(0.002)
c.join()
print("got", got)

# Semaphore: at most 2 at a time.
sem = threading.BoundedSemaphore(2)
inside = 0
peak = 0
plock = threading.Lock()


def limited():
    global inside, peak
    with sem:
        with plock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.01)
        with plock:
            inside -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak)
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

# Barrier: three parties, each gets a distinct index, the action runs once.
actions = []
bar = threading.Barrier(3, action=lambda: actions.append("action"))
idx = []


def party():
    idx.append(bar.wait())


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), actions, bar.broken, bar.n_waiting)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken", b2.broken)

# RLock re-entry and ownership.
r = threading.RLock()
with r:
    with r:
        print("reentered")
errs = []


def bad_release():
    try:
        r.release()
    except RuntimeError as e:
        errs.append(str(e))


r.acquire()
t = threading.Thread(target=bad_release)
t.start()
t.join()
r.release()
print(errs)

# Lock timeouts and errors.
l = threading.Lock()
l.acquire()
print(l.acquire(timeout=0.01), l.acquire(False), l.locked())
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)

# join with a timeout on a thread still running.
stop = threading.Event()
t = threading.Thread(target=stop.wait, daemon=True)
t.start()
t.join(0.01)
print(t.is_alive(), t.daemon)
stop.set()
t.join()
print(t.is_alive())

# Timer runs later; a cancelled one never does.
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start()
tm2 = threading.Timer(0.01, fired.append, args=("cancelled",))
tm2.start()
tm2.cancel()
tm.join()
tm2.join()
print(fired)

# local: each thread has its own attributes.
data = threading.local()
data.x = "main"
vals = []


def loc(i):
    data.x = i
    time.sleep(0.005)
    vals.append(data.x == i)


ts = [threading.Thread(target=loc, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(vals, data.x)
print(threading.TIMEOUT_MAX > 1e6, threading.Lock is threading.Lock)
