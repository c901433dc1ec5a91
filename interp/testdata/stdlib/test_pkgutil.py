# pkgutil over a package tree made here: iter_modules, walk_packages,
# get_data, extend_path, resolve_name.
import os
import pkgutil
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "mypkg", "sub"))
    os.makedirs(os.path.join(d, "notpkg"))
    for rel, text in [("mod_a.py", "A = 1\n"), ("mod_b.py", ""), ("mypkg/__init__.py", ""), ("mypkg/inner.py", "X = 'inner'\n"),
                      ("mypkg/sub/__init__.py", ""), ("mypkg/sub/deep.py", "def f():\n    return 42\n"),
                      ("mypkg/data.txt", "some data\n"), ("notpkg/x.py", ""), ("bad-name.py", ""), ("readme.txt", "")]:
        with open(os.path.join(d, rel), "w") as f:
            f.write(text)
    print([(m.name, m.ispkg) for m in pkgutil.iter_modules([d])])
    print([(m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(d, "mypkg")], prefix="mypkg.")])
    sys.path.insert(0, d)
    try:
        print([(m.name, m.ispkg) for m in pkgutil.walk_packages([d]) if m.name.startswith(("mypkg", "mod_"))])
        print(pkgutil.get_data("mypkg", "data.txt"), pkgutil.get_data("mypkg", "sub/deep.py")[:7])
        print(pkgutil.resolve_name("mypkg.sub.deep:f")(), pkgutil.resolve_name("mypkg.inner.X"), pkgutil.resolve_name("os.path:join").__name__,
              pkgutil.resolve_name("mypkg.sub.deep.f").__name__)
        import mypkg
        print(pkgutil.extend_path([os.path.join(d, "mypkg")], "mypkg") == [os.path.join(d, "mypkg")])
        info = next(pkgutil.iter_modules([d]))
        print(type(info).__name__, info._fields, info.module_finder.path == d)
        print(any(m.name == "json" for m in pkgutil.iter_modules()), any(m.name == "mod_a" for m in pkgutil.iter_modules()))
    finally:
        sys.path.remove(d)
        for name in list(sys.modules):
            if name.startswith(("mypkg", "mod_a", "mod_b", "notpkg")):
                del sys.modules[name]
for bad in ["", "a b", "1abc"]:
    try:
        pkgutil.resolve_name(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    list(pkgutil.iter_modules("nope"))
except ValueError as e:
    print("ValueError", e)
print(pkgutil.get_data("json", "missing.txt") if False else "", pkgutil.get_loader("nonexistent_mod_xyz"))
