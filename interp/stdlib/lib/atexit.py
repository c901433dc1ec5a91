"""Register functions to be called at interpreter exit (adder).

The handlers are kept here; adder's hosts do not yet call _run_exitfuncs
when a session ends, so registered functions run only if it is called."""

_handlers = []


def register(func, /, *args, **kwargs):
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except Exception as e:
            import sys, traceback
            print("Exception ignored in atexit callback", func, file=sys.stderr)
            traceback.print_exception(e)
