package py

// This file defines tuple.index and tuple.count.

func init() {
	AddMethods(TupleType, []MethodDef{
		{Name: "index", Fn: tuple_index},
		{Name: "count", Fn: tuple_count},
		{Name: "__getnewargs__", Fn: noArgs("tuple.__getnewargs__", func(self Value, args []Value, kw []string) (Value, error) {
			return NewTupleFrom(self.obj.(*Tuple).Items), nil
		})},
		{Name: "__sizeof__", Fn: noArgs("tuple.__sizeof__", func(self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(24 + 8*len(self.obj.(*Tuple).Items))), nil
		})},
	})
}

func tuple_index(self Value, args []Value, kw []string) (Value, error) {
	items := self.obj.(*Tuple).Items
	start, stop, err := seqIndexArgs("index", args, kw, len(items))
	if err != nil {
		return Value{}, err
	}
	i, err := listFind(func() []Value { return items }, args[0], start, stop)
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		return Value{}, Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
	}
	return Int(int64(i)), nil
}

func tuple_count(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("tuple.count", 1, len(args), kw)
	}
	items := self.obj.(*Tuple).Items
	n, err := seqCount(func() []Value { return items }, args[0])
	if err != nil {
		return Value{}, err
	}
	return Int(int64(n)), nil
}
