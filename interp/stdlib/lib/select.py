"""Waiting for I/O completion (adder): select.select over descriptors
(or objects with fileno()); poll/epoll are not provided."""

import _adder_select

error = OSError


def _fileno(obj):
    if isinstance(obj, int):
        if obj < 0:
            raise ValueError("file descriptor cannot be a negative integer (%d)" % obj)
        return obj
    try:
        fd = obj.fileno()
    except AttributeError:
        raise TypeError("argument must be an int, or have a fileno() method.") from None
    if not isinstance(fd, int):
        raise TypeError("fileno() returned a non-integer")
    return fd


def select(rlist, wlist, xlist, timeout=None, /):
    """Wait until one or more file descriptors are ready for I/O; returns
    the three lists of the objects that are ready."""
    if timeout is not None:
        timeout = float(timeout)
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
    lists = [list(rlist), list(wlist), list(xlist)]
    fds = [[_fileno(o) for o in l] for l in lists]
    ready = _adder_select.select(fds[0], fds[1], fds[2], timeout)
    out = []
    for objs, fdl, readyfds in zip(lists, fds, ready):
        rs = set(readyfds)
        out.append([o for o, fd in zip(objs, fdl) if fd in rs])
    return out[0], out[1], out[2]
