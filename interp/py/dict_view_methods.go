package py

import "strings"

// This file defines the dict views returned by keys(), values() and
// items(): live, sized, iterable, with `in`, reversed() and repr; keys
// and items views also compare and combine like sets (&, |, -, ^ return
// sets), as in CPython.

// DictView is a keys, values or items view of a dict.
type DictView struct {
	d    *Dict
	kind DictIterKind
}

// Dict view types.
var (
	DictKeysType   = newBuiltinType("dict_keys", ObjectType, 0)
	DictValuesType = newBuiltinType("dict_values", ObjectType, 0)
	DictItemsType  = newBuiltinType("dict_items", ObjectType, 0)
)

const (
	dictKeysView   = DictIterKeys
	dictValuesView = DictIterValues
	dictItemsView  = DictIterItems
)

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *Type {
	switch v.kind {
	case DictIterValues:
		return DictValuesType
	case DictIterItems:
		return DictItemsType
	}
	return DictKeysType
}

func dictViewMethod(kind DictIterKind) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 0 {
			return Value{}, Errorf(TypeErrorType, "dict.%s() takes no arguments (%d given)",
				[]string{"keys", "values", "items"}[kind], len(args))
		}
		return ObjectValue(&DictView{d: dictSelf(self), kind: kind}), nil
	}
}

func viewSelf(v Value) *DictView { return v.obj.(*DictView) }

func dictViewRepr(v Value) (Value, error) {
	dv := viewSelf(v)
	if !ReprEnter(v) {
		return StrValue("..."), nil
	}
	defer ReprLeave(v)
	var b strings.Builder
	b.WriteString(v.Type().Name)
	b.WriteString("([")
	first := true
	err := dv.d.Items(func(k, val Value) error {
		if !first {
			b.WriteString(", ")
		}
		first = false
		var item Value
		switch dv.kind {
		case DictIterKeys:
			item = k
		case DictIterValues:
			item = val
		default:
			item = NewTuple(k, val)
		}
		r, err := ReprString(item)
		if err != nil {
			return err
		}
		b.WriteString(r)
		return nil
	})
	if err != nil {
		return Value{}, err
	}
	b.WriteString("])")
	return StrValue(b.String()), nil
}

func dictViewContains(v, x Value) (bool, error) {
	dv := viewSelf(v)
	switch dv.kind {
	case DictIterKeys:
		r, err := dv.d.GetItem(x)
		return r.IsValid(), err
	case DictIterItems:
		t, ok := x.obj.(*Tuple)
		if !ok || len(t.Items) != 2 {
			return false, nil
		}
		r, err := dv.d.GetItem(t.Items[0])
		if err != nil || r.IsNil() {
			return false, err
		}
		return Equal(r, t.Items[1])
	}
	found := false
	err := dv.d.Items(func(k, val Value) error {
		eq, err := Equal(val, x)
		if err != nil {
			return err
		}
		if eq {
			found = true
			return errStopEach
		}
		return nil
	})
	if err == errStopEach {
		err = nil
	}
	return found, err
}

// viewAsSet builds a set from a view or any iterable operand.
func viewAsSet(v Value) (*Set, error) {
	return setFromIterable(SetType, false, v)
}

// isSetLike reports operands the keys/items views combine with.
func isSetLike(v Value) bool {
	switch o := v.obj.(type) {
	case *Set:
		return true
	case *DictView:
		return o.kind != DictIterValues
	}
	return false
}

func dictViewBinary(op func(*Set, Value) (*Set, error)) func(a, b Value) (Value, error) {
	return func(a, b Value) (Value, error) {
		// The view may be either operand; the other must be iterable.
		left, right := a, b
		if b.Type().Iter == nil && b.Type().GetItem == nil {
			return NotImplemented, nil
		}
		if a.Type().Iter == nil && a.Type().GetItem == nil {
			return NotImplemented, nil
		}
		s, err := viewAsSet(left)
		if err != nil {
			return Value{}, err
		}
		r, err := op(s, right)
		if err != nil {
			return Value{}, err
		}
		return ObjectValue(r), nil
	}
}

func dictViewCompare(a, b Value, op CompareOp) (Value, error) {
	if !isSetLike(b) {
		return NotImplemented, nil
	}
	x, err := viewAsSet(a)
	if err != nil {
		return Value{}, err
	}
	y, err := viewAsSet(b)
	if err != nil {
		return Value{}, err
	}
	return setCompare(ObjectValue(x), ObjectValue(y), op)
}

func init() {
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		t.Repr = dictViewRepr
		t.Len = func(v Value) (int, error) { return viewSelf(v).d.Len(), nil }
		t.Iter = func(v Value) (Value, error) {
			dv := viewSelf(v)
			return NewDictIterator(dv.d, dv.kind), nil
		}
		t.Contains = dictViewContains
		AddMethods(t, []MethodDef{
			{Name: "__reversed__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
				dv := viewSelf(self)
				return newDictRevIterator(dv.d, dv.kind), nil
			}},
			{Name: "__sizeof__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
				return Int(32), nil
			}},
		})
		AddGetters(t, []Getter{{Name: "mapping", Get: func(self Value) (Value, error) {
			return ObjectValue(&MappingProxy{D: viewSelf(self).d}), nil
		}}})
	}
	for _, t := range []*Type{DictKeysType, DictItemsType} {
		t.RichCompare = dictViewCompare
		t.Binary[OpAnd] = dictViewBinary(setIntersectionOp)
		t.Binary[OpOr] = dictViewBinary(setUnionOp)
		t.Binary[OpSub] = dictViewBinary(setDifferenceOp)
		t.Binary[OpXor] = dictViewBinary(setSymDiffOp)
		AddMethods(t, []MethodDef{{Name: "isdisjoint", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 || len(kw) != 0 {
				return Value{}, argCountError("isdisjoint", 1, len(args), kw)
			}
			disjoint := true
			err := Iterate(args[0], func(x Value) error {
				in, err := dictViewContains(self, x)
				if err != nil {
					return err
				}
				if in {
					disjoint = false
					return errStopEach
				}
				return nil
			})
			if err != nil && err != errStopEach {
				return Value{}, err
			}
			return Bool(disjoint), nil
		}}})
	}
}
