package py

import (
	"math"
	"math/big"
)

// This file defines the methods and attributes of float
// (https://docs.python.org/3.12/library/stdtypes.html#additional-methods-on-float):
// hex, fromhex, is_integer, as_integer_ratio, conjugate, __format__,
// __round__, __trunc__, __floor__, __ceil__, real and imag.

func init() {
	AddMethods(FloatType, []MethodDef{
		{Name: "hex", Fn: noArgs("float.hex", func(self Value, args []Value, kw []string) (Value, error) {
			return StrValue(floatHex(floatSelf(self))), nil
		})},
		{Name: "fromhex", Fn: float_fromhex, Class: true},
		{Name: "is_integer", Fn: noArgs("float.is_integer", func(self Value, args []Value, kw []string) (Value, error) {
			return Bool(floatIsInteger(floatSelf(self))), nil
		})},
		{Name: "as_integer_ratio", Fn: noArgs("float.as_integer_ratio", float_as_integer_ratio)},
		{Name: "conjugate", Fn: noArgs("float.conjugate", func(self Value, args []Value, kw []string) (Value, error) {
			return Float(floatSelf(self)), nil
		})},
		{Name: "__format__", Fn: float___format__},
		{Name: "__round__", Fn: float___round__},
		{Name: "__trunc__", Fn: floatToIntBy(math.Trunc)},
		{Name: "__floor__", Fn: floatToIntBy(math.Floor)},
		{Name: "__ceil__", Fn: floatToIntBy(math.Ceil)},
		{Name: "__getnewargs__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return NewTuple(Float(floatSelf(self))), nil
		}},
		{Name: "__sizeof__", Fn: noArgs("float.__sizeof__", func(self Value, args []Value, kw []string) (Value, error) {
			return Int(24), nil
		})},
		{Name: "__getformat__", Class: true, Fn: func(cls Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, argCountError("float.__getformat__", 1, len(args), kw)
			}
			s, ok := AsStr(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "__getformat__() argument must be str, not %s", argTypeName(args[0]))
			}
			if s != "double" && s != "float" {
				return Value{}, Errorf(ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'")
			}
			return StrValue("IEEE, little-endian"), nil
		}},
	})
	AddGetters(FloatType, []Getter{
		{Name: "real", Get: func(self Value) (Value, error) { return Float(floatSelf(self)), nil }},
		{Name: "imag", Get: func(self Value) (Value, error) { return Float(0), nil }},
	})
}

// floatSelf returns the value of a float receiver (or subclass instance).
func floatSelf(v Value) float64 {
	if v.IsFloat() {
		return v.AsFloat()
	}
	f, _ := FloatOf(v)
	return f
}

func bigValue(b *big.Int) Value { return MakeBigIntSmall(b) }

func float_fromhex(cls Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("float.fromhex", 1, len(args), kw)
	}
	s, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "bad argument type for built-in operation")
	}
	f, err := floatFromHex(s)
	if err != nil {
		return Value{}, pyErr(err)
	}
	if c, ok := cls.obj.(*Type); ok && c != FloatType {
		return Call(cls, []Value{Float(f)}, nil)
	}
	return Float(f), nil
}

func float_as_integer_ratio(self Value, args []Value, kw []string) (Value, error) {
	n, d, err := floatAsIntegerRatio(floatSelf(self))
	if err != nil {
		return Value{}, pyErr(err)
	}
	return NewTuple(bigValue(n), bigValue(d)), nil
}

func float___format__(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("float.__format__", 1, len(args), kw)
	}
	spec, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "__format__() argument must be str, not %s", argTypeName(args[0]))
	}
	if spec == "" {
		return StrOf(self)
	}
	return strResult(formatFloatSpec(floatSelf(self), spec))
}

func float___round__(self Value, args []Value, kw []string) (Value, error) {
	if len(args) > 1 {
		return Value{}, Errorf(TypeErrorType, "__round__ expected at most 1 argument, got %d", len(args))
	}
	x := floatSelf(self)
	if len(args) == 0 || args[0].IsNone() {
		v, err := floatRoundInt(x)
		if err != nil {
			return Value{}, pyErr(err)
		}
		return bigValue(v), nil
	}
	nd, err := Index(args[0])
	if err != nil {
		return Value{}, err
	}
	n := int64(roundNdigitsMax + 1)
	if nd.IsInt() {
		n = nd.AsInt()
	} else if b, _ := AsBig(nd); b.Sign() < 0 {
		n = roundNdigitsMin - 1
	}
	n = max(min(n, roundNdigitsMax+1), roundNdigitsMin-1)
	r, err := floatRound(x, int(n))
	if err != nil {
		return Value{}, pyErr(err)
	}
	return Float(r), nil
}

func floatToIntBy(f func(float64) float64) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		v, err := floatToBigInt(f(floatSelf(self)))
		if err != nil {
			return Value{}, pyErr(err)
		}
		return bigValue(v), nil
	}
}
