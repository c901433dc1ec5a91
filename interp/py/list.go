// This file defines list: its representation, slots (indexing, slice
// assignment, comparison, concatenation) and the few methods the VM needs.

package py

// List is a Python list.
type List struct {
	Items []Value
	// inst is a list subclass instance's class and __dict__/slots (nil
	// for a plain list): no separate type field keeps List at 32 bytes.
	inst *Instance
}

// Type returns list (or the subclass).
func (l *List) Type() *Type {
	if l.inst != nil {
		return l.inst.typ
	}
	return ListType
}

// InstanceDict returns the __dict__ of a list subclass instance.
func (l *List) InstanceDict() *Dict {
	if l.inst == nil {
		return nil
	}
	return l.inst.Dict
}

// NewList returns a list holding items (the slice is retained).
func NewList(items []Value) *List { return &List{Items: items} }

// ListValue returns a new list Value holding items.
func ListValue(items []Value) Value { return ObjectValue(&List{Items: items}) }

// Append appends x.
func (l *List) Append(x Value) { l.Items = append(l.Items, x) }

// ListType is Python's list.
var ListType = newBuiltinType("list", ObjectType, FlagBaseType|FlagSequence)

func listGetItem(v, key Value) (Value, error) {
	return seqGetItem(v.obj.(*List).Items, key, "list", func(x []Value) Value { return ListValue(x) })
}

func listSetItem(v, key, val Value) error {
	l := v.obj.(*List)
	if sl, ok := key.obj.(*Slice); ok {
		return listSetSlice(l, sl, val)
	}
	i, err := IndexOf(key, "list indices must be integers or slices, not %s")
	if err != nil {
		return err
	}
	n := len(l.Items)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if val.obj == nil {
			return Errorf(IndexErrorType, "list assignment index out of range")
		}
		return Errorf(IndexErrorType, "list assignment index out of range")
	}
	if val.obj == nil {
		copy(l.Items[i:], l.Items[i+1:])
		l.Items[n-1] = Value{}
		l.Items = l.Items[:n-1]
		return nil
	}
	l.Items[i] = val
	return nil
}

func listSetSlice(l *List, sl *Slice, val Value) error {
	start, stop, step, err := sl.Indices(len(l.Items))
	if err != nil {
		return err
	}
	if val.obj == nil { // delete
		if step == 1 {
			if stop > start {
				l.Items = append(l.Items[:start], l.Items[stop:]...)
			}
			return nil
		}
		n := SliceLen(start, stop, step)
		del := make(map[int]bool, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			del[j] = true
		}
		out := l.Items[:0:0]
		for i, x := range l.Items {
			if !del[i] {
				out = append(out, x)
			}
		}
		l.Items = out
		return nil
	}
	var items []Value
	if val.obj == Object(l) {
		items = append([]Value(nil), l.Items...)
	} else {
		items, err = ToSlice(val)
		if err != nil {
			if IsInstanceError(err, TypeErrorType) && val.Type().Iter == nil {
				return Errorf(TypeErrorType, "must assign iterable to extended slice")
			}
			return err
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		if len(items) == stop-start {
			copy(l.Items[start:stop], items)
			return nil
		}
		tail := append([]Value(nil), l.Items[stop:]...)
		l.Items = append(append(l.Items[:start], items...), tail...)
		return nil
	}
	n := SliceLen(start, stop, step)
	if len(items) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.Items[j] = items[i]
	}
	return nil
}

func listCompare(a, b Value, op CompareOp) (Value, error) {
	x, ok1 := a.obj.(*List)
	y, ok2 := b.obj.(*List)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return compareSeq(x.Items, y.Items, op)
}

func listNew(t *Type, args []Value, kwnames []string) (Value, error) {
	l := &List{}
	if t != ListType {
		l.inst = newInstanceData(t)
	}
	return ObjectValue(l), nil
}

func listInit(self Value, args []Value, kwnames []string) error {
	var it Value
	if err := UnpackArgs("list", args, kwnames, "iterable?", &it); err != nil {
		return err
	}
	l := self.obj.(*List)
	l.Items = nil
	if it.obj != nil {
		items, err := ToSlice(it)
		if err != nil {
			return err
		}
		l.Items = items
	}
	return nil
}

func coreListAppend(self Value, args []Value, kwnames []string) (Value, error) {
	if len(args) != 1 || len(kwnames) != 0 {
		return Value{}, argCountError("list.append", 1, len(args), kwnames)
	}
	l := self.obj.(*List)
	l.Items = append(l.Items, args[0])
	return None, nil
}

