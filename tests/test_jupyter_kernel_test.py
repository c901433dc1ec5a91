"""jupyter_kernel_test's KernelTests, run against adder.

The same samples also run against ipykernel (Debian's python3 kernel), the
reference adder copies: a sample that ipykernel fails is a wrong sample, not
an adder bug."""

import os
import unittest

import jupyter_kernel_test as jkt


class PythonKernelSamples:
    language_name = "python"
    file_extension = ".py"

    code_hello_world = "print('hello, world')"
    code_stderr = "import sys; print('test', file=sys.stderr)"

    completion_samples = [
        {"text": "zi", "matches": {"zip"}},
        {"text": "class Point:\n    def norm(self): pass\n    def nudge(self): pass\np = Point()\np.no",
         "matches": {"norm"}},
    ]
    complete_code_samples = ["1", "print('hello, world')", "def f(x):\n  return x*2\n\n\n"]
    incomplete_code_samples = ["print('''hello", "def f(x):\n  x*2", "for i in range(3):"]
    invalid_code_samples = ["import = 7q", "x = )"]

    code_page_something = "zip?"
    code_generate_error = "raise Exception('boom')"
    code_execute_result = [
        {"code": "1+2+3", "result": "6"},
        {"code": "[n*n for n in range(1, 4)]", "result": "[1, 4, 9]"},
        {"code": "'a' + 'b'", "result": "'ab'"},
    ]
    code_display_data = [
        {"code": "from IPython.display import HTML, display; display(HTML('<b>test</b>'))",
         "mime": "text/html"},
        {"code": "from IPython.display import Math, display; display(Math('\\\\frac{1}{2}'))",
         "mime": "text/latex"},
    ]
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "1?2*"
    code_inspect_sample = "zip"
    code_clear_output = "from IPython.display import clear_output; clear_output()"


class AdderKernelTests(PythonKernelSamples, jkt.KernelTests):
    kernel_name = "adder"


@unittest.skipUnless(os.path.exists("/usr/share/jupyter/kernels/python3"),
                     "ipykernel's kernelspec is not installed")
class IPyKernelReferenceTests(PythonKernelSamples, jkt.KernelTests):
    kernel_name = "python3"
    # ipykernel's tail reply reports session 0 for the live session, and a
    # range request for session 0 then comes back labelled 1: its own quirk.
    supported_history_operations = ("tail", "search")
