// This file defines the plain description of an exception that the
// traceback formatters work from.

package display

import "strings"

// An Exception describes one Python exception for display. The interpreter
// fills it in from a live exception object; the zero value is an exception
// with no type name, no message and no traceback.
//
// The JSON tags are those of the goldens in testdata/tracebacks, written by
// scripts/gen_display_goldens.py from real CPython exceptions.
type Exception struct {
	// Type is the type as CPython prints it in a traceback: the qualified
	// name, prefixed by the module unless that is builtins or __main__
	// ("ZeroDivisionError", "helper.MyError", "Outer.Inner").
	Type string `json:"type"`
	// Name is type(exc).__name__, which IPython prints. When empty it is
	// taken from the last dotted part of Type.
	Name string `json:"name,omitempty"`
	// Message is str(exc).
	Message string `json:"message"`
	// MsgAttr is str(exc.msg) for an exception that is not a SyntaxError
	// but has a msg attribute (json.JSONDecodeError): IPython's Plain and
	// Minimal modes print it instead of str(exc). HasMsgAttr tells an
	// empty msg from none.
	MsgAttr    string `json:"msg_attr,omitempty"`
	HasMsgAttr bool   `json:"has_msg_attr,omitempty"`
	// Suggestion is CPython 3.12's hint for NameError, AttributeError and
	// ImportError (". Did you mean: 'x'?"): printed after the message in
	// tracebacks, but not part of str(exc) or the error's evalue.
	Suggestion string `json:"suggestion,omitempty"`
	// Frames is the traceback, outermost call first (the order in which
	// tracebacks print). Frames of the kernel machinery are not included.
	Frames []Frame `json:"frames,omitempty"`
	// Notes are the strings of exc.__notes__.
	Notes []string `json:"notes,omitempty"`
	// Cause is __cause__, Context is __context__; SuppressContext is
	// __suppress_context__ (set by "raise ... from ...").
	Cause           *Exception `json:"cause,omitempty"`
	Context         *Exception `json:"context,omitempty"`
	SuppressContext bool       `json:"suppress_context,omitempty"`
	// Group holds the members of an ExceptionGroup, nil for other types.
	Group []*Exception `json:"group,omitempty"`
	// Syntax is set for SyntaxError and its subclasses.
	Syntax *SyntaxInfo `json:"syntax,omitempty"`
}

// A Frame is one entry of a traceback.
//
// Positions follow CPython's code positions: lines are 1-based, columns are
// 0-based offsets in bytes of the UTF-8 line. A position is known when
// EndLineno and EndCol are both non-zero (an expression never ends at column
// 0), so Col 0 is a real column.
type Frame struct {
	// Filename is co_filename. It is not shown for frames of a cell.
	Filename string `json:"filename"`
	// Cell is the execution count of the cell the code came from, or 0 if
	// it came from a file.
	Cell int `json:"cell,omitempty"`
	// Name is co_name (CPython prints it); Qualname is co_qualname (IPython
	// prints it). Qualname defaults to Name.
	Name     string `json:"name"`
	Qualname string `json:"qualname,omitempty"`
	// FirstLineno is co_firstlineno: the def line (or its first decorator)
	// of a function, 1 for module code. IPython shows only the lines of the
	// function a frame is in.
	FirstLineno int `json:"firstlineno,omitempty"`
	// Args are the parameter names as IPython lists them after the function
	// name: positional and keyword-only names, then "*args" and "**kw".
	Args []string `json:"args,omitempty"`
	// Lineno is the line being executed; EndLineno, Col and EndCol complete
	// the range of the failing expression.
	Lineno    int `json:"lineno"`
	EndLineno int `json:"end_lineno,omitempty"`
	Col       int `json:"col,omitempty"`
	EndCol    int `json:"end_col,omitempty"`
	// ArgValues is what %xmode Verbose prints after the function name:
	// the parameters with their values at the time of the error, as
	// inspect.formatargvalues with pydoc's short repr writes them
	// ("(a=1, *rest=(3,), **kw={})"). Empty when the values are unknown;
	// Args are shown then.
	ArgValues string `json:"arg_values,omitempty"`
	// Vars are the expressions of the failing piece of code and their
	// reprs, in the order %xmode Verbose lists them under the failing line.
	Vars []Var `json:"vars,omitempty"`
	// Source is the whole text of the cell or file, one line per element
	// without line endings; nil when the source is not available.
	Source []string `json:"source,omitempty"`
}

// A Var is one "name = value" line of %xmode Verbose: an expression's
// source text and the repr of its value. In JSON it is [name, repr].
type Var [2]string

// A SyntaxInfo holds the attributes of a SyntaxError.
type SyntaxInfo struct {
	Msg      string `json:"msg"`
	Filename string `json:"filename,omitempty"`
	// Cell is the execution count of the cell the code came from, or 0.
	Cell int `json:"cell,omitempty"`
	// Lineno and EndLineno are 1-based; Offset and EndOffset are 1-based
	// character (code point) offsets into Text, as in CPython. 0 = unknown.
	Lineno    int `json:"lineno,omitempty"`
	Offset    int `json:"offset,omitempty"`
	EndLineno int `json:"end_lineno,omitempty"`
	EndOffset int `json:"end_offset,omitempty"`
	// Text is the source line, usually with its trailing newline.
	Text string `json:"text,omitempty"`
	// HasText tells an empty Text apart from a missing one (None).
	HasText bool `json:"-"`
}

// bareName is type(exc).__name__.
func (e *Exception) bareName() string {
	if e.Name != "" {
		return e.Name
	}
	if i := strings.LastIndexByte(e.Type, '.'); i >= 0 {
		return e.Type[i+1:]
	}
	return e.Type
}

// qualname is the frame's qualified name, defaulting to its name.
func (f *Frame) qualname() string {
	if f.Qualname != "" {
		return f.Qualname
	}
	return f.Name
}

// hasPositions reports whether the frame carries a full position range.
func (f *Frame) hasPositions() bool {
	return f.Lineno > 0 && f.EndLineno >= f.Lineno && f.Col >= 0 && f.EndCol > 0 &&
		(f.EndLineno > f.Lineno || f.EndCol >= f.Col)
}

// line returns source line n (1-based) and whether it exists.
func (f *Frame) line(n int) (string, bool) {
	if n < 1 || n > len(f.Source) {
		return "", false
	}
	return f.Source[n-1], true
}

// chained returns the exception shown before e, and whether it was its
// direct cause, following CPython's rule: __cause__ if set, otherwise
// __context__ unless suppressed.
func (e *Exception) chained() (*Exception, bool) {
	if e.Cause != nil {
		return e.Cause, true
	}
	if e.Context != nil && !e.SuppressContext {
		return e.Context, false
	}
	return nil, false
}
