// This file implements BaseExceptionGroup/ExceptionGroup: construction
// checks, str, and split/subgroup/derive used by except*.

package py

import "fmt"

func excGroupNew(t *Type, e *Exception, pos []Value) (Value, error) {
	if len(pos) != 2 {
		return Value{}, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(pos))
	}
	if _, ok := pos[0].obj.(*Str); !ok {
		return Value{}, Errorf(TypeErrorType, "argument 1 must be str, not %s", pos[0].Type().Name)
	}
	st := pos[1].Type()
	if st.GetItem == nil || st.IsSubtype(DictType) || st.IsSubtype(SetTypeOrNil()) {
		return Value{}, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	items, err := ToSlice(pos[1])
	if err != nil {
		return Value{}, err
	}
	if len(items) == 0 {
		return Value{}, Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	allExc := true
	for i, it := range items {
		x, ok := it.obj.(*Exception)
		if !ok {
			return Value{}, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !x.typ.IsSubtype(ExceptionType) {
			allExc = false
		}
	}
	if t == BaseExceptionGroupType {
		if allExc {
			t = ExceptionGroupType
		}
	} else if t == ExceptionGroupType || t.IsSubtype(ExceptionType) {
		if !allExc {
			if t == ExceptionGroupType {
				return Value{}, Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
			}
			return Value{}, Errorf(TypeErrorType, "Cannot nest BaseExceptions in '%s'", t.Name)
		}
	}
	e.typ = t
	e.Args = []Value{pos[0], pos[1]}
	e.group = items
	return ObjectValue(e), nil
}

// SetTypeOrNil returns the set type if the library registered it.
func SetTypeOrNil() *Type {
	if v, ok := BuiltinsDict.GetStr("set"); ok {
		if t, ok := v.obj.(*Type); ok {
			return t
		}
	}
	return NoneType
}

func excGroupExceptions(e *Exception) []Value { return e.group }

func excGroupStr(e *Exception) (Value, error) {
	n := len(excGroupExceptions(e))
	msg := ""
	if len(e.Args) > 0 {
		msg, _ = AsStr(e.Args[0])
	}
	s := "s"
	if n == 1 {
		s = ""
	}
	return StrValue(fmt.Sprintf("%s (%d sub-exception%s)", msg, n, s)), nil
}

// egMatcher decides whether a leaf exception matches.
type egMatcher func(e *Exception) (bool, error)

func makeEGMatcher(cond Value) (egMatcher, error) {
	if t, ok := cond.obj.(*Type); ok && t.IsSubtype(BaseExceptionType) {
		return func(e *Exception) (bool, error) { return e.typ.IsSubtype(t), nil }, nil
	}
	if tu, ok := cond.obj.(*Tuple); ok {
		var ts []*Type
		for _, x := range tu.Items {
			t, ok := x.obj.(*Type)
			if !ok || !t.IsSubtype(BaseExceptionType) {
				return nil, Errorf(TypeErrorType, "expected an exception type, a tuple of exception types, or a callable (other than a class)")
			}
			ts = append(ts, t)
		}
		return func(e *Exception) (bool, error) {
			for _, t := range ts {
				if e.typ.IsSubtype(t) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	}
	if Callable(cond) {
		if _, isType := cond.obj.(*Type); !isType {
			return func(e *Exception) (bool, error) {
				r, err := Call(cond, []Value{ObjectValue(e)}, nil)
				if err != nil {
					return false, err
				}
				return Truth(r)
			}, nil
		}
	}
	return nil, Errorf(TypeErrorType, "expected an exception type, a tuple of exception types, or a callable (other than a class)")
}

// ExceptionGroupSplit splits e by match into (match, rest); either may be
// nil.
func ExceptionGroupSplit(e *Exception, match egMatcher) (*Exception, *Exception, error) {
	ok, err := match(e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !e.typ.IsSubtype(BaseExceptionGroupType) {
		return nil, e, nil
	}
	var ms, rs []Value
	for _, x := range excGroupExceptions(e) {
		m, r, err := ExceptionGroupSplit(x.obj.(*Exception), match)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			ms = append(ms, ObjectValue(m))
		}
		if r != nil {
			rs = append(rs, ObjectValue(r))
		}
	}
	mk := func(items []Value) (*Exception, error) {
		if len(items) == 0 {
			return nil, nil
		}
		d, err := CallMethod(ObjectValue(e), "derive", ListValue(items))
		if err != nil {
			return nil, err
		}
		de, ok := d.obj.(*Exception)
		if !ok {
			return nil, Errorf(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
		}
		de.Traceback = e.Traceback
		de.Cause = e.Cause
		de.Context = e.Context
		if n := e.Attr("__notes__"); n.obj != nil {
			de.SetAttrStr("__notes__", n)
		}
		return de, nil
	}
	m, err := mk(ms)
	if err != nil {
		return nil, nil, err
	}
	r, err := mk(rs)
	if err != nil {
		return nil, nil, err
	}
	return m, r, nil
}

func init() {
	t := BaseExceptionGroupType
	t.New = excNew
	AddGetters(t, []Getter{
		{Name: "message", Get: func(self Value) (Value, error) {
			e := self.obj.(*Exception)
			if len(e.Args) > 0 {
				return e.Args[0], nil
			}
			return StrValue(""), nil
		}},
		{Name: "exceptions", Get: func(self Value) (Value, error) {
			return tupleOf(excGroupExceptions(self.obj.(*Exception))), nil
		}},
	})
	AddMethods(t, []MethodDef{
		{Name: "derive", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, argCountError("derive", 1, len(args), kwnames)
			}
			e := self.obj.(*Exception)
			return Call(ObjectValue(BaseExceptionGroupType), []Value{e.Args[0], args[0]}, nil)
		}},
		{Name: "split", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, argCountError("split", 1, len(args), kwnames)
			}
			m, err := makeEGMatcher(args[0])
			if err != nil {
				return Value{}, err
			}
			a, b, err := ExceptionGroupSplit(self.obj.(*Exception), m)
			if err != nil {
				return Value{}, err
			}
			return NewTuple(excOrNone(a), excOrNone(b)), nil
		}},
		{Name: "subgroup", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, argCountError("subgroup", 1, len(args), kwnames)
			}
			m, err := makeEGMatcher(args[0])
			if err != nil {
				return Value{}, err
			}
			a, _, err := ExceptionGroupSplit(self.obj.(*Exception), m)
			if err != nil {
				return Value{}, err
			}
			return excOrNone(a), nil
		}},
	})
}

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return ObjectValue(e)
}
