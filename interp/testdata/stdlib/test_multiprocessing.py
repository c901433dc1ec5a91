import multiprocessing as mp
from multiprocessing import Pool, Process, Queue, Pipe, Value, Manager

def square(x):
    return x * x

def add(a, b):
    return a + b

def boom(x):
    raise ValueError("bad %s" % x)

def worker(q, n):
    q.put(n * 10)

def sender(conn):
    conn.send({"hello": "world"})
    conn.close()

if __name__ == "__main__":
    with Pool(4) as pool:
        print(pool.map(square, range(6)), pool.starmap(add, [(1, 2), (3, 4)]), list(pool.imap(square, [7, 8])))
        r = pool.apply_async(square, (9,))
        print(r.get(timeout=1), r.ready(), r.successful(), pool.apply(add, (2, 3)))
        got = []
        pool.apply_async(square, (3,), callback=got.append)
        errs = []
        e = pool.apply_async(boom, (1,), error_callback=lambda ex: errs.append(str(ex)))
        try:
            e.get()
        except ValueError as ex:
            print("ValueError", ex, e.successful())
        print(got, errs, sorted(pool.imap_unordered(square, [1, 2, 3])), pool.map_async(square, [4, 5]).get())
    q = Queue()
    ps = [Process(target=worker, args=(q, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in range(3)), [p.exitcode for p in ps], ps[0].name.startswith("Process-"))
    parent, child = Pipe()
    p = Process(target=sender, args=(child,))
    p.start()
    print(parent.recv())
    p.join()
    v = Value("i", 0)
    with v.get_lock():
        v.value += 5
    print(v.value, mp.cpu_count() >= 1, mp.current_process().name)
    with Manager() as m:
        d = m.dict()
        l = m.list([1])
        d["k"] = "v"
        l.append(2)
        print(dict(d), list(l))
    try:
        Pool(0)
    except ValueError as e:
        print("ValueError", e)
    pool = Pool(2)
    pool.close()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError", e)
    pool.join()
