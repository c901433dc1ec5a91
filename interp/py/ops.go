// This file defines the generic operations every part of the interpreter
// uses: Repr, StrOf, Hash, Equal, Compare, BinaryOp, InplaceOp, unary ops,
// GetAttr/SetAttr, Call, iteration, Len, GetItem/SetItem, Contains, Truth
// and integer conversion helpers. They dispatch through the type slots.

package py

import (
	"math"
	"reflect"
)

// Repr returns repr(v) as a str Value.
func Repr(v Value) (Value, error) {
	t := v.Type()
	if t.Repr == nil {
		return objectRepr(v)
	}
	if err := enterGo(); err != nil {
		return Value{}, err
	}
	r, err := t.Repr(v)
	leaveGo()
	if err != nil {
		return Value{}, err
	}
	if _, ok := r.obj.(*Str); !ok {
		return Value{}, Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return r, nil
}

// ReprString returns repr(v) as a Go string.
func ReprString(v Value) (string, error) {
	switch {
	case v.IsInt():
		return formatInt(v.AsInt()), nil
	case v.IsNone():
		return "None", nil
	case v.IsBool():
		if v.AsBool() {
			return "True", nil
		}
		return "False", nil
	}
	r, err := Repr(v)
	if err != nil {
		return "", err
	}
	return r.obj.(*Str).S, nil
}

// StrOf returns str(v) as a str Value.
func StrOf(v Value) (Value, error) {
	if s, ok := v.obj.(*Str); ok && s.typ == nil {
		return v, nil
	}
	t := v.Type()
	if t.Str == nil {
		return Repr(v)
	}
	if err := enterGo(); err != nil {
		return Value{}, err
	}
	r, err := t.Str(v)
	leaveGo()
	if err != nil {
		return Value{}, err
	}
	if _, ok := r.obj.(*Str); !ok {
		return Value{}, Errorf(TypeErrorType, "__str__ returned non-string (type %s)", r.Type().Name)
	}
	return r, nil
}

// StrString returns str(v) as a Go string.
func StrString(v Value) (string, error) {
	if v.IsInt() {
		return formatInt(v.AsInt()), nil
	}
	r, err := StrOf(v)
	if err != nil {
		return "", err
	}
	return r.obj.(*Str).S, nil
}

// Hash returns hash(v).
func Hash(v Value) (int64, error) {
	switch o := v.obj.(type) {
	case *kindMarker:
		switch o {
		case intKind:
			return hashInt64(int64(v.bits)), nil
		case boolKind:
			return int64(v.bits), nil
		case floatKind:
			return hashFloat(v.AsFloat()), nil
		}
		return 0xFCA86420, nil
	case *Str:
		if o.typ == nil {
			return o.hash(), nil
		}
	}
	t := v.Type()
	if t.Hash == nil {
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", t.Name)
	}
	return t.Hash(v)
}

// Equal reports a == b (with Python truth of the result).
func Equal(a, b Value) (bool, error) {
	if a.obj == b.obj {
		switch a.obj {
		case Object(intKind), Object(boolKind):
			return a.bits == b.bits, nil
		case Object(floatKind):
			return a.AsFloat() == b.AsFloat(), nil
		}
		if _, ok := a.obj.(*Str); ok {
			return true, nil
		}
	}
	if sa, ok := a.obj.(*Str); ok {
		if sb, ok := b.obj.(*Str); ok && sa.typ == nil && sb.typ == nil {
			return sa.S == sb.S, nil
		}
	}
	r, err := Compare(a, b, EQ)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.AsBool(), nil
	}
	return Truth(r)
}

