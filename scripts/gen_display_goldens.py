#!/usr/bin/env python3
"""Generate the goldens for display/: tracebacks from CPython 3.12 and ipykernel.

Run with Debian's python3 (it has jupyter_client and ipykernel):
    /usr/bin/python3 scripts/gen_display_goldens.py

For every case below it writes display/testdata/tracebacks/<case>.json holding:
  main, files, cells   the program (main.py and the files beside it) and the
               notebook cells of the case, so Go tests can run them in adder
  plain        CPython 3.12's exact stderr for `python3.12 main.py`
  plain_exc    the Go-side display.Exception description of that exception
  ipython      the `traceback` list of the error message ipykernel sent for the
               last cell, and ipython_exc the description of that exception
  ipython_ename / ipython_evalue   the error message's ename and evalue
The temporary directory the programs ran in is replaced by "DIR" everywhere,
so the goldens do not depend on the machine.

It also writes display/testdata/highlight.json: source snippets with an
"executing node" range, and the ANSI text pygments produces for them with the
formatter IPython 8 uses for tracebacks (Terminal256Formatter, style
"default", executing node on bg:ansiyellow). The Go highlighter is tested
against it.
"""
import json, os, shutil, subprocess, sys, tempfile, textwrap, time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "display", "testdata")
PY312 = ["env", "PYENV_VERSION=3.12.1", "python3.12"]

# DESCRIBE turns a live exception into the JSON form of display.Exception.
# It runs inside CPython 3.12 (as an excepthook) and inside the ipykernel.
DESCRIBE = r'''
import sys as _sys

def _adder_describe(exc, cellmap=None, skip=0, seen=None):
    if seen is None:
        seen = set()
    seen.add(id(exc))
    t = type(exc)
    mod = t.__module__
    qual = t.__qualname__
    full = qual if mod in ("builtins", "__main__") else mod + "." + qual
    try:
        msg = str(exc)
    except Exception:
        msg = "<exception str() failed>"
    d = {"type": full, "name": t.__name__, "message": msg}
    frames = []
    tb = exc.__traceback__
    n = 0
    while tb is not None:
        if n >= skip:
            frames.append(_adder_frame(tb, cellmap))
        n += 1
        tb = tb.tb_next
    if frames:
        d["frames"] = frames
    notes = getattr(exc, "__notes__", None)
    if notes:
        d["notes"] = [str(x) for x in notes]
    if exc.__cause__ is not None and id(exc.__cause__) not in seen:
        d["cause"] = _adder_describe(exc.__cause__, cellmap, 0, seen)
    if exc.__context__ is not None and id(exc.__context__) not in seen:
        d["context"] = _adder_describe(exc.__context__, cellmap, 0, seen)
    if exc.__suppress_context__:
        d["suppress_context"] = True
    if isinstance(exc, BaseExceptionGroup):
        d["group"] = [_adder_describe(e, cellmap, 0, seen) for e in exc.exceptions]
    if isinstance(exc, SyntaxError):
        s = {"msg": exc.msg}
        if exc.filename is not None:
            s["filename"] = exc.filename
        for k in ("lineno", "offset", "end_lineno", "end_offset"):
            if getattr(exc, k, None) is not None:
                s[k] = getattr(exc, k)
        if exc.text is not None:
            s["text"] = exc.text
        if cellmap and exc.filename in cellmap:
            s["cell"] = cellmap[exc.filename]
            s["filename"] = "<cell>"
        d["syntax"] = s
    return d

_adder_sources = {}

def _adder_source(filename):
    if filename not in _adder_sources:
        import linecache
        lines = linecache.getlines(filename)
        _adder_sources[filename] = [l.rstrip("\r\n") for l in lines]
    return _adder_sources[filename]

def _adder_frame(tb, cellmap):
    code = tb.tb_frame.f_code
    pos = list(code.co_positions())[tb.tb_lasti // 2]
    f = {"filename": code.co_filename, "name": code.co_name,
         "qualname": code.co_qualname, "firstlineno": code.co_firstlineno,
         "lineno": tb.tb_lineno}
    if pos[1] is not None:
        f["end_lineno"] = pos[1]
    if pos[2] is not None:
        f["col"] = pos[2]
    if pos[3] is not None:
        f["end_col"] = pos[3]
    nargs = code.co_argcount + code.co_kwonlyargcount
    args = list(code.co_varnames[:nargs])
    if code.co_flags & 4:
        args.append("*" + code.co_varnames[nargs])
        nargs += 1
    if code.co_flags & 8:
        args.append("**" + code.co_varnames[nargs])
    f["args"] = args
    f["source"] = _adder_source(code.co_filename)
    if cellmap and code.co_filename in cellmap:
        f["cell"] = cellmap[code.co_filename]
        f["filename"] = "<cell>"
    return f
'''

