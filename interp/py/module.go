// This file defines module objects and the registry of built-in (Go)
// modules that import finds before looking on sys.path.

package py

import "fmt"

// Module is a Python module; its namespace is Dict.
type Module struct {
	Name string
	Dict *Dict
	File string // empty for built-in modules
}

// Type returns module.
func (m *Module) Type() *Type { return ModuleType }

// InstanceDict returns the module namespace.
func (m *Module) InstanceDict() *Dict { return m.Dict }

// ModuleType is Python's module type.
var ModuleType = newBuiltinType("module", ObjectType, FlagBaseType|FlagHasDict)

// NewModule returns an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", StrValue(name))
	m.Dict.SetStr("__doc__", None)
	m.Dict.SetStr("__package__", None)
	m.Dict.SetStr("__loader__", None)
	m.Dict.SetStr("__spec__", None)
	return m
}

// ModuleDef registers a built-in module implemented in Go: Init fills the
// fresh module's namespace the first time it is imported in a session.
type ModuleDef struct {
	Name string
	Doc  string
	Init func(m *Module) error
}

var builtinModules = map[string]*ModuleDef{}

// RegisterModule makes a Go module importable by name. Call it from an
// init function (library modules: math, time) or before running code
// (hosts: display).
func RegisterModule(def *ModuleDef) { builtinModules[def.Name] = def }

// BuiltinModuleNames lists the registered Go modules.
func BuiltinModuleNames() []string {
	var out []string
	for n := range builtinModules {
		out = append(out, n)
	}
	return out
}

func init() {
	t := ModuleType
	t.GetAttr = func(v Value, name string) (Value, error) {
		m := v.obj.(*Module)
		if r, ok := m.Dict.GetStr(name); ok {
			return r, nil
		}
		r, err := GenericGetAttr(v, name)
		if err == nil {
			return r, nil
		}
		if ga, ok := m.Dict.GetStr("__getattr__"); ok {
			return Call(ga, []Value{StrValue(name)}, nil)
		}
		e := NewException(AttributeErrorType, StrValue(fmt.Sprintf("module '%s' has no attribute '%s'", m.Name, name)))
		e.SetAttrStr("name", StrValue(name))
		e.SetAttrStr("obj", v)
		return Value{}, e
	}
	t.SetAttr = func(v Value, name string, val Value) error {
		m := v.obj.(*Module)
		if val.obj == nil {
			if !m.Dict.DelStr(name) {
				return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name)
			}
			return nil
		}
		m.Dict.SetStr(name, val)
		return nil
	}
	t.Repr = func(v Value) (Value, error) {
		m := v.obj.(*Module)
		name := m.Name
		if n, ok := m.Dict.GetStr("__name__"); ok {
			if s, ok := AsStr(n); ok {
				name = s
			}
		}
		file := m.File
		if f, ok := m.Dict.GetStr("__file__"); ok {
			if s, ok := AsStr(f); ok {
				file = s
			}
		}
		if file != "" {
			return StrValue(fmt.Sprintf("<module '%s' from '%s'>", name, file)), nil
		}
		// Modules implemented in Go are the built-in ones; a bare
		// ModuleType('m') shows no origin, as in CPython.
		if _, ok := builtinModules[m.Name]; ok || m.Name == "sys" || m.Name == "builtins" {
			return StrValue(fmt.Sprintf("<module '%s' (built-in)>", name)), nil
		}
		return StrValue(fmt.Sprintf("<module '%s'>", name)), nil
	}
	t.New = func(typ *Type, args []Value, kwnames []string) (Value, error) {
		var name string
		var doc Value
		if err := UnpackArgs("module", args, kwnames, "name", &name, "doc?", &doc); err != nil {
			return Value{}, err
		}
		m := NewModule(name)
		if doc.obj != nil {
			m.Dict.SetStr("__doc__", doc)
		}
		return ObjectValue(m), nil
	}
}
