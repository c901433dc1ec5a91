// This file defines types.GenericAlias (list[int]) and types.UnionType
// (int | str), enough for annotations, repr and isinstance with unions.

package py

import "strings"

// GenericAlias is a parameterised type like list[int].
type GenericAlias struct {
	Origin Value
	Args   Value
}

// Type returns types.GenericAlias.
func (g *GenericAlias) Type() *Type { return GenericAliasType }

// UnionType is X | Y of types.
type UnionType struct {
	Args []Value
}

// Type returns types.UnionType.
func (u *UnionType) Type() *Type { return UnionTypeType }

// Alias types.
var (
	GenericAliasType = newBuiltinType("GenericAlias", ObjectType, 0)
	UnionTypeType    = newBuiltinType("UnionType", ObjectType, 0)
)

func typeReprForAlias(v Value) (string, error) {
	if t, ok := v.obj.(*Type); ok {
		if t.ModuleName() == "builtins" {
			return t.Qualname, nil
		}
		return t.ModuleName() + "." + t.Qualname, nil
	}
	if v.Is(Ellipsis) {
		return "...", nil
	}
	if v.IsNone() {
		return "None", nil
	}
	return ReprString(v)
}

func unionOf(a, b Value) (Value, error) {
	ok := func(v Value) bool {
		switch v.obj.(type) {
		case *Type, *UnionType, *GenericAlias:
			return true
		}
		return v.IsNone()
	}
	if !ok(a) || !ok(b) {
		return NotImplemented, nil
	}
	var args []Value
	add := func(v Value) {
		if u, ok := v.obj.(*UnionType); ok {
			for _, x := range u.Args {
				args = appendUnique(args, x)
			}
			return
		}
		if v.IsNone() {
			v = ObjectValue(NoneType)
		}
		args = appendUnique(args, v)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0], nil
	}
	return ObjectValue(&UnionType{Args: args}), nil
}

func appendUnique(args []Value, v Value) []Value {
	for _, x := range args {
		if x.Is(v) {
			return args
		}
	}
	return append(args, v)
}

// addClassGetitem gives builtin generic types __class_getitem__.
func addClassGetitem() {
	for _, name := range []string{"list", "dict", "tuple", "set", "frozenset", "type", "enumerate", "zip", "map", "filter", "reversed"} {
		v, ok := BuiltinsDict.GetStr(name)
		if !ok {
			continue
		}
		t := v.obj.(*Type)
		if _, ok := t.Dict.GetStr("__class_getitem__"); ok {
			continue
		}
		AddMethods(t, []MethodDef{{Name: "__class_getitem__", Class: true, Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, argCountError("__class_getitem__", 1, len(args), kwnames)
			}
			return ObjectValue(&GenericAlias{Origin: self, Args: args[0]}), nil
		}}})
	}
}

func init() {
	GenericAliasType.Dict.SetStr("__module__", StrValue("types"))
	UnionTypeType.Dict.SetStr("__module__", StrValue("types"))
	g := GenericAliasType
	g.Repr = func(v Value) (Value, error) {
		ga := v.obj.(*GenericAlias)
		o, err := typeReprForAlias(ga.Origin)
		if err != nil {
			return Value{}, err
		}
		var parts []string
		args := []Value{ga.Args}
		if t, ok := ga.Args.obj.(*Tuple); ok {
			args = t.Items
		}
		for _, a := range args {
			s, err := typeReprForAlias(a)
			if err != nil {
				return Value{}, err
			}
			parts = append(parts, s)
		}
		if len(args) == 0 {
			parts = []string{"()"}
		}
		return StrValue(o + "[" + strings.Join(parts, ", ") + "]"), nil
	}
	g.Call = func(fn Value, args []Value, kwnames []string) (Value, error) {
		r, err := Call(fn.obj.(*GenericAlias).Origin, args, kwnames)
		if err != nil {
			return r, err
		}
		// As CPython: record the alias on the instance when it takes
		// attributes, ignoring instances that do not.
		if _, ok := r.obj.(HasDict); ok {
			if err := SetAttr(r, "__orig_class__", fn); err != nil && !IsInstanceError(err, AttributeErrorType) && !IsInstanceError(err, TypeErrorType) {
				return Value{}, err
			}
		}
		return r, nil
	}
	g.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "GenericAlias() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Value{}, Errorf(TypeErrorType, "GenericAlias expected 2 arguments, got %d", len(args))
		}
		return ObjectValue(&GenericAlias{Origin: args[0], Args: args[1]}), nil
	}
	g.GetAttr = func(v Value, name string) (Value, error) {
		ga := v.obj.(*GenericAlias)
		switch name {
		case "__origin__":
			return ga.Origin, nil
		case "__args__":
			if t, ok := ga.Args.obj.(*Tuple); ok {
				return ObjectValue(t), nil
			}
			return NewTuple(ga.Args), nil
		}
		return GetAttr(ga.Origin, name)
	}
	g.Binary[OpOr] = func(a, b Value) (Value, error) { return unionOf(a, b) }
	u := UnionTypeType
	u.Repr = func(v Value) (Value, error) {
		var parts []string
		for _, a := range v.obj.(*UnionType).Args {
			if a.Is(ObjectValue(NoneType)) {
				parts = append(parts, "None")
				continue
			}
			s, err := typeReprForAlias(a)
			if err != nil {
				return Value{}, err
			}
			parts = append(parts, s)
		}
		return StrValue(strings.Join(parts, " | ")), nil
	}
	u.Binary[OpOr] = func(a, b Value) (Value, error) { return unionOf(a, b) }
	u.GetAttr = func(v Value, name string) (Value, error) {
		if name == "__args__" {
			return NewTupleFrom(v.obj.(*UnionType).Args), nil
		}
		return GenericGetAttr(v, name)
	}
	NoneType.Binary[OpOr] = func(a, b Value) (Value, error) { return unionOf(a, b) }
}
