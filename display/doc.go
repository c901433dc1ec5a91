// Package display owns what the user sees of a result or an error: it turns
// exceptions into tracebacks and Python objects into Jupyter mimebundles,
// and it provides the IPython display API (IPython.display) to Python code.
//
// # Tracebacks
//
// Tracebacks are formatted from a plain Go description (Exception, Frame,
// SyntaxInfo). FromPy fills it in from a live *py.Exception, with a
// SourceFunc for the source lines (CellSource adapts a session's lookup and
// maps "<cell N>" filenames to execution counts). Two layouts exist:
//
//   - IPythonTraceback (and IPythonError): the `traceback` list of a Jupyter
//     error message, in the layout of IPython 8 as ipykernel 6.17 sends it
//     (LightBG ANSI colours, pygments-style highlighting, context lines
//     chosen like stack_data, the failing expression on a yellow
//     background), plus what that IPython lacks: notes, exception group
//     members and CPython 3.12's ^^^/~~~^~~~ markers under the failing
//     line. IPythonOptions{Compat: true} gives exactly ipykernel's output.
//   - PlainTraceback: CPython 3.12's exact stderr text, used by `adder run`.
//
// IPython's %xmode modes (xmode.go) choose the layout IPythonError uses:
// Context (the default, above), Plain and Minimal (ipython_list.go: IPython's
// compact list, or only "Name: message"), and Verbose (Context plus the
// frames' argument values and the values of the expressions on the failing
// line, which FromPy gathers in that mode: verbose.go). SetTracebackMode
// sets the mode for the process; the shell's %xmode calls it.
//
// # Display
//
// Mimebundle computes the data and metadata of a value as IPython's
// DisplayFormatter does (text/plain by Pretty, IPython's 79-column pretty
// printer; the other types from _repr_*_ methods and _repr_mimebundle_).
// The kernel uses it for execute_result, skipping None as IPython does.
//
// Importing IPython (or IPython.display, IPython.core.display) in the
// interpreter runs ipython_display.py and ipython_lib_display.py, adder's
// own implementation of IPython 8's display API: display, update_display,
// clear_output, the display_<format> functions, HTML, Markdown, Image,
// Video, JSON, GeoJSON, ProgressBar, DisplayHandle (IPython.core.display)
// and Audio (WAV encoding of samples as IPython does without numpy),
// IFrame, YouTubeVideo, VimeoVideo, ScribdDocument, FileLink, FileLinks and
// Code (IPython.lib.display). Code's HTML and LaTeX are pygments' (code.go,
// from highlight.go's lexer). Output goes to the Publisher installed with
// SetPublisher; the kernel implements Publisher.
//
// Everything here is checked against goldens written by
// scripts/gen_display_goldens.py, scripts/gen_xmode_goldens.py and
// testdata/gen_display_objects.py from
// CPython 3.12, pygments, IPython and a real ipykernel.
package display
