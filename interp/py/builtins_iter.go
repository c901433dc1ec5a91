// This file defines the iterator-returning builtins: enumerate, zip, map,
// filter and reversed.

package py

// subclassable is embedded by the iterator builtins a class may derive
// from (class E(enumerate)): a subclass instance's class and __dict__,
// nil for the builtin itself.
type subclassable struct{ inst *Instance }

// typeOr returns the subclass, or base for the builtin itself.
func (s *subclassable) typeOr(base *Type) *Type {
	if s.inst != nil {
		return s.inst.typ
	}
	return base
}

// InstanceDict returns a subclass instance's __dict__.
func (s *subclassable) InstanceDict() *Dict {
	if s.inst == nil {
		return nil
	}
	return s.inst.Dict
}

// made records the class t a constructor was called for, when it is a
// subclass of base.
func (s *subclassable) made(t, base *Type) {
	if t != nil && t != base {
		s.inst = newInstanceData(t)
	}
}

type enumerateObj struct {
	subclassable
	it Value
	n  Value
}

func (e *enumerateObj) Type() *Type { return e.typeOr(EnumerateType) }

type zipObj struct {
	subclassable
	its    []Value
	strict bool
}

func (z *zipObj) Type() *Type { return z.typeOr(ZipType) }

type mapObj struct {
	subclassable
	fn  Value
	its []Value
}

func (m *mapObj) Type() *Type { return m.typeOr(MapType) }

type filterObj struct {
	subclassable
	fn Value
	it Value
}

func (f *filterObj) Type() *Type { return f.typeOr(FilterType) }

type reversedObj struct {
	subclassable
	seq Value
	i   int
}

func (r *reversedObj) Type() *Type { return r.typeOr(ReversedType) }

// Iterator builtins' types.
var (
	EnumerateType = newBuiltinType("enumerate", ObjectType, FlagBaseType)
	ZipType       = newBuiltinType("zip", ObjectType, FlagBaseType)
	MapType       = newBuiltinType("map", ObjectType, FlagBaseType)
	FilterType    = newBuiltinType("filter", ObjectType, FlagBaseType)
	ReversedType  = newBuiltinType("reversed", ObjectType, FlagBaseType)
)

