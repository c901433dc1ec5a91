package py

// This file defines the methods and operators of set and frozenset.

func init() {
	common := []MethodDef{
		{Name: "copy", Fn: set_copy},
		{Name: "union", Fn: set_union},
		{Name: "intersection", Fn: set_intersection},
		{Name: "difference", Fn: set_difference},
		{Name: "symmetric_difference", Fn: set_symmetric_difference},
		{Name: "isdisjoint", Fn: set_isdisjoint},
		{Name: "issubset", Fn: set_issubset},
		{Name: "issuperset", Fn: set_issuperset},
		{Name: "__reduce__", Fn: set___reduce__},
		{Name: "__sizeof__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(200 + 16*len(self.obj.(*Set).table))), nil
		}},
	}
	AddMethods(FrozenSetType, common)
	AddMethods(SetType, common)
	AddMethods(SetType, []MethodDef{
		{Name: "add", Fn: set_add},
		{Name: "discard", Fn: set_discard},
		{Name: "remove", Fn: set_remove},
		{Name: "pop", Fn: set_pop},
		{Name: "clear", Fn: set_clear},
		{Name: "update", Fn: set_update},
		{Name: "intersection_update", Fn: set_intersection_update},
		{Name: "difference_update", Fn: set_difference_update},
		{Name: "symmetric_difference_update", Fn: set_symmetric_difference_update},
	})
	for _, t := range []*Type{SetType, FrozenSetType} {
		t.Binary[OpOr] = setBinary(setUnionOp)
		t.Binary[OpAnd] = setBinary(setIntersectionOp)
		t.Binary[OpSub] = setBinary(setDifferenceOp)
		t.Binary[OpXor] = setBinary(setSymDiffOp)
	}
	SetType.Inplace[OpOr] = setInplace(func(s *Set, o Value) error { return s.update(o) })
	SetType.Inplace[OpAnd] = setInplace(setIntersectionUpdate)
	SetType.Inplace[OpSub] = setInplace(setDifferenceUpdate)
	SetType.Inplace[OpXor] = setInplace(setSymDiffUpdate)
}

func setSelf(v Value) *Set { return v.obj.(*Set) }

// newSetLike returns an empty set of the same kind (set or frozenset) as
// s; subclasses produce the base type, as in CPython.
func newSetLike(s *Set) *Set { return &Set{frozen: s.frozen} }

// setCopyOf returns a copy of s of its base kind.
func setCopyOf(s *Set) *Set {
	c := newSetLike(s)
	c.merge(s)
	return c
}

// asSet returns other as a *Set, building a temporary one from an
// iterable.
func asSet(other Value) (*Set, error) {
	if o, ok := other.obj.(*Set); ok {
		return o, nil
	}
	return setFromIterable(SetType, false, other)
}

func setValue(s *Set) Value {
	if s.frozen && s.used == 0 && s.typ == nil {
		return ObjectValue(emptyFrozenSet)
	}
	return ObjectValue(s)
}

func set_copy(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 0 {
		return Value{}, Errorf(TypeErrorType, "%s.copy() takes no arguments (%d given)", self.Type().Name, len(args))
	}
	s := setSelf(self)
	if s.frozen && s.typ == nil {
		return self, nil
	}
	return setValue(setCopyOf(s)), nil
}

func setUnionOp(s *Set, o Value) (*Set, error) {
	r := setCopyOf(s)
	return r, r.update(o)
}

func setIntersectionOp(s *Set, other Value) (*Set, error) {
	r := newSetLike(s)
	o, isSet := other.obj.(*Set)
	if isSet {
		a, b := s, o
		if a.used > b.used {
			a, b = b, a
		}
		err := a.each(func(k Value, h int64) error {
			i, err := b.lookup(k, h)
			if err != nil || i < 0 {
				return err
			}
			return r.addHashed(k, h)
		})
		return r, err
	}
	err := Iterate(other, func(k Value) error {
		h, err := setHash(k)
		if err != nil {
			return err
		}
		i, err := s.lookup(k, h)
		if err != nil || i < 0 {
			return err
		}
		return r.addHashed(k, h)
	})
	return r, err
}

func setDifferenceOp(s *Set, other Value) (*Set, error) {
	o, err := asSet(other)
	if err != nil {
		return nil, err
	}
	if s.used>>2 > o.used {
		r := setCopyOf(s)
		return r, o.each(func(k Value, h int64) error { _, err := r.discard(k); return err })
	}
	r := newSetLike(s)
	err = s.each(func(k Value, h int64) error {
		i, err := o.lookup(k, h)
		if err != nil || i >= 0 {
			return err
		}
		return r.addHashed(k, h)
	})
	return r, err
}

func setSymDiffOp(s *Set, other Value) (*Set, error) {
	o, err := setFromIterable(SetType, s.frozen, other)
	if err != nil {
		return nil, err
	}
	if err := setSymDiffUpdate(o, ObjectValue(s)); err != nil {
		return nil, err
	}
	return o, nil
}

func setIntersectionUpdate(s *Set, other Value) error {
	r, err := setIntersectionOp(s, other)
	if err != nil {
		return err
	}
	s.table, s.fill, s.used = r.table, r.fill, r.used
	return nil
}

func setDifferenceUpdate(s *Set, other Value) error {
	if other.obj == s {
		s.clear()
		return nil
	}
	return Iterate(other, func(k Value) error { _, err := s.discard(k); return err })
}

