// This file defines tuple and the shared sequence helpers (repr of items,
// lexicographic comparison, repetition).

package py

import "strings"

// Tuple is a Python tuple. Items must not be modified once the tuple is
// visible to Python.
type Tuple struct {
	Items []Value
	typ   *Type
}

// Type returns tuple (or the subclass).
func (t *Tuple) Type() *Type {
	if t.typ != nil {
		return t.typ
	}
	return TupleType
}

var emptyTuple = &Tuple{}

// Tuples of up to four items are allocated with their items in one
// object: half the allocations for the pairs and triples programs make by
// the million (dict keys, enumerate, zip), in the same bytes.
type tuple1 struct {
	Tuple
	a [1]Value
}
type tuple2 struct {
	Tuple
	a [2]Value
}
type tuple3 struct {
	Tuple
	a [3]Value
}
type tuple4 struct {
	Tuple
	a [4]Value
}

// NewTuple returns a tuple Value holding a copy of items (items does not
// escape, so NewTuple(a, b) allocates only the tuple).
func NewTuple(items ...Value) Value {
	switch len(items) {
	case 0:
		return ObjectValue(emptyTuple)
	case 1:
		x := &tuple1{a: [1]Value(items)}
		x.Items = x.a[:]
		return ObjectValue(&x.Tuple)
	case 2:
		x := &tuple2{a: [2]Value(items)}
		x.Items = x.a[:]
		return ObjectValue(&x.Tuple)
	case 3:
		x := &tuple3{a: [3]Value(items)}
		x.Items = x.a[:]
		return ObjectValue(&x.Tuple)
	case 4:
		x := &tuple4{a: [4]Value(items)}
		x.Items = x.a[:]
		return ObjectValue(&x.Tuple)
	}
	return ObjectValue(&Tuple{Items: append([]Value(nil), items...)})
}

// tupleOf returns a tuple Value that owns items (no copy for long ones).
func tupleOf(items []Value) Value {
	if len(items) <= 4 {
		return NewTuple(items...)
	}
	return ObjectValue(&Tuple{Items: items})
}

// NewTupleFrom copies items into a new tuple.
func NewTupleFrom(items []Value) Value { return NewTuple(items...) }

// TupleType is Python's tuple.
var TupleType = newBuiltinType("tuple", ObjectType, FlagBaseType|FlagSequence)

// reprItems writes "open item, item close" with recursion protection.
func reprItems(v Value, items []Value, open, close string) (Value, error) {
	if !reprEnter(v) {
		return StrValue(open + "..." + close), nil
	}
	defer reprLeave(v)
	var b strings.Builder
	b.WriteString(open)
	for i, x := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := ReprString(x)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return StrValue(b.String()), nil
}

func tupleRepr(v Value) (Value, error) {
	items := v.obj.(*Tuple).Items
	if len(items) == 1 {
		s, err := ReprString(items[0])
		if err != nil {
			return Value{}, err
		}
		return StrValue("(" + s + ",)"), nil
	}
	return reprItems(v, items, "(", ")")
}

// compareSeq compares two item slices lexicographically as Python does.
func compareSeq(x, y []Value, op CompareOp) (Value, error) {
	if (op == EQ || op == NE) && len(x) != len(y) {
		return Bool(op == NE), nil
	}
	i := 0
	for ; i < len(x) && i < len(y); i++ {
		if x[i].Is(y[i]) {
			continue
		}
		eq, err := Equal(x[i], y[i])
		if err != nil {
			return Value{}, err
		}
		if !eq {
			break
		}
	}
	if i >= len(x) || i >= len(y) {
		return Bool(compareOrdered(cmpInt(len(x), len(y)), op)), nil
	}
	switch op {
	case EQ:
		return False, nil
	case NE:
		return True, nil
	}
	return Compare(x[i], y[i], op)
}

func cmpInt(a, b int) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func tupleCompare(a, b Value, op CompareOp) (Value, error) {
	ta, ok1 := a.obj.(*Tuple)
	tb, ok2 := b.obj.(*Tuple)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return compareSeq(ta.Items, tb.Items, op)
}

