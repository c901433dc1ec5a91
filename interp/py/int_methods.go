package py

import (
	"math"
	"math/big"
	"math/bits"
)

// This file defines the methods and attributes of int
// (https://docs.python.org/3.12/library/stdtypes.html#additional-methods-on-integer-types):
// bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio,
// conjugate, is_integer, __format__, __round__, __trunc__, __floor__,
// __ceil__, and the real/imag/numerator/denominator attributes.

func init() {
	AddMethods(IntType, []MethodDef{
		{Name: "bit_length", Fn: noArgs("int.bit_length", int_bit_length)},
		{Name: "bit_count", Fn: noArgs("int.bit_count", int_bit_count)},
		{Name: "to_bytes", Fn: int_to_bytes},
		{Name: "from_bytes", Fn: int_from_bytes, Class: true},
		{Name: "as_integer_ratio", Fn: noArgs("int.as_integer_ratio", func(self Value, args []Value, kw []string) (Value, error) {
			return NewTuple(intExact(self), Int(1)), nil
		})},
		{Name: "conjugate", Fn: noArgs("int.conjugate", intIdentity)},
		{Name: "is_integer", Fn: noArgs("int.is_integer", func(self Value, args []Value, kw []string) (Value, error) { return True, nil })},
		{Name: "__format__", Fn: int___format__},
		{Name: "__round__", Fn: int___round__},
		{Name: "__trunc__", Fn: noArgs("int.__trunc__", intIdentity)},
		{Name: "__floor__", Fn: noArgs("int.__floor__", intIdentity)},
		{Name: "__ceil__", Fn: noArgs("int.__ceil__", intIdentity)},
		{Name: "__getnewargs__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return NewTuple(intExact(self)), nil
		}},
		{Name: "__sizeof__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			b, _ := AsBig(self)
			n := (b.BitLen() + 29) / 30
			return Int(int64(24 + 4*max(n, 1))), nil
		}},
	})
	AddGetters(IntType, []Getter{
		{Name: "real", Get: func(self Value) (Value, error) { return intExact(self), nil }},
		{Name: "imag", Get: func(self Value) (Value, error) { return Int(0), nil }},
		{Name: "numerator", Get: func(self Value) (Value, error) { return intExact(self), nil }},
		{Name: "denominator", Get: func(self Value) (Value, error) { return Int(1), nil }},
	})
}

// intExact returns an int (or bool or subclass) as a plain int.
func intExact(v Value) Value {
	if v.IsInt() {
		return v
	}
	if v.IsBool() {
		return Int(v.AsInt())
	}
	b, _ := AsBig(v)
	return MakeBigIntSmall(new(big.Int).Set(b))
}

func intIdentity(self Value, args []Value, kw []string) (Value, error) {
	return intExact(self), nil
}

func int_bit_length(self Value, args []Value, kw []string) (Value, error) {
	if self.IsInt() || self.IsBool() {
		n := self.AsInt()
		if n < 0 {
			if n == math.MinInt64 {
				return Int(64), nil
			}
			n = -n
		}
		return Int(int64(bits.Len64(uint64(n)))), nil
	}
	b, _ := AsBig(self)
	return Int(int64(b.BitLen())), nil
}

func int_bit_count(self Value, args []Value, kw []string) (Value, error) {
	b, _ := AsBig(self)
	c := 0
	for _, w := range new(big.Int).Abs(b).Bits() {
		c += bits.OnesCount64(uint64(w))
	}
	return Int(int64(c)), nil
}

