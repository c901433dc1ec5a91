package py

// This file defines the methods of dict
// (https://docs.python.org/3.12/library/stdtypes.html#mapping-types-dict):
// get, setdefault, pop, popitem, update, fromkeys, copy, clear, keys,
// values, items and reversed(dict). The views are in dict_view_methods.go.

func init() {
	AddMethods(DictType, []MethodDef{
		{Name: "get", Fn: dict_get},
		{Name: "setdefault", Fn: dict_setdefault},
		{Name: "pop", Fn: dict_pop},
		{Name: "popitem", Fn: dict_popitem},
		{Name: "update", Fn: dict_update},
		{Name: "fromkeys", Fn: dict_fromkeys, Class: true},
		{Name: "copy", Fn: dict_copy},
		{Name: "clear", Fn: dict_clear},
		{Name: "keys", Fn: dictViewMethod(dictKeysView)},
		{Name: "values", Fn: dictViewMethod(dictValuesView)},
		{Name: "items", Fn: dictViewMethod(dictItemsView)},
		{Name: "__reversed__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return newDictRevIterator(dictSelf(self), DictIterKeys), nil
		}},
		{Name: "__sizeof__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(48 + 24*dictSelf(self).EntryCap())), nil
		}},
	})
}

func dictSelf(v Value) *Dict { return v.obj.(*Dict) }

func dict_get(self Value, args []Value, kw []string) (Value, error) {
	if err := ArgRange("get", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	v, err := dictSelf(self).GetItem(args[0])
	if err != nil {
		return Value{}, err
	}
	if v.IsNil() {
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	}
	return v, nil
}

func dict_setdefault(self Value, args []Value, kw []string) (Value, error) {
	if err := ArgRange("setdefault", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	d := dictSelf(self)
	v, err := d.GetItem(args[0])
	if err != nil {
		return Value{}, err
	}
	if v.IsValid() {
		return v, nil
	}
	def := None
	if len(args) == 2 {
		def = args[1]
	}
	return def, d.SetItem(args[0], def)
}

func dict_pop(self Value, args []Value, kw []string) (Value, error) {
	if err := ArgRange("pop", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	d := dictSelf(self)
	v, err := d.GetItem(args[0])
	if err != nil {
		return Value{}, err
	}
	if v.IsNil() {
		if len(args) == 2 {
			return args[1], nil
		}
		return Value{}, NewException(KeyErrorType, args[0])
	}
	if _, err := d.DelItem(args[0]); err != nil {
		return Value{}, err
	}
	return v, nil
}

func dict_popitem(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 0 {
		return Value{}, Errorf(TypeErrorType, "dict.popitem() takes no arguments (%d given)", len(args))
	}
	k, v, ok := dictSelf(self).PopItem()
	if !ok {
		return Value{}, Errorf(KeyErrorType, "popitem(): dictionary is empty")
	}
	return NewTuple(k, v), nil
}

func dict_update(self Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	if npos > 1 {
		return Value{}, Errorf(TypeErrorType, "update expected at most 1 argument, got %d", npos)
	}
	d := dictSelf(self)
	if npos == 1 {
		if err := DictUpdateFrom(d, args[0]); err != nil {
			return Value{}, err
		}
	}
	for i, k := range kw {
		d.SetStr(k, args[npos+i])
	}
	return None, nil
}

// dict_fromkeys is the classmethod dict.fromkeys(iterable, value=None).
func dict_fromkeys(cls Value, args []Value, kw []string) (Value, error) {
	if err := ArgRange("fromkeys", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	val := None
	if len(args) == 2 {
		val = args[1]
	}
	obj, err := Call(cls, nil, nil)
	if err != nil {
		return Value{}, err
	}
	if d, ok := obj.obj.(*Dict); ok && d.inst == nil {
		err = Iterate(args[0], func(k Value) error { return d.SetItem(k, val) })
	} else {
		err = Iterate(args[0], func(k Value) error { return SetItem(obj, k, val) })
	}
	if err != nil {
		return Value{}, err
	}
	return obj, nil
}

func dict_copy(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 0 {
		return Value{}, Errorf(TypeErrorType, "dict.copy() takes no arguments (%d given)", len(args))
	}
	return ObjectValue(dictSelf(self).Copy()), nil
}

func dict_clear(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 0 {
		return Value{}, Errorf(TypeErrorType, "dict.clear() takes no arguments (%d given)", len(args))
	}
	dictSelf(self).Clear()
	return None, nil
}

// dictRevIterator walks a dict's entries backwards.
type dictRevIterator struct {
	d    *Dict
	i    int
	kind DictIterKind
	size int
}

// Reverse dict iterator types.
var (
	DictRevKeyIteratorType   = newBuiltinType("dict_reversekeyiterator", ObjectType, 0)
	DictRevValueIteratorType = newBuiltinType("dict_reversevalueiterator", ObjectType, 0)
	DictRevItemIteratorType  = newBuiltinType("dict_reverseitemiterator", ObjectType, 0)
)

func (it *dictRevIterator) Type() *Type {
	switch it.kind {
	case DictIterValues:
		return DictRevValueIteratorType
	case DictIterItems:
		return DictRevItemIteratorType
	}
	return DictRevKeyIteratorType
}

func newDictRevIterator(d *Dict, kind DictIterKind) Value {
	return ObjectValue(&dictRevIterator{d: d, i: d.EntryCap() - 1, kind: kind, size: d.Len()})
}

func dictRevNext(v Value) (Value, error) {
	it := v.obj.(*dictRevIterator)
	if it.d == nil {
		return Value{}, nil
	}
	if it.d.Len() != it.size {
		it.d = nil
		return Value{}, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.i >= 0 {
		k, val, ok := it.d.EntryAt(it.i)
		it.i--
		if !ok {
			continue
		}
		switch it.kind {
		case DictIterKeys:
			return k, nil
		case DictIterValues:
			return val, nil
		}
		return NewTuple(k, val), nil
	}
	it.d = nil
	return Value{}, nil
}

func init() {
	for _, t := range []*Type{DictRevKeyIteratorType, DictRevValueIteratorType, DictRevItemIteratorType} {
		t.Iter = selfIter
		t.Next = dictRevNext
	}
}
