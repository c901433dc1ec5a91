// This file defines Python functions, bound methods, cells, and the
// descriptor types staticmethod, classmethod and property.

package py

import (
	"fmt"

	"adder/interp/compile"
)

// Function is a Python function: code plus its globals, defaults and
// closure cells.
type Function struct {
	Code        *compile.Code
	Globals     *Dict
	Builtins    *Dict
	Defaults    []Value
	KwDefaults  *Dict
	Closure     []*Cell
	Name        string
	Qualname    string
	Doc         Value
	Module      Value
	Dict        *Dict
	Annotations Value
}

// Type returns function.
func (f *Function) Type() *Type { return FunctionType }

// InstanceDict returns the function's __dict__.
func (f *Function) InstanceDict() *Dict {
	if f.Dict == nil {
		f.Dict = NewDict()
	}
	return f.Dict
}

// Cell is a closure cell; Value is zero when empty.
type Cell struct {
	V Value
}

// Type returns cell.
func (c *Cell) Type() *Type { return CellType }

// BoundMethod is a function bound to an instance (types.MethodType).
type BoundMethod struct {
	Func Value
	Self Value
}

// Type returns method.
func (m *BoundMethod) Type() *Type { return MethodType }

// StaticMethod wraps a callable (staticmethod).
type StaticMethod struct {
	Func Value
	Dict *Dict
}

