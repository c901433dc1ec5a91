// This file defines the dict type's slots (subscription, repr, equality,
// iteration, |) and the dict iterators the library's views build on.

package py

import "strings"

// DictType is Python's dict.
var DictType = newBuiltinType("dict", ObjectType, FlagBaseType)

// DictIterKind selects what a dict iterator yields.
type DictIterKind int

// Dict iterator kinds.
const (
	DictIterKeys DictIterKind = iota
	DictIterValues
	DictIterItems
)

type dictIterator struct {
	d       *Dict
	i       int
	kind    DictIterKind
	version uint64
	size    int
	typ     *Type
}

func (it *dictIterator) Type() *Type { return it.typ }

// Dict iterator types.
var (
	DictKeyIteratorType   = newBuiltinType("dict_keyiterator", ObjectType, 0)
	DictValueIteratorType = newBuiltinType("dict_valueiterator", ObjectType, 0)
	DictItemIteratorType  = newBuiltinType("dict_itemiterator", ObjectType, 0)
)

// NewDictIterator returns an iterator over d's keys, values or items.
func NewDictIterator(d *Dict, kind DictIterKind) Value {
	t := DictKeyIteratorType
	switch kind {
	case DictIterValues:
		t = DictValueIteratorType
	case DictIterItems:
		t = DictItemIteratorType
	}
	return ObjectValue(&dictIterator{d: d, kind: kind, size: d.used, typ: t})
}

func dictIterNext(v Value) (Value, error) {
	it := v.obj.(*dictIterator)
	if it.d == nil {
		return Value{}, nil
	}
	if it.d.used != it.size {
		it.size = -1
		return Value{}, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.i < len(it.d.entries) {
		e := it.d.entries[it.i]
		it.i++
		if e.key.obj == nil {
			continue
		}
		switch it.kind {
		case DictIterKeys:
			return e.keyValue(), nil
		case DictIterValues:
			return e.value, nil
		}
		return NewTuple(e.keyValue(), e.value), nil
	}
	it.d = nil
	return Value{}, nil
}

func dictGetItem(v, key Value) (Value, error) {
	d := v.obj.(*Dict)
	r, err := d.GetItem(key)
	if err != nil {
		return Value{}, err
	}
	if r.obj == nil {
		if d.inst != nil {
			if r, found, err := CallDunder(v, "__missing__", key); found {
				return r, err
			}
		}
		return Value{}, NewException(KeyErrorType, key)
	}
	return r, nil
}

func dictSetItem(v, key, val Value) error {
	d := v.obj.(*Dict)
	if val.obj == nil {
		found, err := d.DelItem(key)
		if err != nil {
			return err
		}
		if !found {
			return NewException(KeyErrorType, key)
		}
		return nil
	}
	return d.SetItem(key, val)
}

func dictRepr(v Value) (Value, error) {
	d := v.obj.(*Dict)
	if d.used == 0 {
		return StrValue("{}"), nil
	}
	if !reprEnter(v) {
		return StrValue("{...}"), nil
	}
	defer reprLeave(v)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	err := d.Items(func(k, x Value) error {
		if !first {
			b.WriteString(", ")
		}
		first = false
		ks, err := ReprString(k)
		if err != nil {
			return err
		}
		xs, err := ReprString(x)
		if err != nil {
			return err
		}
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(xs)
		return nil
	})
	if err != nil {
		return Value{}, err
	}
	b.WriteByte('}')
	return StrValue(b.String()), nil
}

// DictEqual compares two dicts for equality.
func DictEqual(a, b *Dict) (bool, error) {
	if a.used != b.used {
		return false, nil
	}
	for _, e := range a.entries {
		if e.key.obj == nil {
			continue
		}
		i, err := b.lookup(e.keyValue(), e.hash())
		if err != nil {
			return false, err
		}
		if i < 0 {
			return false, nil
		}
		bv := b.entries[i].value
		if e.value.Is(bv) {
			continue
		}
		eq, err := Equal(e.value, bv)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func dictCompare(a, b Value, op CompareOp) (Value, error) {
	x, ok1 := a.obj.(*Dict)
	y, ok2 := b.obj.(*Dict)
	if !ok1 || !ok2 || (op != EQ && op != NE) {
		return NotImplemented, nil
	}
	eq, err := DictEqual(x, y)
	if err != nil {
		return Value{}, err
	}
	return Bool(eq == (op == EQ)), nil
}

// DictUpdateFrom updates d from a mapping or an iterable of pairs, as
// dict.update / dict(x) do.
func DictUpdateFrom(d *Dict, src Value) error {
	if s, ok := src.obj.(*Dict); ok {
		return d.Update(s)
	}
	if keys, err := GetAttrOpt(src, "keys"); err != nil {
		return err
	} else if keys.obj != nil {
		ks, err := Call(keys, nil, nil)
		if err != nil {
			return err
		}
		return Iterate(ks, func(k Value) error {
			v, err := GetItem(src, k)
			if err != nil {
				return err
			}
			return d.SetItem(k, v)
		})
	}
	i := 0
	return Iterate(src, func(item Value) error {
		pair, err := ToSlice(item)
		if err != nil {
			if IsInstanceError(err, TypeErrorType) {
				return Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
		if len(pair) != 2 {
			return Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return d.SetItem(pair[0], pair[1])
	})
}

func dictNew(t *Type, args []Value, kwnames []string) (Value, error) {
	d := NewDict()
	if t != DictType {
		d.inst = newInstanceData(t)
	}
	return ObjectValue(d), nil
}

func dictInit(self Value, args []Value, kwnames []string) error {
	d := self.obj.(*Dict)
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return Errorf(TypeErrorType, "dict expected at most 1 argument, got %d", npos)
	}
	if npos == 1 {
		if err := DictUpdateFrom(d, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		d.SetStr(k, args[npos+i])
	}
	return nil
}

// InstanceDict returns the __dict__ of a dict subclass instance.
func (d *Dict) InstanceDict() *Dict {
	if d.inst == nil {
		return nil
	}
	return d.inst.Dict
}

func init() {
	t := DictType
	t.New = dictNew
	t.Init = dictInit
	t.Repr = dictRepr
	t.RichCompare = dictCompare
	t.Len = func(v Value) (int, error) { return v.obj.(*Dict).used, nil }
	t.GetItem = dictGetItem
	t.SetItem = dictSetItem
	t.Contains = func(v, x Value) (bool, error) {
		r, err := v.obj.(*Dict).GetItem(x)
		return r.obj != nil, err
	}
	t.Iter = func(v Value) (Value, error) { return NewDictIterator(v.obj.(*Dict), DictIterKeys), nil }
	t.Binary[OpOr] = func(a, b Value) (Value, error) {
		x, ok1 := a.obj.(*Dict)
		y, ok2 := b.obj.(*Dict)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		n := x.Copy()
		return ObjectValue(n), n.Update(y)
	}
	t.Inplace[OpOr] = func(a, b Value) (Value, error) {
		if err := DictUpdateFrom(a.obj.(*Dict), b); err != nil {
			return Value{}, err
		}
		return a, nil
	}
	for _, it := range []*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType} {
		it.Iter = selfIter
		it.Next = dictIterNext
	}
}
