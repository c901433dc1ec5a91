# threading.excepthook: an exception escaping a thread's run() is reported
# on stderr as "Exception in thread NAME:" plus the traceback, and the
# hook can be replaced. stderr is captured here so stdout shows it.
import io
import sys
import threading
import _thread


def boom():
    raise ValueError("bad value")


buf = io.StringIO()
saved = sys.stderr
sys.stderr = buf
t = threading.Thread(target=boom, name="Boomer")
t.start()
t.join()
sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=boom, name="Hooked")
t.start()
t.join()
print(caught)
threading.excepthook = threading.__excepthook__

# SystemExit ends a thread silently.
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("after SystemExit", t.is_alive())

# _thread.start_new_thread with a lock as a completion signal.
done = _thread.allocate_lock()
done.acquire()
box = []


def low(a, b=0):
    box.append(a + b)
    done.release()


ident = _thread.start_new_thread(low, (1,), {"b": 2})
done.acquire()
print(box, isinstance(ident, int), ident != _thread.get_ident())
try:
    _thread.start_new_thread(low, [1])
except TypeError as e:
    print("TypeError", e)
