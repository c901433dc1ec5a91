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
// handle reprs: its __qualname__ (or __name__) followed by "()".
func callableName(fn py.Value) string {
	for _, a := range []string{"__qualname__", "__name__"} {
		if n, err := py.GetAttrOpt(fn, a); err == nil && !n.IsNil() {
			if s, ok := py.AsStr(n); ok {
				return s + "()"
			}
		}
	}
	return repr(fn)
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
