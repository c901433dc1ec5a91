"""Low-level threading primitives (adder).

adder runs one interpreter thread: a new thread's function runs to
completion, synchronously, when it is started (see threading). Locks are
therefore plain state machines: acquiring a lock that is already held
can never succeed later, so a blocking acquire without a timeout raises
RuntimeError instead of hanging the session forever; with a timeout it
waits that long and returns False, as CPython would."""

import time as _time

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_ident = [1]
_current = [1]


def get_ident():
    return _current[0]


def get_native_id():
    return _current[0]


def _new_ident():
    _ident[0] += 1
    return _ident[0]


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")


def _would_block(what, timeout):
    if timeout == -1:
        raise RuntimeError(what + " would block forever: adder runs threads one at a time")
    _time.sleep(timeout)
    return False


class lock:
    """A primitive lock (threading.Lock)."""
    __slots__ = ('_locked', '__weakref__')

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        return _would_block("acquiring a held lock", timeout)

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return '<%s _thread.lock object at %#x>' % (state, id(self))


LockType = lock


def allocate_lock():
    return lock()


class RLock:
    """A reentrant lock: the owning thread may acquire it again."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count and self._owner == me:
            self._count += 1
            return True
        if not self._count:
            self._owner = me
            self._count = 1
            return True
        if not blocking:
            return False
        return _would_block("acquiring an RLock held by another thread", timeout)

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _release_save(self):
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return '<%s _thread.RLock object owner=%d count=%d at %#x>' % (
            state, self._owner or 0, self._count, id(self))


def start_new_thread(function, args, kwargs=None):
    """Run function(*args, **kwargs) now, as a thread with a new ident."""
    ident = _new_ident()
    saved = _current[0]
    _current[0] = ident
    try:
        function(*args, **(kwargs or {}))
    except SystemExit:
        pass
    except BaseException as e:
        import traceback, sys
        print("Unhandled exception in thread started by", function, file=sys.stderr)
        traceback.print_exception(e)
    finally:
        _current[0] = saved
    return ident


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def stack_size(size=0):
    return 0


class _local:
    """Thread-local data: one namespace per thread ident."""

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        me = get_ident()
        d = dicts.get(me)
        if d is None:
            d = dicts[me] = {}
            if type(self).__init__ is not object.__init__:
                args, kw = object.__getattribute__(self, '_local__args')
                type(self).__init__(self, *args, **kw)
        return d

    def __getattribute__(self, name):
        if name.startswith('_local__') or name == '__class__':
            return object.__getattribute__(self, name)
        d = object.__getattribute__(self, '_local__dict')()
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % type(self).__name__)
        object.__getattribute__(self, '_local__dict')()[name] = value

    def __delattr__(self, name):
        d = object.__getattribute__(self, '_local__dict')()
        if name not in d:
            raise AttributeError(name)
        del d[name]
