// This file defines Go-implemented callables: builtin functions, method
// descriptors (methods of builtin types), their bound forms, getset
// descriptors, and the AddMethods/AddGetters helpers that fill a type's
// method table.

package py

import "fmt"

// Builtin is a Go function visible to Python (builtin_function_or_method).
// Self is set when it is a bound method of a builtin object.
type Builtin struct {
	Name   string
	Fn     Func
	Doc    string
	Self   Value  // bound receiver for methods; zero for plain functions
	Module string // __module__ ("builtins" when empty)
}

// Type returns builtin_function_or_method.
func (b *Builtin) Type() *Type { return BuiltinType }

// NewBuiltin returns a builtin function Value.
func NewBuiltin(name string, fn Func) Value {
	return ObjectValue(&Builtin{Name: name, Fn: fn})
}

// MethodDef describes one method of a builtin type.
type MethodDef struct {
	Name string
	Fn   MethodFunc
	Doc  string
	// Class makes it a classmethod (self is the class); Static a staticmethod.
	Class, Static bool
}

// MethodDescr is a method of a builtin type as stored in the type's dict
// (method_descriptor). Getting it from an instance binds it.
type MethodDescr struct {
	Owner *Type
	Def   MethodDef
}

// Type returns method_descriptor.
func (m *MethodDescr) Type() *Type { return MethodDescrType }

// BoundBuiltin is a MethodDescr bound to a receiver.
type BoundBuiltin struct {
	Self Value
	M    *MethodDescr
}

// Type returns builtin_function_or_method.
func (b *BoundBuiltin) Type() *Type { return BuiltinType }

// GetSet is a computed attribute of a builtin type (getset_descriptor).
// Set may be nil (read-only).
type GetSet struct {
	Owner *Type
	Name  string
	Get   func(self Value) (Value, error)
	Set   func(self, val Value) error
}

// Type returns getset_descriptor.
func (g *GetSet) Type() *Type { return GetSetType }

// AddMethods adds methods to a builtin type's dict.
func AddMethods(t *Type, defs []MethodDef) {
	cacheEpoch++
	for _, d := range defs {
		m := &MethodDescr{Owner: t, Def: d}
		switch {
		case d.Class:
			t.Dict.SetStr(d.Name, ObjectValue(&ClassMethod{Func: ObjectValue(m)}))
		case d.Static:
			fn := d.Fn
			t.Dict.SetStr(d.Name, ObjectValue(&StaticMethod{Func: NewBuiltin(d.Name, func(args []Value, kw []string) (Value, error) {
				return fn(Value{}, args, kw)
			})}))
		default:
			t.Dict.SetStr(d.Name, ObjectValue(m))
		}
	}
}

// Getter describes a computed attribute for AddGetters.
type Getter struct {
	Name string
	Get  func(self Value) (Value, error)
	Set  func(self, val Value) error
}

// AddGetters adds computed attributes (getset descriptors) to a type.
func AddGetters(t *Type, gs []Getter) {
	cacheEpoch++
	for _, g := range gs {
		t.Dict.SetStr(g.Name, ObjectValue(&GetSet{Owner: t, Name: g.Name, Get: g.Get, Set: g.Set}))
	}
}

// AddFunc adds a plain Go function to a dict (for module tables).
func AddFunc(d *Dict, name string, fn Func) {
	d.SetStr(name, NewBuiltin(name, fn))
}

// Builtin-callable types.
var (
	BuiltinType     = newBuiltinType("builtin_function_or_method", ObjectType, 0)
	MethodDescrType = newBuiltinType("method_descriptor", ObjectType, 0)
	GetSetType      = newBuiltinType("getset_descriptor", ObjectType, 0)
)

func (m *MethodDescr) call(self Value, args []Value, kwnames []string) (Value, error) {
	if !m.Def.Class && self.obj != nil && !self.Type().IsSubtype(m.Owner) {
		return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Def.Name, m.Owner.Name, self.Type().Name)
	}
	return m.Def.Fn(self, args, kwnames)
}

