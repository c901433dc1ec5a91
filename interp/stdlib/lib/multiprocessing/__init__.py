"""Process-based parallelism (adder): the API of multiprocessing, with
threads of this process as the processes. adder does not fork, so a
Process runs its target in a thread and a Pool's workers are threads:
they run concurrently (under the GIL) and results, callbacks and errors
arrive as CPython's would, but children share the parent's memory, and
terminate() and kill() cannot stop a running child. Queues, pipes,
locks, events and shared values are the in-process versions."""

import os as _os
import sys as _sys
import threading as _threading
import queue as _queue
import itertools as _itertools

from .pool import Pool, ThreadPool

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'cpu_count', 'Pool', 'Queue',
           'SimpleQueue', 'JoinableQueue', 'Pipe', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Condition', 'Event', 'Barrier', 'Value', 'Array', 'Manager', 'get_context', 'set_start_method',
           'get_start_method', 'get_all_start_methods', 'TimeoutError', 'ProcessError', 'AuthenticationError',
           'BufferTooShort', 'parent_process']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_counter = _itertools.count(1)
_children = set()


class Process:
    """A process object; start() runs run() here and now."""

    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_counter)
        self._identity = (count,)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or 'Process-%d' % count
        self._daemonic = bool(daemon) if daemon is not None else False
        self._popen = None
        self._exitcode = None
        self._pid = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._popen is not None:
            raise AssertionError('cannot start a process twice')
        self._popen = _threading.Thread(target=self._bootstrap, name=self._name, daemon=self._daemonic)
        self._pid = _os.getpid()
        _children.add(self)
        self._popen.start()

    def _bootstrap(self):
        _local.process = self
        try:
            self.run()
            self._exitcode = 0
        except SystemExit as e:
            code = e.code
            self._exitcode = code if isinstance(code, int) else (0 if code is None else 1)
        except BaseException:
            import traceback
            print('Process %s:' % self._name, file=_sys.stderr)
            traceback.print_exc()
            self._exitcode = 1

    def join(self, timeout=None):
        if self._popen is None:
            raise AssertionError('can only join a started process')
        if self._popen is not True:
            self._popen.join(timeout)
        if not self.is_alive():
            _children.discard(self)

    def is_alive(self):
        if self._popen is None or self._popen is True:
            return self is _main_process
        return self._popen.is_alive()

    def terminate(self):
        # A thread cannot be stopped from outside; the child runs on.
        pass

    def kill(self):
        pass

    def close(self):
        if self.is_alive():
            raise ValueError("Cannot close a process while it is still running. You should first call join() or terminate().")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._daemonic = daemonic

    @property
    def exitcode(self):
        return self._exitcode

    @property
    def ident(self):
        return self._pid

    pid = ident

    @property
    def authkey(self):
        return b''

    @property
    def sentinel(self):
        return -1

    def __repr__(self):
        if self._popen is None:
            status = 'initial'
        elif self._exitcode is not None:
            status = 'stopped'
        else:
            status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % _os.getpid())
        info.append(status)
        if self._exitcode is not None:
            info.append('exitcode=%s' % self._exitcode)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class _MainProcess(Process):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemonic = False
        self._popen = True
        self._exitcode = None
        self._pid = _os.getpid()
        self._target = None
        self._args = ()
        self._kwargs = {}


_main_process = _MainProcess()
_local = _threading.local()


def current_process():
    return getattr(_local, 'process', _main_process)


def parent_process():
    return None


def active_children():
    alive = [p for p in list(_children) if p.is_alive()]
    _children.intersection_update(alive)
    return alive


def freeze_support():
    pass


def cpu_count():
    return _os.cpu_count() or 1


def Queue(maxsize=0):
    return _queue.Queue(maxsize)


def JoinableQueue(maxsize=0):
    return _queue.Queue(maxsize)


def SimpleQueue():
    return _queue.SimpleQueue()


class _Connection:
    """One end of a Pipe."""

    def __init__(self, inbox, outbox, readable, writable):
        self._in = inbox
        self._out = outbox
        self.readable = readable
        self.writable = writable
        self.closed = False

    def send(self, obj):
        if not self.writable:
            raise OSError("connection is read-only")
        self._out.append(obj)

    def recv(self):
        if not self.readable:
            raise OSError("connection is write-only")
        if not self._in:
            raise EOFError
        return self._in.pop(0)

    def send_bytes(self, buf, offset=0, size=None):
        buf = bytes(buf)
        self.send(buf[offset:None if size is None else offset + size])

    def recv_bytes(self, maxlength=None):
        return self.recv()

    def poll(self, timeout=0.0):
        return bool(self._in)

    def close(self):
        self.closed = True

    def fileno(self):
        return -1

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    a, b = [], []
    if duplex:
        return _Connection(a, b, True, True), _Connection(b, a, True, True)
    return _Connection(a, b, True, False), _Connection(b, a, False, True)


Lock = _threading.Lock
RLock = _threading.RLock
Semaphore = _threading.Semaphore
BoundedSemaphore = _threading.BoundedSemaphore
Condition = _threading.Condition
Event = _threading.Event
Barrier = _threading.Barrier


class _Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self.value = value
        self._lock = _threading.RLock()

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *a):
        return self._lock.acquire(*a)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *a):
        return self._lock.__exit__(*a)

    def __repr__(self):
        return '<Synchronized wrapper for c_%s(%r)>' % ({'i': 'int', 'd': 'double', 'f': 'float', 'l': 'long',
                                                          'c': 'char', 'b': 'byte'}.get(self._typecode,
                                                                                        self._typecode), self.value)


def Value(typecode_or_type, *args, lock=True):
    return _Value(typecode_or_type, args[0] if args else 0, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    import array
    if isinstance(size_or_initializer, int):
        size_or_initializer = [0] * size_or_initializer
    if isinstance(typecode_or_type, str) and typecode_or_type in array.typecodes:
        return array.array(typecode_or_type, size_or_initializer)
    return list(size_or_initializer)


class _Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = [f'{k}={v!r}' for k, v in self.__dict__.items() if not k.startswith('_')]
        return 'Namespace(%s)' % ', '.join(sorted(items))


class _Manager:
    """A manager whose shared objects are the plain local ones."""

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.shutdown()

    def start(self, *args):
        pass

    def shutdown(self):
        pass

    def list(self, sequence=()):
        return list(sequence)

    def dict(self, *args, **kwds):
        return dict(*args, **kwds)

    def Namespace(self, **kwds):
        return _Namespace(**kwds)

    def Queue(self, maxsize=0):
        return _queue.Queue(maxsize)

    def Lock(self):
        return _threading.Lock()

    def RLock(self):
        return _threading.RLock()

    def Event(self):
        return _threading.Event()

    def Value(self, typecode, value, lock=True):
        return _Value(typecode, value, lock)

    def Array(self, typecode, sequence, lock=True):
        return Array(typecode, sequence)


def Manager():
    return _Manager()


_start_method = None


def get_start_method(allow_none=False):
    if _start_method is None and allow_none:
        return None
    return _start_method or 'fork'


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    _start_method = method


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def get_context(method=None):
    if method is not None and method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    return _sys.modules[__name__]


def get_logger():
    import logging
    return logging.getLogger('multiprocessing')


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger
