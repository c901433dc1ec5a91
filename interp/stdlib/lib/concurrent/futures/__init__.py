"""Execute computations asynchronously (adder).

ThreadPoolExecutor runs the submitted calls on worker threads that run
concurrently with the caller (see threading): submit() returns at once
with a pending Future, result() waits for it, and wait()/as_completed()
follow the workers as they finish. ProcessPoolExecutor is the same
thread pool (adder runs no child interpreters): its calls share the
process and their arguments are not pickled."""

import threading as _threading
import itertools as _itertools
from time import monotonic as _time

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'InvalidStateError', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor', 'ProcessPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
                             CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished"}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


class Future(object):
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        self._condition = _threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger("concurrent.futures").exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (self.__class__.__name__, id(self),
                                                               _STATE_TO_DESCRIPTION_MAP[self._state],
                                                               self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (self.__class__.__name__, id(self),
                                                             _STATE_TO_DESCRIPTION_MAP[self._state],
                                                             self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self),
                                             _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger("concurrent.futures").exception('exception calling callback for %r', self)

    def _wait_done(self, timeout):
        # Waits (letting the worker run) until the future is settled;
        # returns whether it is.
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._condition.wait(timeout)
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def result(self, timeout=None):
        try:
            if not self._wait_done(timeout):
                raise TimeoutError()
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        if not self._wait_done(timeout):
            raise TimeoutError()
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _settle(self, result, exception):
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        self._settle(result, None)

    def set_exception(self, exception):
        self._settle(None, exception)

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Executor(object):
    """The base of executors: subclasses implement submit()."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running concurrently: all
        are submitted first, results come back in order."""
        end = None if timeout is None else timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if end is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end - _time())
            finally:
                for f in fs:
                    f.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


# The executors still running when the program ends: their workers are
# told to stop and joined (threading._register_atexit).
_live_executors = []
_exiting = False


def _python_exit():
    global _exiting
    _exiting = True
    for executor in list(_live_executors):
        executor.shutdown(wait=True)


_threading._register_atexit(_python_exit)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import logging
            logging.getLogger("concurrent.futures").critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    while True:
        item = work_queue.get(block=True)
        if item is not None:
            item.run()
            del item
            executor._idle_semaphore.release()
            continue
        # None: the executor shuts down; wake the next worker too.
        work_queue.put(None)
        return


class BrokenThreadPool(BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class ThreadPoolExecutor(Executor):
    """Runs calls on a pool of at most max_workers threads, started as
    work arrives (an idle worker is reused first)."""

    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        import queue
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = _threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = _threading.Thread(name=name, target=_worker,
                                  args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            if self not in _live_executors:
                _live_executors.append(self)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except Exception:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except Exception:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
        if self in _live_executors:
            _live_executors.remove(self)


class ProcessPoolExecutor(ThreadPoolExecutor):
    """An executor for process workers; adder runs the calls on threads of
    this process (arguments are not pickled)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        import os
        ThreadPoolExecutor.__init__(self, max_workers or (os.cpu_count() or 1), '', initializer, initargs)


def _done_state(f):
    return f._state in [CANCELLED_AND_NOTIFIED, FINISHED]


def as_completed(fs, timeout=None):
    """Yield the futures in fs as they complete (finished ones first)."""
    end = None if timeout is None else timeout + _time()
    fs = list(dict.fromkeys(fs))
    total = len(fs)
    finished = []
    ready = _threading.Event()
    lock = _threading.Lock()

    def waiter(f):
        with lock:
            finished.append(f)
        ready.set()

    pending = []
    for f in fs:
        with f._condition:
            if _done_state(f) or f._state == CANCELLED:
                finished.append(f)
            else:
                f._waiters.append(waiter)
                pending.append(f)
    try:
        seen = set()
        while True:
            with lock:
                batch = finished[:]
                finished.clear()
                ready.clear()
            for f in batch:
                if f not in seen:
                    seen.add(f)
                    yield f
            if len(seen) == total:
                return
            wait_time = None if end is None else end - _time()
            if wait_time is not None and wait_time < 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (total - len(seen), total))
            if not batch:
                ready.wait(wait_time)
    finally:
        for f in pending:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)


class DoneAndNotDoneFutures(tuple):
    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; returns (done, not_done) sets."""
    fs = set(fs)
    event = _threading.Event()

    def settled():
        done = {f for f in fs if _done_state(f) or f._state == CANCELLED}
        if return_when == FIRST_COMPLETED:
            return bool(done) or not fs
        if return_when == FIRST_EXCEPTION:
            if any(f._state == FINISHED and f._exception is not None for f in done):
                return True
        return len(done) == len(fs)

    def waiter(f):
        event.set()

    for f in fs:
        with f._condition:
            f._waiters.append(waiter)
    try:
        end = None if timeout is None else timeout + _time()
        while not settled():
            wait_time = None if end is None else end - _time()
            if wait_time is not None and wait_time <= 0:
                break
            event.wait(wait_time)
            event.clear()
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)
    done = {f for f in fs if _done_state(f) or f._state == CANCELLED}
    return _DoneAndNotDone(done, fs - done)


import collections as _collections
_DoneAndNotDone = _collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')
