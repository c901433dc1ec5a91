// This file builds the small Go-backed Python types the modules here
// need (the Mersenne Twister state, compiled regular expressions): plain
// types with object's behaviour, not subclassable, created from Go only.

package stdlib

import "adder/interp/py"

// newGoType returns a type named module.name whose instances are Go
// objects of the caller's choosing, with methods added later through
// py.AddMethods. Python code cannot instantiate it.
func newGoType(module, name string) *py.Type {
	o := py.ObjectType
	t := &py.Type{Name: name, Qualname: name, Base: o, Bases: []*py.Type{o}, Dict: py.NewDict()}
	t.MRO = []*py.Type{t, o}
	t.Dict.SetStr("__module__", py.StrValue(module))
	t.New = func(*py.Type, []py.Value, []string) (py.Value, error) {
		return py.Value{}, py.Errorf(py.TypeErrorType, "cannot create '%s.%s' instances", module, name)
	}
	t.Init = o.Init
	t.Repr = o.Repr
	t.Str = o.Str
	t.Hash = o.Hash
	t.RichCompare = o.RichCompare
	t.GetAttr = o.GetAttr
	t.SetAttr = o.SetAttr
	return t
}

// registerGoModule registers a Go module whose namespace fill fills.
func registerGoModule(name, doc string, fill func(d *py.Dict)) {
	py.RegisterModule(&py.ModuleDef{Name: name, Doc: doc, Init: func(m *py.Module) error {
		fill(m.Dict)
		return nil
	}})
}
