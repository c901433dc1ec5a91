# codeop and __future__: complete, incomplete and invalid source.
from __future__ import annotations, division
import __future__
import codeop

def f(x: int) -> int:
    return 1

print(f(0), annotations.getMandatoryRelease(), __future__.division, __future__.all_feature_names[-1])
for src in ["x = 1", "if x:", "def f():\n  return 1\n", "def f():\n  return 1", "x = (1,", "x = )", "'''abc",
            "if x:\n  pass\n", "", "# just a comment", "a = [\n1,\n2", "for i in range(3):\n    print(i)\n",
            "1 +", "@dec", "class C:\n    x = 1\n", "x = 'abc", "print('hi')"]:
    try:
        c = codeop.compile_command(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
    else:
        print(repr(src), "incomplete" if c is None else "code " + type(c).__name__)
print(codeop.compile_command("1 + 2", symbol="eval") is not None, codeop.compile_command("(1 +", symbol="eval"))
cc = codeop.CommandCompiler()
ns = {}
exec(cc("y = 6 * 7"), ns)
print(ns["y"], cc("while True:"))

import code, sys


class Console(code.InteractiveConsole):
    def write(self, data):
        sys.stdout.write("[err] " + data.splitlines()[-1] + "\n")


con = Console({"__name__": "__console__"})
for line in ["x = 5", "def g(n):", "    return n * x", "", "print(g(3))", "g(", "1)", "1/0", "x = )", "y = x + 1",
             "for i in range(2):", "    print('loop', i)", ""]:
    more = con.push(line)
    print(repr(line), "more" if more else "done")
print(con.locals["y"], sorted(k for k in con.locals if not k.startswith("__")))
lines = iter(["a = 2", "a * 21"])
def readfunc(prompt):
    try:
        return next(lines)
    except StopIteration:
        raise EOFError
code.interact(banner="", readfunc=readfunc, local={}, exitmsg="")
