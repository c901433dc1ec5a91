// This file defines slice objects and the index arithmetic of slicing.

package py

// Slice is a Python slice object; absent parts are None.
type Slice struct {
	Start, Stop, Step Value
}

// Type returns slice.
func (s *Slice) Type() *Type { return SliceType }

// SliceType is Python's slice.
var SliceType = newBuiltinType("slice", ObjectType, 0)

// NewSlice returns a slice Value; zero parts become None.
func NewSlice(start, stop, step Value) Value {
	if start.obj == nil {
		start = None
	}
	if stop.obj == nil {
		stop = None
	}
	if step.obj == nil {
		step = None
	}
	return ObjectValue(&Slice{start, stop, step})
}

func sliceIndex(v Value) (int64, error) {
	if v.IsInt() {
		return v.AsInt(), nil
	}
	if !hasIndex(v) {
		return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	r, err := Index(v)
	if err != nil {
		return 0, err
	}
	if r.IsInt() {
		return r.AsInt(), nil
	}
	b, _ := AsBig(r)
	if b.Sign() < 0 {
		return -1 << 62, nil
	}
	return 1 << 62, nil
}

// Indices returns the normalised start, stop, step for a sequence of
// length n (CPython's PySlice_GetIndicesEx).
func (s *Slice) Indices(n int) (start, stop, step int, err error) {
	st := int64(1)
	if !s.Step.IsNone() {
		st, err = sliceIndex(s.Step)
		if err != nil {
			return
		}
		if st == 0 {
			err = Errorf(ValueErrorType, "slice step cannot be zero")
			return
		}
	}
	ln := int64(n)
	var lo, hi int64
	if st < 0 {
		lo, hi = -1, ln-1
	} else {
		lo, hi = 0, ln
	}
	norm := func(v Value, def int64) (int64, error) {
		if v.IsNone() {
			return def, nil
		}
		x, err := sliceIndex(v)
		if err != nil {
			return 0, err
		}
		if x < 0 {
			x += ln
			if x < lo {
				x = lo
			}
		} else if x > hi {
			x = hi
		}
		return x, nil
	}
	var a, b int64
	if st < 0 {
		a, err = norm(s.Start, hi)
		if err != nil {
			return
		}
		b, err = norm(s.Stop, lo)
	} else {
		a, err = norm(s.Start, lo)
		if err != nil {
			return
		}
		b, err = norm(s.Stop, hi)
	}
	return int(a), int(b), int(st), err
}

// SliceLen returns the number of items selected by normalised indices.
func SliceLen(start, stop, step int) int {
	if step < 0 {
		if stop < start {
			return (start-stop-1)/(-step) + 1
		}
		return 0
	}
	if start < stop {
		return (stop-start-1)/step + 1
	}
	return 0
}

func init() {
	t := SliceType
	t.New = func(_ *Type, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "slice() takes no keyword arguments")
		}
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None), nil
		case 2:
			return NewSlice(args[0], args[1], None), nil
		case 3:
			return NewSlice(args[0], args[1], args[2]), nil
		case 0:
			return Value{}, Errorf(TypeErrorType, "slice expected at least 1 argument, got 0")
		}
		return Value{}, Errorf(TypeErrorType, "slice expected at most 3 arguments, got %d", len(args))
	}
	t.Repr = func(v Value) (Value, error) {
		s := v.obj.(*Slice)
		a, err := ReprString(s.Start)
		if err != nil {
			return Value{}, err
		}
		b, err := ReprString(s.Stop)
		if err != nil {
			return Value{}, err
		}
		c, err := ReprString(s.Step)
		if err != nil {
			return Value{}, err
		}
		return StrValue("slice(" + a + ", " + b + ", " + c + ")"), nil
	}
	t.RichCompare = func(a, b Value, op CompareOp) (Value, error) {
		x, ok1 := a.obj.(*Slice)
		y, ok2 := b.obj.(*Slice)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return compareSeq([]Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step}, op)
	}
	t.GetAttr = func(v Value, name string) (Value, error) {
		s := v.obj.(*Slice)
		switch name {
		case "start":
			return s.Start, nil
		case "stop":
			return s.Stop, nil
		case "step":
			return s.Step, nil
		}
		return GenericGetAttr(v, name)
	}
}

// sliceSeqFast returns obj[start:stop:step] for an exact list or tuple and
// int or None parts with a non-zero step (ok=false otherwise, and nothing
// can fail): the eval loop runs BUILD_SLICE + BINARY_SUBSCR through it
// without allocating the slice object.
func sliceSeqFast(obj, start, stop, step Value) (Value, bool) {
	var items []Value
	isList := false
	switch o := obj.obj.(type) {
	case *List:
		if o.inst != nil {
			return Value{}, false
		}
		items, isList = o.Items, true
	case *Tuple:
		if o.typ != nil {
			return Value{}, false
		}
		items = o.Items
	default:
		return Value{}, false
	}
	for _, v := range [3]Value{start, stop, step} {
		if !v.IsInt() && !v.IsNone() {
			return Value{}, false
		}
	}
	if step.IsInt() && step.AsInt() == 0 {
		return Value{}, false
	}
	sl := Slice{start, stop, step}
	i, j, k, err := sl.Indices(len(items))
	if err != nil {
		return Value{}, false
	}
	n := SliceLen(i, j, k)
	out := make([]Value, n)
	for x, y := 0, i; x < n; x, y = x+1, y+k {
		out[x] = items[y]
	}
	if isList {
		return ListValue(out), true
	}
	return tupleOf(out), true
}

// sliceStrTupleFast returns obj[lo:hi] for an exact str or tuple and int
// or None bounds (ok=false otherwise), without a slice object.
func sliceStrTupleFast(obj, lo, hi Value) (Value, bool) {
	switch o := obj.obj.(type) {
	case *Str:
		if o.typ != nil {
			return Value{}, false
		}
		i, j, ok := simpleBounds(lo, hi, o.Len())
		if !ok {
			return Value{}, false
		}
		if j <= i {
			return StrValue(""), true
		}
		return StrValue(o.Slice(i, j)), true
	case *Tuple:
		if o.typ != nil {
			return Value{}, false
		}
		i, j, ok := simpleBounds(lo, hi, len(o.Items))
		if !ok {
			return Value{}, false
		}
		if i == 0 && j == len(o.Items) {
			return obj, true // CPython returns the tuple itself
		}
		return NewTuple(o.Items[i:j]...), true
	}
	return Value{}, false
}
