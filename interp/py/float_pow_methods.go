package py

import "math"

// This file wraps the float and int ** slots so that float results come
// from the correctly rounded pow of module_math_dd.go, as CPython's do
// from the C library: Go's math.Pow multiplies repeatedly for integral
// exponents and is often an ulp off (0.3 ** 3.0 would print
// 0.026999999999999996 instead of 0.027). Special cases (zero to a
// negative power, negative bases with fractional exponents, non-float
// operands) go to the core's slots unchanged.

func init() {
	floatPowSlot := FloatType.Binary[OpPow]
	FloatType.Binary[OpPow] = func(a, b Value) (Value, error) {
		if r, ok, err := accuratePow(a, b); ok {
			return r, err
		}
		return floatPowSlot(a, b)
	}
	intPowSlot := IntType.Binary[OpPow]
	IntType.Binary[OpPow] = func(a, b Value) (Value, error) {
		// int ** negative int is a float power in CPython.
		if (a.IsInt() || a.IsFloat()) && b.IsInt() && b.AsInt() < 0 || a.IsFloat() || b.IsFloat() {
			if r, ok, err := accuratePow(a, b); ok {
				return r, err
			}
		}
		return intPowSlot(a, b)
	}
}

// accuratePow computes a ** b for float or small-int operands when the
// result is an ordinary float; ok is false when the core must decide.
func accuratePow(a, b Value) (Value, bool, error) {
	x, ok1 := powOperand(a)
	y, ok2 := powOperand(b)
	if !ok1 || !ok2 || !a.IsFloat() && !b.IsFloat() && !(b.IsInt() && b.AsInt() < 0) {
		return Value{}, false, nil
	}
	if x == 0 && y < 0 || x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0) {
		return Value{}, false, nil
	}
	r, err := mathPow(x, y)
	if err != nil {
		if le, isLib := err.(*libError); isLib && le.Kind == "OverflowError" {
			return Value{}, true, Errorf(OverflowErrorType, "(34, 'Numerical result out of range')")
		}
		return Value{}, false, nil
	}
	return Float(r), true, nil
}

// powOperand returns a float or inline int operand as float64.
func powOperand(v Value) (float64, bool) {
	switch {
	case v.IsFloat():
		return v.AsFloat(), true
	case v.IsInt():
		return float64(v.AsInt()), true
	}
	return 0, false
}
