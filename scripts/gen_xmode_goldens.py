#!/usr/bin/env python3
"""Generate the %xmode goldens for display/: the traceback lists ipykernel
sends in each exception reporting mode.

Run with Debian's python3 (it has jupyter_client and ipykernel 6.17 with
IPython 8.5):
    /usr/bin/python3 scripts/gen_xmode_goldens.py [case ...]

For every case of gen_display_goldens.py (plus a few below that exercise
Verbose's variable lines) and every mode in MODES, it starts a fresh kernel,
switches the mode with `%xmode <Mode>` (store_history=False, so execution
counts match the Context goldens), runs the cells and records the
`traceback` list of the error message. It writes
display/testdata/xmode/<case>.json holding:
  cells        the cells run
  exc          the display.Exception description of the exception (as in
               the tracebacks goldens), with, per frame, "arg_values" (the
               frame header's "(a=1, b=2)" as Verbose prints it) and "vars"
               (the [name, repr] pairs Verbose prints under the failing line)
               taken from IPython's own Verbose machinery
  modes        {mode: traceback list}
It also writes display/testdata/textrepr.json (pydoc.text.repr of the
values in TEXTREPR, from CPython 3.12) and display/testdata/xmode/cycle.json: the stdout of `%xmode`
without an argument, run five times, and of `%xmode` with each mode name.
"""
import json, os, shutil, sys, tempfile, textwrap, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_display_goldens as g  # noqa: E402

OUT = os.path.join(g.OUT, "xmode")
MODES = ["Plain", "Minimal", "Verbose"]

EXTRA = {
    "verbose_names": dict(
        cells=[textwrap.dedent('''\
            class Obj:
                pass

            o = Obj()
            o.val = 5
            d = {'k': [1, 2], 'z': 0}
            i = 1
            s = 'text'
            total = d['k'][i] + o.val + len(s) / d['z']''')],
    ),
    "verbose_attr_error": dict(
        cells=["class P:\n    x = 3\n\np = P()\nn = [p.x, None]\nn[1].missing"],
    ),
    "verbose_exprs": dict(
        cells=[textwrap.dedent('''\
            import math
            class K:
                attr = 'class attr'
                @property
                def prop(self):
                    return 1
                def meth(self):
                    return 2
            k = K()
            xs = [3, 1, 2]
            t = (1, 'a')
            d = {'a': 1}
            res = (-xs[0] > t[0] and math.pi < 3, k.attr, k.meth, k.prop, [xs, t], type(k),
                   len, xs[1:], sorted(xs), xs[0] == 3, not xs, d.get, abs(-2), divmod(7, 2),
                   {'k': xs[0]}, t[-1] * 2, d['a'] or xs) + None''')],
    ),
    "verbose_nameerror_in_function": dict(
        cells=["def f(a, b=2, *rest, **kw):\n    c = a + b\n    return c + missing\n\nf(1, 2, 3, key='v' * 3)"],
    ),
    # IPython's Plain and Minimal print exc.msg instead of str(exc) when
    # the exception has a msg attribute.
    "msg_attribute": dict(
        cells=["import json\nclass E(Exception):\n    msg = 'from msg'\n\ntry:\n    json.loads('{')\nexcept ValueError:\n    raise E('from str')"],
    ),
    "runtime_syntax_error": dict(
        cells=["src = 'x = (1 +'\ncode = compile(src, 'made.py', 'exec')"],
    ),
    "verbose_function": dict(
        cells=[textwrap.dedent('''\
            def f(a, b=2, *rest, key=None, **kw):
                c = a + b
                return c / key

            f(1, 2, 3, key=0, extra='x')''')],
    ),
}

# Describes the frames' Verbose data with IPython's own helpers: the header
# arguments and the variables of the executing piece.
VERBOSE_DESCRIBE = r'''
import inspect as _inspect, stack_data as _sd
from IPython.core import ultratb as _ut

def _adder_verbose(exc, d):
    tb = exc.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb)
        tb = tb.tb_next
    for fd, tb in zip(d.get("frames", []), frames[len(frames) - len(d.get("frames", [])):]):
        r = _sd.FrameInfo(tb, _sd.Options())
        args, varargs, varkw, locs = _inspect.getargvalues(tb.tb_frame)
        try:
            fd["arg_values"] = _inspect.formatargvalues(args, varargs, varkw, locs, formatvalue=_ut.eqrepr)
        except KeyError:
            pass
        try:
            fd["vars"] = [[v.name, repr(v.value)] for v in r.variables_in_executing_piece]
        except Exception:
            pass
    if not isinstance(exc, SyntaxError) and hasattr(exc, "msg"):
        d["msg_attr"], d["has_msg_attr"] = str(exc.msg), True
    for k in ("cause", "context"):
        if k in d and getattr(exc, "__" + k + "__", None) is not None:
            _adder_verbose(getattr(exc, "__" + k + "__"), d[k])
'''


