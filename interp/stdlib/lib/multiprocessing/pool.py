"""Pools of workers (adder): each task runs when it is submitted, in this
process; see multiprocessing."""

import itertools

__all__ = ['Pool', 'ThreadPool']


class MaybeEncodingError(Exception):
    pass


class AsyncResult:
    """The result of apply_async/map_async: ready at once."""

    def __init__(self, func, args, kwds, callback, error_callback, star=False):
        self._ok = True
        try:
            self._value = func(*args, **kwds)
        except Exception as e:
            self._ok = False
            self._value = e
        if self._ok and callback is not None:
            callback(self._value)
        if not self._ok and error_callback is not None:
            error_callback(self._value)

    def ready(self):
        return True

    def successful(self):
        return self._ok

    def wait(self, timeout=None):
        pass

    def get(self, timeout=None):
        if self._ok:
            return self._value
        raise self._value


ApplyResult = AsyncResult
MapResult = AsyncResult


class Pool:
    """A process pool; adder runs the tasks in this process, in order."""

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
        if initializer is not None:
            initializer(*initargs)

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        self._check_running()
        return func(*args, **kwds)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        return AsyncResult(func, args, kwds, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        self._check_running()
        return [func(x) for x in iterable]

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        return AsyncResult(lambda: [func(x) for x in iterable], (), {}, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        self._check_running()
        return [func(*args) for args in iterable]

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        return AsyncResult(lambda: [func(*a) for a in iterable], (), {}, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        return (func(x) for x in list(iterable))

    def imap_unordered(self, func, iterable, chunksize=1):
        return self.imap(func, iterable, chunksize)

    def close(self):
        self._state = 'CLOSE'

    def terminate(self):
        self._state = 'TERMINATE'

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")

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
