import traceback, sys, io, platform, atexit, secrets

def inner():
    raise ValueError("bad value")
def outer():
    inner()
try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"), end='')
    tb = sys.exc_info()[2]
    print([(f.name, f.lineno) for f in traceback.extract_tb(tb)])
try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(''.join(lines).replace(__file__, "FILE"), end='')
try:
    try:
        raise ZeroDivisionError('division by zero')
    except ZeroDivisionError:
        int('x')
except ValueError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, "FILE"), end='')
print(traceback.format_exception_only(KeyError('x')), traceback.format_exception_only(ValueError()))
buf = io.StringIO()
try:
    raise TypeError("to buffer")
except TypeError:
    traceback.print_exc(file=buf)
print(buf.getvalue().splitlines()[-1])
te = traceback.TracebackException.from_exception(ValueError("x"))
print(list(te.format()), str(te))
print(platform.python_version(), platform.system(), type(platform.machine()).__name__)
noop = lambda: None
print(atexit.register(noop) is noop, len(secrets.token_hex(8)), len(secrets.token_bytes(5)), secrets.randbelow(10) < 10, secrets.compare_digest("a", "a"))