func setSymDiffUpdate(s *Set, other Value) error {
	o, err := asSet(other)
	if err != nil {
		return err
	}
	if o == s {
		s.clear()
		return nil
	}
	return o.each(func(k Value, h int64) error {
		i, err := s.lookup(k, h)
		if err != nil {
			return err
		}
		if i >= 0 {
			s.table[i] = mkSetEntry(ObjectValue(setDummyObj), -1)
			s.used--
			return nil
		}
		return s.addHashed(k, h)
	})
}

// setMulti applies op over several iterables for union/intersection/...
func setMulti(name string, op func(*Set, Value) (*Set, error)) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoKwargs(self.Type().Name+"."+name, kw); err != nil {
			return Value{}, err
		}
		r := setSelf(self)
		if len(args) == 0 {
			return setValue(setCopyOf(r)), nil
		}
		for _, a := range args {
			var err error
			if r, err = op(r, a); err != nil {
				return Value{}, err
			}
		}
		return setValue(r), nil
	}
}

var (
	set_union                = setMulti("union", setUnionOp)
	set_intersection         = setMulti("intersection", setIntersectionOp)
	set_difference           = setMulti("difference", setDifferenceOp)
	set_symmetric_difference = func(self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Value{}, argCountError(self.Type().Name+".symmetric_difference", 1, len(args), kw)
		}
		r, err := setSymDiffOp(setSelf(self), args[0])
		if err != nil {
			return Value{}, err
		}
		return setValue(r), nil
	}
)

func set_isdisjoint(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError(self.Type().Name+".isdisjoint", 1, len(args), kw)
	}
	s := setSelf(self)
	disjoint := true
	err := Iterate(args[0], func(k Value) error {
		ok, err := s.Contains(k)
		if err != nil {
			return err
		}
		if ok {
			disjoint = false
			return errStopEach
		}
		return nil
	})
	if err != nil && err != errStopEach {
		return Value{}, err
	}
	return Bool(disjoint), nil
}

func set_issubset(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError(self.Type().Name+".issubset", 1, len(args), kw)
	}
	o, err := asSet(args[0])
	if err != nil {
		return Value{}, err
	}
	r, err := setSubset(setSelf(self), o)
	if err != nil {
		return Value{}, err
	}
	return Bool(r), nil
}

func set_issuperset(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError(self.Type().Name+".issuperset", 1, len(args), kw)
	}
	o, err := asSet(args[0])
	if err != nil {
		return Value{}, err
	}
	r, err := setSubset(o, setSelf(self))
	if err != nil {
		return Value{}, err
	}
	return Bool(r), nil
}

func set___reduce__(self Value, args []Value, kw []string) (Value, error) {
	items := ListValue(setSelf(self).items())
	var d Value = None
	if dd := setSelf(self).InstanceDict(); dd != nil {
		d = ObjectValue(dd)
	}
	return NewTuple(ObjectValue(self.Type()), NewTuple(items), d), nil
}

func set_add(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("set.add", 1, len(args), kw)
	}
	return None, setSelf(self).Add(args[0])
}

func set_discard(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("set.discard", 1, len(args), kw)
	}
	_, err := setSelf(self).discard(args[0])
	if err != nil {
		return Value{}, err
	}
	return None, nil
}

func set_remove(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("set.remove", 1, len(args), kw)
	}
	found, err := setSelf(self).discard(args[0])
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, NewException(KeyErrorType, args[0])
	}
	return None, nil
}

// set_pop removes the element CPython would: scanning from a finger
// left after the previous pop.
func set_pop(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 0 {
		return Value{}, Errorf(TypeErrorType, "set.pop() takes no arguments (%d given)", len(args))
	}
	s := setSelf(self)
	if s.used == 0 {
		return Value{}, Errorf(KeyErrorType, "pop from an empty set")
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].key.obj == nil || s.table[i].key.obj == setDummyObj {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].keyValue()
	s.table[i] = mkSetEntry(ObjectValue(setDummyObj), -1)
	s.used--
	s.finger = i + 1
	return k, nil
}

func set_clear(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 0 {
		return Value{}, Errorf(TypeErrorType, "set.clear() takes no arguments (%d given)", len(args))
	}
	setSelf(self).clear()
	return None, nil
}

func set_update(self Value, args []Value, kw []string) (Value, error) {
	if err := NoKwargs("set.update", kw); err != nil {
		return Value{}, err
	}
	s := setSelf(self)
	for _, a := range args {
		if err := s.update(a); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

func setUpdateMethod(name string, f func(*Set, Value) error) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := NoKwargs("set."+name, kw); err != nil {
			return Value{}, err
		}
		s := setSelf(self)
		for _, a := range args {
			if err := f(s, a); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	}
}

var (
	set_intersection_update         = setUpdateMethod("intersection_update", setIntersectionUpdate)
	set_difference_update           = setUpdateMethod("difference_update", setDifferenceUpdate)
	set_symmetric_difference_update = func(self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Value{}, argCountError("set.symmetric_difference_update", 1, len(args), kw)
		}
		return None, setSymDiffUpdate(setSelf(self), args[0])
	}
)

// setBinary wraps an operator: both operands must be sets or frozensets;
// the result has the left operand's kind.
func setBinary(op func(*Set, Value) (*Set, error)) func(a, b Value) (Value, error) {
	return func(a, b Value) (Value, error) {
		x, ok1 := isSetValue(a)
		_, ok2 := isSetValue(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		r, err := op(x, b)
		if err != nil {
			return Value{}, err
		}
		return setValue(r), nil
	}
}

func setInplace(f func(*Set, Value) error) func(a, b Value) (Value, error) {
	return func(a, b Value) (Value, error) {
		x, ok1 := isSetValue(a)
		_, ok2 := isSetValue(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		if err := f(x, b); err != nil {
			return Value{}, err
		}
		return a, nil
	}
}