HOOK = DESCRIBE + r'''
import json as _json, os as _os

def _adder_hook(t, v, tb):
    try:
        with open(_os.environ["ADDER_DESCRIBE_OUT"], "w") as fh:
            _json.dump(_adder_describe(v), fh)
    finally:
        _sys.__excepthook__(t, v, tb)

_sys.excepthook = _adder_hook
'''

# Each case: files for CPython (main.py is run), cells for ipykernel (the
# last one raises), and extra files both see in the working directory.
CASES = {
    "cell_error": dict(
        main="a = 1\nb = 0\nprint(a / b)\n",
        cells=["a = 1\nb = 0\nprint(a / b)"],
    ),
    "name_error": dict(
        main="x = 1\nundefined_name\n",
        cells=["x = 1\nundefined_name"],
    ),
    "three_deep": dict(
        files={"helper.py": "def inner(x):\n    return x[3]\n"},
        main=textwrap.dedent('''\
            from helper import inner

            def middle(x):
                # the middle of the stack
                y = x + [1]
                return inner(y)

            def outer():
                return middle([0])

            outer()
            '''),
        cells=[
            textwrap.dedent('''\
            def inner(x):
                return x[3]

            def middle(x):
                # the middle of the stack
                y = x + [1]
                return inner(y)'''),
            "def outer():\n    return middle([0])\n\nz = 2\nouter()",
        ],
    ),
    "module_frame": dict(
        files={"helper.py": "class MyError(Exception):\n    pass\n\ndef fail(n, *rest, key=1, **kw):\n    raise MyError(f'bad {n}')\n"},
        main="import helper\nhelper.fail(3)\n",
        cells=["import helper\nhelper.fail(3)"],
    ),
    "chained_from": dict(
        main=textwrap.dedent('''\
            def parse(s):
                try:
                    return int(s)
                except ValueError as e:
                    raise RuntimeError("cannot parse " + s) from e

            parse("x1")
            '''),
        cells=[textwrap.dedent('''\
            def parse(s):
                try:
                    return int(s)
                except ValueError as e:
                    raise RuntimeError("cannot parse " + s) from e

            parse("x1")''')],
    ),
    "chained_context": dict(
        main="d = {}\ntry:\n    d['key']\nexcept KeyError:\n    1 + 'a'\n",
        cells=["d = {}\ntry:\n    d['key']\nexcept KeyError:\n    1 + 'a'"],
    ),
    "from_none": dict(
        main="try:\n    [][1]\nexcept IndexError:\n    raise ValueError('clean') from None\n",
        cells=["try:\n    [][1]\nexcept IndexError:\n    raise ValueError('clean') from None"],
    ),
    "notes": dict(
        main="e = TypeError('bad type')\ne.add_note('first note')\ne.add_note('second\\nnote')\nraise e\n",
        cells=["e = TypeError('bad type')\ne.add_note('first note')\ne.add_note('second\\nnote')\nraise e"],
    ),
    "exception_group": dict(
        main=textwrap.dedent('''\
            def f():
                raise ValueError("one")

            errs = []
            for g in (f, lambda: 1 / 0):
                try:
                    g()
                except Exception as e:
                    errs.append(e)
            inner = ExceptionGroup("inner", [KeyError("k")])
            raise ExceptionGroup("many", errs + [inner])
            '''),
        cells=[textwrap.dedent('''\
            def f():
                raise ValueError("one")

            errs = []
            for g in (f, lambda: 1 / 0):
                try:
                    g()
                except Exception as e:
                    errs.append(e)
            inner = ExceptionGroup("inner", [KeyError("k")])
            raise ExceptionGroup("many", errs + [inner])''')],
    ),
    "syntax_error": dict(
        main="x = 1\ny = x +* 2\n",
        cells=["x = 1\ny = x +* 2"],
    ),
    "syntax_unclosed": dict(
        main="print('a')\nvalues = [1, 2,\n",
        cells=["print('a')\nvalues = [1, 2,"],
    ),
    "indentation_error": dict(
        main="def f():\n    x = 1\n      y = 2\n",
        cells=["def f():\n    x = 1\n      y = 2"],
    ),
    # A low recursion limit keeps the goldens small; the folding is the same.
    "recursion": dict(
        main="import sys\nsys.setrecursionlimit(200)\n\ndef down(n):\n    return down(n + 1)\n\ndown(0)\n",
        cells=["import sys\nsys.setrecursionlimit(200)",
               "def down(n):\n    return down(n + 1)\n\ndown(0)"],
    ),
    "keyboard_interrupt": dict(
        main="def loop():\n    raise KeyboardInterrupt\n\nloop()\n",
        cells=["def loop():\n    raise KeyboardInterrupt\n\nloop()"],
    ),
    "carets": dict(
        main=textwrap.dedent('''\
            class Box:
                def __init__(self):
                    self.items = {"a": [1, 2]}

            def total(box, name):
                return box.items["a"][0] + box.items[name][1]

            def call(fn, *args):
                return fn(*args)

            result = call(total,
                          Box(),
                          "b")
            '''),
        cells=[textwrap.dedent('''\
            class Box:
                def __init__(self):
                    self.items = {"a": [1, 2]}

            def total(box, name):
                return box.items["a"][0] + box.items[name][1]

            def call(fn, *args):
                return fn(*args)

            result = call(total,
                          Box(),
                          "b")''')],
    ),
    "binop_carets": dict(
        main="def f(a, b):\n    return (a) ** 2 + b * (a - 1)\n\nf(1, None)\n",
        cells=["def f(a, b):\n    return (a) ** 2 + b * (a - 1)\n\nf(1, None)"],
    ),
    "unicode": dict(
        main="def größe(wert):\n    return wert['länge'] + 'ü'\n\ngröße({'länge': 1})\n",
        cells=["def größe(wert):\n    return wert['länge'] + 'ü'\n\ngröße({'länge': 1})"],
    ),
    "context_pieces": dict(
        main=textwrap.dedent('''\
            # leading comment
            import functools

            def deco(fn):
                @functools.wraps(fn)
                def wrapper(*a, **k):
                    return fn(*a, **k)
                return wrapper

            class Shape:
                """A shape."""
                sides = 0

                @deco
                def area(self, scale=1,
                         offset=0):
                    # a comment before
                    # the failing line
                    values = [
                        1,
                        2,
                        3,
                        4,
                        5,
                        6,
                    ]
                    if scale:
                        return values[scale * 10]
                    return 0

            s = Shape()
            total = sum(
                [s.area(2)]
            )
            '''),
        cells=[textwrap.dedent('''\
            # leading comment
            import functools

            def deco(fn):
                @functools.wraps(fn)
                def wrapper(*a, **k):
                    return fn(*a, **k)
                return wrapper

            class Shape:
                """A shape."""
                sides = 0

                @deco
                def area(self, scale=1,
                         offset=0):
                    # a comment before
                    # the failing line
                    values = [
                        1,
                        2,
                        3,
                        4,
                        5,
                        6,
                    ]
                    if scale:
                        return values[scale * 10]
                    return 0

            s = Shape()
            total = sum(
                [s.area(2)]
            )''')],
    ),
    "lambda_and_comprehension": dict(
        main="def run(items):\n    f = lambda x: 10 // x\n    return [f(i) for i in items]\n\nrun([2, 1, 0])\n",
        cells=["def run(items):\n    f = lambda x: 10 // x\n    return [f(i) for i in items]\n\nrun([2, 1, 0])"],
    ),
    "assert_and_attr": dict(
        main="class A:\n    pass\n\ndef check(a):\n    assert a.value > 0, 'positive'\n\ncheck(A())\n",
        cells=["class A:\n    pass\n\ndef check(a):\n    assert a.value > 0, 'positive'\n\ncheck(A())"],
    ),
    "wide_group": dict(
        main="raise ExceptionGroup('wide', [ValueError(i) for i in range(17)])\n",
        cells=["raise ExceptionGroup('wide', [ValueError(i) for i in range(17)])"],
    ),
    "empty_message": dict(
        main="class Quiet(Exception):\n    pass\n\nraise Quiet()\n",
        cells=["class Quiet(Exception):\n    pass\n\nraise Quiet()"],
    ),
}