// byteorderArg reads the byteorder argument ("big" or "little").
func byteorderArg(v Value) (bool, error) {
	if !v.IsValid() {
		return false, nil
	}
	s, ok := AsStr(v)
	if !ok {
		return false, Errorf(TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", argTypeName(v))
	}
	switch s {
	case "big":
		return false, nil
	case "little":
		return true, nil
	}
	return false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

func int_to_bytes(self Value, args []Value, kw []string) (Value, error) {
	length := int64(1)
	var order Value
	signed := false
	if err := intBytesArgCount("to_bytes", args, kw); err != nil {
		return Value{}, err
	}
	if err := UnpackArgs("to_bytes", args, kw, "length?", &length, "byteorder?", &order, "$signed?", &signed); err != nil {
		return Value{}, err
	}
	little, err := byteorderArg(order)
	if err != nil {
		return Value{}, err
	}
	if length < 0 {
		return Value{}, Errorf(ValueErrorType, "length argument must be non-negative")
	}
	if err := CheckSize(length); err != nil {
		return Value{}, err
	}
	b, _ := AsBig(self)
	if b.Sign() < 0 && !signed {
		return Value{}, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	v := new(big.Int).Set(b)
	if b.Sign() < 0 {
		// Two's complement: 2**(8*length) + v.
		mod := new(big.Int).Lsh(big.NewInt(1), uint(8*length))
		v.Add(v, mod)
		if v.Sign() < 0 || (length > 0 && v.Bit(int(8*length-1)) == 0) {
			return Value{}, Errorf(OverflowErrorType, "int too big to convert")
		}
	} else if signed && length > 0 && b.BitLen() >= int(8*length) || !signed && b.BitLen() > int(8*length) || length == 0 && b.Sign() != 0 {
		return Value{}, Errorf(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, length)
	v.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(string(out)), nil
}

// intBytesArgCount words positional-count errors as CPython does for
// to_bytes/from_bytes (whose keyword-only signed counts in the total).
func intBytesArgCount(name string, args []Value, kw []string) error {
	npos := len(args) - len(kw)
	if len(args) > 3 {
		return Errorf(TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, len(args))
	}
	if npos > 2 {
		return Errorf(TypeErrorType, "%s() takes at most 2 positional arguments (%d given)", name, npos)
	}
	return nil
}

// int_from_bytes is the classmethod int.from_bytes(bytes, byteorder='big', *, signed=False).
func int_from_bytes(cls Value, args []Value, kw []string) (Value, error) {
	var src, order Value
	signed := false
	if err := intBytesArgCount("from_bytes", args, kw); err != nil {
		return Value{}, err
	}
	if err := UnpackArgs("from_bytes", args, kw, "bytes", &src, "byteorder?", &order, "$signed?", &signed); err != nil {
		return Value{}, err
	}
	little, err := byteorderArg(order)
	if err != nil {
		return Value{}, err
	}
	data, err := bytesOfObject(src)
	if err != nil {
		// Any iterable of ints in range(256) also works (but not str or int).
		if _, isStr := AsStr(src); isStr || IsIntLike(src) || src.Type().Iter == nil && src.Type().GetItem == nil {
			return Value{}, err
		}
		b, err2 := bytesFromSource("bytes", []Value{src}, nil, true)
		if err2 != nil {
			return Value{}, err2
		}
		data = string(b)
	}
	buf := []byte(data)
	if little {
		buf = append([]byte(nil), buf...)
		for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
			buf[i], buf[j] = buf[j], buf[i]
		}
	}
	v := new(big.Int).SetBytes(buf)
	if signed && len(buf) > 0 && buf[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(buf))))
	}
	r := MakeBigIntSmall(v)
	if c, ok := cls.obj.(*Type); ok && c != IntType {
		return Call(cls, []Value{r}, nil)
	}
	return r, nil
}

func int___format__(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("int.__format__", 1, len(args), kw)
	}
	spec, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "__format__() argument must be str, not %s", argTypeName(args[0]))
	}
	if spec == "" {
		return StrOf(self) // honours a subclass's __str__
	}
	b, _ := AsBig(self)
	return strResult(formatIntSpecNamed(b, spec, self.Type().Name))
}

// int___round__ implements round(int, ndigits): negative ndigits round
// half to even at 10**-ndigits.
func int___round__(self Value, args []Value, kw []string) (Value, error) {
	if len(args) > 1 {
		return Value{}, Errorf(TypeErrorType, "__round__ expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 || args[0].IsNone() {
		return intExact(self), nil
	}
	nd, err := Index(args[0])
	if err != nil {
		return Value{}, err
	}
	if !nd.IsInt() {
		nb, _ := AsBig(nd)
		if nb.Sign() > 0 {
			return intExact(self), nil
		}
		return Int(0), nil
	}
	n := nd.AsInt()
	if n >= 0 {
		return intExact(self), nil
	}
	b, _ := AsBig(self)
	if -n > 100000 {
		return Int(0), nil
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	q := ratRoundHalfEven(new(big.Rat).SetFrac(b, scale))
	return MakeBigIntSmall(q.Mul(q, scale)), nil
}
