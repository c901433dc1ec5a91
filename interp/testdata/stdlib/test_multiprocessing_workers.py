# multiprocessing's Process and Pool: children run concurrently with the
# parent, results and errors come back through queues and AsyncResults.
import multiprocessing as mp
import time


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail(x):
    raise ValueError(f"bad {x}")


def producer(q, n):
    for i in range(n):
        q.put(i * 10)
    q.put(None)


def slow_then_exit(code):
    time.sleep(0.05)
    raise SystemExit(code)


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 4), name='prod')
    print(p.name, p.is_alive(), p.exitcode)
    p.start()
    got = []
    while (item := q.get()) is not None:
        got.append(item)
    p.join()
    print(got, p.is_alive(), p.exitcode)

    p = mp.Process(target=slow_then_exit, args=(3,))
    p.start()
    print('running:', p.is_alive(), p.exitcode)
    p.join()
    print('after join:', p.is_alive(), p.exitcode)

    with mp.Pool(3) as pool:
        print(pool.map(square, range(8)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(sorted(pool.imap_unordered(square, range(5))), list(pool.imap(square, range(5))))
        r = pool.apply_async(add, (20, 22))
        print(r.get(timeout=5), r.ready(), r.successful())
        seen = []
        r = pool.map_async(square, [1, 2, 3], callback=seen.append)
        r.wait(5)
        print(r.get(), seen if seen else 'callback pending')
        e = pool.apply_async(fail, (7,))
        try:
            e.get(timeout=5)
        except ValueError as err:
            print('ValueError:', err, e.successful())
        try:
            pool.map(fail, [1, 2])
        except ValueError as err:
            print('map raised:', err)
    print(mp.current_process().name, mp.active_children())
