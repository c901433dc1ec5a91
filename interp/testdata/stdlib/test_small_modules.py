import errno, hmac, hashlib, getopt, colorsys, graphlib, os

print(errno.ENOENT, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[2], len(errno.errorcode))
print(sorted(errno.errorcode.items())[:5], errno.errorcode[errno.ECONNREFUSED])
try:
    open("/no/such/file")
except OSError as e:
    print(e.errno == errno.ENOENT)

h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = hmac.new(b"key", digestmod="md5")
h2.update(b"The quick brown fox ")
c = h2.copy()
h2.update(b"jumps over the lazy dog")
print(h2.hexdigest(), c.hexdigest())
print(hmac.digest(b"k" * 100, b"msg", "sha1").hex(), hmac.new(b"x" * 200, b"m", "sha512").hexdigest()[:32])
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("a", "a"), hmac.compare_digest(b"a", b"ab"))
try:
    hmac.new(b"k")
except TypeError as e:
    print("TypeError", e)
try:
    hmac.new("k", digestmod="sha1")
except TypeError as e:
    print("TypeError", e)

print(getopt.getopt(["-a", "-b", "val", "-cfoo", "--long", "--arg=1", "rest", "-z"], "ab:c:", ["long", "arg="]))
print(getopt.getopt(["--ar", "2", "--", "-a"], "a", ["arg="]))
print(getopt.gnu_getopt(["file1", "-a", "file2", "--arg", "v"], "a", ["arg="]))
for args, short, long in [(["-x"], "a", []), (["-b"], "b:", []), (["--lo"], "", ["long", "lot"]), (["--long=1"], "", ["long"]), (["--nope"], "", ["long"])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print("GetoptError", e, repr(e.opt))

for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.5, 0.5, 0.5), (0.0, 0.0, 1.0)]:
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print([round(x, 6) for x in hsv], [round(x, 6) for x in colorsys.hsv_to_rgb(*hsv)],
          [round(x, 6) for x in hls], [round(x, 6) for x in colorsys.hls_to_rgb(*hls)],
          [round(x, 6) for x in yiq], [round(x, 6) for x in colorsys.yiq_to_rgb(*yiq)])

ts = graphlib.TopologicalSorter({"D": {"B", "C"}, "C": {"A"}, "B": {"A"}})
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(2, 0)
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    order.append(sorted(ready))
    ts.done(*ready)
print(order)
try:
    list(graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except graphlib.CycleError as e:
    print("CycleError", e.args[0], e.args[1])
t = graphlib.TopologicalSorter({1: []})
t.prepare()
for bad in [lambda: t.prepare(), lambda: t.add(5), lambda: t.done(1), lambda: t.done(9)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
