import tarfile, io, os, tempfile, hashlib

def member(name, data=b"", **kw):
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mtime = 1700000000
    for k, v in kw.items():
        setattr(ti, k, v)
    return ti, io.BytesIO(data)

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w") as tf:
    tf.addfile(*member("hello.txt", b"hello world\n", uname="alice", gname="staff", uid=1000, gid=100))
    d = tarfile.TarInfo("dir")
    d.type = tarfile.DIRTYPE
    d.mode = 0o755
    d.mtime = 1600000000
    tf.addfile(d)
    tf.addfile(*member("dir/data.bin", bytes(range(256)) * 3))
    tf.addfile(*member("a/" + "long" * 40 + ".txt", b"long name"))
    tf.addfile(*member("ünï.txt", b"unicode"))
    link = tarfile.TarInfo("dir/link")
    link.type = tarfile.SYMTYPE
    link.linkname = "data.bin"
    tf.addfile(link)
    tf.addfile(*member("big_mtime.txt", b"x", mtime=1700000000.5))
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest())
with tarfile.open(fileobj=io.BytesIO(data)) as tf:
    print(tf.getnames())
    for m in tf.getmembers():
        print(repr(m.name)[:40], m.size, oct(m.mode), m.mtime, m.type, m.isfile(), m.isdir(), m.issym(), m.uname, m.uid, sorted(m.pax_headers))
    print(tf.extractfile("hello.txt").read(), len(tf.extractfile("dir/data.bin").read()), tf.extractfile("dir"), tf.extractfile("dir/link").read()[:3])
    print(tf.getmember("dir/").name, tf.getmember("hello.txt").offset)
    try:
        tf.getmember("nope")
    except KeyError as e:
        print("KeyError", e)
    tf.list(verbose=False)
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    b2 = io.BytesIO()
    with tarfile.open(fileobj=b2, mode="w", format=fmt) as tf:
        tf.addfile(*member("p" * 50 + "/" + "x" * 90, b"abc"))
    v = b2.getvalue()
    print(fmt, len(v), hashlib.sha256(v).hexdigest()[:16], tarfile.open(fileobj=io.BytesIO(v)).getnames()[0][-5:])
try:
    with tarfile.open(fileobj=io.BytesIO(), mode="w", format=tarfile.USTAR_FORMAT) as tf:
        tf.addfile(*member("y" * 300))
except ValueError as e:
    print("ValueError", e)

d = tempfile.mkdtemp()
p = os.path.join(d, "arch.tar.gz")
with tarfile.open(p, "w:gz") as tf:
    tf.addfile(*member("gz/inside.txt", b"compressed content"))
print(tarfile.is_tarfile(p), open(p, "rb").read(2))
with tarfile.open(p) as tf:
    out = os.path.join(d, "out")
    tf.extractall(out, filter="data")
    print(open(os.path.join(out, "gz", "inside.txt")).read())
with tarfile.open(p, "r:gz") as tf:
    print(tf.getnames())
evil = io.BytesIO()
with tarfile.open(fileobj=evil, mode="w") as tf:
    tf.addfile(*member("../escape.txt", b"bad"))
    tf.addfile(*member("/abs.txt", b"abs"))
with tarfile.open(fileobj=io.BytesIO(evil.getvalue())) as tf:
    for m in tf.getmembers():
        try:
            tf.extract(m, os.path.join(d, "safe"), filter="data")
            print("extracted", m.name)
        except tarfile.FilterError as e:
            print(type(e).__name__, str(e).replace(d, "DIR"))
src = os.path.join(d, "srcdir")
os.makedirs(os.path.join(src, "sub"))
with open(os.path.join(src, "sub", "f.txt"), "w") as f:
    f.write("from disk")
with tarfile.open(os.path.join(d, "disk.tar"), "w") as tf:
    tf.add(src, arcname="srcdir")
with tarfile.open(os.path.join(d, "disk.tar")) as tf:
    print(tf.getnames(), tf.extractfile("srcdir/sub/f.txt").read(), sorted(tf.getmember("srcdir/sub/f.txt").pax_headers))
with tarfile.open(os.path.join(d, "disk.tar"), "a") as tf:
    tf.addfile(*member("appended.txt", b"more"))
print(tarfile.open(os.path.join(d, "disk.tar")).getnames())
print(tarfile.is_tarfile(io.BytesIO(b"not a tar" * 100)))
try:
    tarfile.open(fileobj=io.BytesIO(b"x" * 1024))
except tarfile.ReadError as e:
    print("ReadError", e)
