// This file holds the helpers that build the Go-backed Python types of the
// asyncio module (Future, Task, the loop, handles) on interp/py's public
// API, and small value helpers shared by the other files.

package asyncio

import (
	"fmt"

	"adder/interp/py"
)

// newType makes a builtin-like type named name whose instances are Go
// structs. Hash and equality are by identity, as for object.
func newType(name, module string, base *py.Type) *py.Type {
	if base == nil {
		base = py.ObjectType
	}
	t := &py.Type{Name: name, Qualname: name, Base: base, Bases: []*py.Type{base}, Dict: py.NewDict()}
	t.MRO = append([]*py.Type{t}, base.MRO...)
	t.Dict.SetStr("__module__", py.StrValue(module))
	t.GetAttr = py.GenericGetAttr
	t.SetAttr = py.GenericSetAttr
	t.Hash = func(v py.Value) (int64, error) { return py.ID(v) >> 4, nil }
	return t
}

// method adapts a MethodFunc list entry.
func method(name string, fn py.MethodFunc) py.MethodDef { return py.MethodDef{Name: name, Fn: fn} }

// repr returns repr(v) as a Go string, or a placeholder when it fails (reprs
// of loop objects must never raise).
func repr(v py.Value) string {
	s, err := py.ReprString(v)
	if err != nil {
		return fmt.Sprintf("<%s object>", py.TypeName(v))
	}
	return s
}

// orNone turns the zero Value into None.
func orNone(v py.Value) py.Value {
	if v.IsNil() {
		return py.None
	}
	return v
}

// callableName describes a callback as CPython's format_helpers do in
// handle and future reprs: its __qualname__ (or repr) followed by "()",
// and for Python functions " at FILE:LINE".
func callableName(fn py.Value) string {
	name := ""
	if n, err := py.GetAttrOpt(fn, "__qualname__"); err == nil && !n.IsNil() {
		name, _ = py.AsStr(n)
	}
	if name == "" {
		name = repr(fn)
	}
	name += "()"
	if f, ok := fn.Object().(*py.Function); ok && f.Code != nil {
		name += fmt.Sprintf(" at %s:%d", f.Code.Filename, f.Code.FirstLine)
	}
	return name
}

// noArgs checks that a method got no arguments.
func noArgs(name string, args []py.Value, kwnames []string) error {
	if len(args) != 0 {
		if len(kwnames) != 0 {
			return py.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", name)
		}
		return py.Errorf(py.TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}
