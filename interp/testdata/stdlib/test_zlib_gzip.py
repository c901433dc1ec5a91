import zlib, gzip, io, os, tempfile

# data compressed by CPython's zlib: adder must read it
cp_zlib = b'x\x9c\xcbH\xcd\xc9\xc9W\xc8@"\x13SRR\x8b\x00g\xb9\x08\x9d'
cp_gzip = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcb\xc9\xccKU\xc8\xcfK\xe5\xca\x011J\xca\xf3\xb9\x00\x8b\xd7\xf4u\x12\x00\x00\x00'
cp_raw = b'+J,WHI,I\x04\x00'
print(zlib.decompress(cp_zlib), gzip.decompress(cp_gzip), zlib.decompress(cp_raw, wbits=-15))
print(zlib.decompress(cp_gzip, wbits=31), zlib.decompress(cp_gzip, 47), zlib.decompress(cp_zlib, 47))
print(gzip.decompress(cp_gzip + cp_gzip))

data = b"The quick brown fox jumps over the lazy dog. " * 50
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data, c[:1], len(c) < len(data) or level == 0)
for wbits in (15, -15, 31, 9, -9, 25):
    c = zlib.compress(data, wbits=wbits)
    print(wbits, zlib.decompress(c, wbits) == data)
print(gzip.decompress(gzip.compress(data)) == data, gzip.compress(b"x")[:3])

print(zlib.crc32(b"hello"), zlib.crc32(b" world", zlib.crc32(b"hello")), zlib.crc32(b"hello world"))
print(zlib.adler32(b"hello"), zlib.adler32(b" world", zlib.adler32(b"hello")), zlib.adler32(b"hello world"))
print(zlib.crc32(b""), zlib.adler32(b""), zlib.crc32(bytearray(b"abc")))

# streaming
co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
parts.append(co.flush())
stream = b"".join(parts)
do = zlib.decompressobj(-15)
out = b"".join(do.decompress(stream[i:i + 7]) for i in range(0, len(stream), 7)) + do.flush()
print(out == data, do.eof, do.unused_data)
do = zlib.decompressobj()
print(do.decompress(cp_zlib + b"TRAILER"), do.eof, do.unused_data)
do = zlib.decompressobj()
res = do.decompress(zlib.compress(data), 100)
chunks = [res]
while do.unconsumed_tail:
    chunks.append(do.decompress(do.unconsumed_tail, 100))
chunks.append(do.flush())
print(len(chunks[0]), b"".join(chunks) == data)
co = zlib.compressobj()
a = co.compress(b"first part ")
b = co.flush(zlib.Z_SYNC_FLUSH)
d = zlib.decompressobj()
print(d.decompress(a + b), d.eof)
c = co.compress(b"second part") + co.flush()
print(d.decompress(c), d.eof)

for bad, kw in [(b"not compressed", {}), (cp_zlib[:-6], {}), (cp_zlib[:-1] + b"\x00", {})]:
    try:
        zlib.decompress(bad, **kw)
    except zlib.error as e:
        print("zlib.error", e)
try:
    zlib.compress(b"x", 12)
except zlib.error as e:
    print("zlib.error", e)
print(zlib.error.__module__, issubclass(zlib.error, Exception), zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
try:
    gzip.decompress(b"plain")
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
try:
    gzip.decompress(cp_gzip[:-5])
except EOFError as e:
    print("EOFError", e)

# files
d = tempfile.mkdtemp()
p = os.path.join(d, "x.gz")
with gzip.open(p, "wb") as f:
    f.write(b"line 1\n")
    f.write(b"line 2\n")
with gzip.open(p) as f:
    print(f.read())
with gzip.open(p, "rt", encoding="utf-8") as f:
    print([line for line in f])
with gzip.open(p, "at") as f:
    f.write("appended é\n")
with gzip.open(p, "rb") as f:
    print(f.readline(), f.readlines())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb") as g:
    g.write(data)
print(gzip.decompress(buf.getvalue()) == data)
with gzip.GzipFile(fileobj=io.BytesIO(cp_gzip)) as g:
    print(g.read(4), g.read(), g.readable(), g.writable())
with open(p, "wb") as f:
    f.write(cp_gzip)
with gzip.open(p, "rt") as f:
    print(f.read().splitlines())
try:
    gzip.open(p, "rbt")
except ValueError as e:
    print("ValueError", e)
