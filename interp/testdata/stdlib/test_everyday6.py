# logging (formatters, filters, records, adapters), argparse (help, errors,
# subcommands) and configparser (interpolation, writing, errors).
import logging, logging.handlers, argparse, io, sys, configparser, pathlib, tempfile, os, textwrap
stream = io.StringIO()
log = logging.getLogger("app.sub")
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s [%(funcName)s:%(lineno)d] %(message)s"))
log.addHandler(h); log.setLevel(logging.DEBUG); log.propagate = False
def work():
    log.debug("debug %d", 1); log.info("info %s", {"k": 1}); log.warning("warn"); log.error("err %r", "x")
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("boom")
work()
print(stream.getvalue().replace(os.path.basename(__file__), "F").splitlines()[:6], stream.getvalue().splitlines()[-1])
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("INFO"), log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), logging.getLogger("app").name, log.parent.name)
mh = logging.handlers.MemoryHandler(10)
rec = logging.LogRecord("n", logging.INFO, "p.py", 3, "msg %s", ("a",), None)
print(rec.getMessage(), rec.levelname, logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y").format(rec)[4:], logging.Formatter("{levelname}:{message}", style="{").format(rec))
class F(logging.Filter):
    def filter(self, record):
        return "secret" not in record.getMessage()
s2 = io.StringIO(); h2 = logging.StreamHandler(s2); h2.addFilter(F()); l2 = logging.getLogger("filt"); l2.addHandler(h2); l2.propagate = False
l2.warning("public"); l2.warning("secret stuff"); print(repr(s2.getvalue()))
la = logging.LoggerAdapter(log, {"user": "u1"}); print(la.extra, type(la).__name__)
p = argparse.ArgumentParser(prog="prog", description="Demo tool.", epilog="Bye.", formatter_class=argparse.RawDescriptionHelpFormatter)
p.add_argument("files", nargs="*", help="input files")
p.add_argument("-n", "--num", type=int, default=3, help="how many (default: %(default)s)")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--flag", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-x", action="append", default=[])
g = p.add_mutually_exclusive_group(); g.add_argument("--a", action="store_true"); g.add_argument("--b", action="store_true")
print(p.parse_args(["f1", "f2", "-n", "5", "--mode", "slow", "--flag", "-x", "1", "-x", "2", "--no-color"]))
print(p.parse_known_args(["--unknown", "z", "-n2"]))
print(p.format_help())
for bad in [["--mode", "medium"], ["-n", "abc"], ["--a", "--b"], ["--num"]]:
    err = io.StringIO(); old = sys.stderr; sys.stderr = err
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code, err.getvalue().strip().splitlines()[-1])
    finally:
        sys.stderr = old
sp = argparse.ArgumentParser(prog="git"); subs = sp.add_subparsers(dest="cmd", required=True)
c = subs.add_parser("commit", help="record"); c.add_argument("-m", required=True)
print(sp.parse_args(["commit", "-m", "msg"]), sp.format_usage().strip())
cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cp.read_string("[DEFAULT]\nbase = /srv\n[paths]\ndata = ${base}/data\nlogs = ${data}/logs\n[nums]\nn = 5\nf = 2.5\nb = yes\nlst = a, b\n")
print(cp["paths"]["logs"], cp.getint("nums", "n"), cp.getfloat("nums", "f"), cp.getboolean("nums", "b"), cp.get("nums", "missing", fallback="fb"), cp.has_option("paths", "base"), list(cp["nums"]))
out = io.StringIO(); cp2 = configparser.ConfigParser(); cp2["s"] = {"k": "v", "multi": "a\nb"}; cp2.write(out); print(repr(out.getvalue()))
try:
    configparser.ConfigParser().read_string("[s]\nk=1\nk=2\n")
except configparser.DuplicateOptionError as e:
    print("DuplicateOptionError", e)
