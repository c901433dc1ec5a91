# queue.Queue between real threads: a producer/consumer pipeline, join and
# task_done, bounded queues, LIFO/priority/simple queues, timeouts.
import queue
import threading

q = queue.Queue()
results = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        results.append(item * item)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()
print(sorted(results), q.unfinished_tasks)
for _ in workers:
    q.put(None)
for w in workers:
    w.join()

# A pipeline: stage 1 -> stage 2 -> collector, through bounded queues.
a = queue.Queue(maxsize=2)
b = queue.Queue(maxsize=2)
out = []


def stage1():
    for i in range(10):
        a.put(i)
    a.put(None)


def stage2():
    while (x := a.get()) is not None:
        b.put(x + 100)
    b.put(None)


def collect():
    while (x := b.get()) is not None:
        out.append(x)


ts = [threading.Thread(target=f) for f in (stage1, stage2, collect)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)

full = queue.Queue(maxsize=1)
full.put(1)
try:
    full.put(2, timeout=0.01)
except queue.Full:
    print("Full")
try:
    full.put_nowait(2)
except queue.Full:
    print("Full nowait")
print(full.get(), full.empty(), full.qsize())
try:
    full.get(timeout=0.01)
except queue.Empty:
    print("Empty")
try:
    full.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])

# A blocked get() is woken by a put from another thread.
sq = queue.SimpleQueue()
t = threading.Timer(0.02, sq.put, args=("late",))
t.start()
print(sq.get(), sq.empty())
t.join()
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
