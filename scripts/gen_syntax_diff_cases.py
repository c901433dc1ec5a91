#!/usr/bin/env python3
"""Make random broken sources and CPython 3.12's errors for them, for
interp/syntax's TestCPythonDiff.

Run as: PYENV_VERSION=3.12.1 python3.12 scripts/gen_syntax_diff_cases.py SEED COUNT OUT.json
then:   ADDER_SYNTAX_DIFF_CASES=OUT.json go test -run TestCPythonDiff -v ./interp/syntax

Each case is a few lines cut from interp/syntax/testdata/ast/*.py with one
or two characters deleted or inserted or the text truncated; only cases
CPython rejects are kept. Errors are recorded as gen_syntax_goldens.py
records them (bytes input).
"""
import glob
import json
import os
import random
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_syntax_goldens as g  # noqa: E402

INSERTS = ['(', ')', '[', ']', '{', '}', ':', ',', '\n', ' ', 'x', '"', "'",
           'if', 'else', 'try:', 'except', '=', '+', 'f"{']


def main():
    seed, count, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rnd = random.Random(seed)
    srcs = []
    for f in sorted(glob.glob(os.path.join(g.TESTDATA, "ast", "*.py"))):
        try:
            with open(f, encoding="utf-8") as fh:
                srcs.append(fh.read())
        except (UnicodeDecodeError, SyntaxError):
            pass
    cases = []
    for _ in range(count):
        lines = rnd.choice(srcs).split("\n")
        a = rnd.randrange(len(lines))
        s = textwrap.dedent("\n".join(lines[a:a + rnd.randint(1, 8)]) + "\n")
        for _ in range(rnd.randint(1, 2)):
            if not s:
                break
            p = rnd.randrange(len(s))
            op = rnd.random()
            if op < 0.4:
                s = s[:p] + s[p + 1:]
            elif op < 0.8:
                s = s[:p] + rnd.choice(INSERTS) + s[p:]
            else:
                s = s[:p]
        rec = g.error_record(s.encode("utf-8"))
        if rec["type"] != "ok":
            cases.append({"Src": s, "Want": rec})
    with open(out, "w") as f:
        json.dump(cases, f)
    print(f"{len(cases)} cases")


if __name__ == "__main__":
    main()
