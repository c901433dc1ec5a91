package py

import (
	"math"
	"slices"
)

// This file defines the methods of list
// (https://docs.python.org/3.12/library/stdtypes.html#mutable-sequence-types)
// other than append, including sort with the stable merge sort of sort.go.

func init() {
	AddMethods(ListType, []MethodDef{
		{Name: "extend", Fn: list_extend},
		{Name: "insert", Fn: list_insert},
		{Name: "pop", Fn: list_pop},
		{Name: "remove", Fn: list_remove},
		{Name: "index", Fn: list_index},
		{Name: "count", Fn: list_count},
		{Name: "sort", Fn: list_sort},
		{Name: "reverse", Fn: list_reverse},
		{Name: "copy", Fn: list_copy},
		{Name: "clear", Fn: list_clear},
		{Name: "__reversed__", Fn: list___reversed__},
		{Name: "__sizeof__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(40 + 8*cap(self.obj.(*List).Items))), nil
		}},
	})
}

func listSelf(v Value) *List { return v.obj.(*List) }

func list_extend(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("list.extend", 1, len(args), kw)
	}
	if err := ListExtend(listSelf(self), args[0]); err != nil {
		return Value{}, err
	}
	return None, nil
}

func list_insert(self Value, args []Value, kw []string) (Value, error) {
	if len(kw) != 0 {
		return Value{}, NoKwargs("insert", kw)
	}
	if len(args) != 2 {
		return Value{}, Errorf(TypeErrorType, "insert expected 2 arguments, got %d", len(args))
	}
	i64, err := argIndex("insert", args[0])
	if err != nil {
		return Value{}, err
	}
	l := listSelf(self)
	n := int64(len(l.Items))
	if i64 < 0 {
		i64 += n
		if i64 < 0 {
			i64 = 0
		}
	}
	if i64 > n {
		i64 = n
	}
	i := int(i64)
	l.Items = append(l.Items, Value{})
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = args[1]
	return None, nil
}

func list_pop(self Value, args []Value, kw []string) (Value, error) {
	if len(kw) != 0 {
		return Value{}, NoKwargs("pop", kw)
	}
	if len(args) > 1 {
		return Value{}, Errorf(TypeErrorType, "pop expected at most 1 argument, got %d", len(args))
	}
	l := listSelf(self)
	n := len(l.Items)
	i := int64(n - 1)
	if len(args) == 1 {
		var err error
		if i, err = argIndex("pop", args[0]); err != nil {
			return Value{}, err
		}
	}
	if n == 0 {
		return Value{}, Errorf(IndexErrorType, "pop from empty list")
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return Value{}, Errorf(IndexErrorType, "pop index out of range")
	}
	v := l.Items[i]
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[n-1] = Value{}
	l.Items = l.Items[:n-1]
	return v, nil
}