// Type returns staticmethod.
func (s *StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod wraps a callable (classmethod).
type ClassMethod struct {
	Func Value
	Dict *Dict
}

// Type returns classmethod.
func (c *ClassMethod) Type() *Type { return ClassMethodType }

// Property is a property descriptor.
type Property struct {
	typ                *Type
	Get, Set, Del, Doc Value
	Name               Value
}

// Type returns property (or a subclass).
func (p *Property) Type() *Type {
	if p.typ != nil {
		return p.typ
	}
	return PropertyType
}

// Function-related types.
var (
	FunctionType     = newBuiltinType("function", ObjectType, FlagHasDict)
	MethodType       = newBuiltinType("method", ObjectType, 0)
	CellType         = newBuiltinType("cell", ObjectType, 0)
	StaticMethodType = newBuiltinType("staticmethod", ObjectType, FlagBaseType)
	ClassMethodType  = newBuiltinType("classmethod", ObjectType, FlagBaseType)
	PropertyType     = newBuiltinType("property", ObjectType, FlagBaseType)
)

// bindDescr applies the descriptor protocol to a class attribute.
func bindDescr(attr, obj Value, t *Type) (Value, error) {
	if g := attr.Type().DescrGet; g != nil {
		return g(attr, obj, t)
	}
	return attr, nil
}

func functionGetAttr(v Value, name string) (Value, error) {
	f := v.obj.(*Function)
	switch name {
	case "__name__":
		return StrValue(f.Name), nil
	case "__qualname__":
		return StrValue(f.Qualname), nil
	case "__doc__":
		if f.Doc.obj == nil {
			return None, nil
		}
		return f.Doc, nil
	case "__module__":
		if f.Module.obj == nil {
			return None, nil
		}
		return f.Module, nil
	case "__defaults__":
		if f.Defaults == nil {
			return None, nil
		}
		return NewTupleFrom(f.Defaults), nil
	case "__kwdefaults__":
		if f.KwDefaults == nil {
			return None, nil
		}
		return ObjectValue(f.KwDefaults), nil
	case "__globals__":
		return ObjectValue(f.Globals), nil
	case "__code__":
		return ObjectValue(&CodeObject{Code: f.Code}), nil
	case "__closure__":
		if f.Closure == nil {
			return None, nil
		}
		cells := make([]Value, len(f.Closure))
		for i, c := range f.Closure {
			cells[i] = ObjectValue(c)
		}
		return tupleOf(cells), nil
	case "__annotations__":
		if f.Annotations.obj == nil || f.Annotations.IsNone() {
			f.Annotations = ObjectValue(NewDict())
		}
		return f.Annotations, nil
	case "__dict__":
		return ObjectValue(f.InstanceDict()), nil
	case "__builtins__":
		return ObjectValue(f.Builtins), nil
	case "__type_params__":
		return NewTuple(), nil
	}
	return GenericGetAttr(v, name)
}

func functionSetAttr(v Value, name string, val Value) error {
	f := v.obj.(*Function)
	switch name {
	case "__name__":
		s, ok := AsStr(val)
		if !ok {
			return Errorf(TypeErrorType, "__name__ must be set to a string object")
		}
		f.Name = s
		return nil
	case "__qualname__":
		s, ok := AsStr(val)
		if !ok {
			return Errorf(TypeErrorType, "__qualname__ must be set to a string object")
		}
		f.Qualname = s
		return nil
	case "__doc__":
		f.Doc = val
		return nil
	case "__module__":
		f.Module = val
		return nil
	case "__defaults__":
		if val.obj == nil || val.IsNone() {
			f.Defaults = nil
			return nil
		}
		t, ok := val.obj.(*Tuple)
		if !ok {
			return Errorf(TypeErrorType, "__defaults__ must be set to a tuple object")
		}
		f.Defaults = t.Items
		return nil
	case "__kwdefaults__":
		d, _ := val.obj.(*Dict)
		f.KwDefaults = d
		return nil
	case "__code__":
		c, ok := val.obj.(*CodeObject)
		if !ok {
			return Errorf(TypeErrorType, "__code__ must be set to a code object")
		}
		if have, want := len(c.Code.FreeNames), len(f.Closure); have != want {
			return Errorf(ValueErrorType, "%s() requires a code object with %d free vars, not %d", f.Name, want, have)
		}
		f.Code = c.Code
		return nil
	case "__annotations__":
		f.Annotations = val
		return nil
	}
	return GenericSetAttr(v, name, val)
}

// CodeObject exposes a code object to Python (f.__code__).
type CodeObject struct {
	Code *compile.Code
}

// Type returns code.
func (c *CodeObject) Type() *Type { return CodeType }

// CodeType is Python's code type.
var CodeType = newBuiltinType("code", ObjectType, 0)

func init() {
	t := FunctionType
	t.GetAttr = functionGetAttr
	t.SetAttr = functionSetAttr
	t.DescrGet = func(descr, obj Value, typ *Type) (Value, error) {
		if obj.obj == nil {
			return descr, nil
		}
		return ObjectValue(&BoundMethod{Func: descr, Self: obj}), nil
	}
	t.Repr = func(v Value) (Value, error) {
		f := v.obj.(*Function)
		return StrValue(fmt.Sprintf("<function %s at %#x>", f.Qualname, addressOf(v))), nil
	}
	// t.Call is set by the VM (callFunction).

	CodeType.GetAttr = func(v Value, name string) (Value, error) {
		c := v.obj.(*CodeObject).Code
		switch name {
		case "co_name":
			return StrValue(c.Name), nil
		case "co_qualname":
			return StrValue(c.Qualname), nil
		case "co_filename":
			return StrValue(c.Filename), nil
		case "co_firstlineno":
			return Int(int64(c.FirstLine)), nil
		case "co_argcount":
			return Int(int64(c.ArgCount)), nil
		case "co_posonlyargcount":
			return Int(int64(c.PosOnlyCount)), nil
		case "co_kwonlyargcount":
			return Int(int64(c.KwOnlyCount)), nil
		case "co_varnames":
			return strTuple(c.LocalNames), nil
		case "co_cellvars":
			return strTuple(c.CellNames), nil
		case "co_freevars":
			return strTuple(c.FreeNames), nil
		case "co_names":
			return strTuple(c.Names), nil
		case "co_nlocals":
			return Int(int64(len(c.LocalNames))), nil
		case "co_flags":
			return Int(int64(codeFlagsToCPython(c.Flags))), nil
		case "co_positions":
			// One (line, end_line, col, end_col) per instruction; adder's
			// instructions are not CPython's code units, so only the
			// positions themselves are comparable.
			return ObjectValue(&Builtin{Name: "co_positions", Self: v, Fn: func(args []Value, kwnames []string) (Value, error) {
				if err := UnpackArgs("co_positions", args, kwnames); err != nil {
					return Value{}, err
				}
				items := make([]Value, len(c.Positions))
				for i, p := range c.Positions {
					items[i] = NewTuple(Int(int64(p.Line)), Int(int64(p.EndLine)), Int(int64(p.Col)), Int(int64(p.EndCol)))
				}
				return NewSliceIterator(items), nil
			}}), nil
		}
		return GenericGetAttr(v, name)
	}
	CodeType.Repr = func(v Value) (Value, error) {
		c := v.obj.(*CodeObject).Code
		return StrValue(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.Name, addressOf(v), c.Filename, c.FirstLine)), nil
	}

	m := MethodType
	m.Call = func(fn Value, args []Value, kwnames []string) (Value, error) {
		bm := fn.obj.(*BoundMethod)
		nargs := make([]Value, len(args)+1)
		nargs[0] = bm.Self
		copy(nargs[1:], args)
		return Call(bm.Func, nargs, kwnames)
	}
	m.GetAttr = func(v Value, name string) (Value, error) {
		bm := v.obj.(*BoundMethod)
		switch name {
		case "__func__":
			return bm.Func, nil
		case "__self__":
			return bm.Self, nil
		}
		if r := MethodType.Lookup(name); r.obj != nil {
			return GenericGetAttr(v, name)
		}
		return GetAttr(bm.Func, name)
	}
	m.Repr = func(v Value) (Value, error) {
		bm := v.obj.(*BoundMethod)
		qn, _ := GetAttrOpt(bm.Func, "__qualname__")
		q, _ := AsStr(qn)
		if q == "" {
			q = "?"
		}
		sr, err := ReprString(bm.Self)
		if err != nil {
			return Value{}, err
		}
		return StrValue("<bound method " + q + " of " + sr + ">"), nil
	}
	m.RichCompare = func(a, b Value, op CompareOp) (Value, error) {
		x, ok1 := a.obj.(*BoundMethod)
		y, ok2 := b.obj.(*BoundMethod)
		if !ok1 || !ok2 || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		return Bool((x.Func.Is(y.Func) && x.Self.Is(y.Self)) == (op == EQ)), nil
	}
	m.Hash = func(v Value) (int64, error) {
		bm := v.obj.(*BoundMethod)
		return identityHash(bm.Func) ^ identityHash(bm.Self), nil
	}
	m.DescrGet = nil

	CellType.GetAttr = func(v Value, name string) (Value, error) {
		if name == "cell_contents" {
			c := v.obj.(*Cell)
			if c.V.obj == nil {
				return Value{}, Errorf(ValueErrorType, "Cell is empty")
			}
			return c.V, nil
		}
		return GenericGetAttr(v, name)
	}

	sm := StaticMethodType
	sm.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return Value{}, Errorf(TypeErrorType, "staticmethod expected 1 argument, got %d", len(args))
		}
		return ObjectValue(&StaticMethod{Func: args[0]}), nil
	}
	sm.DescrGet = func(descr, obj Value, typ *Type) (Value, error) {
		return descr.obj.(*StaticMethod).Func, nil
	}
	sm.Call = func(fn Value, args []Value, kwnames []string) (Value, error) {
		return Call(fn.obj.(*StaticMethod).Func, args, kwnames)
	}
	sm.GetAttr = func(v Value, name string) (Value, error) {
		s := v.obj.(*StaticMethod)
		if name == "__func__" || name == "__wrapped__" {
			return s.Func, nil
		}
		if name == "__isabstractmethod__" {
			return isAbstract(s.Func)
		}
		r, err := GenericGetAttr(v, name)
		if err != nil && (name == "__name__" || name == "__qualname__" || name == "__doc__") {
			return GetAttr(s.Func, name)
		}
		return r, err
	}
	cm := ClassMethodType
	cm.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return Value{}, Errorf(TypeErrorType, "classmethod expected 1 argument, got %d", len(args))
		}
		return ObjectValue(&ClassMethod{Func: args[0]}), nil
	}
	cm.DescrGet = func(descr, obj Value, typ *Type) (Value, error) {
		if typ == nil {
			typ = obj.Type()
		}
		f := descr.obj.(*ClassMethod).Func
		if md, ok := f.obj.(*MethodDescr); ok {
			return ObjectValue(&BoundBuiltin{Self: ObjectValue(typ), M: md}), nil
		}
		return ObjectValue(&BoundMethod{Func: f, Self: ObjectValue(typ)}), nil
	}
	cm.GetAttr = func(v Value, name string) (Value, error) {
		c := v.obj.(*ClassMethod)
		if name == "__func__" || name == "__wrapped__" {
			return c.Func, nil
		}
		if name == "__isabstractmethod__" {
			return isAbstract(c.Func)
		}
		r, err := GenericGetAttr(v, name)
		if err != nil && (name == "__name__" || name == "__qualname__" || name == "__doc__") {
			return GetAttr(c.Func, name)
		}
		return r, err
	}
	initProperty()
}

