// This file defines float: inline float64 values and the float type's
// slots (arithmetic with Python's floor/mod semantics, mixed int/float
// operations, comparison, hashing and a basic repr).

package py

import (
	"math"
	"strconv"
	"strings"
)

// FloatReprFunc formats a float as repr() does. The library may replace it
// (float_repr.go) with its own implementation in an init function.
var FloatReprFunc = coreFloatRepr

// coreFloatRepr is Python's repr(float): shortest round-trip digits,
// scientific notation when the exponent is < -4 or >= 16.
func coreFloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	neg := strings.HasPrefix(mant, "-")
	if neg {
		mant = mant[1:]
	}
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp < -4 || exp >= 16 {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		if exp < 0 {
			out += "e-" + pad2(-exp)
		} else {
			out += "e+" + pad2(exp)
		}
	} else if exp < 0 {
		out = "0." + strings.Repeat("0", -exp-1) + digits
	} else if exp+1 >= len(digits) {
		out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	} else {
		out = digits[:exp+1] + "." + digits[exp+1:]
	}
	if neg {
		out = "-" + out
	}
	return out
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func floatFastBinary(op BinaryOpKind, x, y float64) (Value, bool) {
	switch op {
	case OpAdd:
		return Float(x + y), true
	case OpSub:
		return Float(x - y), true
	case OpMul:
		return Float(x * y), true
	case OpTrueDiv:
		if y != 0 {
			return Float(x / y), true
		}
	case OpPow:
		if x > 0 && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			if r := math.Pow(x, y); !math.IsInf(r, 0) {
				return Float(r), true
			}
		}
	}
	return Value{}, false
}

// toFloatOperand converts an int or float operand; ok=false otherwise.
func toFloatOperand(v Value) (float64, bool, error) {
	v = unwrapNum(v)
	if v.IsFloat() {
		return v.AsFloat(), true, nil
	}
	if IsIntLike(v) {
		f, err := IntToFloat(v)
		return f, true, err
	}
	return 0, false, nil
}

func floatBinarySlot(op BinaryOpKind) func(a, b Value) (Value, error) {
	return func(a, b Value) (Value, error) {
		x, ok, err := toFloatOperand(a)
		if !ok || err != nil {
			return NotImplemented, err
		}
		y, ok, err := toFloatOperand(b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		switch op {
		case OpAdd:
			return Float(x + y), nil
		case OpSub:
			return Float(x - y), nil
		case OpMul:
			return Float(x * y), nil
		case OpTrueDiv:
			if y == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "float division by zero")
			}
			return Float(x / y), nil
		case OpFloorDiv:
			if y == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "float floor division by zero")
			}
			q, _ := floatDivmod(x, y)
			return Float(q), nil
		case OpMod:
			if y == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "float modulo")
			}
			_, m := floatDivmod(x, y)
			return Float(m), nil
		case OpPow:
			return floatPow(x, y)
		}
		return NotImplemented, nil
	}
}

// floatDivmod is CPython's float divmod (y != 0).
func floatDivmod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// ComplexPowHook, set by the complex library, computes a negative base to
// a fractional power.
var ComplexPowHook func(x, y float64) (Value, error)

func floatPow(x, y float64) (Value, error) {
	if x == 0 && y < 0 {
		return Value{}, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0) {
		if ComplexPowHook != nil {
			return ComplexPowHook(x, y)
		}
		return Value{}, Errorf(ValueErrorType, "math domain error")
	}
	r := math.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return Value{}, Errorf(OverflowErrorType, "(34, 'Numerical result out of range')")
	}
	return Float(r), nil
}

func floatCompare(a, b Value, op CompareOp) (Value, error) {
	x := a.AsFloat()
	if b.IsFloat() {
		return Bool(compareFloats(x, b.AsFloat(), op)), nil
	}
	if IsIntLike(b) {
		return Bool(compareIntFloat(b, x, compareSwapped[op])), nil
	}
	return NotImplemented, nil
}

func floatTypeRepr(v Value) (Value, error) {
	return StrValue(FloatReprFunc(unwrapNum(v).AsFloat())), nil
}

// FloatOf converts v to float64 as float(v) does for numbers (not strings).
func FloatOf(v Value) (float64, error) {
	v = unwrapNum(v)
	if v.IsFloat() {
		return v.AsFloat(), nil
	}
	if IsIntLike(v) {
		return IntToFloat(v)
	}
	t := v.Type()
	if t.FloatConv != nil {
		r, err := t.FloatConv(v)
		if err != nil {
			return 0, err
		}
		if !r.IsFloat() {
			return 0, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", t.Name, r.Type().Name)
		}
		return r.AsFloat(), nil
	}
	if t.Index != nil {
		r, err := t.Index(v)
		if err != nil {
			return 0, err
		}
		return IntToFloat(r)
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", t.Name)
}

// FloatParseHook parses float(str); the library replaces it with the
// CPython-exact parser.
var FloatParseHook = func(s string) (Value, error) {
	t := strings.ToLower(trimSpace(s))
	switch strings.TrimLeft(t, "+-") {
	case "inf", "infinity", "nan":
		f, _ := strconv.ParseFloat(t, 64)
		return Float(f), nil
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if err != nil && !strings.Contains(err.Error(), "range") || t == "" || strings.HasPrefix(t, "0x") {
		return Value{}, Errorf(ValueErrorType, "could not convert string to float: %s", StrRepr(s))
	}
	return Float(f), nil
}

func floatNew(t *Type, args []Value, kwnames []string) (Value, error) {
	var x Value
	if err := UnpackArgs("float", args, kwnames, "x?", &x); err != nil {
		return Value{}, err
	}
	if t != FloatType {
		r, err := floatNew(FloatType, args, kwnames)
		if err != nil {
			return Value{}, err
		}
		return newNumSub(t, r), nil
	}
	if x.obj == nil {
		return Float(0), nil
	}
	if s, ok := AsStr(x); ok {
		return FloatParseHook(s)
	}
	if BytesToStrHook != nil {
		if bs, ok := BytesToStrHook(x); ok {
			return FloatParseHook(bs)
		}
	}
	xt := x.Type()
	if !x.IsFloat() && !IsIntLike(x) && xt.FloatConv == nil && xt.Index == nil {
		return Value{}, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", xt.Name)
	}
	f, err := FloatOf(x)
	return Float(f), err
}

// FloatType is Python's float.
var FloatType = newBuiltinType("float", ObjectType, FlagBaseType)

func init() {
	floatKind.typ = FloatType
	t := FloatType
	t.New = floatNew
	t.Repr = floatTypeRepr
	t.Hash = func(v Value) (int64, error) { return hashFloat(v.AsFloat()), nil }
	t.RichCompare = floatCompare
	t.Bool = func(v Value) (bool, error) { return v.AsFloat() != 0, nil }
	t.Neg = func(v Value) (Value, error) { return Float(-v.AsFloat()), nil }
	t.Pos = func(v Value) (Value, error) { return v, nil }
	t.Abs = func(v Value) (Value, error) { return Float(math.Abs(v.AsFloat())), nil }
	t.IntConv = func(v Value) (Value, error) { return FloatToInt(v.AsFloat()) }
	t.FloatConv = func(v Value) (Value, error) { return v, nil }
	for _, op := range []BinaryOpKind{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow} {
		t.Binary[op] = floatBinarySlot(op)
	}
}
