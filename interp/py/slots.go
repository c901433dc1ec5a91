// This file connects Python dunder methods and Go slots in both
// directions: fixupSlots gives user classes slots that call their dunders,
// and addSlotWrappers puts wrappers for builtin slots in builtin type dicts
// so int.__add__, object.__init__ and super().__eq__ work.

package py

import (
	"sort"
	"strings"
)

// lookupOwner finds name in t's MRO and returns the value and its owner.
func lookupOwner(t *Type, name string) (Value, *Type) {
	for _, b := range t.MRO {
		if v, ok := b.Dict.GetStr(name); ok {
			return v, b
		}
	}
	return Value{}, nil
}

// CallDunder looks up name on type(v) and calls it with v prepended;
// found=false when the type has no such attribute.
func CallDunder(v Value, name string, args ...Value) (r Value, found bool, err error) {
	m := v.Type().Lookup(name)
	if m.obj == nil {
		return Value{}, false, nil
	}
	if m.IsNone() {
		return Value{}, true, Errorf(TypeErrorType, "'%s' object is not callable", "NoneType")
	}
	if _, ok := m.obj.(*Function); ok {
		full := make([]Value, len(args)+1)
		full[0] = v
		copy(full[1:], args)
		r, err = Call(m, full, nil)
		return r, true, err
	}
	bound, err := bindDescr(m, v, v.Type())
	if err != nil {
		return Value{}, true, err
	}
	r, err = Call(bound, args, nil)
	return r, true, err
}

// definesPy reports whether the first MRO class providing one of names is
// a heap type (so the slot must dispatch to Python).
func definesPy(t *Type, names ...string) (py bool, owner *Type) {
	for _, b := range t.MRO {
		for _, n := range names {
			if _, ok := b.Dict.GetStr(n); ok {
				return b.IsHeap(), b
			}
		}
		if !b.IsHeap() {
			return false, b
		}
	}
	return false, nil
}

// firstBuiltin returns the first non-heap type in t's MRO.
func firstBuiltin(t *Type) *Type {
	for _, b := range t.MRO {
		if !b.IsHeap() {
			return b
		}
	}
	return ObjectType
}