func tupleHash(v Value) (int64, error) {
	// CPython's xxHash-based tuple hash.
	const (
		p1 = 11400714785074694791
		p2 = 14029467366897019727
		p5 = 2870177450012600261
	)
	items := v.obj.(*Tuple).Items
	acc := uint64(p5)
	for _, x := range items {
		h, err := Hash(x)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(items)) ^ (p5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// seqGetItem implements indexing and slicing over an item slice.
func seqGetItem(items []Value, key Value, typeName string, mk func([]Value) Value) (Value, error) {
	if key.IsInt() {
		i := key.AsInt()
		n := int64(len(items))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Value{}, Errorf(IndexErrorType, "%s index out of range", typeName)
		}
		return items[i], nil
	}
	if sl, ok := key.obj.(*Slice); ok {
		start, stop, step, err := sl.Indices(len(items))
		if err != nil {
			return Value{}, err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			return mk(append([]Value(nil), items[start:stop]...)), nil
		}
		n := SliceLen(start, stop, step)
		out := make([]Value, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = items[j]
		}
		return mk(out), nil
	}
	i, err := IndexOf(key, typeName+" indices must be integers or slices, not %s")
	if err != nil {
		return Value{}, err
	}
	return seqGetItem(items, Int(int64(i)), typeName, mk)
}

func tupleGetItem(v, key Value) (Value, error) {
	return seqGetItem(v.obj.(*Tuple).Items, key, "tuple", func(x []Value) Value { return tupleOf(x) })
}

func seqContains(items []Value, x Value) (bool, error) {
	for _, y := range items {
		if x.Is(y) {
			return true, nil
		}
		eq, err := Equal(y, x)
		if err != nil {
			return false, err
		}
		if eq {
			return true, nil
		}
	}
	return false, nil
}

// repeatItems returns items repeated n times, checking the size first.
func repeatItems(items []Value, n Value) ([]Value, error) {
	k, err := IndexInt64(n)
	if err != nil {
		if IsInstanceError(err, OverflowErrorType) {
			return nil, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return nil, err
	}
	if k <= 0 || len(items) == 0 {
		return nil, nil
	}
	if k > maxAlloc/16/int64(len(items)) {
		return nil, Errorf(MemoryErrorType, "")
	}
	out := make([]Value, 0, int(k)*len(items))
	for i := int64(0); i < k; i++ {
		out = append(out, items...)
	}
	return out, nil
}

func tupleNew(t *Type, args []Value, kwnames []string) (Value, error) {
	var it Value
	if err := UnpackArgs("tuple", args, kwnames, "iterable?", &it); err != nil {
		return Value{}, err
	}
	var items []Value
	if it.obj != nil {
		if tu, ok := it.obj.(*Tuple); ok && t == TupleType && tu.typ == nil {
			return it, nil
		}
		var err error
		items, err = ToSlice(it)
		if err != nil {
			return Value{}, err
		}
	}
	if t != TupleType {
		return ObjectValue(&Tuple{Items: items, typ: t}), nil
	}
	return tupleOf(items), nil
}

func init() {
	t := TupleType
	t.New = tupleNew
	t.Repr = tupleRepr
	t.Hash = tupleHash
	t.RichCompare = tupleCompare
	t.Len = func(v Value) (int, error) { return len(v.obj.(*Tuple).Items), nil }
	t.GetItem = tupleGetItem
	t.Contains = func(v, x Value) (bool, error) { return seqContains(v.obj.(*Tuple).Items, x) }
	t.Iter = func(v Value) (Value, error) {
		return ObjectValue(&sliceIterator{items: v.obj.(*Tuple).Items, typ: TupleIteratorType}), nil
	}
	t.Binary[OpAdd] = func(a, b Value) (Value, error) {
		x, ok1 := a.obj.(*Tuple)
		y, ok2 := b.obj.(*Tuple)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		out := make([]Value, 0, len(x.Items)+len(y.Items))
		return tupleOf(append(append(out, x.Items...), y.Items...)), nil
	}
	t.Binary[OpMul] = func(a, b Value) (Value, error) {
		x, ok := a.obj.(*Tuple)
		n := b
		if !ok {
			x, ok = b.obj.(*Tuple)
			n = a
		}
		if !ok || !hasIndex(n) {
			return NotImplemented, nil
		}
		items, err := repeatItems(x.Items, n)
		if err != nil {
			return Value{}, err
		}
		return tupleOf(items), nil
	}
}
