// This file supports user subclasses of int and float: instances hold the
// number (NumSub) plus an instance dict, and the inherited builtin slots
// see the plain number.

package py

// NumSub is an instance of a user subclass of int or float.
type NumSub struct {
	typ  *Type
	V    Value // the int or float value
	Dict *Dict
}

// Type returns the subclass.
func (n *NumSub) Type() *Type { return n.typ }

// InstanceDict returns the instance's __dict__.
func (n *NumSub) InstanceDict() *Dict { return n.Dict }

// unwrapNum returns the plain number of a NumSub, else v.
func unwrapNum(v Value) Value {
	if n, ok := v.obj.(*NumSub); ok {
		return n.V
	}
	return v
}

func newNumSub(t *Type, v Value) Value {
	n := &NumSub{typ: t, V: v}
	if t.Flags&FlagHasDict != 0 {
		n.Dict = NewDict()
	}
	return ObjectValue(n)
}

// wrapNumSlots makes t's slots inherited from int/float unwrap NumSub
// operands (slots dispatching to Python methods are left alone).
func wrapNumSlots(t *Type) {
	base := solidBase(t)
	if base != IntType && base != FloatType {
		return
	}
	same := func(a, b any) bool { return a != nil && b != nil && funcID(a) == funcID(b) }
	un := func(f func(Value) (Value, error)) func(Value) (Value, error) {
		return func(v Value) (Value, error) { return f(unwrapNum(v)) }
	}
	if t.Repr != nil && same(t.Repr, base.Repr) {
		t.Repr = un(base.Repr)
	}
	if t.Hash != nil && same(t.Hash, base.Hash) {
		f := base.Hash
		t.Hash = func(v Value) (int64, error) { return f(unwrapNum(v)) }
	}
	if t.RichCompare != nil && same(t.RichCompare, base.RichCompare) {
		f := base.RichCompare
		t.RichCompare = func(a, b Value, op CompareOp) (Value, error) { return f(unwrapNum(a), unwrapNum(b), op) }
	}
	if t.Bool != nil && same(t.Bool, base.Bool) {
		f := base.Bool
		t.Bool = func(v Value) (bool, error) { return f(unwrapNum(v)) }
	}
	for _, p := range []*func(Value) (Value, error){&t.Neg, &t.Pos, &t.Abs, &t.Invert, &t.Index, &t.IntConv, &t.FloatConv} {
		if *p == nil {
			continue
		}
		var b func(Value) (Value, error)
		switch p {
		case &t.Neg:
			b = base.Neg
		case &t.Pos:
			b = base.Pos
		case &t.Abs:
			b = base.Abs
		case &t.Invert:
			b = base.Invert
		case &t.Index:
			b = base.Index
		case &t.IntConv:
			b = base.IntConv
		case &t.FloatConv:
			b = base.FloatConv
		}
		if b != nil && same(*p, b) {
			*p = un(b)
		}
	}
	for i := range t.Binary {
		if t.Binary[i] != nil && same(t.Binary[i], base.Binary[i]) {
			f := base.Binary[i]
			t.Binary[i] = func(a, b Value) (Value, error) { return f(unwrapNum(a), unwrapNum(b)) }
		}
		if t.Inplace[i] != nil && same(t.Inplace[i], base.Inplace[i]) {
			f := base.Inplace[i]
			t.Inplace[i] = func(a, b Value) (Value, error) { return f(unwrapNum(a), unwrapNum(b)) }
		}
	}
}
