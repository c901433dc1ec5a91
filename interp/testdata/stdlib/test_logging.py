import sys, io, logging, os, tempfile, time
sys.stderr = sys.stdout  # the goldens capture stdout only

logging.warning("before config: %s", "lastResort? no, basicConfig")
logging.info("not shown")
root = logging.getLogger()
print(root, root.handlers[0].formatter._fmt, root.level)
logging.error("error %d", 42)
root.handlers.clear()

log = logging.getLogger("app")
log.warning("no handlers -> last resort")
log.info("dropped")
print(repr(log), log.getEffectiveLevel(), log.parent is root, log.propagate)

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.debug("debug %s %r", "x", "y")
log.info("dict arg %(a)s-%(b)s", {"a": 1, "b": 2})
child = logging.getLogger("app.db")
grand = log.getChild("db.pool")
print(child.parent is log, grand.parent is child, grand.name, repr(grand))
grand.warning("from grandchild")
child.propagate = False
grand.error("stops at db (no handlers there)")
child.propagate = True
print(sorted(c.name for c in log.getChildren()))
print(buf.getvalue(), end="")

# placeholder fix-up: create a.b.c before a.b
abc = logging.getLogger("x.y.z")
xy = logging.getLogger("x.y")
print(abc.parent is xy, xy.parent is root)

# levels
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
print(sorted(logging.getLevelNamesMapping().items())[:3])
for bad in ["LOUD", 1.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
log.setLevel("INFO")
print(log.level, log.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.INFO))
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)

# formatters
def rec(**kw):
    r = logging.makeLogRecord(dict(name="n", levelno=20, levelname="INFO", msg="hello %s", args=("w",), created=86400.25, msecs=250.0))
    r.__dict__.update(kw)
    return r
f = logging.Formatter("%(asctime)s %(levelname)-8s %(message)s")
f.converter = time.gmtime
print(f.format(rec()))
f2 = logging.Formatter("{asctime} {levelname:>7} {name}: {message}", style="{", datefmt="%H:%M")
f2.converter = time.gmtime
print(f2.format(rec()))
f3 = logging.Formatter("$levelname ${name} $message", style="$")
print(f3.format(rec()))
f4 = logging.Formatter("%(message)s [%(user)s]", defaults={"user": "anon"})
print(f4.format(rec()), f4.format(rec(user="bob")))
print(logging.Formatter().format(rec()))
for fmt, style in [("no fields", "%"), ("{}", "{"), ("plain", "$"), ("x", "#")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError", e)
try:
    logging.Formatter("%(missing)s").format(rec())
except ValueError as e:
    print("ValueError", e)
r = rec()
print(repr(r).replace(str(r.lineno), "L"), r.getMessage())

# exceptions
buf2 = io.StringIO()
eh = logging.StreamHandler(buf2)
eh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
elog = logging.getLogger("exc")
elog.addHandler(eh)
elog.propagate = False
try:
    raise KeyError("k")
except KeyError:
    elog.exception("lookup failed")
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError as e:
    elog.error("with exc_info", exc_info=e)
elog.warning("no exc", exc_info=False)
print(buf2.getvalue().replace(__file__, "FILE"), end="")

# filters
buf3 = io.StringIO()
fh = logging.StreamHandler(buf3)
flog = logging.getLogger("filt")
flog.propagate = False
flog.addHandler(fh)
fh.addFilter(lambda r: "secret" not in r.getMessage())
flog.warning("public")
flog.warning("secret stuff")
class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True
flog.addFilter(Upper())
flog.warning("shout")
nf = logging.Filter("filt.a")
print(nf.filter(rec(name="filt.a.b")), nf.filter(rec(name="filt.ab")), nf.filter(rec(name="filt.a")))
print(buf3.getvalue(), end="")

# extra and adapter
buf4 = io.StringIO()
ah = logging.StreamHandler(buf4)
ah.setFormatter(logging.Formatter("%(user)s %(message)s"))
alog = logging.getLogger("adapt")
alog.propagate = False
alog.addHandler(ah)
alog.warning("direct", extra={"user": "u1"})
ad = logging.LoggerAdapter(alog, {"user": "u2"})
ad.warning("via adapter %d", 1)
print(repr(ad), ad.name, ad.isEnabledFor(30))
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), kwargs
Prefix(alog, {"user": "u3"}).warning("custom", extra={"user": "u4"})
try:
    alog.warning("bad", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
print(buf4.getvalue(), end="")

# handler reprs, levels
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler()))
hl = logging.StreamHandler(io.StringIO()); hl.setLevel("ERROR"); print(hl.level)

# file handler + basicConfig(force=True, filename=...)
d = tempfile.mkdtemp()
path = os.path.join(d, "out.log")
logging.basicConfig(filename=path, level=logging.INFO, format="%(name)s - %(levelname)s - %(message)s", force=True)
logging.info("to file")
logging.getLogger("svc").warning("also to file")
fhandler = root.handlers[0]
print(type(fhandler).__name__, fhandler.baseFilename == path, fhandler.mode)
fhandler.close()
with open(path) as fp:
    print(fp.read(), end="")
logging.basicConfig(stream=sys.stdout, format="%(message)s", force=True, level="DEBUG")
logging.debug("to stdout now")
for kw in [dict(stream=sys.stdout, filename=path), dict(handlers=[], stream=sys.stdout), dict(bogus=1, force=True)]:
    try:
        logging.basicConfig(**kw)
    except ValueError as e:
        print("ValueError", e)

# disable
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error passes")
logging.disable(logging.NOTSET)
logging.warning("enabled again")
print(logging.getLogger("a") is logging.getLogger("a"), logging.getLogger("root") is root, logging.getLogger() is root)
try:
    logging.getLogger(1)
except TypeError as e:
    print("TypeError", e)
logging.captureWarnings(True)
import warnings
warnings.showwarning("careful", UserWarning, "mod.py", 3)
logging.captureWarnings(False)
logging.shutdown()
print("done")
