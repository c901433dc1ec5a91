"""Execute computations asynchronously (adder).

adder runs one interpreter thread, so ThreadPoolExecutor (and
ProcessPoolExecutor, which shares it) runs each submitted call to
completion inside submit() and returns a finished Future; map() therefore
evaluates eagerly. Results, exceptions, callbacks, wait() and
as_completed() behave as they do once CPython's workers have finished."""

import time as _time
import itertools as _itertools

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
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger("concurrent.futures").exception('exception calling callback for %r', self)

    def __repr__(self):
        if self._state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (self.__class__.__name__, id(self),
                                                           _STATE_TO_DESCRIPTION_MAP[self._state],
                                                           self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (self.__class__.__name__, id(self),
                                                         _STATE_TO_DESCRIPTION_MAP[self._state],
                                                         self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        if self._state in [RUNNING, FINISHED]:
            return False
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger("concurrent.futures").exception('exception calling callback for %r', self)

    def _wait_pending(self, timeout):
        # Nothing else can finish a pending future while we wait.
        if timeout is None:
            raise RuntimeError("Future.result() would block forever: adder runs threads one at a time")
        _time.sleep(timeout)
        raise TimeoutError()

    def result(self, timeout=None):
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == FINISHED:
            return self.__get_result()
        self._wait_pending(timeout)

    def exception(self, timeout=None):
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == FINISHED:
            return self._exception
        self._wait_pending(timeout)

    def set_running_or_notify_cancel(self):
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Executor(object):
    """Runs calls; this base runs each one at once, in submit()."""

    _shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        f.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            f.set_exception(exc)
        else:
            f.set_result(result)
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    """An executor for thread workers (run synchronously in adder)."""

    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False

    def submit(self, fn, /, *args, **kwargs):
        if not self._initialized and self._initializer is not None and not self._shutdown:
            self._initialized = True
            self._initializer(*self._initargs)
        return Executor.submit(self, fn, *args, **kwargs)


class ProcessPoolExecutor(ThreadPoolExecutor):
    """An executor for process workers; adder runs the calls in-process,
    synchronously (arguments are not pickled)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor.__init__(self, max_workers or 1, '', initializer, initargs)


def as_completed(fs, timeout=None):
    """Yield the futures in fs as they complete (finished ones first)."""
    fs = list(dict.fromkeys(fs))
    done = [f for f in fs if f.done()]
    pending = [f for f in fs if not f.done()]
    yield from done
    if pending:
        if timeout is not None:
            _time.sleep(timeout)
        raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))


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
    done = {f for f in fs if f.done()}
    not_done = fs - done
    if not_done and timeout:
        _time.sleep(timeout)
    import collections
    return _DoneAndNotDone(done, not_done)


import collections as _collections
_DoneAndNotDone = _collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')
