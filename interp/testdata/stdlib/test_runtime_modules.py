import gc, timeit, contextvars, importlib, importlib.util, importlib.metadata, sys, os, tempfile

print(gc.collect(), gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(100, 5); print(gc.get_threshold())

t = timeit.Timer("x = sum(range(10))")
r = t.timeit(number=100)
print(type(r).__name__, r >= 0, len(t.repeat(repeat=3, number=10)))
print(type(timeit.timeit("a + b", setup="a, b = 1, 2", number=50)).__name__)
calls = []
print(timeit.timeit(lambda: calls.append(1), number=7) >= 0, len(calls))
print(type(timeit.repeat("pass", number=5, repeat=2)).__name__, timeit.default_timer is __import__("time").perf_counter)
n, taken = timeit.Timer("pass").autorange()
print(n >= 1, taken >= 0.2)
g = {"y": 5}
print(timeit.timeit("y * 2", globals=g, number=3) >= 0)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError", e)
try:
    timeit.Timer("def (")
except SyntaxError:
    print("SyntaxError")

var = contextvars.ContextVar("var", default=1)
print(var.name, var.get(), var.get(99))
tok = var.set(2)
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
ctx = contextvars.copy_context()
def inside(v):
    var.set(v)
    return var.get()
print(ctx.run(inside, 10), var.get(), ctx[var], var in ctx, len(ctx) >= 1)
var.reset(tok)
print(var.get())
try:
    var.reset(tok)
except RuntimeError:
    print("RuntimeError used token")
nodefault = contextvars.ContextVar("nd")
try:
    nodefault.get()
except LookupError:
    print("LookupError")
print(ctx.get(nodefault, "absent"), list(ctx.keys()) == [var])

m = importlib.import_module("json.decoder")
print(m.__name__, importlib.import_module(".encoder", "json").__name__)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
print(importlib.util.find_spec("no_such_module_xyz"), importlib.util.find_spec("json") is not None,
      importlib.util.find_spec("json.decoder").name)
d = tempfile.mkdtemp()
path = os.path.join(d, "plugin_mod.py")
with open(path, "w") as f:
    f.write("VALUE = 41\ndef get():\n    return VALUE + 1\n")
spec = importlib.util.spec_from_file_location("plugin_mod", path)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.get(), mod.__name__, mod.__file__ == path, spec.name, spec.origin == path)
sys.path.insert(0, d)
import plugin_mod
print(plugin_mod.VALUE, importlib.util.find_spec("plugin_mod").origin == path)
with open(path, "w") as f:
    f.write("VALUE = 100\n")
importlib.reload(plugin_mod)
print(plugin_mod.VALUE)
try:
    importlib.metadata.version("surely-not-installed-pkg")
except importlib.metadata.PackageNotFoundError as e:
    print("PackageNotFoundError", e)
