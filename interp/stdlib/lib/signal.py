"""Set handlers for asynchronous events (adder).

signal.signal() records the handler and sets the process's disposition.
A signal the program sends itself (os.kill(os.getpid(), ...),
signal.raise_signal) runs its Python handler at once, before the call
returns, as CPython does at the next bytecode. SIGINT from outside is
turned into KeyboardInterrupt by adder's host (kernel or `adder run`)
whatever handler is set. Other signals with a Python handler that come
from outside are queued and their handlers run at the next call into this
module. Signal numbers are plain ints (Signals/Handlers give their names).
alarm, setitimer and pause are not available."""

import enum as _enum
import _adder_signal
import os as _os

NSIG = 65
SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE = 1, 2, 3, 4, 5, 6, 7, 8
SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT = 9, 10, 11, 12, 13, 14, 15, 16
SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU = 17, 18, 19, 20, 21, 22, 23, 24
SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPWR, SIGSYS = 25, 26, 27, 28, 29, 30, 31
SIGIOT = SIGABRT
SIGPOLL = SIGIO
SIGCLD = SIGCHLD
SIGRTMIN, SIGRTMAX = 34, 64
SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK = 0, 1, 2

_names = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGKILL',
          'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGSTKFLT', 'SIGCHLD',
          'SIGCONT', 'SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ',
          'SIGVTALRM', 'SIGPROF', 'SIGWINCH', 'SIGIO', 'SIGPWR', 'SIGSYS', 'SIGRTMIN', 'SIGRTMAX']



class _IntLike(_enum.Enum):
    # CPython's are IntEnums, which print as their numbers; adder's VM
    # cannot yet make int subclasses, so these are Enums that print alike.
    def __str__(self):
        return str(self.value)

    def __format__(self, spec):
        return format(self.value, spec)

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value


Signals = _IntLike('Signals', [(n, globals()[n]) for n in _names], module='signal')
Handlers = _IntLike('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module='signal')
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
Sigmasks = _IntLike('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)], module='signal')

_descriptions = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed',
    10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault', 17: 'Child exited',
    18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
    22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired', 27: 'Profiling timer expired',
    28: 'Window changed', 29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call',
}


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT: raise KeyboardInterrupt."""
    raise KeyboardInterrupt


# CPython's state at startup: SIGINT raises KeyboardInterrupt, SIGPIPE and
# SIGXFSZ are ignored, everything else has the default action.
_handlers = {SIGINT: default_int_handler, SIGPIPE: 1, SIGXFSZ: 1}


def _check_signum(signalnum):
    import operator
    signalnum = operator.index(signalnum)
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def _run_pending():
    for s in _adder_signal.pending():
        _deliver(s)


def _deliver(signalnum):
    """Run the Python handler of a signal now."""
    h = _handlers.get(signalnum, 0)
    if callable(h):
        h(signalnum, None)


def _int(v):
    if isinstance(v, _enum.Enum):
        return v.value
    return v


def signal(signalnum, handler, /):
    """Set the action for a signal; return the previous handler."""
    _run_pending()
    signalnum = _check_signum(_int(signalnum))
    handler = _int(handler)
    if handler not in (0, 1) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if signalnum in (SIGKILL, SIGSTOP) or 32 <= signalnum < SIGRTMIN:
        raise OSError(22, 'Invalid argument')
    import threading
    if threading.current_thread() is not threading.main_thread():
        raise ValueError("signal only works in main thread of the main interpreter")
    old = getsignal(signalnum)
    _handlers[signalnum] = handler
    if callable(handler):
        _adder_signal.disposition(signalnum, 2)
    else:
        _adder_signal.disposition(signalnum, handler)
    return old


def getsignal(signalnum, /):
    """Return the current handler: a callable, SIG_IGN or SIG_DFL."""
    signalnum = _check_signum(_int(signalnum))
    h = _handlers.get(signalnum, 0)
    if not callable(h):
        return Handlers(h)
    return h


def raise_signal(signalnum, /):
    """Send a signal to this process."""
    _kill(_os.getpid(), _int(signalnum))


def _kill(pid, sig):
    _run_pending()
    sig = _int(sig)
    if pid == _os.getpid() and 0 < sig < NSIG:
        h = _handlers.get(sig, 0)
        if callable(h):
            h(sig, None)
            return
        if h == 1:
            return
    _adder_signal.kill(pid, sig)


def strsignal(signalnum, /):
    """The system's description of a signal, or None."""
    signalnum = _check_signum(_int(signalnum))
    if SIGRTMIN <= signalnum <= SIGRTMAX:
        return 'Real-time signal %d' % (signalnum - SIGRTMIN)
    return _descriptions.get(signalnum)


def valid_signals():
    return set(range(1, 32)) | set(range(SIGRTMIN, SIGRTMAX + 1))


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag, /):
    _check_signum(_int(signalnum))


def pthread_kill(thread_id, signalnum, /):
    raise_signal(signalnum)


def pthread_sigmask(how, mask, /):
    return set()


def default_handler_name():
    return 'default_int_handler'
