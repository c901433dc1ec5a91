"""Utilities to compile possibly incomplete Python source (adder):
compile_command returns a code object for complete source, None when more
lines could complete it, and raises SyntaxError when no more lines can.
Completeness is decided by adder's parser as compile() with
PyCF_ALLOW_INCOMPLETE_INPUT decides it in CPython."""

import __future__
import _adder_codeop

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
_features = [getattr(__future__, fname) for fname in __future__.all_feature_names]


def _maybe_compile(compiler, source, filename, symbol):
    if symbol != "eval":
        for line in source.split("\n"):
            line = line.strip()
            if line and line[0] != '#':
                break
        else:
            source = "pass"
    status = _adder_codeop.status(source, symbol)
    if status == "incomplete":
        return None
    # Complete: the code; invalid: compiling raises the SyntaxError.
    return compiler(source, filename, symbol)


class Compile:
    """Like compile(), remembering the __future__ statements it has seen."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, flags=0, **kwargs):
        codeob = compile(source, filename, symbol, self.flags | flags, True)
        for feature in _features:
            if codeob.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """compile_command that remembers __future__ statements."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile source if complete; None if incomplete; SyntaxError if invalid."""
    return _maybe_compile(compile, source, filename, symbol)
