# importlib.resources over a package made here.
import os
import sys
import tempfile
import warnings
import importlib.resources as ir
from importlib.resources.abc import Traversable

warnings.simplefilter("ignore", DeprecationWarning)
with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "respkg", "data"))
    for rel, text in [("respkg/__init__.py", ""), ("respkg/hello.txt", "hello world\n"), ("respkg/data/values.csv", "a,b\n1,2\n"),
                      ("respkg/bin.dat", "\x00\x01")]:
        with open(os.path.join(d, rel), "w") as f:
            f.write(text)
    sys.path.insert(0, d)
    try:
        root = ir.files("respkg")
        print(type(root).__name__, root.name, isinstance(root, Traversable), (root / "hello.txt").read_text(), root.joinpath("data", "values.csv").read_text())
        print(sorted(p.name for p in root.iterdir() if p.name != "__pycache__"), (root / "data").is_dir(), (root / "hello.txt").is_file())
        with ir.as_file(root / "hello.txt") as p:
            print(os.path.exists(p), p.name)
        import respkg
        print(ir.files(respkg) == root, (root / "bin.dat").read_bytes())
        print(ir.read_text("respkg", "hello.txt"), ir.read_binary("respkg", "bin.dat"), ir.is_resource("respkg", "hello.txt"), ir.is_resource("respkg", "data"))
        print(sorted(n for n in ir.contents("respkg") if n != "__pycache__"), ir.open_text("respkg", "hello.txt").read(), ir.open_binary("respkg", "bin.dat").read())
        with ir.path("respkg", "hello.txt") as p:
            print(p.read_text())
        try:
            ir.read_text("respkg", "data/values.csv")
        except ValueError as e:
            print("ValueError", e)
        try:
            (root / "missing.txt").read_text()
        except FileNotFoundError:
            print("FileNotFoundError")
    finally:
        sys.path.remove(d)
        sys.modules.pop("respkg", None)
