"""Regenerate shell/testdata goldens from IPython (Debian's /usr/bin/python3,
IPython 8.5): is_complete statuses and input transforms.

Run: /usr/bin/python3 scripts/gen_shell_goldens.py
"""
import json
import os

from IPython.core.inputtransformer2 import TransformerManager

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "shell", "testdata")

IS_COMPLETE = [
    "", "\n", "   ", "# comment", "x = 1", "x = 1\n", "x = ", "x +", "foo(", "foo(\n", "foo(1,\n  2",
    "foo(1,\n  2)", "if x:", "if x:\n", "if x:\n    pass", "if x:\n    pass\n", "if x:\n    pass\n\n",
    "if x:\n    if y:", "if x:\n    if y:\n        pass", "def f():\n    return 1\n", "def f():\n    return 1",
    '"""abc', '"""abc\n', '"""abc"""', "'abc", "x = [1,\n", "x = 1\n)", ")", "a b", "x = \\", "x = 1 \\\n",
    "@dec", "@dec\n", "class A:\n  def f(self):\n", "for i in range(3):\n    print(i)\n",
    "while True:\n    break\nelse:", "try:\n    pass\n", "try:\n    pass\nexcept E:\n    pass\n",
    "%time x", "%timeit -n1 f()", "%%time", "%%time\nx = 1", "%%time\nx = 1\n", "%%time\nx = 1\n\n",
    "!ls", "!ls -l", "x = !ls", "x?", "?x", "x??", "x.y?", "%%writefile f.py\nimport os\n",
    "print('hi')", "print('hi'", "x = {'a': 1,\n 'b': 2}", "lambda: (", "with open(f) as g:",
    "match x:", "match x:\n    case 1:", "x = 1; y = 2", "x = 1;", "if x:\n    pass\nelse:\n    pass",
    "async def f():\n    await g()\n", "await x", "await asyncio.sleep(1)\n", "def f(:", "1 +* 2",
    "x = 'é'", "s = '''\nabc", "f'{x'", "import os", "from os import (path,", "del x", "return",
    "  x = 1", "\tx = 1", "if True:\n\tx = 1\n        y = 2\n",
]

TRANSFORMS = [
    "%time x = 1\n", "%timeit -n 10 sum(range(100))\n", "x = %pwd\n", "!ls -la\n", "files = !ls\n",
    "%%time\nx = 1\ny = 2\n", "%%writefile out.txt\nhello\nworld\n", "x?\n", "x??\n", "?x\n", "??x\n",
    "x.y.z?\n", "%cd /tmp\n", "%env HOME\n", "%who\n", "a = 1\n%time a += 1\nprint(a)\n",
    "if True:\n    %time x = 1\n", "!echo 'hi \"there\"'\n", "%time print('a\\\\b')\n", "%lsmagic\n",
    "!!ls\n", "x = !!ls\n", "%%html\n<b>x</b>\n", "%%bash\necho hi\n", "plain = 1\n",
    "%magic\n", "%timeit -r 3 -n 5 x = {1: 'a'}\n", "%load file.py\n", "x = %env HOME\n",
    "%%timeit -n 2\nsum(range(10))\n", "%run script.py arg1 'arg 2'\n", "    !ls\n", "%reset -f\n",
    "for i in range(3):\n    !echo $i\n", "print(x)?\n", "%time {x}\n", "!echo {x} $y\n",
    "x = 1 # %time\n", "'%time'\n", "?\n", "%pwd?\n", "%%time?\n",
]


TOKEN_AT_CURSOR = [
    ("foo", 0), ("foo", 3), ("a.b.c", 5), ("a.b.c", 2), ("f(x, y", 6), ("f(x, y)", 7), ("x = foo", 7),
    ("x = foo", 1), ("print(len(a", 11), ("print(len(a)", 12), ("é = 1; zip", 10), ("if x:\n    os.path.jo", 20),
    ("", 0), ("1 + 2", 3), ("obj.attr(1).", 12), ("def f(a):\n    return a", 22),
]

COLORIZE = [
    "len(obj, /)", "f(x, y=1)", "def f(x, y=1):\n    'Add things.'\n    return x + y\n",
    "class A:\n    x = 1  # comment\n    s = \"\"\"doc\nmore\"\"\"\n", "zip(self, /, *args, **kwargs)",
    "if True:\n\tpass\n", "x = 0x1f + 1.5e3 - 2j\n", "lambda: None",
]

FORMAT_TIME = [0.0, 1e-10, 2.5e-9, 1e-6, 4.05e-6, 0.000123456, 0.5, 1.0, 3.14159, 59.9, 60.0, 61.5, 3725.2, 90061.0]


