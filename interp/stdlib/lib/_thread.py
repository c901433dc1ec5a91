"""Low-level threading primitives (adder).

Threads are real: start_new_thread runs the function on a new thread that
runs concurrently with the others under the interpreter's global lock,
switching every sys.getswitchinterval() seconds and whenever a thread
blocks (sleep, lock waits, I/O). Locks block the calling thread only, and
a KeyboardInterrupt reaches the main thread even while it waits.
The lock and the thread machinery are Go (_adder_thread); RLock and
_local are written on top of them here."""

from _adder_thread import (LockType, TIMEOUT_MAX, allocate_lock, start_new_thread, get_ident,
                           get_native_id, _count, _set_sentinel, interrupt_main, _is_main_thread)

error = RuntimeError
lock = LockType


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def daemon_threads_allowed():
    return True


def _report(function, exc):
    """Print an uncaught exception of a thread made by start_new_thread, as
    sys.unraisablehook does."""
    import sys
    import traceback
    stderr = sys.stderr
    if stderr is None:
        return
    print("Exception ignored in thread started by: %r" % (function,), file=stderr)
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=stderr)
    try:
        stderr.flush()
    except Exception:
        pass


class RLock:
    """A reentrant lock: the thread that holds it may acquire it again, and
    must release it as many times."""

    def __init__(self):
        self._block = allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            owner or 0, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    # Condition uses these to give the lock up entirely while it waits.
    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state


class _local:
    """Thread-local data: each thread sees its own attributes."""

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