func init() {
	BuiltinType.Call = func(fn Value, args []Value, kwnames []string) (Value, error) {
		switch b := fn.obj.(type) {
		case *Builtin:
			return b.Fn(args, kwnames)
		case *BoundBuiltin:
			return b.M.call(b.Self, args, kwnames)
		}
		return Value{}, Errorf(SystemErrorType, "bad builtin")
	}
	BuiltinType.Repr = func(v Value) (Value, error) {
		switch b := v.obj.(type) {
		case *Builtin:
			if b.Self.obj != nil {
				return StrValue(fmt.Sprintf("<built-in method %s of %s object at %#x>", b.Name, b.Self.Type().Name, addressOf(b.Self))), nil
			}
			return StrValue("<built-in function " + b.Name + ">"), nil
		case *BoundBuiltin:
			if t, ok := b.Self.obj.(*Type); ok {
				return StrValue(fmt.Sprintf("<built-in method %s of type object at %#x>", b.M.Def.Name, addressOf(ObjectValue(t)))), nil
			}
			return StrValue(fmt.Sprintf("<built-in method %s of %s object at %#x>", b.M.Def.Name, b.Self.Type().Name, addressOf(b.Self))), nil
		}
		return objectRepr(v)
	}
	BuiltinType.GetAttr = func(v Value, name string) (Value, error) {
		switch b := v.obj.(type) {
		case *Builtin:
			switch name {
			case "__name__", "__qualname__":
				return StrValue(b.Name), nil
			case "__doc__":
				if b.Doc == "" {
					if _, doc, ok := BuiltinDoc(builtinQualname(b)); ok {
						return StrValue(doc), nil
					}
					return None, nil
				}
				return StrValue(b.Doc), nil
			case "__text_signature__":
				sig, _, _ := BuiltinDoc(builtinQualname(b))
				if b.Self.obj != nil {
					return textSignature(sig, "$self"), nil
				}
				return textSignature(sig, "$module"), nil
			case "__self__":
				if b.Self.obj == nil {
					return None, nil
				}
				return b.Self, nil
			case "__module__":
				if b.Module == "" {
					return StrValue("builtins"), nil
				}
				return StrValue(b.Module), nil
			}
		case *BoundBuiltin:
			switch name {
			case "__name__":
				return StrValue(b.M.Def.Name), nil
			case "__qualname__":
				return StrValue(b.M.Owner.Name + "." + b.M.Def.Name), nil
			case "__self__":
				return b.Self, nil
			case "__doc__":
				return methodDoc(b.M), nil
			case "__text_signature__":
				return methodTextSignature(b.M), nil
			}
		}
		return GenericGetAttr(v, name)
	}
	BuiltinType.Hash = func(v Value) (int64, error) { return identityHash(v), nil }
	BuiltinType.RichCompare = func(a, b Value, op CompareOp) (Value, error) {
		x, ok1 := a.obj.(*BoundBuiltin)
		y, ok2 := b.obj.(*BoundBuiltin)
		if ok1 && ok2 && (op == EQ || op == NE) {
			return Bool((x.M == y.M && x.Self.Is(y.Self)) == (op == EQ)), nil
		}
		return objectCompare(a, b, op)
	}

	MethodDescrType.DescrGet = func(descr, obj Value, typ *Type) (Value, error) {
		if obj.obj == nil {
			return descr, nil
		}
		return ObjectValue(&BoundBuiltin{Self: obj, M: descr.obj.(*MethodDescr)}), nil
	}
	MethodDescrType.Call = func(fn Value, args []Value, kwnames []string) (Value, error) {
		m := fn.obj.(*MethodDescr)
		if len(args)-len(kwnames) < 1 {
			return Value{}, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", m.Owner.Name, m.Def.Name)
		}
		return m.call(args[0], args[1:], kwnames)
	}
	MethodDescrType.Repr = func(v Value) (Value, error) {
		m := v.obj.(*MethodDescr)
		return StrValue(fmt.Sprintf("<method '%s' of '%s' objects>", m.Def.Name, m.Owner.Name)), nil
	}
	MethodDescrType.GetAttr = func(v Value, name string) (Value, error) {
		m := v.obj.(*MethodDescr)
		switch name {
		case "__name__":
			return StrValue(m.Def.Name), nil
		case "__qualname__":
			return StrValue(m.Owner.Name + "." + m.Def.Name), nil
		case "__objclass__":
			return ObjectValue(m.Owner), nil
		case "__doc__":
			return methodDoc(m), nil
		case "__text_signature__":
			return methodTextSignature(m), nil
		}
		return GenericGetAttr(v, name)
	}

	GetSetType.DescrGet = func(descr, obj Value, typ *Type) (Value, error) {
		if obj.obj == nil {
			return descr, nil
		}
		return descr.obj.(*GetSet).Get(obj)
	}
	GetSetType.DescrSet = func(descr, obj, val Value) error {
		g := descr.obj.(*GetSet)
		if g.Set == nil {
			return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
		}
		return g.Set(obj, val)
	}
	GetSetType.Repr = func(v Value) (Value, error) {
		g := v.obj.(*GetSet)
		return StrValue(fmt.Sprintf("<attribute '%s' of '%s' objects>", g.Name, g.Owner.Name)), nil
	}
}
