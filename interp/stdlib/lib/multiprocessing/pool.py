"""Pools of workers (adder): the workers are threads of this process (see
multiprocessing), so tasks run concurrently, as they would in CPython's
process pool, but share this process's memory."""

import concurrent.futures as _futures
import threading as _threading

__all__ = ['Pool', 'ThreadPool']


class MaybeEncodingError(Exception):
    pass


class ApplyResult:
    """The result of apply_async: ready once its worker is done."""

    def __init__(self, futures, combine, callback=None, error_callback=None):
        self._futures = futures
        self._combine = combine
        self._done = _threading.Event()
        self._pending = len(futures)
        self._lock = _threading.Lock()
        self._callback = callback
        self._error_callback = error_callback
        if not futures:
            self._finish()
        for f in futures:
            f.add_done_callback(self._one_done)

    def _one_done(self, _):
        with self._lock:
            self._pending -= 1
            last = self._pending == 0
        if last:
            self._finish()

    def _finish(self):
        try:
            value = self._combine([f.result() for f in self._futures])
            ok = True
        except Exception as e:
            value, ok = e, False
        self._ok, self._value = ok, value
        if ok and self._callback is not None:
            self._callback(value)
        if not ok and self._error_callback is not None:
            self._error_callback(value)
        self._done.set()

    def ready(self):
        return self._done.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._ok

    def wait(self, timeout=None):
        self._done.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._ok:
            return self._value
        raise self._value


AsyncResult = ApplyResult
MapResult = ApplyResult


class Pool:
    """A pool of worker threads with multiprocessing.Pool's interface."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        import os
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._state = 'RUN'
        self._executor = _futures.ThreadPoolExecutor(max_workers=processes, initializer=initializer,
                                                     initargs=initargs, thread_name_prefix='PoolWorker')

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def _submit_all(self, func, iterable, star):
        if star:
            return [self._executor.submit(func, *args) for args in iterable]
        return [self._executor.submit(func, x) for x in iterable]

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        return ApplyResult([self._executor.submit(func, *args, **kwds)], lambda rs: rs[0],
                           callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        return MapResult(self._submit_all(func, iterable, False), list, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        return MapResult(self._submit_all(func, iterable, True), list, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        futures = self._submit_all(func, iterable, False)
        return (f.result() for f in futures)

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check_running()
        futures = self._submit_all(func, iterable, False)
        return (f.result() for f in _futures.as_completed(futures))

    def close(self):
        self._state = 'CLOSE'

    def terminate(self):
        self._state = 'TERMINATE'
        self._executor.shutdown(wait=False, cancel_futures=True)

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        self._executor.shutdown(wait=True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __repr__(self):
        return f'<{type(self).__module__}.{type(self).__qualname__} state={self._state} pool_size={self._processes}>'


class ThreadPool(Pool):
    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)
