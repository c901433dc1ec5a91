// This file builds the display description of a live interpreter
// exception (*py.Exception), so the session can format it.

package display

import (
	"fmt"
	"os"
	"strings"

	"adder/interp/compile"
	"adder/interp/py"
	"adder/interp/syntax"
)

// A SourceFunc returns the source lines (without line endings) of the
// file or cell a code object came from, and the cell's execution count
// (0 for files). lines is nil when the source is unknown.
type SourceFunc func(filename string) (lines []string, cell int)

// CellSource builds a SourceFunc from the session's source lookup (which
// knows the cells and programs it ran, e.g. interp.Session.Source):
// filenames "<cell N>" are cell N, other files not known to the session
// are read from disk, as linecache would.
func CellSource(lookup func(filename string) []string) SourceFunc {
	return func(filename string) ([]string, int) {
		var cell int
		if n, err := fmt.Sscanf(filename, "<cell %d>", &cell); err != nil || n != 1 {
			cell = 0
		}
		if lines := lookup(filename); lines != nil {
			return lines, cell
		}
		if cell != 0 || strings.HasPrefix(filename, "<") {
			return nil, cell
		}
		data, err := os.ReadFile(filename)
		if err != nil {
			return nil, 0
		}
		text := strings.ReplaceAll(string(data), "\r\n", "\n")
		return strings.Split(strings.TrimSuffix(text, "\n"), "\n"), 0
	}
}

// FromPy describes exc for the traceback formatters. It calls into the
// interpreter (str() of the exception and its notes), so it must run on
// the interpreter's goroutine. src may be nil. In %xmode Verbose it also
// records the frames' argument and variable values (verbose.go).
func FromPy(exc *py.Exception, src SourceFunc) *Exception {
	st := &fromPyState{seen: map[*py.Exception]*Exception{}, parsed: map[string]syntax.Mod{}}
	return fromPy(exc, src, st, 0)
}

// maxChainDepth bounds the recursion through __cause__, __context__ and
// group members, which user code can make arbitrarily deep.
const maxChainDepth = 200

// fromPyState is what one FromPy call shares across the exceptions it
// describes.
type fromPyState struct {
	seen map[*py.Exception]*Exception
	// parsed caches the syntax trees Verbose evaluates in, by filename:
	// a deep recursion has many frames of one file.
	parsed map[string]syntax.Mod
}

func fromPy(exc *py.Exception, src SourceFunc, st *fromPyState, depth int) *Exception {
	seen := st.seen
	if d, ok := seen[exc]; ok {
		return d
	}
	t := exc.Type()
	d := &Exception{Type: typeDisplayName(t), Name: t.Name}
	seen[exc] = d
	d.Message = safeStr(exc.Value())
	d.Suggestion = py.SuggestionSuffix(exc)
	if m := CurrentTracebackMode(); (m == ModePlain || m == ModeMinimal) && !t.IsSubtype(py.SyntaxErrorType) {
		// Only the list layouts read exc.msg, which may run user code.
		if m, err := py.GetAttr(exc.Value(), "msg"); err == nil {
			d.MsgAttr, d.HasMsgAttr = safeStr(m), true
		}
	}
	verbose := CurrentTracebackMode() == ModeVerbose
	for tb := exc.Traceback; tb != nil; tb = tb.Next {
		fr := frameFromTraceback(tb, src)
		if verbose {
			// Only %xmode Verbose shows values; evaluating them costs a
			// parse of each frame's source.
			verboseFrame(&fr, tb, st.parsed)
		}
		d.Frames = append(d.Frames, fr)
	}
	if notes := exc.Attr("__notes__"); notes.IsValid() && !notes.IsNone() {
		if items, err := py.ToSlice(notes); err == nil {
			for _, n := range items {
				if s, ok := py.AsStr(n); ok {
					d.Notes = append(d.Notes, s)
				} else {
					d.Notes = append(d.Notes, safeRepr(n))
				}
			}
		}
	}
	if depth < maxChainDepth {
		if c := asException(exc.Cause); c != nil {
			d.Cause = fromPy(c, src, st, depth+1)
		}
		if c := asException(exc.Context); c != nil {
			d.Context = fromPy(c, src, st, depth+1)
		}
	}
	d.SuppressContext = exc.SuppressContext
	v := exc.Value()
	if t.IsSubtype(py.BaseExceptionGroupType) && depth < maxChainDepth {
		if members, err := py.GetAttr(v, "exceptions"); err == nil {
			if items, err := py.ToSlice(members); err == nil {
				for _, m := range items {
					if me := asException(m); me != nil {
						d.Group = append(d.Group, fromPy(me, src, st, depth+1))
					}
				}
			}
		}
	}
	if t.IsSubtype(py.SyntaxErrorType) {
		d.Syntax = syntaxFromPy(exc, src)
	}
	return d
}

