# zipfile (incl. zipfile.Path), tarfile, tempfile, gzip, stat, os.scandir/walk/statvfs,
# shutil move/rmtree/disk_usage, pathlib pure paths, fnmatch, glob.escape, time.
import zipfile, tarfile, io, os, tempfile, pathlib, shutil, gzip, stat, time, glob, fnmatch
b = io.BytesIO()
with zipfile.ZipFile(b, "w") as z:
    z.writestr("dir/a.txt", "A" * 100, compress_type=zipfile.ZIP_DEFLATED)
    with z.open("dir/b.bin", "w") as f:
        f.write(b"\x00" * 10)
    z.writestr(zipfile.ZipInfo("c.txt", date_time=(2020, 1, 2, 3, 4, 6)), "c")
    z.comment = b"comment"
with zipfile.ZipFile(io.BytesIO(b.getvalue())) as z:
    print(z.namelist(), z.comment, z.testzip(), [(i.filename, i.file_size, i.is_dir(), i.date_time if i.filename == "c.txt" else None) for i in z.infolist()])
    zp = zipfile.Path(z)
    print([p.name for p in zp.iterdir()], (zp / "dir" / "a.txt").read_text()[:5], (zp / "dir").is_dir(), (zp / "c.txt").exists())
    print([p.name for p in (zp / "dir").iterdir()], (zp / "dir" / "b.bin").read_bytes(), (zp / "c.txt").suffix, (zp / "dir" / "a.txt").stem,
          (zp / "dir" / "a.txt").parent.name, (zp / "nope").exists(), (zp / "c.txt").is_file(), repr(zp / "dir")[:30])
    with z.open("dir/a.txt") as f:
        print(f.read(3), f.readline()[:3])
print(zipfile.is_zipfile(io.BytesIO(b.getvalue())), zipfile.is_zipfile(io.BytesIO(b"nope")))
tb = io.BytesIO()
with tarfile.open(fileobj=tb, mode="w:gz") as t:
    data = b"hello tar"
    ti = tarfile.TarInfo("folder/hello.txt"); ti.size = len(data); ti.mtime = 1700000000; ti.mode = 0o644
    t.addfile(ti, io.BytesIO(data))
    di = tarfile.TarInfo("folder"); di.type = tarfile.DIRTYPE; di.mtime = 1700000000
    t.addfile(di)
tb.seek(0)
with tarfile.open(fileobj=tb, mode="r:*") as t:
    print(t.getnames(), [(m.name, m.size, m.isdir(), m.isfile(), oct(m.mode), m.mtime) for m in t.getmembers()], t.extractfile("folder/hello.txt").read())
    with tempfile.TemporaryDirectory() as d:
        t.extractall(d, filter="data")
        print(sorted(os.listdir(os.path.join(d, "folder"))), pathlib.Path(d, "folder", "hello.txt").read_bytes())
with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d)
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".txt", delete=False) as f:
        f.write("tmp"); name = f.name
    print(os.path.exists(name), name.endswith(".txt"), pathlib.Path(name).read_text())
    (p / "x.gz").write_bytes(gzip.compress(b"gz data"))
    with gzip.open(p / "x.gz", "rt") as f:
        print(f.read())
    with gzip.open(p / "y.gz", "wt") as f:
        f.write("line1\nline2\n")
    print(gzip.open(p / "y.gz").read(), sorted(e.name for e in os.scandir(d) if e.is_file() and e.name.endswith("gz")))
    st = os.stat(p / "y.gz")
    print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0], oct(stat.S_IMODE(0o100644)), stat.S_ISDIR(os.stat(d).st_mode))
    os.makedirs(p / "a" / "b", exist_ok=True); (p / "a" / "b" / "f.py").touch()
    print([str(x.relative_to(p)) for x in sorted(p.glob("**/*.py"))], list(os.walk(p / "a"))[0][1:], shutil.disk_usage(d).total > 0)
    shutil.move(str(p / "a"), str(p / "moved")); print("moved" in os.listdir(d), "a" in os.listdir(d), (p / "moved" / "b" / "f.py").exists())
    shutil.rmtree(p / "moved"); print(os.path.exists(p / "moved"))
    print(p.joinpath("q").with_suffix(".json").name, p.joinpath("a.tar.gz").stem, pathlib.PurePosixPath("/a/b/c").parts, pathlib.PurePosixPath("a/b").with_name("z"), pathlib.PurePath("x/y.txt").match("*.txt"))
print(fnmatch.filter(["a.py", "b.txt", "c.PY"], "*.py"), glob.escape("a[b]*"), time.strftime("%Y", time.gmtime(0)), time.gmtime(86400 * 365).tm_year)

st = os.statvfs("/")
u = shutil.disk_usage("/")
print(type(st).__name__, len(st), st.f_bsize > 0, st.f_namemax, type(u).__name__, u._fields, u.total == st.f_blocks * st.f_frsize, u.free <= u.total)
try:
    os.statvfs("/nonexistent/x")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