def main():
    tm = TransformerManager()
    out = []
    for code in IS_COMPLETE:
        status, indent = tm.check_complete(code)
        out.append({"code": code, "status": status, "indent": "" if indent is None else " " * indent})
    with open(os.path.join(HERE, "is_complete.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    out = []
    for code in TRANSFORMS:
        try:
            res = tm.transform_cell(code)
        except SyntaxError as e:
            res = None
        out.append({"code": code, "python": res})
    with open(os.path.join(HERE, "transform.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")

    from IPython.utils.tokenutil import token_at_cursor
    from IPython.utils.PyColorize import Parser
    from IPython.core.magics.execution import _format_time, TimeitResult
    from IPython.core.oinspect import Inspector
    misc = {
        "token_at_cursor": [[c, p, token_at_cursor(c, p)] for c, p in TOKEN_AT_CURSOR],
        "colorize": [[src, Parser(style="Neutral").format(src, "str")] for src in COLORIZE],
        "format_time": [[t, _format_time(t)] for t in FORMAT_TIME],
        "timeit_result": [
            [loops, repeat, runs, str(TimeitResult(loops, repeat, min(runs) / loops, max(runs) / loops, runs, 0, 3))]
            for loops, repeat, runs in [(1000000, 7, [0.0441, 0.0452, 0.0439, 0.044, 0.0447, 0.0443, 0.0449]),
                                        (1, 1, [2.5]), (10, 3, [0.31, 0.29, 0.3])]
        ],
        "inspect_len": Inspector(scheme="Neutral")._get_info(len, "len")["text/plain"],
    }
    with open(os.path.join(HERE, "misc.json"), "w") as f:
        json.dump(misc, f, indent=1, ensure_ascii=False)
        f.write("\n")
    automagic()
    history()


# Cells for IPython's dynamic transforms (automagic), with the names a user
# namespace holds when they are transformed: "ls" and "cd" are shadowed.
AUTOMAGIC_NAMES = {"ls": 1, "cd": 2, "data": [1, 2]}
AUTOMAGIC = [
    "pwd", "pwd\n", "cd /tmp", "ls -la", "ll", "ll /tmp", "cat a.txt", "mkdir -p x/y",
    "who", "whos int", "time x = 1", "timeit -n 1 pass", "env", "env HOME", "lsmagic",
    "automagic", "alias", "pwd = 3", "pwd == 3", "pwd()", "pwd.x", "  pwd", "pwd\npwd",
    "if x:\n    pwd", "data", "print", "for", "x = 1", "%pwd", "!pwd", "who_ls", "sx ls",
    "mv a b", "rm -f x", "cp a b", "rmdir d", "unalias ll", "config", "load_ext foo",
    "matplotlib inline", "pip install requests", "conda install numpy", "reset -f",
]


def automagic():
    """How IPython's shell transforms one-line cells that name magics."""
    from IPython.core.interactiveshell import InteractiveShell
    shell = InteractiveShell.instance()
    shell.user_ns.update(AUTOMAGIC_NAMES)
    out = [{"code": code, "python": shell.transform_cell(code)} for code in AUTOMAGIC]
    with open(os.path.join(HERE, "automagic.json"), "w") as f:
        json.dump({"names": sorted(AUTOMAGIC_NAMES), "cases": out}, f, indent=1, ensure_ascii=False)
        f.write("\n")


# Cells stored in a fresh session, then the %history arguments to run; the
# session runs in / so that %pwd's output is the same everywhere.
HISTORY_CELLS = ["x = 1", "%pwd", "def f():\n    return 2", "f()", "x + 40", "print('hi')"]
HISTORY_ARGS = ["", "-n", "-o", "-p", "-t", "-n 2-4", "2 4", "-n -o -p", "-l 2", "-n 3:5", "-g pwd",
                "-o -p 5", "-n 6", "-g def", "-l", "-p -t 2"]


def history():
    """%history's output for a small session, from IPython's magic."""
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output
    from traitlets.config import Config
    os.chdir("/")
    config = Config()
    config.HistoryManager.hist_file = ":memory:"
    InteractiveShell.clear_instance()
    ip = InteractiveShell.instance(config=config)
    with capture_output():
        for cell in HISTORY_CELLS:
            ip.run_cell(cell, store_history=True)
    out = []
    for args in HISTORY_ARGS:
        with capture_output() as cap:
            ip.run_line_magic("history", args)
        out.append({"args": args, "output": cap.stdout})
    with open(os.path.join(HERE, "history.json"), "w") as f:
        json.dump({"cells": HISTORY_CELLS, "cases": out}, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