// typeDisplayName is the type as CPython prints it: module.qualname, the
// module omitted for builtins and __main__.
func typeDisplayName(t *py.Type) string {
	qual := t.Qualname
	if qual == "" {
		qual = t.Name
	}
	mod := ""
	if m, err := py.GetAttr(py.ObjectValue(t), "__module__"); err == nil {
		mod, _ = py.AsStr(m)
	}
	if mod == "" || mod == "builtins" || mod == "__main__" {
		return qual
	}
	return mod + "." + qual
}

// frameFromTraceback describes one traceback entry.
func frameFromTraceback(tb *py.Traceback, src SourceFunc) Frame {
	code := tb.Code
	pos := tb.Line()
	f := Frame{
		Filename:    code.Filename,
		Name:        code.Name,
		Qualname:    code.Qualname,
		FirstLineno: code.FirstLine,
		Lineno:      int(pos.Line),
		EndLineno:   int(pos.EndLine),
		Col:         int(pos.Col),
		EndCol:      int(pos.EndCol),
		Args:        argNames(code),
	}
	if src != nil {
		f.Source, f.Cell = src(code.Filename)
	}
	return f
}

// argNames lists a code object's parameters as IPython shows them.
func argNames(code *compile.Code) []string {
	n := code.ArgCount + code.KwOnlyCount
	if n > len(code.LocalNames) {
		n = len(code.LocalNames)
	}
	args := append([]string(nil), code.LocalNames[:n]...)
	if code.Flags&compile.FlagVarargs != 0 && n < len(code.LocalNames) {
		args = append(args, "*"+code.LocalNames[n])
		n++
	}
	if code.Flags&compile.FlagVarkw != 0 && n < len(code.LocalNames) {
		args = append(args, "**"+code.LocalNames[n])
	}
	return args
}

// syntaxFromPy reads a SyntaxError's attributes.
func syntaxFromPy(exc *py.Exception, src SourceFunc) *SyntaxInfo {
	s := &SyntaxInfo{}
	attr := func(name string) py.Value {
		v, err := py.GetAttr(exc.Value(), name)
		if err != nil {
			return py.None
		}
		return v
	}
	intAttr := func(name string) int {
		v := attr(name)
		if v.IsInt() {
			return int(v.AsInt())
		}
		return 0
	}
	if m, ok := py.AsStr(attr("msg")); ok {
		s.Msg = m
	}
	if fn, ok := py.AsStr(attr("filename")); ok {
		s.Filename = fn
	}
	s.Lineno, s.Offset = intAttr("lineno"), intAttr("offset")
	s.EndLineno, s.EndOffset = intAttr("end_lineno"), intAttr("end_offset")
	if txt, ok := py.AsStr(attr("text")); ok {
		s.Text, s.HasText = txt, true
	}
	if src != nil && s.Filename != "" {
		lines, cell := src(s.Filename)
		s.Cell = cell
		// Like IPython, prefer the cell's current text of the line.
		if s.Lineno >= 1 && s.Lineno <= len(lines) && cell != 0 {
			s.Text, s.HasText = lines[s.Lineno-1]+"\n", true
		}
	}
	return s
}

// asException returns v as an exception, or nil for None, no value or a
// non-exception.
func asException(v py.Value) *py.Exception {
	if !v.IsValid() || v.IsNone() {
		return nil
	}
	e, _ := v.Object().(*py.Exception)
	return e
}

// safeStr is str(v), or CPython's placeholder when str() raises.
func safeStr(v py.Value) string {
	s, err := py.StrString(v)
	if err != nil {
		return "<exception str() failed>"
	}
	return s
}

func safeRepr(v py.Value) string {
	s, err := py.ReprString(v)
	if err != nil {
		return "<note repr() failed>"
	}
	return strings.TrimSpace(s)
}
