"""Dump the Python traceback (adder). The interpreter turns its own
faults into exceptions, so enable() only records the file; the dumps
(now, later, or on a signal) write the Python frames in faulthandler's
format. As in CPython, the file must have a file descriptor."""

import sys
import threading

__all__ = ['enable', 'disable', 'is_enabled', 'dump_traceback', 'dump_traceback_later',
           'cancel_dump_traceback_later', 'register', 'unregister']

_state = {'enabled': False, 'file': None, 'all_threads': True}
_timer = None
_registered = {}


def _check_file(file):
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fd = file.fileno()
    if fd < 0:
        raise ValueError("file is not a valid file descriptor")
    if hasattr(file, 'flush'):
        file.flush()
    return file


def _write(file, text):
    if isinstance(file, int):
        import os
        os.write(file, text.encode('utf-8', 'backslashreplace'))
    else:
        file.write(text)
        file.flush()


def _format_stack(frame):
    out = []
    depth = 0
    while frame is not None:
        if depth >= 100:
            out.append('  ...\n')
            break
        code = frame.f_code
        out.append('  File "%s", line %d in %s\n' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    return ''.join(out)


def _dump(file, all_threads, frame):
    if all_threads:
        header = 'Current thread 0x%016x (most recent call first):\n' % threading.get_ident()
    else:
        header = 'Stack (most recent call first):\n'
    _write(file, header + _format_stack(frame))


def enable(file=None, all_threads=True):
    """Remember the file to dump tracebacks to on a fatal error."""
    file = _check_file(file)
    _state.update(enabled=True, file=file, all_threads=all_threads)


def disable():
    """Forget the fatal-error file; True if it was enabled."""
    was = _state['enabled']
    _state.update(enabled=False, file=None)
    return was


def is_enabled():
    return _state['enabled']


def dump_traceback(file=None, all_threads=True):
    """Write the traceback of the calling thread to file."""
    file = _check_file(file)
    _dump(file, all_threads, sys._getframe(1))


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump the main thread's traceback after timeout seconds (then again
    every timeout seconds if repeat; exit the process if exit)."""
    global _timer
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    file = _check_file(file)
    cancel_dump_traceback_later()
    frame_of = sys._getframe

    def fire():
        global _timer
        _write(file, 'Timeout (%d:%02d:%02d)!\n' % (timeout // 3600, timeout // 60 % 60, timeout % 60))
        _dump(file, True, frame_of(0))
        if exit:
            import os
            os._exit(1)
        if repeat:
            _timer = threading.Timer(timeout, fire)
            _timer.daemon = True
            _timer.start()

    _timer = threading.Timer(timeout, fire)
    _timer.daemon = True
    _timer.start()


def cancel_dump_traceback_later():
    global _timer
    if _timer is not None:
        _timer.cancel()
        _timer = None


def register(signum, file=None, all_threads=True, chain=False):
    """Dump the traceback when signal signum arrives."""
    import signal
    file = _check_file(file)

    def handler(sig, frame):
        _dump(file, all_threads, frame)
        previous = _registered.get(signum, (None, None))[1]
        if chain and callable(previous):
            previous(sig, frame)

    old = signal.signal(signum, handler)
    if signum not in _registered:
        _registered[signum] = (handler, old)
    else:
        _registered[signum] = (handler, _registered[signum][1])


def unregister(signum):
    """Stop dumping on signum; True if it was registered."""
    import signal
    entry = _registered.pop(signum, None)
    if entry is None:
        return False
    signal.signal(signum, entry[1] if entry[1] is not None else signal.SIG_DFL)
    return True
