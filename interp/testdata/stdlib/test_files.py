import os, io, csv, tempfile, shutil, glob, fnmatch, shlex, uuid
from pathlib import Path, PurePath, PurePosixPath

# io
s = io.StringIO()
s.write("hello\n"); s.write("world\n"); print(s.getvalue(), end=''); print(s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read()), repr(s.read()))
print(list(io.StringIO("a\nb\nc")), io.StringIO("xyz").read(2))
b = io.BytesIO(b"abc"); b.seek(0, 2); b.write(b"def"); print(b.getvalue(), b.tell()); b.seek(1); print(b.read(2), b.readline())
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
c = io.StringIO("x"); c.close()
try:
    c.read()
except ValueError as e:
    print("ValueError:", e)

tmp = tempfile.mkdtemp(prefix="adder_test_")
print(os.path.isdir(tmp), os.path.basename(tmp).startswith("adder_test_"))
p = os.path.join(tmp, "a.txt")
with open(p, "w") as f:
    f.write("line1\nline2\n")
    f.write("line3")
with open(p) as f:
    print(f.read().splitlines(), f.closed)
print(f.closed)
with open(p) as f:
    print([l for l in f], f.name == p)
with open(p, "a") as f:
    print(f.write("\nmore"))
with open(p, "rb") as f:
    data = f.read(); print(data, type(data).__name__)
with open(p, "r+") as f:
    print(f.readline(), end='')
