# memoryview: views over bytes and bytearray, casts, slicing with sharing,
# release and the context manager, comparisons and hashing.
import struct


def err(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        print("  ok", r)


m = memoryview(b"abcdef")
print(type(m).__name__, len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.obj, m.tobytes(), m.tolist(), bytes(m), bytearray(m), list(m))
print(m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[::2].strides, m[::2].contiguous)
print(m.hex(), m.hex(":"), m.hex("-", 2), m[1:3].hex())
print(m == b"abcdef", m == bytearray(b"abcdef"), m == m[:], m[:3] == b"abd", m != b"x", m == "abcdef")
print(b"abcdef" == m, bytearray(b"abcdef") == m, m[2:4] == memoryview(b"cd"))
print(hash(m) == hash(b"abcdef"), hash(m[1:3]) == hash(b"bc"))
print(b"x" + m, bytearray(b"y") + m[:2], b"".join([m, m[:1]]), b"-".join([m[:2]]))
print(b"bc" in bytes(m), m[1:3].tobytes() in b"abcd")
err(lambda: m.__setitem__(0, 1))
err(lambda: m[10])
err(lambda: m["x"])
err(lambda: m < m)
err(lambda: memoryview("str"))
err(lambda: memoryview(5))
err(lambda: memoryview())
err(lambda: m[1.5])

ba = bytearray(b"hello world")
v = memoryview(ba)
print(v.readonly, v.obj is ba)
v[0] = ord("H")
v[6:11] = b"WORLD"
print(ba)
ba[1] = ord("E")
print(v[1], v.tobytes())
s = v[6:]
s[0] = ord("w")
print(ba, s.tobytes(), s.obj is ba)
v[::2] = b"123456"
print(ba)
err(lambda: v.__setitem__(0, 256))
err(lambda: v.__setitem__(0, b"x"))
err(lambda: v.__setitem__(slice(0, 2), b"abc"))
err(lambda: v.__setitem__(0, "a"))
err(lambda: hash(v))
err(lambda: v.__delitem__(0))
r = v.toreadonly()
print(r.readonly, r.tobytes())
err(lambda: r.__setitem__(0, 1))
err(lambda: hash(r))

# casts
b = bytearray(struct.pack("<4i", 1, -2, 3, 400000))
v = memoryview(b)
i = v.cast("i")
print(i.format, i.itemsize, len(i), i.nbytes, i.tolist(), i[1], i[-1], i.shape, i.strides)
i[1] = 77
print(struct.unpack("<4i", b))
print(i[1:3].tolist(), i[::-1].tolist(), i[::2].strides)
err(lambda: i.__setitem__(0, 2**40))
err(lambda: i.__setitem__(0, 1.5))
err(lambda: i.__setitem__(0, "x"))
m2 = v.cast("B", (2, 8))
print(m2.ndim, m2.shape, m2.strides, len(m2), m2.tolist())
print(m2[1, 0], m2[0, 15 % 8])
err(lambda: m2[0])
err(lambda: m2[0, 9])
err(lambda: m2[0:1].tolist())
err(lambda: list(m2))
i2 = v.cast("i", [2, 2])
print(i2.tolist(), i2.shape, i2.strides, i2.cast("B").tolist()[:4], i2.cast("B").shape)
print(v.cast("h").tolist(), v.cast("H").tolist()[:3], v.cast("q").tolist(), v.cast("Q").tolist())
print(v.cast("b").tolist()[:8], v.cast("c").tolist()[:2], v.cast("?").tolist()[:5])
print(v.cast("l").tolist(), v.cast("L").tolist(), v.cast("n").tolist(), v.cast("N").tolist())
print(v.cast("I").tolist(), v.cast("@i").format, v.cast("B").tolist()[:5])
f = memoryview(bytearray(struct.pack("3d", 1.5, -2.25, 3e100))).cast("d")
print(f.tolist(), f[1], f.format, f.itemsize)
f[0] = 7
print(f.tolist())
ff = memoryview(struct.pack("2f", 0.1, 2.5)).cast("f")
print(ff.tolist())
e = memoryview(struct.pack("2e", 0.5, -1.25)).cast("e")
print(e.tolist())
err(lambda: v.cast("i").cast("h"))
err(lambda: v.cast("x"))
err(lambda: v.cast("<i"))
err(lambda: memoryview(b"abc").cast("i"))
err(lambda: v.cast("B", (3, 5)))
err(lambda: v.cast("B", 16))
err(lambda: v.cast("B", (16, 0)))
err(lambda: m2.cast("B", (4, 4)))
err(lambda: v[::2].cast("B"))
err(lambda: hash(v.cast("i").toreadonly()))
print(v.cast("i") == memoryview(struct.pack("<4i", 1, 77, 3, 400000)).cast("i"))
print(v.cast("i") == memoryview(struct.pack("<4I", 1, 77, 3, 400000)).cast("I"))
print(v.cast("i") == b, v.cast("B") == b, f == [1.5])
nan = memoryview(struct.pack("d", float("nan"))).cast("d")
print(nan == nan, nan.tolist())
z = memoryview(b"abcd").cast("B", ())  if False else None
zero = memoryview(struct.pack("i", 5)).cast("i", [])
print(zero.ndim, zero.shape, zero.strides, zero[()], zero.tolist(), len(memoryview(b"")))
err(lambda: len(zero))

# release and context manager
with memoryview(b"xyz") as w:
    print(w[0], w.tobytes())
print(repr(w).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
err(lambda: w[0])
err(lambda: w.tobytes())
err(lambda: len(w))
err(lambda: w.readonly)
print(w == w, w == b"xyz", w.__enter__ if False else "")
w.release()
err(lambda: w.__enter__())
err(lambda: w.obj)
err(lambda: w.nbytes)
err(lambda: w.format)
q = memoryview(bytearray(b"abc"))
q2 = q[1:]
q.release()
print(q2.tobytes())

# nested views and memoryview(memoryview)
mm = memoryview(memoryview(b"12345")[1:4])
print(mm.tobytes(), mm.obj, len(mm), memoryview(mm).readonly)
print(memoryview(b"ab").cast("c").tolist(), memoryview(b"ab").cast("c")[0])
cc = memoryview(bytearray(b"ab")).cast("c")
cc[0] = b"z"
print(cc.tolist(), cc.obj)
err(lambda: cc.__setitem__(0, 65))
print(zero[...].tolist(), zero[...].ndim)
err(lambda: memoryview(b"abc")[...])
print(isinstance(m, memoryview), memoryview.__name__, memoryview.__module__)
print(m.tobytes("C"), m.tobytes("A"), m.tobytes(None))
print(bytes(memoryview(b"abcdef").cast("B", (2, 3)).tolist()[1]))
import hashlib, zlib, io
print(hashlib.md5(memoryview(b"abc")).hexdigest(), zlib.crc32(memoryview(b"abc")))
bio = io.BytesIO()
bio.write(memoryview(b"hello")[1:])
print(bio.getvalue())
buf = bytearray(8)
struct.pack_into("<hh", memoryview(buf), 2, 1, -1)
print(buf, struct.unpack_from("<h", memoryview(buf), 2), struct.unpack("<hhhh", memoryview(buf)))
print(bytes(memoryview(b"ab")) * 2, str(b"x" == memoryview(b"x")))
print(memoryview(b"abc").tolist() == [97, 98, 99], m.__len__())

# arrays lend their memory
import array, pickle
arr = array.array("i", [1, 2, 3, 4])
av = memoryview(arr)
print(av.format, av.itemsize, av.nbytes, av.readonly, av.obj is arr, av.tolist(), av.shape)
av[0] = 100
arr[1] = 200
print(arr, av.tolist(), av[1:3].tolist(), av.cast("B")[:4].tolist())
print(bytes(arr) == arr.tobytes(), bytearray(arr)[:4], struct.unpack("4i", arr))
dv = memoryview(array.array("d", [0.5, 1.5]))
print(dv.format, dv.tolist(), dv == array.array("d", [0.5, 1.5]), av == arr)
hv = memoryview(array.array("H", [1, 65535])).cast("B")
print(hv.tolist(), hv.format)
ua = array.array("u", "hé")
print(ua, ua.tounicode(), ua[1], len(ua), ua.itemsize, ua.tobytes())
class Sub(array.array):
    pass
s = Sub("b", [1, -1])
s.note = "kept"
t = pickle.loads(pickle.dumps(s))
print(type(t).__name__, t, t.note, hasattr(array.array("b"), "__dict__"))
big = array.array("q", range(5))
print(big.pop(), big.pop(0), big, big[::-1], big * 2, big + big, 3 in big, big.index(2))
big.byteswap()
print(big.tobytes().hex())

# struct.pack_into on every kind of writable buffer
import struct, array
b = bytearray(8)
struct.pack_into("<hh", b, 2, 1, -1); print(b)
m = memoryview(bytearray(8)).cast("i"); struct.pack_into("<i", m, 4, 7); print(m.tolist())
a = array.array("h", [0, 0, 0]); struct.pack_into("<h", a, 2, 9); print(a)
struct.pack_into("<b", b, -1, 5); print(b)
for args in [("<i", b"xxxx", 0, 1), ("<i", bytearray(2), 0, 1), ("<i", bytearray(4), -2, 1), ("<i", bytearray(4), -9, 1), ("<i", 5, 0, 1)]:
    try: struct.pack_into(*args)
    except (TypeError, struct.error) as e: print(type(e).__name__, e)
s = struct.Struct("<hi"); buf = bytearray(12); s.pack_into(buf, 2, 3, 4); print(buf, s.unpack_from(memoryview(buf), 2), list(struct.iter_unpack("<h", memoryview(b"\x01\x00\x02\x00"))))

# readinto and write with buffers
import io, tempfile, os
b = io.BytesIO(b"hello world")
buf = bytearray(8)
print(b.readinto(memoryview(buf)[2:]), buf)
print(b.readinto(memoryview(bytearray(4)).cast("B")))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    with open(p, "wb") as f:
        print(f.write(memoryview(b"abcdef")[1:4]), f.write(bytearray(b"xy")))
    with open(p, "rb") as f:
        m = bytearray(3)
        print(f.readinto(memoryview(m)), m, f.read())
    with open(p, "rb", buffering=0) as f:
        m = bytearray(10)
        print(f.readinto(m), m)
    import array
    a = array.array("b", [0] * 4)
    with open(p, "rb") as f:
        print(f.readinto(a), a)
print(b.getbuffer().tobytes(), io.BytesIO(memoryview(b"init")).read(), bytes(memoryview(b"ab")) + b"c")

# memoryview as a sequence; no pickling or copying
import collections.abc, pickle, copy
m = memoryview(b"abc")
print(isinstance(m, collections.abc.Sequence), list(reversed(m)), 97 in m, 120 in m, m.index if hasattr(m, "index") else "")
for f in (lambda: pickle.dumps(m), lambda: copy.copy(m), lambda: copy.deepcopy(m)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(sorted(memoryview(b"cab")), max(m), sum(memoryview(bytearray(b"\x01\x02"))), str(m)[:8], bool(memoryview(b"")), any(memoryview(b"\x00\x01")))
print([x for x in memoryview(b"xy").cast("c")], tuple(memoryview(b"ab")), len(memoryview(bytearray(100))[10:20:3]))
