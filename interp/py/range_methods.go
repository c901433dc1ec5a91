package py

// This file defines range.index, range.count and reversed(range).

func init() {
	AddMethods(RangeType, []MethodDef{
		{Name: "index", Fn: range_index},
		{Name: "count", Fn: range_count},
		{Name: "__sizeof__", Fn: noArgs("range.__sizeof__", func(self Value, args []Value, kw []string) (Value, error) {
			return Int(48), nil
		})},
		{Name: "__reversed__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			if r := self.obj.(*Range); r.big != nil {
				return newBigRangeIterator(r, true), nil
			}
			return NewRangeIterator(self.obj.(*Range), true), nil
		}},
	})
}

// rangeIndexOf returns the position of an int k in r, or -1.
func rangeIndexOf(r *Range, k int64) int64 {
	if r.Step > 0 && (k < r.Start || k >= r.Stop) || r.Step < 0 && (k > r.Start || k <= r.Stop) {
		return -1
	}
	if (k-r.Start)%r.Step != 0 {
		return -1
	}
	return (k - r.Start) / r.Step
}

func range_index(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("range.index", 1, len(args), kw)
	}
	r := self.obj.(*Range)
	x := args[0]
	if k, ok := AsBig(x); ok && (r.big != nil || !k.IsInt64()) {
		if i := r.bigBounds().indexOf(k); i != nil {
			return MakeBigIntSmall(i), nil
		}
	} else if x.IsInt() || x.IsBool() {
		if i := rangeIndexOf(r, x.AsInt()); i >= 0 {
			return Int(i), nil
		}
	} else if _, big := x.obj.(*BigInt); !big {
		n := r.Len()
		for i := int64(0); i < n; i++ {
			eq, err := Equal(Int(r.At(i)), x)
			if err != nil {
				return Value{}, err
			}
			if eq {
				return Int(i), nil
			}
		}
	}
	if !IsIntLike(x) {
		return Value{}, Errorf(ValueErrorType, "sequence.index(x): x not in sequence")
	}
	s, err := ReprString(x)
	if err != nil {
		return Value{}, err
	}
	return Value{}, Errorf(ValueErrorType, "%s is not in range", s)
}

func range_count(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("range.count", 1, len(args), kw)
	}
	r := self.obj.(*Range)
	x := args[0]
	if k, ok := AsBig(x); ok && (r.big != nil || !k.IsInt64()) {
		if r.bigBounds().indexOf(k) != nil {
			return Int(1), nil
		}
		return Int(0), nil
	}
	if x.IsInt() || x.IsBool() {
		if rangeIndexOf(r, x.AsInt()) >= 0 {
			return Int(1), nil
		}
		return Int(0), nil
	}
	n, c := r.Len(), int64(0)
	for i := int64(0); i < n; i++ {
		eq, err := Equal(Int(r.At(i)), x)
		if err != nil {
			return Value{}, err
		}
		if eq {
			c++
		}
	}
	return Int(c), nil
}
