import argparse, sys, os
os.environ["COLUMNS"] = "80"
sys.stderr = sys.stdout  # the goldens capture stdout only

def attempt(parser, args):
    try:
        ns = parser.parse_args(args)
        print("->", ns)
    except SystemExit as e:
        print("exit", e.code)

p = argparse.ArgumentParser(prog="tool", description="Process some integers.", epilog="See the docs.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
               help="sum the integers (default: find the max)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="speed: %(choices)s (default %(default)s)")
p.add_argument("-o", "--output", metavar="FILE", help="where to write")
p.add_argument("--tag", action="append", help="tags")
p.add_argument("--flag", action="store_true")
p.add_argument("--no-cache", action="store_false", dest="cache")
p.add_argument("--pair", nargs=2, type=float, metavar=("X", "Y"))
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="*")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use colour")
p.print_help()
print(repr(p.format_usage()))
ns = p.parse_args(["1", "2", "3", "--sum", "-vvv", "--tag", "a", "--tag=b", "-ofile.txt"])
print(ns.accumulate(ns.integers), ns.verbose, ns.tag, ns.output, ns.mode, ns.flag, ns.cache)
print(sorted(vars(ns)))
ns = p.parse_args(["4", "--pair", "1.5", "2", "--opt", "--many", "x", "y", "--no-color", "--flag", "--no-cache"])
print(ns.pair, ns.opt, ns.many, ns.color, ns.flag, ns.cache, ns.accumulate(ns.integers))
ns = p.parse_args(["5", "--opt", "val", "--verb", "--mo", "slow"])
print(ns.opt, ns.verbose, ns.mode)
for bad in [[], ["x"], ["1", "--mode", "medium"], ["1", "--pair", "1"], ["1", "--bogus"], ["1", "-o"],
            ["1", "--output"], ["1", "--flag=3"], ["1", "--m", "fast"]]:
    attempt(p, bad)
attempt(p, ["-h"])

# positionals of every nargs, defaults, '--'
q = argparse.ArgumentParser(prog="q")
q.add_argument("first")
q.add_argument("maybe", nargs="?", default="dflt")
q.add_argument("rest", nargs="*")
q.add_argument("-n", type=int, default="7")
print(q.parse_args(["a"]))
print(q.parse_args(["a", "b", "c", "d"]))
attempt(q, ["a", "-n", "3", "b"])
attempt(q, ["--", "-x", "-y"])
attempt(q, ["-n-5", "x"])
print(q.parse_known_args(["a", "--zzz", "b"]))
q.print_usage()
attempt(q, ["a", "-n", "notint"])

# subparsers
s = argparse.ArgumentParser(prog="git")
s.add_argument("--debug", action="store_true")
sub = s.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sub.add_parser("push", aliases=["p"], help="update remote")
pu.add_argument("remote", nargs="?", default="origin")
pu.set_defaults(func="push-func")
s.print_help()
print(s.parse_args(["commit", "-m", "msg"]))
print(s.parse_args(["--debug", "p", "upstream"]))
print(s.parse_args([]))
attempt(s, ["pull"])
attempt(s, ["commit"])
attempt(s, ["commit", "-h"])
c.print_usage()

# groups
g = argparse.ArgumentParser(prog="grp", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
grp = g.add_argument_group("network", "Network options")
grp.add_argument("--host", default="localhost", help="host name")
grp.add_argument("--port", type=int, default=80, help="port")
mx = g.add_mutually_exclusive_group()
mx.add_argument("-q", "--quiet", action="store_true", help="be quiet")
mx.add_argument("-l", "--loud", action="store_true", help="be loud")
req = g.add_mutually_exclusive_group(required=True)
req.add_argument("--json", action="store_true")
req.add_argument("--xml", action="store_true")
g.add_argument("--version", action="version", version="%(prog)s 2.0")
g.print_help()
attempt(g, ["--json", "-q", "-l"])
attempt(g, ["-q"])
attempt(g, ["--json", "--xml"])
attempt(g, ["--xml", "--port", "8080"])
attempt(g, ["--version"])

# errors at definition time
for args, kw in [(("--x",), dict(action="store", nargs=0)), (("x",), dict(required=True)),
                 (("--y",), dict(action="bogus")), (("bad-",), dict(dest="z")), (("--x", "x"), {})]:
    try:
        argparse.ArgumentParser().add_argument(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
dup = argparse.ArgumentParser()
dup.add_argument("--a")
try:
    dup.add_argument("--a")
except argparse.ArgumentError as e:
    print("ArgumentError", e)

# custom type, ArgumentTypeError, exit_on_error=False
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v
e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("n", type=even)
print(e.parse_args(["4"]).n)
try:
    e.parse_args(["3"])
except argparse.ArgumentError as err:
    print("ArgumentError", err)
attempt(argparse.ArgumentParser(prog="ee", add_help=False), ["-h"])

# long usage wraps
w = argparse.ArgumentParser(prog="wrapper-program")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta"]:
    w.add_argument("--" + name, metavar=name.upper(), help="the %s option, which has a long help text that needs wrapping onto the next line" % name)
w.add_argument("source")
w.add_argument("dest", nargs="+")
w.print_help()

ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns)
raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                              description="line one\n  indented line\nline three")
raw.print_help()
print(p.get_default("mode"), q.get_default("n"))