def run_mode(name, case, mode):
    tmp = tempfile.mkdtemp(prefix="adder-xmode-")
    try:
        for fn, src in case.get("files", {}).items():
            with open(os.path.join(tmp, fn), "w") as f:
                f.write(src)
        k = g.Kernel(tmp)
        try:
            errs, _ = k.run("%xmode " + mode, store_history=False)
            assert not errs, errs
            errors = []
            for cell in case["cells"]:
                errors, _ = k.run(cell)
            assert len(errors) == 1, (name, mode, errors)
            err = errors[0]
            desc = None
            if mode == "Verbose":
                code = g.DESCRIBE + VERBOSE_DESCRIBE + textwrap.dedent('''
                    import json as _json
                    _ip = get_ipython()
                    _cm = dict(_ip.compile._filename_map)
                    _v = _sys.last_value
                    _d = _adder_describe(_v, _cm, 1)
                    if isinstance(_v, SyntaxError):
                        # A cell's own SyntaxError has only IPython's frames;
                        # one raised by running code has the cell's frames.
                        _fr = _d.get("frames", [])
                        _i = next((i for i, f in enumerate(_fr) if "cell" in f), len(_fr))
                        _d["frames"] = _fr[_i:]
                    _adder_verbose(_v, _d)
                    with open("_desc.json", "w") as _fh:
                        _json.dump(_d, _fh)
                    ''')
                path = os.path.join(tmp, "_desc.json")
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
        return g.clean(err["traceback"], tmp), g.clean(desc, tmp)
    finally:
        shutil.rmtree(tmp)


def gen_cycle():
    tmp = tempfile.mkdtemp(prefix="adder-xmode-")
    k = g.Kernel(tmp)
    out = []
    try:
        for arg in ["", "", "", "", "", "plain", "Minimal", "verbose", "context", "bogus"]:
            msg_id = k.kc.execute(("%xmode " + arg).strip())
            streams = {"stdout": "", "stderr": ""}
            while True:
                m = k.kc.get_iopub_msg(timeout=60)
                if m["parent_header"].get("msg_id") != msg_id:
                    continue
                if m["msg_type"] == "stream":
                    streams[m["content"]["name"]] += m["content"]["text"]
                elif m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                    break
            out.append(dict(arg=arg, **streams))
    finally:
        k.close()
        shutil.rmtree(tmp)
    with open(os.path.join(OUT, "cycle.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


# Values for pydoc.text.repr, the short repr Verbose uses for arguments.
TEXTREPR = [
    "1", "10**50", "-10**45", "'abc'", "'a\\\\b'", "'x' * 150", "'q\\n'", "[1, 2, 3]",
    "list(range(30))", "(1,)", "()", "tuple(range(25))", "{}", "{'b': 1, 'a': [1, 2]}",
    "{i: i for i in range(15)}", "{1: 'a', 'x': 2}", "set()", "{3, 1, 2}", "set(range(10))",
    "frozenset()", "frozenset({2, 1})", "[[[[[[[1]]]]]]]", "{'k': {'k': {'k': {'k': {'k': {'k': {'k': 1}}}}}}}",
    "1.5", "True", "None", "object()", "print", "type", "b'bytes'", "['y' * 120]",
    "{'s': 'z' * 200}", "1j", "range(3)",
]


def gen_textrepr():
    code = ("import json, pydoc, sys\n"
            "out = [{'expr': e, 'repr': pydoc.text.repr(eval(e))} for e in json.load(sys.stdin)]\n"
            "json.dump(out, sys.stdout, indent=1)\n")
    p = g.subprocess.run(g.PY312 + ["-c", code], input=json.dumps(TEXTREPR),
                         capture_output=True, text=True, check=True)
    with open(os.path.join(g.OUT, "textrepr.json"), "w") as f:
        f.write(p.stdout + "\n")


def main():
    only = set(sys.argv[1:])
    jtmp = tempfile.mkdtemp(prefix="adder-jupyter-")
    for v in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR"):
        os.environ[v] = os.path.join(jtmp, v.lower())
    os.environ["JUPYTER_PATH"] = os.path.join(jtmp, "path")
    os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    os.makedirs(OUT, exist_ok=True)
    cases = dict(g.CASES)
    cases.update(EXTRA)
    try:
        if not only or "textrepr" in only:
            gen_textrepr()
        if not only or "cycle" in only:
            gen_cycle()
        for name, case in cases.items():
            if only and name not in only:
                continue
            rec = {"cells": case["cells"], "files": case.get("files", {}), "modes": {}}
            for mode in MODES:
                tb, desc = run_mode(name, case, mode)
                rec["modes"][mode] = tb
                if desc is not None:
                    sources = {}
                    rec["exc"] = g.split_sources(desc, sources)
                    rec["sources"] = sources
            with open(os.path.join(OUT, name + ".json"), "w") as f:
                json.dump(rec, f, indent=1, ensure_ascii=False)
                f.write("\n")
            print("wrote", name, file=sys.stderr)
    finally:
        shutil.rmtree(jtmp, ignore_errors=True)


if __name__ == "__main__":
    main()
