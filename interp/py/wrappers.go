// This file finishes the builtin types at first use: slot inheritance
// along the builtin hierarchy, and slot wrappers (int.__add__,
// object.__init__, ...) in their dicts so Python code can call slots
// explicitly and user classes can reach them through super().

package py

import "sync"

var finishOnce sync.Once

// typesFinished is set once finishTypes ran; earlyClasses are the classes
// NewClass made before (from Go init functions): their slots were copied
// from builtin bases not yet finished, so they are fixed up again.
var (
	typesFinished bool
	earlyClasses  []*Type
)

// finishTypes runs after every init function (library ones included), so
// slots set in init functions are inherited by subtypes.
func finishTypes() {
	finishOnce.Do(func() {
		var order []*Type
		seen := map[*Type]bool{}
		queue := []*Type{ObjectType}
		for len(queue) > 0 {
			t := queue[0]
			queue = queue[1:]
			if seen[t] {
				continue
			}
			seen[t] = true
			order = append(order, t)
			queue = append(queue, t.subclasses...)
		}
		for _, t := range order {
			if !t.IsHeap() {
				t.inherit()
			}
		}
		for _, t := range order {
			if !t.IsHeap() {
				addSlotWrappers(t)
				if _, ok := t.Dict.GetStr("__module__"); !ok {
					t.Dict.SetStr("__module__", StrValue("builtins"))
				}
			}
		}
		TypeType.Dict.SetStr("__module__", StrValue("builtins"))
		addClassGetitem()
		typesFinished = true
		for _, t := range earlyClasses {
			fixupSlots(t)
		}
		earlyClasses = nil
		cacheEpoch++
	})
}

func wrap(t *Type, name string, fn MethodFunc) {
	if _, ok := t.Dict.GetStr(name); ok {
		return
	}
	if t == IntType || t == FloatType || t == BoolType {
		// int.__repr__(IntEnumMember) etc.: slots see plain numbers.
		inner := fn
		fn = func(self Value, args []Value, kwnames []string) (Value, error) {
			plain := make([]Value, len(args))
			for i, a := range args {
				plain[i] = unwrapNum(a)
			}
			return inner(unwrapNum(self), plain, kwnames)
		}
	}
	t.Dict.SetStr(name, ObjectValue(&MethodDescr{Owner: t, Def: MethodDef{Name: name, Fn: fn}}))
}

func wantArgs(name string, args []Value, kwnames []string, n int) error {
	if len(kwnames) > 0 || len(args) != n {
		return Errorf(TypeErrorType, "expected %d argument%s, got %d", n, plural(n), len(args))
	}
	return nil
}