// ListExtend appends all items of iterable it to l.
func ListExtend(l *List, it Value) error {
	switch o := it.obj.(type) {
	case *List:
		l.Items = append(l.Items, o.Items...)
		return nil
	case *Tuple:
		l.Items = append(l.Items, o.Items...)
		return nil
	case *Range:
		items, err := ToSlice(it)
		if err != nil {
			return err
		}
		l.Items = append(l.Items, items...)
		return nil
	}
	return Iterate(it, func(x Value) error {
		l.Items = append(l.Items, x)
		return nil
	})
}

func init() {
	t := ListType
	t.New = listNew
	t.Init = listInit
	t.Repr = func(v Value) (Value, error) { return reprItems(v, v.obj.(*List).Items, "[", "]") }
	t.RichCompare = listCompare
	t.Len = func(v Value) (int, error) { return len(v.obj.(*List).Items), nil }
	t.GetItem = listGetItem
	t.SetItem = listSetItem
	t.Contains = func(v, x Value) (bool, error) { return seqContains(v.obj.(*List).Items, x) }
	t.Iter = func(v Value) (Value, error) {
		return ObjectValue(&listIterator{l: v.obj.(*List)}), nil
	}
	t.Binary[OpAdd] = func(a, b Value) (Value, error) {
		x, ok1 := a.obj.(*List)
		y, ok2 := b.obj.(*List)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		out := make([]Value, 0, len(x.Items)+len(y.Items))
		return ListValue(append(append(out, x.Items...), y.Items...)), nil
	}
	t.Binary[OpMul] = func(a, b Value) (Value, error) {
		x, ok := a.obj.(*List)
		n := b
		if !ok {
			x, ok = b.obj.(*List)
			n = a
		}
		if !ok || !hasIndex(n) {
			return NotImplemented, nil
		}
		items, err := repeatItems(x.Items, n)
		if err != nil {
			return Value{}, err
		}
		return ListValue(items), nil
	}
	t.Inplace[OpAdd] = func(a, b Value) (Value, error) {
		if err := ListExtend(a.obj.(*List), b); err != nil {
			if IsInstanceError(err, TypeErrorType) && b.Type().Iter == nil && b.Type().GetItem == nil {
				return NotImplemented, nil
			}
			return Value{}, err
		}
		return a, nil
	}
	t.Inplace[OpMul] = func(a, b Value) (Value, error) {
		if !hasIndex(b) {
			return NotImplemented, nil
		}
		l := a.obj.(*List)
		items, err := repeatItems(l.Items, b)
		if err != nil {
			return Value{}, err
		}
		l.Items = items
		return a, nil
	}
	AddMethods(t, []MethodDef{{Name: "append", Fn: coreListAppend}})
}

// simpleBounds normalises a[i:j] bounds that are ints or None.
func simpleBounds(lo, hi Value, n int) (int, int, bool) {
	i, j := 0, n
	if lo.IsInt() {
		i = clampBound(lo.AsInt(), n)
	} else if !lo.IsNone() {
		return 0, 0, false
	}
	if hi.IsInt() {
		j = clampBound(hi.AsInt(), n)
	} else if !hi.IsNone() {
		return 0, 0, false
	}
	if j < i {
		j = i
	}
	return i, j, true
}

func clampBound(x int64, n int) int {
	if x < 0 {
		x += int64(n)
		if x < 0 {
			return 0
		}
	}
	if x > int64(n) {
		return n
	}
	return int(x)
}

// listAssignRange is l[i:j] = val for 0 <= i <= j <= len(l).
func listAssignRange(l *List, i, j int, val Value) error {
	var items []Value
	if o, ok := val.obj.(*List); ok && o != l {
		items = o.Items
	} else if o, ok := val.obj.(*Tuple); ok {
		items = o.Items
	} else {
		var err error
		items, err = ToSlice(val)
		if err != nil {
			if IsInstanceError(err, TypeErrorType) && val.Type().Iter == nil && val.Type().GetItem == nil {
				return Errorf(TypeErrorType, "can only assign an iterable")
			}
			return err
		}
	}
	if len(items) == j-i {
		copy(l.Items[i:j], items)
		return nil
	}
	tail := append([]Value(nil), l.Items[j:]...)
	l.Items = append(append(l.Items[:i], items...), tail...)
	return nil
}
