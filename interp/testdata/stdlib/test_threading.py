import threading, queue, _thread, re

def clean(r):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', re.sub(r' \d{3,}\)', ' ID)', r))

lock = threading.Lock()
print(clean(repr(lock)), lock.locked())
with lock:
    print(clean(repr(lock)), lock.locked())
    print(lock.acquire(False))
print(lock.acquire(), lock.locked()); lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(lock.acquire(timeout=0.01)); print(lock.acquire(timeout=0.01)); lock.release()
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)

r = threading.RLock()
with r:
    with r:
        print("nested rlock ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

results = []
def worker(n, out):
    out.append(n * n)
    results.append(threading.current_thread().name)
ts = [threading.Thread(target=worker, args=(i, results)) for i in range(3)]
print([clean(repr(t)) for t in ts][0])
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(map(str, results)))
print(ts[0].is_alive(), ts[0].name, ts[0].daemon, type(ts[0].ident).__name__)
try:
    ts[0].start()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError", e)

class MyThread(threading.Thread):
    def __init__(self, v):
        super().__init__(name="custom")
        self.v = v
        self.result = None
    def run(self):
        self.result = self.v * 2
t = MyThread(21); t.start(); t.join(); print(t.result, t.name)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.current_thread() is threading.main_thread(), threading.active_count())
print(type(threading.get_ident()).__name__, threading.get_ident() == _thread.get_ident())

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set(); print(ev.is_set(), ev.wait(), ev.wait(1))
ev.clear(); print(ev.is_set())

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False))
sem.release(2)
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)

cond = threading.Condition()
with cond:
    cond.notify_all()
    print(cond.wait(0.01), cond.wait_for(lambda: 5))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)

data = threading.local()
data.x = 1
def setx():
    data.x = 2
    print("in thread has x", data.x)
t = threading.Thread(target=setx); t.start(); t.join()
print("main x", data.x)
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
ml = MyLocal(7)
def readv():
    print("thread sees v", ml.v)
    ml.v = 8
t = threading.Thread(target=readv); t.start(); t.join()
print("main v", ml.v)

fired = []
tm = threading.Timer(0.01, fired.append, args=["x"]); tm.start(); tm.join(); print(fired)
tm = threading.Timer(10, fired.append, args=["y"]); tm.cancel(); tm.start(); tm.join(); print(fired)

# queues
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty raised")
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty after timeout", repr(e))
bq = queue.Queue(maxsize=2)
bq.put(1); bq.put_nowait(2)
print(bq.full())
try:
    bq.put_nowait(3)
except queue.Full:
    print("Full raised")
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
bq.get(); bq.task_done(); bq.get(); bq.task_done()
bq.join()
try:
    bq.task_done()
except ValueError as e:
    print("ValueError", e)
lq = queue.LifoQueue()
for c in "abc":
    lq.put(c)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1); sq.put(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(False)
except queue.Empty:
    print("SimpleQueue Empty")

# producer/consumer with threads started in order
work = queue.Queue()
done = []
def producer():
    for i in range(5):
        work.put(i)
    work.put(None)
def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        done.append(item * 10)
        work.task_done()
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join(); work.join()
print(done)
print(issubclass(queue.Empty, Exception), threading.ThreadError is RuntimeError)

# daemon threads run when joined (adder defers them; CPython runs them
# concurrently): the observable results after join() are the same
box = []
dt = threading.Thread(target=lambda: box.append("daemon ran"), daemon=True)
dt.start()
dt.join()
print(box, dt.is_alive(), dt.daemon)
stop = threading.Event()
def monitor():
    while not stop.wait(0.01):
        pass
    box.append("monitor stopped")
mt = threading.Thread(target=monitor, daemon=True)
mt.start()
stop.set()
mt.join()
print(box[-1], mt.is_alive())
