"""Module docstring.

>>> 1 + 1
2
"""
import doctest, io, sys

def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(2, 2)
    5
    """
    return a + b

def raises():
    """
    >>> raises()
    Traceback (most recent call last):
        ...
    ValueError: expected
    >>> int('x')
    Traceback (most recent call last):
    ValueError: wrong message
    >>> [1, 2, 3]  # doctest: +ELLIPSIS
    [1, ...]
    >>> print("a   b\\n c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print("")
    <BLANKLINE>
    >>> undefined_name
    >>> x = 5
    >>> x * 2
    10
    >>> True
    1
    """
    raise ValueError("expected")

class Widget:
    """A widget.

    >>> Widget().size()
    3
    """
    def size(self):
        """
        >>> w = Widget()
        >>> w.size() + 1
        4
        """
        return 3

def no_examples():
    """No examples here."""

import re
def captured(fn, *args, **kw):
    # doctest's own frame in tracebacks names the interpreter's doctest.py.
    old, sys.stdout = sys.stdout, io.StringIO()
    try:
        result = fn(*args, **kw)
    finally:
        text, sys.stdout = sys.stdout.getvalue(), old
    text = re.sub(r' *File "[^"]*doctest\.py", line \d+, in __run\n( *exec\(compile.*\n)?', '', text)
    print(text.replace(__file__, "FILE"), end="")
    return result

print(captured(doctest.testmod))
print(captured(doctest.testmod, verbose=True, optionflags=doctest.ELLIPSIS))
parser = doctest.DocTestParser()
examples = parser.get_examples(">>> print(1)\n1\n>>> x = [\n...     1]\n")
print([(e.source, e.want, e.lineno) for e in examples])
test = parser.get_doctest(">>> 2 ** 10\n1024\n>>> 'x'\n'y'\n", {}, "adhoc", "adhoc.txt", 0)
print(test)
runner = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
print(runner.run(test, out=out.write))
print(out.getvalue())
runner.summarize()
checker = doctest.OutputChecker()
print(checker.check_output("a...z\n", "abcz\n", doctest.ELLIPSIS), checker.check_output("a b\n", "a  b\n", 0))
captured(doctest.run_docstring_examples, add, {"add": add}, name="add")