var binaryDunders = [NumBinaryOps][3]string{
	{"__add__", "__radd__", "__iadd__"},
	{"__sub__", "__rsub__", "__isub__"},
	{"__mul__", "__rmul__", "__imul__"},
	{"__matmul__", "__rmatmul__", "__imatmul__"},
	{"__truediv__", "__rtruediv__", "__itruediv__"},
	{"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	{"__mod__", "__rmod__", "__imod__"},
	{"__pow__", "__rpow__", "__ipow__"},
	{"__lshift__", "__rlshift__", "__ilshift__"},
	{"__rshift__", "__rrshift__", "__irshift__"},
	{"__and__", "__rand__", "__iand__"},
	{"__xor__", "__rxor__", "__ixor__"},
	{"__or__", "__ror__", "__ior__"},
}

// fixupSlots recomputes t's slots from its MRO: Python dunders found before
// any builtin class get dispatching slots; otherwise the builtin's slot.
func fixupSlots(t *Type) {
	if !t.IsHeap() {
		return
	}
	fb := firstBuiltin(t)
	// __eq__ without __hash__ makes instances unhashable.
	if _, ok := t.Dict.GetStr("__eq__"); ok {
		if _, ok := t.Dict.GetStr("__hash__"); !ok {
			t.Dict.SetStr("__hash__", None)
		}
	}
	pick := func(names ...string) (bool, *Type) {
		py, owner := definesPy(t, names...)
		if owner == nil {
			owner = fb
		}
		return py, owner
	}
	if py, o := pick("__new__"); py {
		t.New = slotNew
	} else {
		t.New = o.New
	}
	if py, o := pick("__init__"); py {
		t.Init = slotInit
	} else {
		t.Init = o.Init
	}
	if py, o := pick("__repr__"); py {
		t.Repr = func(v Value) (Value, error) { return callDunder0(v, "__repr__") }
	} else {
		t.Repr = o.Repr
	}
	if py, o := pick("__str__"); py {
		t.Str = func(v Value) (Value, error) { return callDunder0(v, "__str__") }
	} else {
		t.Str = o.Str
	}
	if h, ok := lookupOwner(t, "__hash__"); ok != nil && h.IsNone() {
		t.Hash = nil
	} else if py, o := pick("__hash__"); py {
		t.Hash = slotHash
	} else {
		t.Hash = o.Hash
	}
	if py, o := pick("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"); py {
		t.RichCompare = slotRichCompare
	} else {
		t.RichCompare = o.RichCompare
	}
	pyGA, oGA := pick("__getattribute__")
	hasGetattr, _ := definesPy(t, "__getattr__")
	if pyGA || hasGetattr {
		t.GetAttr = slotGetAttr
	} else {
		t.GetAttr = oGA.GetAttr
	}
	if py, o := pick("__setattr__", "__delattr__"); py {
		t.SetAttr = slotSetAttr
	} else {
		t.SetAttr = o.SetAttr
	}
	if py, o := pick("__call__"); py {
		t.Call = func(fn Value, args []Value, kwnames []string) (Value, error) {
			m := fn.Type().Lookup("__call__")
			bound, err := bindDescr(m, fn, fn.Type())
			if err != nil {
				return Value{}, err
			}
			return Call(bound, args, kwnames)
		}
	} else {
		t.Call = o.Call
	}
	if py, o := pick("__bool__"); py {
		t.Bool = slotBool
	} else {
		t.Bool = o.Bool
	}
	if py, o := pick("__len__"); py {
		t.Len = slotLen
	} else {
		t.Len = o.Len
	}
	if py, o := pick("__iter__"); py {
		t.Iter = func(v Value) (Value, error) {
			if m := v.Type().Lookup("__iter__"); m.IsNone() {
				return Value{}, Errorf(TypeErrorType, "'%s' object is not iterable", v.Type().Name)
			}
			return callDunder0(v, "__iter__")
		}
	} else {
		t.Iter = o.Iter
	}
	if py, o := pick("__next__"); py {
		t.Next = slotNext
	} else {
		t.Next = o.Next
	}
	if py, o := pick("__getitem__"); py {
		t.GetItem = func(v, key Value) (Value, error) {
			r, _, err := CallDunder(v, "__getitem__", key)
			return r, err
		}
	} else {
		t.GetItem = o.GetItem
	}
	pySet, oSet := pick("__setitem__")
	pyDel, oDel := pick("__delitem__")
	if pySet || pyDel {
		t.SetItem = func(v, key, val Value) error {
			var err error
			var found bool
			if val.obj == nil {
				_, found, err = CallDunder(v, "__delitem__", key)
				if !found {
					if oDel.SetItem != nil && !pyDel {
						return oDel.SetItem(v, key, val)
					}
					return Errorf(AttributeErrorType, "__delitem__")
				}
			} else {
				_, found, err = CallDunder(v, "__setitem__", key, val)
				if !found {
					if oSet.SetItem != nil && !pySet {
						return oSet.SetItem(v, key, val)
					}
					return Errorf(TypeErrorType, "'%s' object does not support item assignment", v.Type().Name)
				}
			}
			return err
		}
	} else {
		t.SetItem = oSet.SetItem
	}
	if py, o := pick("__contains__"); py {
		t.Contains = func(v, x Value) (bool, error) {
			r, _, err := CallDunder(v, "__contains__", x)
			if err != nil {
				return false, err
			}
			return Truth(r)
		}
	} else {
		t.Contains = o.Contains
	}
	for op := BinaryOpKind(0); op < NumBinaryOps; op++ {
		d := binaryDunders[op]
		if py, o := pick(d[0], d[1]); py {
			t.Binary[op] = slotBinary(op)
		} else {
			t.Binary[op] = o.Binary[op]
		}
		if py, o := pick(d[2]); py {
			name := d[2]
			t.Inplace[op] = func(a, b Value) (Value, error) {
				r, _, err := CallDunder(a, name, b)
				return r, err
			}
		} else {
			t.Inplace[op] = o.Inplace[op]
		}
	}
	unary := func(name string, field *func(Value) (Value, error), get func(*Type) func(Value) (Value, error)) {
		if py, o := pick(name); py {
			*field = func(v Value) (Value, error) { return callDunder0(v, name) }
		} else {
			*field = get(o)
		}
	}
	unary("__neg__", &t.Neg, func(o *Type) func(Value) (Value, error) { return o.Neg })
	unary("__pos__", &t.Pos, func(o *Type) func(Value) (Value, error) { return o.Pos })
	unary("__invert__", &t.Invert, func(o *Type) func(Value) (Value, error) { return o.Invert })
	unary("__abs__", &t.Abs, func(o *Type) func(Value) (Value, error) { return o.Abs })
	unary("__index__", &t.Index, func(o *Type) func(Value) (Value, error) { return o.Index })
	unary("__int__", &t.IntConv, func(o *Type) func(Value) (Value, error) { return o.IntConv })
	unary("__float__", &t.FloatConv, func(o *Type) func(Value) (Value, error) { return o.FloatConv })
	if py, o := pick("__get__"); py {
		t.DescrGet = func(descr, obj Value, typ *Type) (Value, error) {
			if obj.obj == nil {
				obj = None
			}
			var tv Value = None
			if typ != nil {
				tv = ObjectValue(typ)
			}
			r, _, err := CallDunder(descr, "__get__", obj, tv)
			return r, err
		}
	} else {
		t.DescrGet = o.DescrGet
	}
	defer wrapNumSlots(t)
	pySetD, oSetD := pick("__set__", "__delete__")
	if pySetD {
		t.DescrSet = func(descr, obj, val Value) error {
			if val.obj == nil {
				_, found, err := CallDunder(descr, "__delete__", obj)
				if !found {
					return Errorf(AttributeErrorType, "__delete__")
				}
				return err
			}
			_, found, err := CallDunder(descr, "__set__", obj, val)
			if !found {
				return Errorf(AttributeErrorType, "__set__")
			}
			return err
		}
	} else {
		t.DescrSet = oSetD.DescrSet
	}
}

func callDunder0(v Value, name string) (Value, error) {
	r, _, err := CallDunder(v, name)
	return r, err
}

func slotNew(t *Type, args []Value, kwnames []string) (Value, error) {
	m := t.Lookup("__new__")
	f, err := bindDescr(m, Value{}, t)
	if err != nil {
		return Value{}, err
	}
	full := make([]Value, len(args)+1)
	full[0] = ObjectValue(t)
	copy(full[1:], args)
	return Call(f, full, kwnames)
}

func slotInit(self Value, args []Value, kwnames []string) error {
	m := self.Type().Lookup("__init__")
	var r Value
	var err error
	if _, ok := m.obj.(*Function); ok {
		full := make([]Value, len(args)+1)
		full[0] = self
		copy(full[1:], args)
		r, err = Call(m, full, kwnames)
	} else {
		var bound Value
		bound, err = bindDescr(m, self, self.Type())
		if err != nil {
			return err
		}
		r, err = Call(bound, args, kwnames)
	}
	if err != nil {
		return err
	}
	if !r.IsNone() {
		return Errorf(TypeErrorType, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return nil
}

func slotHash(v Value) (int64, error) {
	r, _, err := CallDunder(v, "__hash__")
	if err != nil {
		return 0, err
	}
	if !IsIntLike(r) {
		return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
	}
	if r.IsInt() || r.IsBool() {
		h := r.AsInt()
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	b, _ := AsBig(r)
	return hashBig(b), nil
}

func slotRichCompare(a, b Value, op CompareOp) (Value, error) {
	m, owner := lookupOwner(a.Type(), compareDunders[op])
	if m.obj == nil {
		return NotImplemented, nil
	}
	if !owner.IsHeap() && owner.RichCompare != nil {
		return owner.RichCompare(a, b, op)
	}
	if m.IsNone() {
		return NotImplemented, nil
	}
	r, _, err := CallDunder(a, compareDunders[op], b)
	return r, err
}

func slotGetAttr(v Value, name string) (Value, error) {
	t := v.Type()
	m, owner := lookupOwner(t, "__getattribute__")
	var r Value
	var err error
	if m.obj != nil && owner.IsHeap() {
		r, _, err = CallDunder(v, "__getattribute__", StrValue(name))
	} else {
		fb := firstBuiltin(t)
		if fb.GetAttr != nil {
			r, err = fb.GetAttr(v, name)
		} else {
			r, err = GenericGetAttr(v, name)
		}
	}
	if err != nil && IsInstanceError(err, AttributeErrorType) {
		if ga := t.Lookup("__getattr__"); ga.obj != nil {
			r, _, err = CallDunder(v, "__getattr__", StrValue(name))
		}
	}
	return r, err
}

func slotSetAttr(v Value, name string, val Value) error {
	var err error
	var found bool
	if val.obj == nil {
		m, owner := lookupOwner(v.Type(), "__delattr__")
		if m.obj != nil && owner.IsHeap() {
			_, found, err = CallDunder(v, "__delattr__", StrValue(name))
			if found {
				return err
			}
		}
	} else {
		m, owner := lookupOwner(v.Type(), "__setattr__")
		if m.obj != nil && owner.IsHeap() {
			_, found, err = CallDunder(v, "__setattr__", StrValue(name), val)
			if found {
				return err
			}
		}
	}
	fb := firstBuiltin(v.Type())
	if fb.SetAttr != nil {
		return fb.SetAttr(v, name, val)
	}
	return GenericSetAttr(v, name, val)
}

func slotBool(v Value) (bool, error) {
	r, _, err := CallDunder(v, "__bool__")
	if err != nil {
		return false, err
	}
	if !r.IsBool() {
		return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
	}
	return r.AsBool(), nil
}

func slotLen(v Value) (int, error) {
	r, _, err := CallDunder(v, "__len__")
	if err != nil {
		return 0, err
	}
	if !hasIndex(r) {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", r.Type().Name)
	}
	n, err := IndexInt64(r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
	}
	return int(n), nil
}

func slotNext(v Value) (Value, error) {
	r, _, err := CallDunder(v, "__next__")
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
			return Value{}, nil
		}
		return Value{}, err
	}
	return r, nil
}

// slotBinary dispatches a binary operator to __op__/__rop__ like CPython's
// SLOT1BINFULL, including the subclass-first rule.
func slotBinary(op BinaryOpKind) func(a, b Value) (Value, error) {
	name, rname := binaryDunders[op][0], binaryDunders[op][1]
	return func(a, b Value) (Value, error) {
		ta, tb := a.Type(), b.Type()
		aIsUser := ta.Binary[op] != nil && ta.IsHeap() && hasUserBinary(ta, op)
		doOther := ta != tb && tb.IsHeap() && hasUserBinary(tb, op)
		if aIsUser {
			if doOther && tb.IsSubtype(ta) {
				r, found, err := callBinaryDunder(b, rname, a)
				if found && (err != nil || !r.Is(NotImplemented)) {
					return r, err
				}
				doOther = false
			}
			r, found, err := callBinaryDunder(a, name, b)
			if found && (err != nil || !r.Is(NotImplemented)) {
				return r, err
			}
			if !found {
				// A builtin base may implement the operator.
				if fb := firstBuiltin(ta); fb.Binary[op] != nil {
					r, err := fb.Binary[op](a, b)
					if err != nil || !r.Is(NotImplemented) {
						return r, err
					}
				}
			}
		}
		if doOther {
			r, found, err := callBinaryDunder(b, rname, a)
			if found {
				return r, err
			}
			if fb := firstBuiltin(tb); fb.Binary[op] != nil {
				return fb.Binary[op](a, b)
			}
		}
		return NotImplemented, nil
	}
}

func hasUserBinary(t *Type, op BinaryOpKind) bool {
	py, _ := definesPy(t, binaryDunders[op][0], binaryDunders[op][1])
	return py
}

func callBinaryDunder(v Value, name string, arg Value) (Value, bool, error) {
	m, owner := lookupOwner(v.Type(), name)
	if m.obj == nil || !owner.IsHeap() {
		return Value{}, false, nil
	}
	return CallDunder(v, name, arg)
}

// abstractMethods returns the sorted names in __abstractmethods__ joined
// by ", " (empty when instantiable).
func (t *Type) abstractMethods() string {
	if !t.IsHeap() {
		return ""
	}
	if t.abstractChecked == t.version+1 {
		return t.abstractNames
	}
	t.abstractNames = t.abstractMethodsSlow()
	t.abstractChecked = t.version + 1
	return t.abstractNames
}

func (t *Type) abstractMethodsSlow() string {
	v, ok := t.Dict.GetStr("__abstractmethods__")
	if !ok {
		return ""
	}
	items, err := ToSlice(v)
	if err != nil || len(items) == 0 {
		return ""
	}
	var names []string
	for _, it := range items {
		if s, ok := AsStr(it); ok {
			names = append(names, "'"+s+"'")
		}
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

func abstractPlural(s string) string {
	if strings.Contains(s, ", ") {
		return "s"
	}
	return ""
}

func abstractError(t *Type) error {
	abs := t.abstractMethods()
	return Errorf(TypeErrorType, "Can't instantiate abstract class %s without an implementation for abstract method%s %s", t.Name, abstractPlural(abs), abs)
}