def clean(obj, tmp):
    """Replace the temporary directory by DIR in every string of obj."""
    if isinstance(obj, str):
        return obj.replace(os.path.realpath(tmp), "DIR").replace(tmp, "DIR")
    if isinstance(obj, list):
        return [clean(x, tmp) for x in obj]
    if isinstance(obj, dict):
        return {k: clean(v, tmp) for k, v in obj.items()}
    return obj


def split_sources(exc, sources):
    """Move each frame's source into sources (keyed by filename, or by
    "<cell N>" for cells) so a deep traceback stores it once."""
    for f in exc.get("frames", []):
        src = f.pop("source", None)
        if src is not None:
            key = "<cell %d>" % f["cell"] if f.get("cell") else f["filename"]
            sources[key] = src
    for k in ("cause", "context"):
        if k in exc:
            split_sources(exc[k], sources)
    for sub in exc.get("group", []):
        split_sources(sub, sources)
    return exc


def run_cpython(name, case):
    tmp = tempfile.mkdtemp(prefix="adder-disp-")
    try:
        hookdir = os.path.join(tmp, "_hook")
        os.makedirs(hookdir)
        with open(os.path.join(hookdir, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        for fn, src in case.get("files", {}).items():
            with open(os.path.join(tmp, fn), "w") as f:
                f.write(src)
        with open(os.path.join(tmp, "main.py"), "w") as f:
            f.write(case["main"])
        env = dict(os.environ, PYTHONPATH=hookdir,
                   ADDER_DESCRIBE_OUT=os.path.join(tmp, "_desc.json"),
                   PYTHONDONTWRITEBYTECODE="1")
        env.pop("PYTHONSTARTUP", None)
        p = subprocess.run(PY312 + ["main.py"], cwd=tmp, env=env,
                           capture_output=True, text=True, timeout=60)
        with open(os.path.join(tmp, "_desc.json")) as f:
            desc = json.load(f)
        return clean(p.stderr, tmp), clean(desc, tmp)
    finally:
        shutil.rmtree(tmp)


class Kernel:
    """One ipykernel started with throwaway Jupyter directories."""

    def __init__(self, cwd):
        from jupyter_client.manager import KernelManager
        self.km = KernelManager(kernel_name="python3")
        self.km.start_kernel(cwd=cwd)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)

    def run(self, code, store_history=True):
        msg_id = self.kc.execute(code, store_history=store_history)
        errors, out = [], []
        while True:
            m = self.kc.get_iopub_msg(timeout=60)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            t = m["msg_type"]
            if t == "error":
                errors.append(m["content"])
            elif t == "stream" and m["content"]["name"] == "stdout":
                out.append(m["content"]["text"])
            elif t == "status" and m["content"]["execution_state"] == "idle":
                break
        return errors, "".join(out)

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def run_ipykernel(name, case):
    tmp = tempfile.mkdtemp(prefix="adder-disp-")
    try:
        for fn, src in case.get("files", {}).items():
            with open(os.path.join(tmp, fn), "w") as f:
                f.write(src)
        k = Kernel(tmp)
        try:
            errors = []
            for cell in case["cells"]:
                errors, _ = k.run(cell)
            assert len(errors) == 1, (name, errors)
            err = errors[0]
            code = DESCRIBE + textwrap.dedent('''
                import json as _json
                _ip = get_ipython()
                _cm = dict(_ip.compile._filename_map)
                _v = _sys.last_value
                # IPython drops its own run_code frame (tb_offset=1) and shows
                # no frames at all for a SyntaxError.
                with open("_desc.json", "w") as _fh:
                    _json.dump(_adder_describe(_v, _cm, 10**9 if isinstance(_v, SyntaxError) else 1), _fh)
                ''')
            path = os.path.join(tmp, "_desc.json")
            # ipykernel aborts requests that arrive just after an error
            # (stop_on_error): retry until the describe cell really ran.
            for _ in range(20):
                errs2, _ = k.run(code, store_history=False)
                assert not errs2, errs2
                if os.path.exists(path):
                    break
                time.sleep(0.2)
            with open(path) as f:
                desc = json.load(f)
        finally:
            k.close()
        return clean(err, tmp), clean(desc, tmp)
    finally:
        shutil.rmtree(tmp)


# Snippets for the highlighter: (source, [start, end) character range of the
# executing node or null).
HIGHLIGHT = [
    ("a = 1\nb = 0\nprint(a / b)", [18, 23]),
    ("def f(x):\n    return 1/x", [21, 24]),
    ("raise ValueError(\"x\") from KeyError(1)", None),
    ("import os.path as p, sys\nfrom collections import OrderedDict as OD", None),
    ("class Box(object):\n    def __init__(self, *args, **kw):\n        self.items = {'a': [1, 2.5e-3, 0x1F, 1_000j]}", None),
    ("@decorator(1)\nasync def g():\n    await x\n    yield from y\n    return None", None),
    ("s = f'{x!r:>{width}} and {y}' + rb'\\d+' + \"\"\"doc\nstring\"\"\"", None),
    ("x = a if b is not None else c  # comment here\nlambda q: q and not r or s in t", None),
    ("print(len(range(3)), self, cls, __name__, __file__, True, False, Ellipsis, NotImplemented)", [0, 20]),
    ("for i in range(10):\n    while True:\n        break\n    continue\nelse:\n    pass", None),
    ("with open('f') as fh, ctx():\n    del fh; global gg; nonlocal nn\n    assert x, 'msg'", None),
    ("try:\n    pass\nexcept (ValueError, TypeError) as e:\n    raise\nfinally:\n    pass", None),
    ("match cmd:\n    case [x, y, *rest] if x > 0:\n        pass\n    case {'k': v} | Point(x=0):\n        pass\n    case _:\n        pass", None),
    ("x @= y; x //= 2; x **= 3; x >>= 1; x != y; x := 5; -x; ~x; x -> y", None),
    ("'single' \"double\" '\\n\\t\\x41\\u00e9' r'raw\\n' b'\\x00' u'u' 'it''s'", None),
    ("def größe(wert):\n    return wert['länge'] + 'ü'", [33, 55]),
    ("return box.items[\"a\"][0] + box.items[name][1]", [7, 45]),
    ("result = call(total,\n              Box(),\n              \"b\")", [9, 54]),
    ("0b1010 0o17 0xff 1e10 3.14 .5 5. 10L 1__0 0_0 123abc", None),
    ("type X = int\nprint(type(x))\n__init__ __len__ __foo__ _private __all__ __doc__", None),
    ("def g(n): return g(n+1)", [17, 23]),
    ("x = [\n    1,\n    2,\n]", [4, 20]),
    ("ValueError OSError StopIteration Exception BaseException Warning KeyboardInterrupt", None),
    ("isinstance(x, int) and str(x) or bytes(x) or dict() or list() or object() or super()", None),
]


def gen_highlight():
    from pygments.formatters.terminal256 import Terminal256Formatter
    from pygments.styles import get_style_by_name
    import stack_data
    from stack_data.core import _pygmented_with_ranges
    style = stack_data.style_with_executing_node(get_style_by_name("default"), "bg:ansiyellow")
    formatter = Terminal256Formatter(style=style)
    out = []
    for src, rng in HIGHLIGHT:
        lines = _pygmented_with_ranges(formatter, src, [tuple(rng)] if rng else [])
        out.append({"source": src, "range": rng, "lines": lines})
    with open(os.path.join(OUT, "highlight.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


# Expression segments for the ~~~^~~~ anchors (run under CPython 3.12).
# Only ASCII: traceback.py mixes byte and character offsets for non-ASCII
# segments, unlike the C printer the interpreter really uses (the "unicode"
# traceback case covers that).
ANCHOR_SEGMENTS = [
    "a + b", "a+b", "(a)+b", "(a) + b", "a  **  b", "(a)**b", "a // b", "a - -b", "-a ** b",
    "-a * b", "a * -b", "a ** -b", "a + b * c", "a * b + c", "a | b & c ^ d", "a << 1 >> 2",
    "a @ b", "a % b", "(a + b) * c", "a * (b + c)", "((a)) + ((b))", "(a, b) + c",
    "f(x) + g(y)", "x[1]", "x[1][2]", "x [ 1 ]", "d['k']", "a.b[c:d]", "(x)[0]", "x[(1)]",
    "f(x)[0]", "[1, 2][5]", "x[1] + y[2]", "not a", "a and b", "a < b", "a if b else c",
    "lambda: 1", "a, b", "x = 1", "await x", "await x[0]", "await x + 1", "*a", "a.b",
    "f(x)", "x[", "a +", "'a' + 'b'", "a + b  # c",
    "größe + 1", "x[i] if y else z", "a[b] = c", "a.b + c.d", "a ** b ** c", "1 + 2j",
    "a[1:2, ::3]", "{1: 2}[3]", "a + (b)", "a +(b)", "a+ b", "x [1]", "a ~ b",
    "(yield)", "a is b", "a in b", "a == b", "...", "x[...]", "f'{a}' + b", "a[b][c] + d",
]


def gen_anchors():
    code = ("import json, sys, traceback\n"
            "out = []\n"
            "for seg in json.load(sys.stdin):\n"
            "    a = None\n"
            "    try:\n"
            "        r = traceback._extract_caret_anchors_from_line_segment(seg)\n"
            "        if r is not None:\n"
            "            a = [r.left_end_offset, r.right_start_offset]\n"
            "    except Exception:\n"
            "        pass\n"
            "    out.append({'segment': seg, 'anchors': a})\n"
            "sys.stdout.write('[\\n' + ',\\n'.join(json.dumps(o, ensure_ascii=False) for o in out) + '\\n]')\n")
    p = subprocess.run(PY312 + ["-c", code], input=json.dumps(ANCHOR_SEGMENTS),
                       capture_output=True, text=True, check=True)
    with open(os.path.join(OUT, "anchors.json"), "w") as f:
        f.write(p.stdout + "\n")


# Values for the pretty printer, in a tagged JSON form both sides can
# build: plain JSON scalars, lists, {"tuple": [...]}, {"set": [...]},
# {"frozenset": [...]}, {"dict": [[k, v], ...]}, {"float": "1.5"}.
def _pretty_cases():
    long_words = ["word%d" % i * (i % 4 + 1) for i in range(30)]
    return [
        list(range(10)),
        list(range(40)),
        list(range(1005)),
        {"tuple": [1]},
        {"tuple": []},
        {"tuple": list(range(30))},
        {"set": []},
        {"set": [3, 1, 2]},
        {"set": ["b", "a", "c"]},
        {"set": [1, "a", None]},
        {"frozenset": [5, 4]},
        {"frozenset": []},
        {"dict": []},
        {"dict": [["a", 1], ["b", [1, 2, 3]]]},
        {"dict": [["key%d" % i, "value%d" % i] for i in range(12)]},
        {"dict": [["outer", {"dict": [["inner%d" % i, list(range(i))] for i in range(8)]}]]},
        [[i, i * 2, "x" * i] for i in range(12)],
        [list(range(20)), list(range(25)), {"tuple": ["a", "b"]}],
        long_words,
        ["a" * 100],
        [["deep", ["deeper", ["deepest", list(range(30))]]]],
        {"dict": [[{"tuple": [1, 2]}, {"set": [1]}], [None, True], [False, {"float": "2.5"}]]},
        [{"float": "0.1"}, {"float": "1e+16"}, {"float": "-0.0"}, {"float": "inf"}],
        "a string with 'quotes' and\nnewline",
        [{"dict": [["name", "n%d" % i], ["values", list(range(5))]]} for i in range(5)],
        {"tuple": [{"tuple": [{"tuple": [1]}]}]},
        [list(range(17)), list(range(17))],
        [1, [2, [3, [4, [5, [6, list(range(25))]]]]]],
    ]


def _build(v):
    if isinstance(v, list):
        return [_build(x) for x in v]
    if isinstance(v, dict):
        (tag, x), = v.items()
        if tag == "tuple":
            return tuple(_build(y) for y in x)
        if tag == "set":
            return set(_build(y) for y in x)
        if tag == "frozenset":
            return frozenset(_build(y) for y in x)
        if tag == "dict":
            return {_build(k): _build(w) for k, w in x}
        if tag == "float":
            return float(x)
    return v


def gen_pretty():
    from IPython.lib.pretty import pretty
    out = []
    for case in _pretty_cases():
        out.append({"value": case, "pretty": pretty(_build(case))})
    with open(os.path.join(OUT, "pretty.json"), "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n]\n")


# Cells using IPython's display API. Their display messages under the real
# ipykernel are the golden; the same cells run through adder's own
# IPython.display (display/ipython_display.py) under this Python, with
# IPython's formatter standing in for adder's, must produce the same.
DISPLAY_CELLS = [
    "from IPython.display import (display, HTML, Markdown, Latex, Math, JSON, SVG,\n"
    "    Javascript, Pretty, Image, ProgressBar, DisplayHandle, update_display, clear_output)",
    "display(HTML('<b>bold</b>'))",
    "display(Markdown('# T'), Latex(r'$x^2$'), Math('x^2'))",
    "h = display(HTML('a'), display_id=True)\nh.update(HTML('b'))\nh.display(Markdown('c'))",
    "update_display(Pretty('new'), display_id='fixed')\ndisplay(Pretty('p'), display_id='fixed')",
    "display({'text/plain': 'raw', 'text/html': '<p>raw</p>'}, raw=True)",
    "display(JSON({'a': [1, 2]}, expanded=True))",
    "display(JSON([1, 2], root='r', metadata={'k': 1}))",
    "display(SVG('<?xml version=\"1.0\"?>\\n<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>'))",
    "display(Javascript('alert(1)', lib=['x.js'], css='s.css'))",
    "display(Image(data=b'\\x89PNG\\r\\n\\x1a\\n' + bytes(range(8)), width=10, height=5))",
    "display(Image(data=b'\\xff\\xd8\\xff' + bytes(5)))",
    "display(Image(url='http://example.com/a.png', width=3))",
    "clear_output(wait=True)\ndisplay(Pretty('pretty text'))",
    "clear_output()",
    "display(1, [1, 2], 'str', include=['text/plain'])",
    "display(HTML('<i>m</i>', metadata={'isolated': True}))",
    "display(HTML('x'), metadata={'text/html': {'a': 1}})",
    "display(HTML('y'), exclude=['text/plain'])",
    "p = ProgressBar(3)\nfor i in p:\n    pass",
    "display(DisplayHandle('abc'))",
    "display(HTML('q'), clear=True)",
    "class R:\n    def _repr_html_(self):\n        return '<r/>'\n    def _repr_markdown_(self):\n        return None\n    def __repr__(self):\n        return 'R()'\ndisplay(R())",
    "class M:\n    def _repr_mimebundle_(self, include=None, exclude=None):\n        return {'text/plain': 'M!', 'text/x-custom': 'c'}, {'text/x-custom': {'m': 1}}\ndisplay(M())",
    "class D:\n    def _ipython_display_(self):\n        display(HTML('via _ipython_display_'))\ndisplay(D())",
    # Results (execute_result), formatted by the kernel with Mimebundle.
    "HTML('<p>result</p>')",
    "list(range(40))",
    "{'k%d' % i: list(range(i)) for i in range(9)}",
    "object()",
    "R()",
    "M()",
    "Markdown('*m*'), Latex('$y$')",
    "print",
    "ValueError('bad', 2)",
    "int, ValueError, R",
    "def fn(a, b=2, *args, c, d=4, **kw):\n    pass\nfn",
    "(1,)",
    "set(), frozenset(), {3, 1, 2}",
    "a = [1]\na.append(a)\na",
    "d = {'k': (1, 2)}\nd['self'] = d\nd",
    "[('a' * 30, {'b' * 20: ['c' * 25, 'd' * 25]})] * 2",
    "'multi\\nline', b'bytes', 3.5, None, True, 10**30, -0.0",
    "class P:\n    def __init__(self, items):\n        self.items = items\n"
    "    def _repr_pretty_(self, p, cycle):\n        if cycle:\n            p.text('P(...)')\n            return\n"
    "        with p.group(2, 'P(', ')'):\n            for i, x in enumerate(self.items):\n"
    "                if i:\n                    p.text(',')\n                    p.breakable()\n"
    "                p.pretty(x)\nP([list(range(30)), 'x' * 50, P([1, 2])])",
    "class Q:\n    def _repr_pretty_(self, p, cycle):\n        p.begin_group(4, 'Q<')\n        p.text('a')\n"
    "        p.break_()\n        p.text('b')\n        p.end_group(4, '>')\n[Q(), Q()]",
]

_DISPLAY_TYPES = ("display_data", "update_display_data", "clear_output")


def _normalize_ids(msgs):
    ids = {}
    for m in msgs:
        tr = m["content"].get("transient") or {}
        if "display_id" in tr:
            tr["display_id"] = ids.setdefault(tr["display_id"], "ID%d" % (len(ids) + 1))
    return msgs


def _run_display_cells_ipykernel():
    tmp = tempfile.mkdtemp(prefix="adder-disp-")
    k = Kernel(tmp)
    out = []
    try:
        for cell in DISPLAY_CELLS:
            msg_id = k.kc.execute(cell)
            msgs = []
            while True:
                m = k.kc.get_iopub_msg(timeout=60)
                if m["parent_header"].get("msg_id") != msg_id:
                    continue
                t = m["msg_type"]
                if t in _DISPLAY_TYPES + ("execute_result", "error", "stream"):
                    msgs.append({"msg_type": t, "content": m["content"]})
                if t == "status" and m["content"]["execution_state"] == "idle":
                    break
            out.append({"cell": cell, "messages": msgs})
    finally:
        k.close()
        shutil.rmtree(tmp)
    return out


def _run_display_cells_adder():
    """Run the cells through display/ipython_display.py with a stand-in
    _adder_display module built on IPython's formatter."""
    import base64, types
    from IPython.core.formatters import DisplayFormatter
    formatter = DisplayFormatter()
    sent = []
    fake = types.ModuleType("_adder_display")
    counter = [0]

    def publish(data, metadata, transient, update):
        content = {"data": data, "metadata": metadata, "transient": transient}
        sent.append({"msg_type": "update_display_data" if update else "display_data",
                     "content": content})

    def new_id():
        counter[0] += 1
        return "%032x" % counter[0]

    fake.publish = publish
    fake.clear_output = lambda wait: sent.append({"msg_type": "clear_output", "content": {"wait": wait}})
    fake.format = lambda obj, include, exclude: formatter.format(obj, include=include, exclude=exclude)
    fake.new_id = new_id
    fake.b64encode = lambda b: base64.b64encode(b).decode("ascii")
    fake.read_file = lambda p, binary=False: open(p, "rb" if binary else "r").read()
    sys.modules["_adder_display"] = fake
    with open(os.path.join(ROOT, "display", "ipython_display.py")) as f:
        src = f.read()
    mod = types.ModuleType("IPython.core.display")
    exec(compile(src, "ipython_display.py", "exec"), mod.__dict__)
    out = []
    ns = {"__name__": "__main__"}
    for cell in DISPLAY_CELLS:
        sent.clear()
        if cell.startswith("from IPython.display import"):
            ns.update({k: getattr(mod, k) for k in mod.__all__})
        else:
            exec(compile(cell, "<cell>", "exec"), ns)
        out.append({"cell": cell, "messages": [dict(m) for m in sent]})
    del sys.modules["_adder_display"]
    return out


def gen_display_api():
    golden = _run_display_cells_ipykernel()
    for rec in golden:
        _normalize_ids(rec["messages"])
    mine = _run_display_cells_adder()
    bad = 0
    for g, m in zip(golden, mine):
        want = [x for x in g["messages"] if x["msg_type"] in _DISPLAY_TYPES]
        got = _normalize_ids(m["messages"])
        if json.loads(json.dumps(want)) != json.loads(json.dumps(got)):
            bad += 1
            print("display API mismatch for cell %r\n  ipykernel: %s\n  adder:     %s"
                  % (g["cell"], json.dumps(want), json.dumps(got)), file=sys.stderr)
    with open(os.path.join(OUT, "display_api.json"), "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in golden) + "\n]\n")
    if bad:
        raise SystemExit("%d display cells differ" % bad)


def gen_words():
    """Classify every builtin and dunder name the way pygments' Python lexer
    does, for display/pygments_words.json (embedded by the highlighter)."""
    import builtins, operator, types
    from pygments.lexers import PythonLexer
    from pygments.token import Name
    cands = set(dir(builtins)) | {"self", "cls"}
    for obj in (object, int, float, complex, list, dict, set, str, bytes, type,
                types.FunctionType, types.ModuleType, types.CodeType, property,
                operator, BaseException, types.GeneratorType, types.CoroutineType,
                types.AsyncGeneratorType, slice, memoryview, classmethod):
        cands |= {n for n in dir(obj) if n.startswith("__") and n.endswith("__")}
    cands |= {"__enter__", "__exit__", "__aenter__", "__aexit__", "__await__", "__aiter__",
              "__anext__", "__del__", "__get__", "__set__", "__delete__", "__set_name__",
              "__missing__", "__length_hint__", "__index__", "__fspath__", "__call__",
              "__class_getitem__", "__prepare__", "__instancecheck__", "__subclasscheck__",
              "__init_subclass__", "__bytes__", "__complex__", "__round__", "__trunc__",
              "__floor__", "__ceil__", "__annotations__", "__closure__", "__globals__",
              "__kwdefaults__", "__defaults__", "__code__", "__func__", "__self__",
              "__mro__", "__objclass__", "__slots__", "__weakref__", "__bases__",
              "__file__", "__path__", "__package__", "__spec__", "__loader__",
              "__builtins__", "__all__", "__debug__", "__version__", "__author__",
              "__matmul__", "__rmatmul__", "__imatmul__", "__bool__", "__nonzero__",
              "__unicode__", "__div__", "__rdiv__", "__idiv__", "__cmp__", "__coerce__",
              "__hex__", "__oct__", "__long__", "__metaclass__", "__dir__"}
    kinds = {
        "builtin": Name.Builtin, "pseudo": Name.Builtin.Pseudo, "exception": Name.Exception,
        "magic_func": Name.Function.Magic, "magic_var": Name.Variable.Magic,
    }
    out = {k: [] for k in kinds}
    lexer = PythonLexer()
    for w in sorted(cands):
        if not w.isidentifier() or w in ("match", "case", "_"):
            continue
        toks = [t for t in lexer.get_tokens(w) if t[1].strip()]
        if len(toks) != 1 or toks[0][1] != w:
            continue
        for k, tt in kinds.items():
            if toks[0][0] is tt:
                out[k].append(w)
    with open(os.path.join(ROOT, "display", "pygments_words.json"), "w") as f:
        json.dump(out, f, indent=0)
        f.write("\n")


def main():
    only = set(sys.argv[1:])
    # Keep the kernels' Jupyter and IPython state out of the user's home.
    jtmp = tempfile.mkdtemp(prefix="adder-jupyter-")
    for v in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR"):
        os.environ[v] = os.path.join(jtmp, v.lower())
    os.environ["JUPYTER_PATH"] = os.path.join(jtmp, "path")
    os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    outdir = os.path.join(OUT, "tracebacks")
    os.makedirs(outdir, exist_ok=True)
    try:
        if not only or "display_api" in only:
            gen_display_api()
        if not only or "highlight" in only:
            gen_highlight()
            gen_words()
            gen_anchors()
            gen_pretty()
        for name, case in CASES.items():
            if only and name not in only:
                continue
            plain, plain_exc = run_cpython(name, case)
            err, ip_exc = run_ipykernel(name, case)
            sources = {}
            rec = {
                "main": case["main"],
                "files": case.get("files", {}),
                "cells": case["cells"],
                "plain": plain,
                "plain_exc": split_sources(plain_exc, sources),
                "ipython": err["traceback"],
                "ipython_ename": err["ename"],
                "ipython_evalue": err["evalue"],
                "ipython_exc": split_sources(ip_exc, sources),
                "sources": sources,
            }
            with open(os.path.join(outdir, name + ".json"), "w") as f:
                json.dump(rec, f, indent=1, ensure_ascii=False)
                f.write("\n")
            print("wrote", name, file=sys.stderr)
    finally:
        shutil.rmtree(jtmp, ignore_errors=True)


if __name__ == "__main__":
    main()
