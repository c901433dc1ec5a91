# A third everyday mix: cookies, entities, ElementTree, inspect, traceback,
# warnings, contextlib, copy, pickle, weakref, timeit, argparse, shlex,
# platform, os.path, operator, zoneinfo, abc, numbers, secrets.
import http.cookies, html.entities, xml.etree.ElementTree as ET, inspect, traceback, warnings, contextlib, copy, pickle, weakref, timeit, argparse, shlex, fnmatch, platform, sys, os, io, operator, zoneinfo, datetime, string, textwrap, itertools, functools, types, abc, numbers, secrets
c = http.cookies.SimpleCookie()
c["session"] = "abc123"; c["session"]["path"] = "/"; c["session"]["httponly"] = True; c["theme"] = "dark; mode"
print(c.output(), c["theme"].value, http.cookies.SimpleCookie("a=1; b=\"x y\"")["b"].value)
print(html.entities.name2codepoint["eacute"], html.entities.html5["amp;"], html.entities.codepoint2name[233])
root = ET.fromstring("<r a='1'><c n='x'>t1</c><c n='y'><d/>t2</c>tail</r>")
print([c.get("n") for c in root.iter("c")], root.find("c[@n='y']").text, ET.tostring(root, encoding="unicode"), root.findtext("c"), [e.tag for e in root.iterfind(".//d")])
el = ET.Element("top", x="1"); ET.SubElement(el, "child").text = "é<"; ET.indent(el)
print(ET.tostring(el, encoding="unicode"), ET.tostring(el, xml_declaration=True, encoding="utf-8")[:50])
def f(a, b: int = 2, *args, c, d=4, **kw) -> str: "doc"
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.parameters["b"].annotation, sig.return_annotation, inspect.getdoc(f), inspect.isfunction(f), sig.bind(1, c=3).arguments)
print(inspect.getmembers(types.SimpleNamespace(x=1), lambda v: isinstance(v, int)), inspect.isclass(int), inspect.signature(lambda x, /, y: 0))
try:
    1 / 0
except ZeroDivisionError:
    tb = traceback.format_exc()
print(tb.splitlines()[0], tb.splitlines()[-1], traceback.format_exception_only(ValueError("v"))[-1])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
    warnings.warn("old", DeprecationWarning)
print([(str(x.message), x.category.__name__) for x in w])
with contextlib.suppress(KeyError):
    {}["x"]
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
with contextlib.ExitStack() as stack:
    stack.callback(lambda: print("exit callback"))
    print("inside", buf.getvalue().strip())
@contextlib.contextmanager
def cm(x):
    print("enter", x); yield x * 2; print("leave", x)
with cm(3) as v:
    print("v", v)
nested = {"a": [1, {"b": 2}], "c": (3, [4])}
dc = copy.deepcopy(nested); dc["a"][1]["b"] = 99
print(nested, dc, copy.copy([1, [2]])[1] is [1, [2]][1])
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    obj = {"x": [1, 2.5, None, True, "s", b"b", (1, 2), {3}, frozenset([4]), 2**70, complex(1, 2)]}
    assert pickle.loads(pickle.dumps(obj, proto)) == obj
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.loads(pickle.dumps(datetime.date(2024, 1, 2))))
class K: pass
k = K(); wd = weakref.WeakValueDictionary(); wd["k"] = k; r = weakref.ref(k)
print(r() is k, "k" in wd, type(weakref.proxy(k)).__name__)
print(timeit.timeit("x = 1", number=10) >= 0, timeit.repeat("pass", number=1, repeat=2).__len__())
p = argparse.ArgumentParser(prog="tool", description="d")
sub = p.add_subparsers(dest="cmd")
a = sub.add_parser("add"); a.add_argument("n", type=int, nargs="+"); a.add_argument("--verbose", "-v", action="count", default=0)
ns = p.parse_args(["add", "1", "2", "-vv"])
print(ns, p.format_usage().strip())
print(shlex.split("a 'b c' \"d e\" f\\ g"), shlex.quote("it's"), shlex.join(["a b", "c"]), fnmatch.fnmatch("x.PY", "*.py"), fnmatch.translate("*.t?t"))
print(platform.python_version(), platform.python_implementation() in ("CPython", "adder"), sys.version_info[:2], sys.maxsize, sys.byteorder)
print(os.path.splitext("a/b.tar.gz"), os.path.normpath("a//b/../c/."), os.path.commonpath(["/a/b", "/a/c"]), os.path.relpath("/a/b/c", "/a"), os.path.expanduser("~") != "~")
print(operator.attrgetter("real", "imag")(3 + 4j), operator.itemgetter(1, 0)("ab"), operator.methodcaller("upper")("x"))
tz = zoneinfo.ZoneInfo("Europe/Paris")
d = datetime.datetime(2024, 7, 1, 12, tzinfo=tz)
print(d, d.utcoffset(), d.tzname(), d.astimezone(zoneinfo.ZoneInfo("America/New_York")), datetime.datetime(2024, 1, 1, tzinfo=tz).dst())
print(string.Template("${a}-$b").substitute(a=1, b=2), textwrap.fill("word " * 20, 30, initial_indent="* ", subsequent_indent="  "))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.starmap(pow, [(2, 3)])), list(itertools.groupby("aabbbc"))[1][0])
class Base(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
try:
    Base()
except TypeError as e:
    print(e)
print(isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), issubclass(bool, numbers.Number), len(secrets.token_hex(8)), secrets.compare_digest("a", "a"))