func init() {
	e := EnumerateType
	e.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		var it, start Value
		if err := UnpackArgs("enumerate", args, kwnames, "iterable", &it, "start?", &start); err != nil {
			return Value{}, err
		}
		i, err := GetIter(it)
		if err != nil {
			return Value{}, err
		}
		if start.obj == nil {
			start = Int(0)
		} else if !IsIntLike(start) {
			if !hasIndex(start) {
				return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", start.Type().Name)
			}
			start, err = Index(start)
			if err != nil {
				return Value{}, err
			}
		}
		o := &enumerateObj{it: i, n: start}
		o.made(t, EnumerateType)
		return ObjectValue(o), nil
	}
	e.Iter = selfIter
	e.Next = func(v Value) (Value, error) {
		o := v.obj.(*enumerateObj)
		x, err := Next(o.it)
		if err != nil || x.obj == nil {
			return Value{}, err
		}
		n := o.n
		o.n, err = BinaryOp(OpAdd, n, Int(1))
		return NewTuple(n, x), err
	}

	z := ZipType
	z.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		strict := false
		for i, k := range kwnames {
			if k != "strict" {
				return Value{}, Errorf(TypeErrorType, "zip() got an unexpected keyword argument '%s'", k)
			}
			var err error
			strict, err = Truth(args[npos+i])
			if err != nil {
				return Value{}, err
			}
		}
		its := make([]Value, npos)
		for i := 0; i < npos; i++ {
			it, err := GetIter(args[i])
			if err != nil {
				if IsInstanceError(err, TypeErrorType) && args[i].Type().Iter == nil {
					return Value{}, Errorf(TypeErrorType, "'%s' object is not iterable", args[i].Type().Name)
				}
				return Value{}, err
			}
			its[i] = it
		}
		o := &zipObj{its: its, strict: strict}
		o.made(t, ZipType)
		return ObjectValue(o), nil
	}
	z.Iter = selfIter
	z.Next = func(v Value) (Value, error) {
		o := v.obj.(*zipObj)
		if len(o.its) == 0 {
			return Value{}, nil
		}
		// The items go to NewTuple, which copies them: a short zip
		// builds them on the stack.
		var buf [4]Value
		var items []Value
		if len(o.its) <= len(buf) {
			items = buf[:len(o.its)]
		} else {
			items = make([]Value, len(o.its))
		}
		for i, it := range o.its {
			x, err := Next(it)
			if err != nil {
				return Value{}, err
			}
			if x.obj == nil {
				if o.strict {
					if i > 0 {
						return Value{}, Errorf(ValueErrorType, "zip() argument %d is shorter than argument%s%s", i+1, pluralArgs(i), argRange(i))
					}
					for j := 1; j < len(o.its); j++ {
						y, err := Next(o.its[j])
						if err != nil {
							return Value{}, err
						}
						if y.obj != nil {
							return Value{}, Errorf(ValueErrorType, "zip() argument %d is longer than argument%s%s", j+1, pluralArgs(j), argRange(j))
						}
					}
				}
				o.its = nil
				return Value{}, nil
			}
			items[i] = x
		}
		return NewTuple(items...), nil
	}

	m := MapType
	m.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "map() takes no keyword arguments")
		}
		if len(args) < 2 {
			return Value{}, Errorf(TypeErrorType, "map() must have at least two arguments.")
		}
		its := make([]Value, len(args)-1)
		for i, a := range args[1:] {
			it, err := GetIter(a)
			if err != nil {
				return Value{}, err
			}
			its[i] = it
		}
		o := &mapObj{fn: args[0], its: its}
		o.made(t, MapType)
		return ObjectValue(o), nil
	}
	m.Iter = selfIter
	m.Next = func(v Value) (Value, error) {
		o := v.obj.(*mapObj)
		args := make([]Value, len(o.its))
		for i, it := range o.its {
			x, err := Next(it)
			if err != nil || x.obj == nil {
				return Value{}, err
			}
			args[i] = x
		}
		return Call(o.fn, args, nil)
	}

	f := FilterType
	f.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "filter() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Value{}, Errorf(TypeErrorType, "filter expected 2 arguments, got %d", len(args))
		}
		it, err := GetIter(args[1])
		if err != nil {
			return Value{}, err
		}
		o := &filterObj{fn: args[0], it: it}
		o.made(t, FilterType)
		return ObjectValue(o), nil
	}
	f.Iter = selfIter
	f.Next = func(v Value) (Value, error) {
		o := v.obj.(*filterObj)
		for {
			x, err := Next(o.it)
			if err != nil || x.obj == nil {
				return Value{}, err
			}
			r := x
			if !o.fn.IsNone() {
				r, err = Call(o.fn, []Value{x}, nil)
				if err != nil {
					return Value{}, err
				}
			}
			ok, err := Truth(r)
			if err != nil {
				return Value{}, err
			}
			if ok {
				return x, nil
			}
		}
	}

	r := ReversedType
	r.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "reversed() takes no keyword arguments")
		}
		if len(args) != 1 {
			return Value{}, Errorf(TypeErrorType, "reversed expected 1 argument, got %d", len(args))
		}
		seq := args[0]
		if rg, ok := seq.obj.(*Range); ok {
			return NewRangeIterator(rg, true), nil
		}
		if rv, found, err := CallDunder(seq, "__reversed__"); found {
			if rv.IsNone() && err == nil {
				return Value{}, Errorf(TypeErrorType, "'%s' object is not reversible", seq.Type().Name)
			}
			return rv, err
		}
		st := seq.Type()
		if st.GetItem == nil || st.Len == nil || st.IsSubtype(DictType) {
			return Value{}, Errorf(TypeErrorType, "'%s' object is not reversible", st.Name)
		}
		n, err := Len(seq)
		if err != nil {
			return Value{}, err
		}
		o := &reversedObj{seq: seq, i: n - 1}
		o.made(t, ReversedType)
		return ObjectValue(o), nil
	}
	r.Iter = selfIter
	r.Next = func(v Value) (Value, error) {
		o := v.obj.(*reversedObj)
		if o.i < 0 {
			return Value{}, nil
		}
		if l, ok := o.seq.obj.(*List); ok {
			if o.i >= len(l.Items) {
				o.i = -1
				return Value{}, nil
			}
			x := l.Items[o.i]
			o.i--
			return x, nil
		}
		x, err := GetItem(o.seq, Int(int64(o.i)))
		o.i--
		if err != nil && (IsInstanceError(err, IndexErrorType) || IsInstanceError(err, StopIterationType)) {
			o.i = -1
			return Value{}, nil
		}
		return x, err
	}
	for _, t := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		BuiltinsDict.SetStr(t.Name, ObjectValue(t))
	}
}

func pluralArgs(i int) string {
	if i == 1 {
		return " "
	}
	return "s "
}

func argRange(i int) string {
	if i == 1 {
		return "1"
	}
	return "1-" + formatInt(int64(i))
}
