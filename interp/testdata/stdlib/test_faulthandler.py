# faulthandler: enable/disable and tracebacks dumped to a file.
import faulthandler
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "dump.txt")
    with open(path, "w") as f:
        print(faulthandler.is_enabled())
        faulthandler.enable(f)
        print(faulthandler.is_enabled())
        faulthandler.disable()
        print(faulthandler.is_enabled())

        def inner():
            faulthandler.dump_traceback(f, all_threads=False)

        def outer():
            inner()

        outer()
    with open(path) as f:
        text = f.read()
    print(text.replace(__file__, "FILE"))
try:
    faulthandler.dump_traceback(io.StringIO())
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print("ValueError", e)
faulthandler.cancel_dump_traceback_later()
