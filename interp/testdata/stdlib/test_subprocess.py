import subprocess, sys, os, tempfile

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e, e.returncode, repr(e.output), repr(e.stderr))
try:
    subprocess.run("exit 1", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print(str(e), e.cmd)
print(subprocess.run("echo $((6*7))", shell=True, stdout=subprocess.PIPE).stdout)
print(subprocess.check_output(["printf", "a\\nb\\r\\nc"], text=True).splitlines())
print(repr(subprocess.check_output(["printf", "a\\r\\nb"], text=True)))
print(subprocess.check_output("echo to-stdout; echo to-stderr >&2", shell=True, stderr=subprocess.STDOUT))
print(subprocess.run(["cat"], input=b"piped input", capture_output=True).stdout)
print(subprocess.run(["tr", "a-z", "A-Z"], input="shout", text=True, stdout=subprocess.PIPE).stdout)
print(subprocess.run(["sh", "-c", "echo hidden"], stdout=subprocess.DEVNULL).stdout)
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.getoutput("echo one; echo two"), subprocess.getstatusoutput("echo bad; exit 7"))

# cwd and env
d = tempfile.mkdtemp()
print(subprocess.run(["pwd"], cwd=d, capture_output=True, text=True).stdout.strip() == os.path.realpath(d))
env = dict(os.environ, ADDER_TEST_VAR="forty-two")
print(subprocess.run("echo $ADDER_TEST_VAR", shell=True, env=env, capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", "echo ${ONLY:-unset}"], env={"ONLY": "just-me", "PATH": os.environ["PATH"]}, capture_output=True, text=True).stdout)

# inherited output is in order with prints
print("before child", flush=True)
sys.stdout.flush()
subprocess.run(["echo", "child says hi"])
print("after child")

# timeouts
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, type(e.timeout).__name__)
try:
    subprocess.run(["sh", "-c", "echo partial; sleep 5"], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("partial output", e.output)
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("wait timed out", e)
p.terminate()
print(p.wait(), p.returncode, p.poll())

# Popen with pipes
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("line1\nline2\n")
print(repr(out), err, p.returncode)
p = subprocess.Popen(["sh", "-c", "echo a; echo b; echo c"], stdout=subprocess.PIPE)
print(p.stdout.readline(), list(p.stdout), p.wait())
with subprocess.Popen(["seq", "3"], stdout=subprocess.PIPE, text=True) as p:
    print([l.strip() for l in p.stdout])
print(p.returncode)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"value\n")
p.stdin.close()
print(p.stdout.read(), p.wait())
p = subprocess.Popen(["echo", "x"], stdout=subprocess.PIPE)
p.wait()
print(repr(p).startswith("<Popen: returncode: 0 args: ['echo', 'x']"))

# stdout to a file
path = os.path.join(d, "out.txt")
with open(path, "w") as f:
    subprocess.run(["echo", "into file"], stdout=f)
with open(path) as f:
    print(repr(f.read()))

# errors
for cmd, kw in [(["no-such-program-xyz"], {}), (["./nope"], {}), (["ls"], {"cwd": "/no/such/dir"})]:
    try:
        subprocess.run(cmd, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
for kw in [dict(capture_output=True, stdout=subprocess.PIPE), dict(input=b"x", stdin=subprocess.PIPE)]:
    try:
        subprocess.run(["true"], **kw)
    except ValueError as e:
        print("ValueError", e)
try:
    subprocess.check_output(["true"], stdout=None)
except ValueError as e:
    print("ValueError", e)
print(subprocess.CompletedProcess(["x"], 0), subprocess.CompletedProcess("y", 1, b"o", b"e"))
print(subprocess.CalledProcessError(-9, ["sleep"]))
print(subprocess.list2cmdline(["a b", "c", 'd"e']))
print(os.system("exit 3") >> 8, os.waitstatus_to_exitcode(os.system("true")))
with os.popen("echo popen works") as f:
    print(f.read().strip())
