// Package display owns what the user sees of a result or an error: it turns
// exceptions into tracebacks and (later) Python objects into Jupyter
// mimebundles.
//
// Tracebacks are formatted from a plain Go description (Exception, Frame,
// SyntaxInfo) that the interpreter fills in, so this package does not need a
// live interpreter to format an error. Two layouts exist:
//
//   - IPythonTraceback: the `traceback` list of a Jupyter error message, in
//     the layout of IPython 8 as ipykernel 6.17 sends it (ANSI colours,
//     pygments-style syntax highlighting, the failing expression on a yellow
//     background), plus what that IPython lacks: notes, exception groups and
//     CPython 3.12's ^^^/~~~^~~~ markers under the failing line.
//   - PlainTraceback: CPython 3.12's exact stderr text, used by `adder run`.
//
// Both are checked against goldens produced by scripts/gen_display_goldens.py
// (CPython 3.12 stderr and real ipykernel error messages).
package display
