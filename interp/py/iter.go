// This file defines the builtin iterator types: over slices (tuple), over
// lists (which may grow while iterated), the __getitem__ sequence
// iterator, and callable iterators (iter(f, sentinel)).

package py

// selfIter is the Iter slot of iterators: iter(it) is it.
func selfIter(v Value) (Value, error) { return v, nil }

type sliceIterator struct {
	items []Value
	i     int
	typ   *Type
}

func (it *sliceIterator) Type() *Type { return it.typ }

type listIterator struct {
	l *List
	i int
}

func (it *listIterator) Type() *Type { return ListIteratorType }

type seqIterator struct {
	seq  Value
	i    int64
	done bool
}

func (it *seqIterator) Type() *Type { return SeqIteratorType }

type callableIterator struct {
	fn, sentinel Value
	done         bool
}

func (it *callableIterator) Type() *Type { return CallableIteratorType }

// Iterator types.
var (
	TupleIteratorType    = newBuiltinType("tuple_iterator", ObjectType, 0)
	ListIteratorType     = newBuiltinType("list_iterator", ObjectType, 0)
	SeqIteratorType      = newBuiltinType("iterator", ObjectType, 0)
	CallableIteratorType = newBuiltinType("callable_iterator", ObjectType, 0)
)

// NewSliceIterator returns an iterator over items of the given type name.
func NewSliceIterator(items []Value) Value {
	return ObjectValue(&sliceIterator{items: items, typ: TupleIteratorType})
}

// NewCallableIterator is iter(fn, sentinel).
func NewCallableIterator(fn, sentinel Value) Value {
	return ObjectValue(&callableIterator{fn: fn, sentinel: sentinel})
}

func init() {
	TupleIteratorType.Iter = selfIter
	TupleIteratorType.Next = func(v Value) (Value, error) {
		it := v.obj.(*sliceIterator)
		if it.i >= len(it.items) {
			return Value{}, nil
		}
		x := it.items[it.i]
		it.i++
		return x, nil
	}
	AddMethods(ListIteratorType, []MethodDef{{Name: "__length_hint__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
		it := self.obj.(*listIterator)
		if it.l == nil || it.i >= len(it.l.Items) {
			return Int(0), nil
		}
		return Int(int64(len(it.l.Items) - it.i)), nil
	}}})
	AddMethods(TupleIteratorType, []MethodDef{{Name: "__length_hint__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
		it := self.obj.(*sliceIterator)
		return Int(int64(max(len(it.items)-it.i, 0))), nil
	}}})
	ListIteratorType.Iter = selfIter
	ListIteratorType.Next = func(v Value) (Value, error) {
		it := v.obj.(*listIterator)
		if it.l == nil || it.i >= len(it.l.Items) {
			it.l = nil
			return Value{}, nil
		}
		x := it.l.Items[it.i]
		it.i++
		return x, nil
	}
	SeqIteratorType.Iter = selfIter
	SeqIteratorType.Next = func(v Value) (Value, error) {
		it := v.obj.(*seqIterator)
		if it.done {
			return Value{}, nil
		}
		x, err := GetItem(it.seq, Int(it.i))
		if err != nil {
			if IsInstanceError(err, IndexErrorType) || IsInstanceError(err, StopIterationType) {
				it.done = true
				return Value{}, nil
			}
			return Value{}, err
		}
		it.i++
		return x, nil
	}
	CallableIteratorType.Iter = selfIter
	CallableIteratorType.Next = func(v Value) (Value, error) {
		it := v.obj.(*callableIterator)
		if it.done {
			return Value{}, nil
		}
		x, err := Call(it.fn, nil, nil)
		if err != nil {
			if IsInstanceError(err, StopIterationType) {
				it.done = true
				return Value{}, nil
			}
			return Value{}, err
		}
		eq, err := Equal(x, it.sentinel)
		if err != nil {
			return Value{}, err
		}
		if eq {
			it.done = true
			return Value{}, nil
		}
		return x, nil
	}
}