// addSlotWrappers adds a wrapper for each slot t defines itself (or
// inherits from a different slot than its base's, approximated by "base
// is nil or is object").
func addSlotWrappers(t *Type) {
	own := func(get func(*Type) any) bool {
		f := get(t)
		if f == nil {
			return false
		}
		if t.Base == nil {
			return true
		}
		g := get(t.Base)
		return g == nil || funcID(f) != funcID(g)
	}
	if t.New != nil && (t.Base == nil || own(func(x *Type) any { return nilIfNil(x.New) })) {
		owner := t
		if _, ok := t.Dict.GetStr("__new__"); !ok {
			t.Dict.SetStr("__new__", ObjectValue(&StaticMethod{Func: NewBuiltin("__new__", func(args []Value, kwnames []string) (Value, error) {
				if len(args) == 0 {
					return Value{}, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", owner.Name)
				}
				sub, ok := args[0].obj.(*Type)
				if !ok {
					return Value{}, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", owner.Name, args[0].Type().Name)
				}
				if !sub.IsSubtype(owner) {
					return Value{}, Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", owner.Name, sub.Name, sub.Name, owner.Name)
				}
				if owner == ObjectType {
					if abs := sub.abstractMethods(); abs != "" {
						return Value{}, abstractError(sub)
					}
					return ObjectValue(newInstanceRaw(sub)), nil
				}
				return owner.New(sub, args[1:], kwnames)
			})}))
		}
	}
	if t.Init != nil && own(func(x *Type) any { return nilIfNil(x.Init) }) {
		init := t.Init
		wrap(t, "__init__", func(self Value, args []Value, kwnames []string) (Value, error) {
			return None, init(self, args, kwnames)
		})
	}
	if t.Repr != nil && own(func(x *Type) any { return nilIfNil(x.Repr) }) {
		f := t.Repr
		wrap(t, "__repr__", func(self Value, args []Value, kw []string) (Value, error) { return f(self) })
	}
	if t.Str != nil && own(func(x *Type) any { return nilIfNil(x.Str) }) {
		f := t.Str
		wrap(t, "__str__", func(self Value, args []Value, kw []string) (Value, error) { return f(self) })
	}
	if t.Hash != nil && own(func(x *Type) any { return nilIfNil(x.Hash) }) {
		f := t.Hash
		wrap(t, "__hash__", func(self Value, args []Value, kw []string) (Value, error) {
			h, err := f(self)
			return Int(h), err
		})
	} else if t.Hash == nil && t.RichCompare != nil && t != ObjectType {
		if _, ok := t.Dict.GetStr("__hash__"); !ok {
			t.Dict.SetStr("__hash__", None)
		}
	}
	if t.RichCompare != nil && own(func(x *Type) any { return nilIfNil(x.RichCompare) }) {
		f := t.RichCompare
		for op := LT; op <= GE; op++ {
			op := op
			wrap(t, compareDunders[op], func(self Value, args []Value, kw []string) (Value, error) {
				if err := wantArgs(compareDunders[op], args, kw, 1); err != nil {
					return Value{}, err
				}
				return f(self, args[0], op)
			})
		}
	}
	if t.GetAttr != nil && own(func(x *Type) any { return nilIfNil(x.GetAttr) }) {
		f := t.GetAttr
		wrap(t, "__getattribute__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := wantArgs("__getattribute__", args, kw, 1); err != nil {
				return Value{}, err
			}
			name, ok := AsStr(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return f(self, name)
		})
	}
	if t.SetAttr != nil && own(func(x *Type) any { return nilIfNil(x.SetAttr) }) {
		f := t.SetAttr
		wrap(t, "__setattr__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := wantArgs("__setattr__", args, kw, 2); err != nil {
				return Value{}, err
			}
			name, ok := AsStr(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return None, f(self, name, args[1])
		})
		wrap(t, "__delattr__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := wantArgs("__delattr__", args, kw, 1); err != nil {
				return Value{}, err
			}
			name, ok := AsStr(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
			}
			return None, f(self, name, Value{})
		})
	}
	if t.Call != nil && own(func(x *Type) any { return nilIfNil(x.Call) }) {
		f := t.Call
		wrap(t, "__call__", func(self Value, args []Value, kw []string) (Value, error) { return f(self, args, kw) })
	}
	if t.Len != nil && own(func(x *Type) any { return nilIfNil(x.Len) }) {
		f := t.Len
		wrap(t, "__len__", func(self Value, args []Value, kw []string) (Value, error) {
			n, err := f(self)
			return Int(int64(n)), err
		})
	}
	if t.Bool != nil && own(func(x *Type) any { return nilIfNil(x.Bool) }) {
		f := t.Bool
		wrap(t, "__bool__", func(self Value, args []Value, kw []string) (Value, error) {
			b, err := f(self)
			return Bool(b), err
		})
	}
	if t.Iter != nil && own(func(x *Type) any { return nilIfNil(x.Iter) }) {
		f := t.Iter
		wrap(t, "__iter__", func(self Value, args []Value, kw []string) (Value, error) { return f(self) })
	}
	if t.Next != nil && own(func(x *Type) any { return nilIfNil(x.Next) }) {
		f := t.Next
		wrap(t, "__next__", func(self Value, args []Value, kw []string) (Value, error) {
			r, err := f(self)
			if err == nil && r.obj == nil {
				return Value{}, NewException(StopIterationType)
			}
			return r, err
		})
	}
	if t.GetItem != nil && own(func(x *Type) any { return nilIfNil(x.GetItem) }) {
		f := t.GetItem
		wrap(t, "__getitem__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := wantArgs("__getitem__", args, kw, 1); err != nil {
				return Value{}, err
			}
			return f(self, args[0])
		})
	}
	if t.SetItem != nil && own(func(x *Type) any { return nilIfNil(x.SetItem) }) {
		f := t.SetItem
		wrap(t, "__setitem__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := wantArgs("__setitem__", args, kw, 2); err != nil {
				return Value{}, err
			}
			return None, f(self, args[0], args[1])
		})
		wrap(t, "__delitem__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := wantArgs("__delitem__", args, kw, 1); err != nil {
				return Value{}, err
			}
			return None, f(self, args[0], Value{})
		})
	}
	if t.Contains != nil && own(func(x *Type) any { return nilIfNil(x.Contains) }) {
		f := t.Contains
		wrap(t, "__contains__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := wantArgs("__contains__", args, kw, 1); err != nil {
				return Value{}, err
			}
			b, err := f(self, args[0])
			return Bool(b), err
		})
	}
	for op := BinaryOpKind(0); op < NumBinaryOps; op++ {
		op := op
		if t.Binary[op] != nil && own(func(x *Type) any { return nilIfNil(x.Binary[op]) }) {
			f := t.Binary[op]
			wrap(t, binaryDunders[op][0], func(self Value, args []Value, kw []string) (Value, error) {
				if err := wantArgs(binaryDunders[op][0], args, kw, 1); err != nil {
					return Value{}, err
				}
				return f(self, args[0])
			})
			wrap(t, binaryDunders[op][1], func(self Value, args []Value, kw []string) (Value, error) {
				if err := wantArgs(binaryDunders[op][1], args, kw, 1); err != nil {
					return Value{}, err
				}
				return f(args[0], self)
			})
		}
		if t.Inplace[op] != nil && own(func(x *Type) any { return nilIfNil(x.Inplace[op]) }) {
			f := t.Inplace[op]
			wrap(t, binaryDunders[op][2], func(self Value, args []Value, kw []string) (Value, error) {
				if err := wantArgs(binaryDunders[op][2], args, kw, 1); err != nil {
					return Value{}, err
				}
				return f(self, args[0])
			})
		}
	}
	unary := func(name string, f func(Value) (Value, error), get func(*Type) any) {
		if f != nil && own(get) {
			wrap(t, name, func(self Value, args []Value, kw []string) (Value, error) { return f(self) })
		}
	}
	unary("__neg__", t.Neg, func(x *Type) any { return nilIfNil(x.Neg) })
	unary("__pos__", t.Pos, func(x *Type) any { return nilIfNil(x.Pos) })
	unary("__invert__", t.Invert, func(x *Type) any { return nilIfNil(x.Invert) })
	unary("__abs__", t.Abs, func(x *Type) any { return nilIfNil(x.Abs) })
	unary("__index__", t.Index, func(x *Type) any { return nilIfNil(x.Index) })
	unary("__int__", t.IntConv, func(x *Type) any { return nilIfNil(x.IntConv) })
	unary("__float__", t.FloatConv, func(x *Type) any { return nilIfNil(x.FloatConv) })
	if t.DescrGet != nil && own(func(x *Type) any { return nilIfNil(x.DescrGet) }) {
		f := t.DescrGet
		wrap(t, "__get__", func(self Value, args []Value, kw []string) (Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return Value{}, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
			}
			obj := args[0]
			if obj.IsNone() {
				obj = Value{}
			}
			var typ *Type
			if len(args) == 2 {
				typ, _ = args[1].obj.(*Type)
			}
			if typ == nil && obj.obj != nil {
				typ = obj.Type()
			}
			return f(self, obj, typ)
		})
	}
	if t == ObjectType {
		wrap(t, "__format__", func(self Value, args []Value, kw []string) (Value, error) {
			if err := wantArgs("__format__", args, kw, 1); err != nil {
				return Value{}, err
			}
			spec, ok := AsStr(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
			}
			if spec != "" {
				return Value{}, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", self.Type().Name)
			}
			return StrOf(self)
		})
		wrap(t, "__dir__", func(self Value, args []Value, kw []string) (Value, error) {
			return ListValue(dirOf(self)), nil
		})
		wrap(t, "__reduce_ex__", func(self Value, args []Value, kw []string) (Value, error) {
			return Value{}, Errorf(TypeErrorType, "cannot pickle '%s' object", self.Type().Name)
		})
		AddGetters(t, []Getter{{Name: "__class__", Get: func(self Value) (Value, error) { return ObjectValue(self.Type()), nil },
			Set: func(self, val Value) error { return setClass(self, val) }}})
	}
}

// nilIfNil turns a possibly-nil func into an any that is nil when the func is.
func nilIfNil[F any](f F) any {
	var a any = f
	if isNilFunc(a) {
		return nil
	}
	return a
}