// listFind returns the first index of x in items[start:stop], or -1. The
// list may change during comparisons, so the length is re-read each step.
func listFind(l func() []Value, x Value, start, stop int) (int, error) {
	for i := start; i < stop && i < len(l()); i++ {
		item := l()[i]
		if item.Is(x) {
			return i, nil
		}
		eq, err := Equal(item, x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func list_remove(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("list.remove", 1, len(args), kw)
	}
	l := listSelf(self)
	i, err := listFind(func() []Value { return l.Items }, args[0], 0, len(l.Items))
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		return Value{}, Errorf(ValueErrorType, "list.remove(x): x not in list")
	}
	n := len(l.Items)
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[n-1] = Value{}
	l.Items = l.Items[:n-1]
	return None, nil
}

// seqIndexArgs parses (value, start=0, stop=len) for index methods.
func seqIndexArgs(fname string, args []Value, kw []string, n int) (int, int, error) {
	if len(kw) != 0 {
		return 0, 0, NoKwargs(fname, kw)
	}
	if len(args) < 1 || len(args) > 3 {
		if len(args) < 1 {
			return 0, 0, Errorf(TypeErrorType, "index expected at least 1 argument, got %d", len(args))
		}
		return 0, 0, Errorf(TypeErrorType, "index expected at most 3 arguments, got %d", len(args))
	}
	start, stop := 0, n
	var err error
	if len(args) > 1 {
		if start, err = sliceBound(args[1], 0); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 2 {
		if stop, err = sliceBound(args[2], n); err != nil {
			return 0, 0, err
		}
	}
	start, stop, _ = adjustRange(start, stop, n)
	return start, stop, nil
}

func list_index(self Value, args []Value, kw []string) (Value, error) {
	l := listSelf(self)
	start, stop, err := seqIndexArgs("index", args, kw, len(l.Items))
	if err != nil {
		return Value{}, err
	}
	i, err := listFind(func() []Value { return l.Items }, args[0], start, stop)
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		r, err := ReprString(args[0])
		if err != nil {
			return Value{}, err
		}
		return Value{}, Errorf(ValueErrorType, "%s is not in list", r)
	}
	return Int(int64(i)), nil
}

// seqCount counts items equal to x.
func seqCount(items func() []Value, x Value) (int, error) {
	n := 0
	for i := 0; i < len(items()); i++ {
		item := items()[i]
		if item.Is(x) {
			n++
			continue
		}
		eq, err := Equal(item, x)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
	return n, nil
}

func list_count(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("list.count", 1, len(args), kw)
	}
	l := listSelf(self)
	n, err := seqCount(func() []Value { return l.Items }, args[0])
	if err != nil {
		return Value{}, err
	}
	return Int(int64(n)), nil
}

func list_reverse(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 0 {
		return Value{}, Errorf(TypeErrorType, "list.reverse() takes no arguments (%d given)", len(args))
	}
	items := listSelf(self).Items
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	return None, nil
}

func list_copy(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 0 {
		return Value{}, Errorf(TypeErrorType, "list.copy() takes no arguments (%d given)", len(args))
	}
	return ListValue(append([]Value(nil), listSelf(self).Items...)), nil
}

func list_clear(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 0 {
		return Value{}, Errorf(TypeErrorType, "list.clear() takes no arguments (%d given)", len(args))
	}
	l := listSelf(self)
	clear(l.Items)
	l.Items = l.Items[:0]
	return None, nil
}

func list___reversed__(self Value, args []Value, kw []string) (Value, error) {
	items := listSelf(self).Items
	return ObjectValue(&listRevIterator{l: listSelf(self), i: len(items) - 1}), nil
}

// listRevIterator iterates a list backwards, seeing later changes as
// CPython's list_reverseiterator does.
type listRevIterator struct {
	l *List
	i int
}

// ListRevIteratorType is the type of reversed(list).
var ListRevIteratorType = newBuiltinType("list_reverseiterator", ObjectType, 0)

func (it *listRevIterator) Type() *Type { return ListRevIteratorType }

func init() {
	t := ListRevIteratorType
	t.Iter = func(v Value) (Value, error) { return v, nil }
	t.Next = func(v Value) (Value, error) {
		it := v.obj.(*listRevIterator)
		if it.i >= 0 && it.i < len(it.l.Items) {
			x := it.l.Items[it.i]
			it.i--
			return x, nil
		}
		it.i = -1
		return Value{}, nil
	}
}

// list_sort implements list.sort(*, key=None, reverse=False). The items
// are sorted in a detached slice, so a comparison that mutates the list
// is detected ("list modified during sort") and an exception leaves the
// list a permutation of its items.
func list_sort(self Value, args []Value, kw []string) (Value, error) {
	var key Value
	reverse := false
	if len(args) > len(kw) {
		return Value{}, Errorf(TypeErrorType, "sort() takes no positional arguments")
	}
	if err := UnpackArgs("sort", args, kw, "$key?", &key, "$reverse?", &reverse); err != nil {
		return Value{}, err
	}
	l := listSelf(self)
	items := l.Items
	l.Items = nil
	restore := func() error {
		modified := len(l.Items) != 0
		l.Items = items
		if modified {
			return Errorf(ValueErrorType, "list modified during sort")
		}
		return nil
	}
	if reverse {
		reverseValues(items)
	}
	var err error
	if key.IsValid() && !key.IsNone() {
		err = sortWithKey(items, key)
	} else {
		err = sortValues(items)
	}
	if reverse {
		reverseValues(items)
	}
	if rerr := restore(); err == nil {
		err = rerr
	}
	if err != nil {
		return Value{}, err
	}
	return None, nil
}

func reverseValues(a []Value) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// lessThan is a < b with fast paths for ints, floats and strs.
func lessThan(a, b Value) (bool, error) {
	if a.IsInt() && b.IsInt() {
		return a.AsInt() < b.AsInt(), nil
	}
	if a.IsFloat() && b.IsFloat() {
		return a.AsFloat() < b.AsFloat(), nil
	}
	if sa, ok := a.obj.(*Str); ok {
		if sb, ok := b.obj.(*Str); ok {
			return sa.S < sb.S, nil
		}
	}
	if ta, ok := a.obj.(*Tuple); ok && ta.Type() == TupleType {
		if tb, ok := b.obj.(*Tuple); ok && tb.Type() == TupleType {
			return tupleLess(ta.Items, tb.Items)
		}
	}
	return CompareBool(a, b, LT)
}

// tupleLess is tuple < tuple: the first items that differ decide, else
// the shorter tuple is smaller. Ints, floats and strs skip the generic
// comparison (sorting lists of pairs is common).
func tupleLess(x, y []Value) (bool, error) {
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		a, b := x[i], y[i]
		switch {
		case a.IsInt() && b.IsInt():
			if a.AsInt() != b.AsInt() {
				return a.AsInt() < b.AsInt(), nil
			}
			continue
		case a.IsFloat() && b.IsFloat():
			if a.AsFloat() != b.AsFloat() {
				return a.AsFloat() < b.AsFloat(), nil
			}
			continue
		}
		if sa, ok := a.obj.(*Str); ok {
			if sb, ok := b.obj.(*Str); ok {
				if sa.S != sb.S {
					return sa.S < sb.S, nil
				}
				continue
			}
		}
		if a.Is(b) {
			continue
		}
		eq, err := Equal(a, b)
		if err != nil {
			return false, err
		}
		if !eq {
			return lessThan(a, b)
		}
	}
	return len(x) < len(y), nil
}