func isAbstract(f Value) (Value, error) {
	r, err := GetAttrOpt(f, "__isabstractmethod__")
	if err != nil || r.obj == nil {
		return False, err
	}
	return r, nil
}

func strTuple(ss []string) Value {
	items := make([]Value, len(ss))
	for i, s := range ss {
		items[i] = StrValue(s)
	}
	return tupleOf(items)
}

func codeFlagsToCPython(f compile.CodeFlags) int {
	r := 0
	if f&compile.FlagVarargs != 0 {
		r |= 0x04
	}
	if f&compile.FlagVarkw != 0 {
		r |= 0x08
	}
	if f&compile.FlagNested != 0 {
		r |= 0x10
	}
	if f&compile.FlagGenerator != 0 {
		r |= 0x20
	}
	if f&compile.FlagCoroutine != 0 {
		r |= 0x80 // CO_COROUTINE
	}
	if f&compile.FlagAsyncGenerator != 0 {
		r |= 0x200
	}
	if f&(compile.FlagModule|compile.FlagClassBody) != 0 {
		return r // no CO_OPTIMIZED | CO_NEWLOCALS, as in CPython
	}
	return r | 0x03
}

func initProperty() {
	p := PropertyType
	p.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		pr := &Property{Get: None, Set: None, Del: None, Doc: None}
		if t != PropertyType {
			pr.typ = t
		}
		return ObjectValue(pr), nil
	}
	p.Init = func(self Value, args []Value, kwnames []string) error {
		pr := self.obj.(*Property)
		var fget, fset, fdel, doc Value
		if err := UnpackArgs("property", args, kwnames, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return err
		}
		if fget.obj != nil {
			pr.Get = fget
		}
		if fset.obj != nil {
			pr.Set = fset
		}
		if fdel.obj != nil {
			pr.Del = fdel
		}
		if doc.obj != nil && !doc.IsNone() {
			pr.Doc = doc
		} else if fget.obj != nil && !fget.IsNone() {
			if d, _ := GetAttrOpt(fget, "__doc__"); d.obj != nil {
				pr.Doc = d
			}
		}
		return nil
	}
	p.DescrGet = func(descr, obj Value, typ *Type) (Value, error) {
		pr := descr.obj.(*Property)
		if obj.obj == nil {
			return descr, nil
		}
		if pr.Get.IsNone() {
			return Value{}, Errorf(AttributeErrorType, "property %s of '%s' object has no getter", propName(pr), obj.Type().Name)
		}
		return Call(pr.Get, []Value{obj}, nil)
	}
	p.DescrSet = func(descr, obj, val Value) error {
		pr := descr.obj.(*Property)
		if val.obj == nil {
			if pr.Del.IsNone() {
				return Errorf(AttributeErrorType, "property %s of '%s' object has no deleter", propName(pr), obj.Type().Name)
			}
			_, err := Call(pr.Del, []Value{obj}, nil)
			return err
		}
		if pr.Set.IsNone() {
			return Errorf(AttributeErrorType, "property %s of '%s' object has no setter", propName(pr), obj.Type().Name)
		}
		_, err := Call(pr.Set, []Value{obj, val}, nil)
		return err
	}
	p.GetAttr = func(v Value, name string) (Value, error) {
		pr := v.obj.(*Property)
		switch name {
		case "fget":
			return pr.Get, nil
		case "fset":
			return pr.Set, nil
		case "fdel":
			return pr.Del, nil
		case "__doc__":
			return pr.Doc, nil
		case "__isabstractmethod__":
			return isAbstract(pr.Get)
		}
		return GenericGetAttr(v, name)
	}
	p.SetAttr = func(v Value, name string, val Value) error {
		pr := v.obj.(*Property)
		switch name {
		case "__doc__":
			// A property's docstring is writable (functools and dataclass
			// helpers set it); deleting it leaves None.
			if val.obj == nil {
				val = None
			}
			pr.Doc = val
			return nil
		case "fget", "fset", "fdel", "__isabstractmethod__":
			return Errorf(AttributeErrorType, "readonly attribute")
		}
		return GenericSetAttr(v, name, val)
	}
	copyWith := func(which int) MethodFunc {
		return func(self Value, args []Value, kwnames []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, argCountError("property", 1, len(args), kwnames)
			}
			pr := self.obj.(*Property)
			n := &Property{typ: pr.typ, Get: pr.Get, Set: pr.Set, Del: pr.Del, Doc: pr.Doc, Name: pr.Name}
			switch which {
			case 0:
				n.Get = args[0]
			case 1:
				n.Set = args[0]
			case 2:
				n.Del = args[0]
			}
			return ObjectValue(n), nil
		}
	}
	AddMethods(p, []MethodDef{
		{Name: "getter", Fn: copyWith(0)},
		{Name: "setter", Fn: copyWith(1)},
		{Name: "deleter", Fn: copyWith(2)},
		{Name: "__set_name__", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			if len(args) == 2 {
				self.obj.(*Property).Name = args[1]
			}
			return None, nil
		}},
	})
}

func propName(p *Property) string {
	if p.Name.obj != nil {
		if s, ok := AsStr(p.Name); ok {
			return "'" + s + "'"
		}
	}
	if p.Get.obj != nil && !p.Get.IsNone() {
		if n, _ := GetAttrOpt(p.Get, "__name__"); n.obj != nil {
			s, _ := AsStr(n)
			return "'" + s + "'"
		}
	}
	return ""
}
