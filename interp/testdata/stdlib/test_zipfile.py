import zipfile, io, os, tempfile, hashlib

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr(zipfile.ZipInfo("hello.txt", (2024, 1, 2, 3, 4, 6)), "hello world\n")
    info = zipfile.ZipInfo("dir/data.bin", (2020, 12, 31, 23, 59, 58))
    info.external_attr = 0o644 << 16
    z.writestr(info, bytes(range(256)))
    z.writestr(zipfile.ZipInfo("empty/", (1999, 9, 9, 9, 9, 10)), b"")
    z.writestr(zipfile.ZipInfo("ünï.txt", (2024, 5, 5, 5, 5, 5)), "utf-8 name")
    z.comment = b"archive comment"
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest())
with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist(), z.comment)
    for i in z.infolist():
        print(repr(i), i.date_time, i.CRC, i.flag_bits, i.is_dir())
    print(z.read("hello.txt"), len(z.read("dir/data.bin")), z.testzip())
    with z.open("hello.txt") as f:
        print(f.readline(), f.read())
    z.printdir()
    try:
        z.getinfo("missing")
    except KeyError as e:
        print("KeyError", e)

d = tempfile.mkdtemp()
src = os.path.join(d, "src.txt")
with open(src, "w") as f:
    f.write("line\n" * 1000)
path = os.path.join(d, "arch.zip")
with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.write(src, arcname="src.txt")
    z.writestr("note.txt", "deflated note " * 20)
    with z.open("streamed.txt", "w") as w:
        w.write(b"written ")
        w.write(b"in parts")
print(zipfile.is_zipfile(path), zipfile.is_zipfile(src))
with zipfile.ZipFile(path, "a") as z:
    z.writestr("appended.txt", b"later")
with zipfile.ZipFile(path) as z:
    infos = z.infolist()
    print([(i.filename, i.compress_type, i.file_size) for i in infos])
    print(infos[0].compress_size < infos[0].file_size, z.read("streamed.txt"), z.read("appended.txt"))
    print(z.read("src.txt") == b"line\n" * 1000, z.read("note.txt")[:14])
    out = os.path.join(d, "out")
    z.extractall(out)
    print(sorted(os.listdir(out)), z.extract("note.txt", os.path.join(d, "one")) == os.path.join(d, "one", "note.txt"))
try:
    zipfile.ZipFile(src)
except zipfile.BadZipFile as e:
    print("BadZipFile", e)
try:
    zipfile.ZipFile(path, "q")
except ValueError as e:
    print("ValueError", e)
bad = bytearray(data)
bad[bad.find(b"hello world")] ^= 1
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
    print(z.testzip())
    try:
        z.read("hello.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