// sortValues sorts with a < b. Lists of only ints, only floats (without
// NaN) or only exact strs are sorted on unboxed keys, which gives the
// same order much faster.
func sortValues(items []Value) error {
	if len(items) < 2 {
		return nil
	}
	switch {
	case allValues(items, Value.IsInt):
		keys := make([]int64, len(items))
		for i, v := range items {
			keys[i] = v.AsInt()
		}
		// Equal ints are indistinguishable, so stability does not matter.
		slices.Sort(keys)
		for i, k := range keys {
			items[i] = Int(k)
		}
		return nil
	case allValues(items, func(v Value) bool { return v.IsFloat() && !math.IsNaN(v.AsFloat()) }):
		// 0.0 and -0.0 compare equal but differ: keep this one stable.
		return sortStable(items, func(a, b Value) (bool, error) { return a.AsFloat() < b.AsFloat(), nil })
	case allValues(items, isExactStr):
		return sortStable(items, func(a, b Value) (bool, error) { return a.obj.(*Str).S < b.obj.(*Str).S, nil })
	}
	return sortStable(items, lessThan)
}

func allValues(items []Value, f func(Value) bool) bool {
	for _, v := range items {
		if !f(v) {
			return false
		}
	}
	return true
}

func isExactStr(v Value) bool {
	s, ok := v.obj.(*Str)
	return ok && s.typ == nil
}

// sortWithKey computes every key first (as CPython does) and sorts
// key/item pairs, so the key function runs exactly once per item.
func sortWithKey(items []Value, key Value) error {
	type pair struct{ k, v Value }
	pairs := make([]pair, len(items))
	for i, it := range items {
		k, err := Call(key, []Value{it}, nil)
		if err != nil {
			return err
		}
		pairs[i] = pair{k, it}
	}
	var err error
	keys := make([]Value, len(pairs))
	for i := range pairs {
		keys[i] = pairs[i].k
	}
	switch {
	case allValues(keys, Value.IsInt):
		err = sortStable(pairs, func(x, y pair) (bool, error) { return x.k.AsInt() < y.k.AsInt(), nil })
	case allValues(keys, isExactStr):
		err = sortStable(pairs, func(x, y pair) (bool, error) { return x.k.obj.(*Str).S < y.k.obj.(*Str).S, nil })
	default:
		err = sortStable(pairs, func(x, y pair) (bool, error) { return lessThan(x.k, y.k) })
	}
	for i := range pairs {
		items[i] = pairs[i].v
	}
	return err
}
