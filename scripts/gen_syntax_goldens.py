#!/usr/bin/env python3
"""Regenerate interp/syntax test goldens with CPython 3.12.

Run as: PYENV_VERSION=3.12.1 python3.12 scripts/gen_syntax_goldens.py [--stdlib OUTDIR]

- testdata/ast/NAME.py        -> NAME.dump (ast.dump(..., indent=3, include_attributes=True),
                                 the output of `python3.12 -m ast -a NAME.py`)
- testdata/errors/NAME.py     -> NAME.golden: the file is split into chunks at lines
                                 "# ---" (a chunk starting with a "# no-newline" line is
                                 the rest without its final newline); each chunk is compiled with ast.parse and the
                                 SyntaxError's type, msg, lineno, offset, end_lineno and
                                 end_offset are written one line per chunk as JSON.
- testdata/tokenize/NAME.py   -> NAME.tokens (`python3.12 -m tokenize -e NAME.py`).
- testdata/complete/cases.txt -> cases.golden: codeop.compile_command status per case
                                 in "single" (status) and "exec" (exec) mode.
- testdata/incomplete/cases.txt -> cases.golden: parse errors with PyCF_ALLOW_INCOMPLETE_INPUT.
- --stdlib OUTDIR: dump every stdlib .py file to OUTDIR (mirrored paths, .dump or .err),
                   used by TestStdlib when ADDER_STDLIB_DUMPS points at OUTDIR.
"""
import ast
import codeop
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.join(HERE, "..", "interp", "syntax", "testdata")

warnings.simplefilter("ignore")


def dump_source(src, filename):
    # Same as `python -m ast -a`: type_comments defaults to True there.
    tree = ast.parse(src, filename, "exec", type_comments=True)
    return ast.dump(tree, include_attributes=True, indent=3) + "\n"


def gen_ast():
    d = os.path.join(TESTDATA, "ast")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(d, name), "rb") as f:
            src = f.read()
        out = dump_source(src, name)
        with open(os.path.join(d, name[:-3] + ".dump"), "w") as f:
            f.write(out)


def error_record(src, filename="<string>"):
    try:
        ast.parse(src, filename, "exec")
    except SyntaxError as e:
        return {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    except (MemoryError, RecursionError) as e:
        return {"type": type(e).__name__, "msg": str(e)}
    return {"type": "ok"}


NO_NEWLINE = "# no-newline\n"


def split_chunks(text):
    chunks, cur = [], []
    for line in text.split("\n"):
        if line.startswith("# ---"):
            chunks.append("\n".join(cur))
            cur = []
        else:
            cur.append(line)
    chunks.append("\n".join(cur))
    out = []
    for c in chunks:
        if not c.strip():
            continue
        if c.startswith(NO_NEWLINE):
            # The case is the rest of the chunk without its final newline
            # (a notebook cell usually ends without one).
            out.append(c[len(NO_NEWLINE):].rstrip("\n"))
        else:
            out.append(c if c.endswith("\n") else c + "\n")
    return out


def gen_errors():
    d = os.path.join(TESTDATA, "errors")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(d, name), encoding="utf-8") as f:
            text = f.read()
        lines = []
        for chunk in split_chunks(text):
            lines.append(json.dumps(error_record(chunk.encode("utf-8"))))
        with open(os.path.join(d, name[:-3] + ".golden"), "w") as f:
            f.write("\n".join(lines) + "\n")


def gen_tokenize():
    """testdata/tokenize/NAME.py -> NAME.tokens: `python -m tokenize -e` lines."""
    import subprocess
    d = os.path.join(TESTDATA, "tokenize")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        out = subprocess.run([sys.executable, "-m", "tokenize", "-e", os.path.join(d, name)],
                             check=True, capture_output=True, text=True).stdout
        with open(os.path.join(d, name[:-3] + ".tokens"), "w") as f:
            f.write(out)


def gen_complete():
    d = os.path.join(TESTDATA, "complete")
    path = os.path.join(d, "cases.txt")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        cases = [json.loads(l) for l in f if l.strip()]
    out = []
    for src in cases:
        rec = {"src": src}
        for key, symbol in (("status", "single"), ("exec", "exec")):
            try:
                r = codeop.compile_command(src, "<input>", symbol)
                rec[key] = "incomplete" if r is None else "complete"
            except (SyntaxError, OverflowError, ValueError):
                rec[key] = "invalid"
        out.append(json.dumps(rec))
    with open(os.path.join(d, "cases.golden"), "w") as f:
        f.write("\n".join(out) + "\n")


# codeop's flag: fail with "incomplete input" where more lines could help.
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def gen_incomplete():
    """testdata/incomplete/cases.txt -> cases.golden: the parse error (or ok)
    of each case under PyCF_ALLOW_INCOMPLETE_INPUT, in exec mode."""
    d = os.path.join(TESTDATA, "incomplete")
    with open(os.path.join(d, "cases.txt"), encoding="utf-8") as f:
        cases = [json.loads(l) for l in f if l.strip()]
    out = []
    for src in cases:
        rec = {"src": src, "type": "ok"}
        try:
            compile(src, "<input>", "exec", flags=PyCF_ALLOW_INCOMPLETE_INPUT | ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            rec.update({"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                        "end_lineno": e.end_lineno, "end_offset": e.end_offset})
        out.append(json.dumps(rec))
    with open(os.path.join(d, "cases.golden"), "w") as f:
        f.write("\n".join(out) + "\n")


def gen_stdlib(outdir):
    root = os.path.dirname(os.__file__)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if "site-packages" in dirpath:
            continue
        for fn in sorted(filenames):
            if not fn.endswith(".py"):
                continue
            path = os.path.join(dirpath, fn)
            rel = os.path.relpath(path, root)
            dst = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(path, "rb") as f:
                src = f.read()
            try:
                out = dump_source(src, path)
                with open(dst[:-3] + ".dump", "w") as f:
                    f.write(out)
            except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
                with open(dst[:-3] + ".err", "w") as f:
                    f.write(type(e).__name__ + ": " + str(e) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--stdlib":
        gen_stdlib(sys.argv[2])
    else:
        gen_ast()
        gen_errors()
        gen_tokenize()
        gen_complete()
        gen_incomplete()