print(os.path.getsize(p), os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.stat(p).st_size)
try:
    open(os.path.join(tmp, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
try:
    open(tmp)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
os.makedirs(os.path.join(tmp, "sub", "deep"), exist_ok=True)
for name in ["x.py", "y.py", "z.txt"]:
    with open(os.path.join(tmp, "sub", name), "w") as f:
        f.write(name)
with open(os.path.join(tmp, "sub", "deep", "w.py"), "w") as f:
    f.write("w")
print(sorted(os.listdir(os.path.join(tmp, "sub"))))
print(sorted(os.path.relpath(x, tmp) for x in glob.glob(os.path.join(tmp, "sub", "*.py"))))
print(sorted(os.path.relpath(x, tmp) for x in glob.glob(os.path.join(tmp, "**", "*.py"), recursive=True)))
print(sorted(glob.glob("*.py", root_dir=os.path.join(tmp, "sub"))))
walked = [(os.path.relpath(r, tmp), sorted(d), sorted(f)) for r, d, f in os.walk(tmp)]
print(sorted(walked))
print(sorted(e.name for e in os.scandir(os.path.join(tmp, "sub"))), [e.is_dir() for e in os.scandir(os.path.join(tmp, "sub")) if e.name == "deep"])
shutil.copy(p, os.path.join(tmp, "b.txt"))
print(open(os.path.join(tmp, "b.txt")).read() == open(p).read())
shutil.copytree(os.path.join(tmp, "sub"), os.path.join(tmp, "sub2"))
print(sorted(os.listdir(os.path.join(tmp, "sub2"))))
shutil.move(os.path.join(tmp, "b.txt"), os.path.join(tmp, "c.txt"))
print(os.path.exists(os.path.join(tmp, "b.txt")), os.path.exists(os.path.join(tmp, "c.txt")))
os.remove(os.path.join(tmp, "c.txt"))
os.rename(p, os.path.join(tmp, "renamed.txt"))
print(sorted(os.listdir(tmp)))

# pathlib
P = Path(tmp)
f = P / "sub" / "note.md"
print(f.write_text("# Title\n"), f.read_text(), f.exists(), f.is_file(), f.suffix, f.stem, f.name, f.parent.name)
print(sorted(x.name for x in (P / "sub").iterdir()), sorted(x.name for x in (P / "sub").glob("*.py")), sorted(x.name for x in P.rglob("*.py")))
(P / "newdir" / "inner").mkdir(parents=True)
print((P / "newdir" / "inner").is_dir(), (P / "nope").exists())
(P / "touched").touch(); print((P / "touched").exists())
(P / "touched").unlink(); print((P / "touched").exists())
(P / "bin.dat").write_bytes(b"\x00\x01"); print((P / "bin.dat").read_bytes())
print(f.relative_to(P), f.with_suffix(".txt").name, f.with_name("other.md").name, f.stat().st_size)
shutil.rmtree(tmp)
print(os.path.exists(tmp))
pp = PurePosixPath("/usr/local/lib/python3.12/site.tar.gz")
print(pp, repr(pp), pp.parts, pp.name, pp.suffix, pp.suffixes, pp.stem, pp.parent, pp.anchor, pp.is_absolute(), pp.root)
print([str(x) for x in pp.parents][:3], PurePath("a", "b/c", "d"), PurePath("a") / "b" / "..", PurePath("/a", "/b"), PurePath("a//b/./c"), PurePath())
print(Path("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"), PurePath("a/b").relative_to("a"), PurePath("x.tar.gz").with_suffix(".bz2"), PurePath("a") == PurePath("a/"), PurePath("a") < PurePath("b"))
print(os.fspath(Path("q/r")), str(Path.cwd()) == os.getcwd(), Path("~").expanduser() == Path(os.path.expanduser("~")), hash(PurePath("a")) == hash(PurePath("a")))
try:
    PurePath("a/b").relative_to("c")
except ValueError as e:
    print("ValueError:", e)

# os.path
print(os.path.join("a", "b", "c"), os.path.join("/a", "/b"), os.path.split("/a/b/c.txt"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.basename("/x/y/"), os.path.dirname("/x/y/z"), os.path.normpath("/a/./b/../c//d"), os.path.isabs("/x"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.abspath("/x/../y"), os.sep, os.linesep == "\n", os.name, os.path.expandvars("$NOPE_VAR_X/z"), os.curdir, os.pardir)
os.environ["ADDER_TEST_VAR"] = "42"
print(os.environ["ADDER_TEST_VAR"], os.getenv("ADDER_TEST_VAR"), os.getenv("NOPE_NOPE", "dflt"), "ADDER_TEST_VAR" in os.environ, os.path.expandvars("${ADDER_TEST_VAR}!"))
del os.environ["ADDER_TEST_VAR"]
print(os.getenv("ADDER_TEST_VAR"), type(os.getpid()).__name__, os.getcwd() == os.path.abspath("."), len(os.urandom(4)))

# csv
out = io.StringIO()
w = csv.writer(out)
w.writerow(["name", "age", "note"])
w.writerow(["Ann", 30, "likes, commas"])
w.writerow(["Bob", 2.5, 'says "hi"'])
w.writerow(["multi\nline", None, ""])
w.writerows([[1, 2], [3, 4]])
print(repr(out.getvalue()))
rows = list(csv.reader(io.StringIO(out.getvalue())))
print(rows)
print(list(csv.reader(["a;b;c", "1;2;3"], delimiter=";")), list(csv.reader(['a, "b,c", d'], skipinitialspace=True)))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"])
dw.writeheader(); dw.writerow({"x": 1, "y": "two"}); dw.writerow({"x": 3})
print(repr(out.getvalue()))
print(list(csv.DictReader(io.StringIO(out.getvalue()))))
print(list(csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?")))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_ALL).writerow(["a", 1])
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerow(["a", 1, 2.5])
csv.writer(out, delimiter="\t", lineterminator="\n").writerow(["t", "u"])
print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO('"a",1,2.5\n'), quoting=csv.QUOTE_NONNUMERIC)), csv.list_dialects()[:3])
try:
    dw.writerow({"z": 1})
except ValueError as e:
    print("ValueError:", e)

# fnmatch, shlex, uuid
print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.fnmatch("file.py", "f?le.*"), fnmatch.fnmatch("a1", "a[0-9]"), fnmatch.fnmatch("ab", "a[!b]"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"))
print(fnmatch.translate("*.py"), fnmatch.fnmatchcase("A.PY", "*.py"))
print(shlex.split('ls -la "my dir" \'single q\' esc\\ aped'), shlex.split("a # comment", comments=True), shlex.quote("it's"), shlex.quote("safe-word"), shlex.join(["echo", "a b"]))
print(shlex.split('x="a b" y'), shlex.split(''), list(shlex.shlex("a b")))
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.bytes[:4], u.fields[:2])
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'), uuid.uuid4().version, uuid.uuid1().version, len(str(uuid.uuid4())))
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(int=1), uuid.UUID(bytes=b'\x00' * 16))
