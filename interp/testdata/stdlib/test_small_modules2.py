import pwd, grp, os, sched, fileinput, filecmp, runpy, tempfile, time, io, sys

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_dir, type(root).__name__, root[0] == root.pw_name, len(root))
print(pwd.getpwnam("root").pw_uid, any(p.pw_name == "root" for p in pwd.getpwall()), repr(pwd.getpwuid(0))[:30])
print(grp.getgrgid(0).gr_name, grp.getgrnam("root").gr_gid, isinstance(grp.getgrgid(0).gr_mem, list))
for f, a in [(pwd.getpwuid, 987654), (pwd.getpwnam, "no-such-user-x"), (grp.getgrgid, 987654)]:
    try:
        f(a)
    except KeyError as e:
        print("KeyError", e)

s = sched.scheduler(time.monotonic, time.sleep)
order = []
s.enter(0.02, 1, order.append, ("second",))
e = s.enter(0.01, 1, order.append, ("cancelled",))
s.enter(0.01, 0, order.append, ("first",))
s.enterabs(0, 5, order.append, argument=("now",))
s.cancel(e)
print(len(s.queue), s.empty())
s.run()
print(order, s.empty())
s.enter(10, 1, print)
print(s.run(blocking=False) > 5)

d = tempfile.mkdtemp()
p1, p2 = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
with open(p1, "w") as f:
    f.write("one\ntwo\n")
with open(p2, "w") as f:
    f.write("three\n")
with fileinput.input([p1, p2]) as fi:
    for line in fi:
        print(fi.filename() == p1, fi.lineno(), fi.filelineno(), fi.isfirstline(), line.strip())
for line in fileinput.input(p1, inplace=True):
    print(line.upper(), end="")
print(open(p1).read().split())
print(list(fileinput.FileInput([p2], mode="rb")))

p3 = os.path.join(d, "c.txt")
with open(p3, "w") as f:
    f.write("three\n")
print(filecmp.cmp(p2, p3, shallow=False), filecmp.cmp(p1, p2, shallow=False))
d1, d2 = os.path.join(d, "d1"), os.path.join(d, "d2")
for dd in (d1, d2):
    os.makedirs(os.path.join(dd, "sub"))
    with open(os.path.join(dd, "same.txt"), "w") as f:
        f.write("same")
with open(os.path.join(d1, "only1.txt"), "w") as f:
    f.write("x")
with open(os.path.join(d1, "diff.txt"), "w") as f:
    f.write("1")
with open(os.path.join(d2, "diff.txt"), "w") as f:
    f.write("22")
dc = filecmp.dircmp(d1, d2)
print(dc.left_only, dc.right_only, dc.common_dirs, sorted(dc.common_files), dc.same_files, dc.diff_files)
print(filecmp.cmpfiles(d1, d2, ["same.txt", "diff.txt", "missing.txt"]))

script = os.path.join(d, "script.py")
with open(script, "w") as f:
    f.write("import sys\nresult = value * 2\nname = __name__\n")
g = runpy.run_path(script, init_globals={"value": 21})
print(g["result"], g["name"], runpy.run_path(script, {"value": 1}, run_name="custom")["name"])
sys.path.insert(0, d)
with open(os.path.join(d, "runme.py"), "w") as f:
    f.write("x = 5\nwho = __name__\n")
print(runpy.run_module("runme")["who"], runpy.run_module("runme", run_name="__main__")["x"])