// Compare returns the result of a <op> b (usually a bool, but rich
// comparisons may return anything).
func Compare(a, b Value, op CompareOp) (Value, error) {
	if a.IsInt() && b.IsInt() {
		x, y := a.AsInt(), b.AsInt()
		c := 0
		if x < y {
			c = -1
		} else if x > y {
			c = 1
		}
		return Bool(compareOrdered(c, op)), nil
	}
	if a.IsFloat() && b.IsFloat() {
		return Bool(compareFloats(a.AsFloat(), b.AsFloat(), op)), nil
	}
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.RichCompare != nil && tb.IsSubtype(ta) {
		checkedReverse = true
		r, err := callCompare(tb, b, a, compareSwapped[op])
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	if ta.RichCompare != nil {
		r, err := callCompare(ta, a, b, op)
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	if !checkedReverse && tb.RichCompare != nil {
		r, err := callCompare(tb, b, a, compareSwapped[op])
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	switch op {
	case EQ:
		return Bool(a.Is(b)), nil
	case NE:
		return Bool(!a.Is(b)), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
}

func callCompare(t *Type, a, b Value, op CompareOp) (Value, error) {
	if err := enterGo(); err != nil {
		return Value{}, err
	}
	r, err := t.RichCompare(a, b, op)
	leaveGo()
	return r, err
}

func compareFloats(x, y float64, op CompareOp) bool {
	switch op {
	case LT:
		return x < y
	case LE:
		return x <= y
	case EQ:
		return x == y
	case NE:
		return x != y
	case GT:
		return x > y
	}
	return x >= y
}

// CompareBool is Compare followed by Truth.
func CompareBool(a, b Value, op CompareOp) (bool, error) {
	r, err := Compare(a, b, op)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.AsBool(), nil
	}
	return Truth(r)
}

func funcID(f any) uintptr { return reflect.ValueOf(f).Pointer() }

// BinaryOp returns a <op> b with CPython's operand dispatch: the right
// operand's slot goes first when its type is a proper subclass of the left
// one's, NotImplemented falls through to the other operand, and a TypeError
// names both types.
func BinaryOp(op BinaryOpKind, a, b Value) (Value, error) {
	if a.IsInt() && b.IsInt() {
		if r, ok := intFastBinary(op, a.AsInt(), b.AsInt()); ok {
			return r, nil
		}
	} else if a.IsFloat() && b.IsFloat() {
		if r, ok := floatFastBinary(op, a.AsFloat(), b.AsFloat()); ok {
			return r, nil
		}
	}
	r, err := binaryOp1(op, a, b)
	if err != nil || !r.Is(NotImplemented) {
		return r, err
	}
	return Value{}, binaryTypeError(op, a, b, "")
}

func binaryOp1(op BinaryOpKind, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	slota := ta.Binary[op]
	var slotb func(a, b Value) (Value, error)
	if ta != tb {
		slotb = tb.Binary[op]
		if slotb != nil && slota != nil && funcID(slota) == funcID(slotb) && !ta.IsHeap() && !tb.IsHeap() {
			slotb = nil
		}
	}
	if slota != nil {
		if slotb != nil && tb.IsSubtype(ta) {
			r, err := slotb(a, b)
			if err != nil || !r.Is(NotImplemented) {
				return r, err
			}
			slotb = nil
		}
		r, err := slota(a, b)
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	if slotb != nil {
		return slotb(a, b)
	}
	return NotImplemented, nil
}

func binaryTypeError(op BinaryOpKind, a, b Value, suffix string) error {
	ta, tb := a.Type(), b.Type()
	if suffix == "" {
		if op == OpAdd && ta.Flags&FlagSequence != 0 && tb.Flags&FlagSequence == 0 || op == OpAdd && ta.Flags&FlagSequence != 0 && ta != tb && !ta.IsSubtype(tb) && !tb.IsSubtype(ta) {
			return Errorf(TypeErrorType, "can only concatenate %s (not \"%s\") to %s", ta.Name, tb.Name, ta.Name)
		}
		if op == OpMul {
			if ta.Flags&FlagSequence != 0 && !hasIndex(b) {
				return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", tb.Name)
			}
			if tb.Flags&FlagSequence != 0 && !hasIndex(a) {
				return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", ta.Name)
			}
		}
	}
	sym := op.Symbol() + suffix
	if op == OpPow && suffix == "" {
		sym = "** or pow()"
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, ta.Name, tb.Name)
}

// InplaceOp returns a <op>= b: the in-place slot if any, else BinaryOp.
func InplaceOp(op BinaryOpKind, a, b Value) (Value, error) {
	if a.IsInt() && b.IsInt() {
		if r, ok := intFastBinary(op, a.AsInt(), b.AsInt()); ok {
			return r, nil
		}
	} else if a.IsFloat() && b.IsFloat() {
		if r, ok := floatFastBinary(op, a.AsFloat(), b.AsFloat()); ok {
			return r, nil
		}
	}
	if f := a.Type().Inplace[op]; f != nil {
		r, err := f(a, b)
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	r, err := binaryOp1(op, a, b)
	if err != nil || !r.Is(NotImplemented) {
		return r, err
	}
	if op == OpAdd && a.Type().Flags&FlagSequence != 0 {
		return Value{}, binaryTypeError(op, a, b, "")
	}
	if op == OpMul && (a.Type().Flags&FlagSequence != 0 || b.Type().Flags&FlagSequence != 0) {
		return Value{}, binaryTypeError(op, a, b, "")
	}
	return Value{}, binaryTypeError(op, a, b, "=")
}

// Neg returns -v.
func Neg(v Value) (Value, error) {
	if v.IsInt() {
		if n := v.AsInt(); n != math.MinInt64 {
			return Int(-n), nil
		}
	}
	if v.IsFloat() {
		return Float(-v.AsFloat()), nil
	}
	if f := v.Type().Neg; f != nil {
		return f(v)
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for unary -: '%s'", v.Type().Name)
}

// Pos returns +v.
func Pos(v Value) (Value, error) {
	if f := v.Type().Pos; f != nil {
		return f(v)
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for unary +: '%s'", v.Type().Name)
}

// Invert returns ~v.
func Invert(v Value) (Value, error) {
	if f := v.Type().Invert; f != nil {
		return f(v)
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for unary ~: '%s'", v.Type().Name)
}

// Abs returns abs(v).
func Abs(v Value) (Value, error) {
	if f := v.Type().Abs; f != nil {
		return f(v)
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", v.Type().Name)
}

// Truth returns bool(v).
func Truth(v Value) (bool, error) {
	switch v.obj {
	case Object(boolKind):
		return v.bits != 0, nil
	case Object(intKind):
		return v.bits != 0, nil
	case Object(noneKind):
		return false, nil
	case Object(floatKind):
		return v.AsFloat() != 0, nil
	}
	t := v.Type()
	if t.Bool != nil {
		return t.Bool(v)
	}
	if t.Len != nil {
		n, err := t.Len(v)
		return n != 0, err
	}
	return true, nil
}

// GetAttr returns v.name.
func GetAttr(v Value, name string) (Value, error) {
	f := v.Type().GetAttr
	if f == nil {
		return GenericGetAttr(v, name)
	}
	return f(v, name)
}

// GetAttrOpt is GetAttr that returns the zero Value (and no error) when
// the attribute is missing (AttributeError).
func GetAttrOpt(v Value, name string) (Value, error) {
	r, err := GetAttr(v, name)
	if err != nil {
		if IsInstanceError(err, AttributeErrorType) {
			return Value{}, nil
		}
		return Value{}, err
	}
	return r, nil
}

// SetAttr sets v.name = val; a zero val deletes the attribute.
func SetAttr(v Value, name string, val Value) error {
	f := v.Type().SetAttr
	if f == nil {
		return GenericSetAttr(v, name, val)
	}
	return f(v, name, val)
}

// Call calls fn with positional args followed by keyword values named by
// kwnames. args is borrowed.
func Call(fn Value, args []Value, kwnames []string) (Value, error) {
	t := fn.Type()
	if t.Call == nil {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not callable", t.Name)
	}
	if err := enterGo(); err != nil {
		return Value{}, err
	}
	r, err := t.Call(fn, args, kwnames)
	leaveGo()
	return r, err
}

// CallMethod calls v.name(*args).
func CallMethod(v Value, name string, args ...Value) (Value, error) {
	m, err := GetAttr(v, name)
	if err != nil {
		return Value{}, err
	}
	return Call(m, args, nil)
}

// Callable reports whether v can be called.
func Callable(v Value) bool { return v.Type().Call != nil }

// GetIter returns iter(v).
func GetIter(v Value) (Value, error) {
	t := v.Type()
	if t.Iter != nil {
		it, err := t.Iter(v)
		if err != nil {
			return Value{}, err
		}
		if it.Type().Next == nil {
			return Value{}, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", it.Type().Name)
		}
		return it, nil
	}
	if t.GetItem != nil && t != DictType && !t.IsSubtype(DictType) {
		return ObjectValue(&seqIterator{seq: v}), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object is not iterable", t.Name)
}

// Next advances iterator it; it returns the zero Value when exhausted.
func Next(it Value) (Value, error) {
	f := it.Type().Next
	if f == nil {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an iterator", it.Type().Name)
	}
	return f(it)
}

// Iterate calls f for each item of iterable v, stopping at the first error.
func Iterate(v Value, f func(Value) error) error {
	switch o := v.obj.(type) {
	case *List:
		for i := 0; i < len(o.Items); i++ {
			if err := f(o.Items[i]); err != nil {
				return err
			}
		}
		return nil
	case *Tuple:
		for _, x := range o.Items {
			if err := f(x); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := GetIter(v)
	if err != nil {
		return err
	}
	next := it.Type().Next
	t := current
	for n := 0; ; n++ {
		if n&4095 == 4095 && t != nil && t.Interrupt.Load() {
			return checkInterrupt(t)
		}
		x, err := next(it)
		if err != nil {
			return err
		}
		if x.obj == nil {
			return nil
		}
		if err := f(x); err != nil {
			return err
		}
	}
}

// ToSlice returns the items of iterable v as a fresh slice.
func ToSlice(v Value) ([]Value, error) {
	switch o := v.obj.(type) {
	case *List:
		return append([]Value(nil), o.Items...), nil
	case *Tuple:
		return append([]Value(nil), o.Items...), nil
	case *Range:
		if o.big != nil {
			break // iterated below
		}
		n := o.Len()
		if err := checkSize(n * 24); err != nil {
			return nil, err
		}
		out := make([]Value, n)
		for i := int64(0); i < n; i++ {
			out[i] = Int(o.At(i))
		}
		return out, nil
	}
	var out []Value
	err := Iterate(v, func(x Value) error {
		out = append(out, x)
		return nil
	})
	return out, err
}

// Len returns len(v).
func Len(v Value) (int, error) {
	t := v.Type()
	if t.Len == nil {
		return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", t.Name)
	}
	return t.Len(v)
}

// GetItem returns v[key].
func GetItem(v, key Value) (Value, error) {
	t := v.Type()
	if t.GetItem == nil {
		if vt, ok := v.obj.(*Type); ok {
			if cg := vt.Lookup("__class_getitem__"); cg.obj != nil {
				m, err := bindDescr(cg, Value{}, vt)
				if err != nil {
					return Value{}, err
				}
				return Call(m, []Value{key}, nil)
			}
			if vt == TypeType {
				return ObjectValue(&GenericAlias{Origin: v, Args: key}), nil
			}
			return Value{}, Errorf(TypeErrorType, "type '%s' is not subscriptable", vt.Name)
		}
		return Value{}, Errorf(TypeErrorType, "'%s' object is not subscriptable", t.Name)
	}
	return t.GetItem(v, key)
}

// SetItem sets v[key] = val (a zero val deletes).
func SetItem(v, key, val Value) error {
	t := v.Type()
	if t.SetItem == nil {
		if val.obj == nil {
			return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", t.Name)
		}
		return Errorf(TypeErrorType, "'%s' object does not support item assignment", t.Name)
	}
	return t.SetItem(v, key, val)
}

// DelItem deletes v[key].
func DelItem(v, key Value) error { return SetItem(v, key, Value{}) }

// Contains returns x in v.
func Contains(v, x Value) (bool, error) {
	t := v.Type()
	if t.Contains != nil {
		return t.Contains(v, x)
	}
	if t.Iter == nil && t.GetItem == nil {
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", t.Name)
	}
	found := false
	err := Iterate(v, func(y Value) error {
		if x.Is(y) {
			found = true
			return errStopIteration
		}
		eq, err := Equal(y, x)
		if err != nil {
			return err
		}
		if eq {
			found = true
			return errStopIteration
		}
		return nil
	})
	if err == errStopIteration {
		err = nil
	}
	return found, err
}

// errStopIteration is a private sentinel to stop Iterate early.
var errStopIteration = &Exception{typ: StopIterationType}

// hasIndex reports whether v supports __index__.
func hasIndex(v Value) bool {
	return v.IsInt() || v.IsBool() || v.Type().Index != nil
}

// Index returns operator.index(v) as an int Value.
func Index(v Value) (Value, error) {
	if v.IsInt() {
		return v, nil
	}
	if v.IsBool() {
		return Int(v.AsInt()), nil
	}
	if f := v.Type().Index; f != nil {
		return f(v)
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// IndexInt64 returns v.__index__() as an int64; it raises OverflowError for
// big ints.
func IndexInt64(v Value) (int64, error) {
	r, err := Index(v)
	if err != nil {
		return 0, err
	}
	if r.IsInt() {
		return r.AsInt(), nil
	}
	return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
}

// IndexOf converts a subscript to an int; errFmt (with one %s for the type
// name) is used when v is not an integer.
func IndexOf(v Value, errFmt string) (int, error) {
	if v.IsInt() {
		n := v.AsInt()
		if n > math.MaxInt32*1024 || n < -math.MaxInt32*1024 {
			return int(clampIndex(n)), nil
		}
		return int(n), nil
	}
	if !hasIndex(v) {
		return 0, Errorf(TypeErrorType, errFmt, v.Type().Name)
	}
	r, err := Index(v)
	if err != nil {
		return 0, err
	}
	if !r.IsInt() {
		return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(clampIndex(r.AsInt())), nil
}

func clampIndex(n int64) int64 {
	const lim = 1 << 40
	if n > lim {
		return lim
	}
	if n < -lim {
		return -lim
	}
	return n
}

// TypeName returns the Python type name of v.
func TypeName(v Value) string { return v.Type().Name }

// IsInstance reports isinstance(v, t) for a single type (no __instancecheck__).
func IsInstance(v Value, t *Type) bool { return v.Type().IsSubtype(t) }
