package py

import (
	"math"
	"math/big"
)

// This file implements the float numerics of the math module
// (https://docs.python.org/3.12/library/math.html) on plain float64 values,
// with CPython's error rules: a NaN result from a non-NaN argument is
// ValueError("math domain error"); an infinite result from finite
// arguments is OverflowError("math range error") for functions that can
// overflow and ValueError("math domain error") otherwise. The module
// wrappers in module_math.go convert arguments and register the functions.

func mathDomainError() error { return libValueError("math domain error") }
func mathRangeError() error  { return libOverflowError("math range error") }

// mathUnary wraps f with CPython's math_1 error checks.
func mathUnary(f func(float64) float64, canOverflow bool) func(float64) (float64, error) {
	return func(x float64) (float64, error) {
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return 0, mathDomainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if canOverflow {
				return 0, mathRangeError()
			}
			return 0, mathDomainError()
		}
		return r, nil
	}
}

// mathUnaryFuncs are the one-argument float functions by Python name.
var mathUnaryFuncs = map[string]func(float64) (float64, error){
	"sqrt":    mathUnary(math.Sqrt, false),
	"exp":     mathUnary(func(x float64) float64 { r, _ := accExp(x); return r }, true),
	"exp2":    mathUnary(accExp2, true),
	"expm1":   mathUnary(math.Expm1, true),
	"log1p":   mathUnary(math.Log1p, false),
	"sin":     mathUnary(accSin, false),
	"cos":     mathUnary(accCos, false),
	"tan":     mathUnary(accTan, false),
	"asin":    mathUnary(accAsin, false),
	"acos":    mathUnary(accAcos, false),
	"atan":    mathUnary(accAtan, false),
	"sinh":    mathUnary(accSinh, true),
	"cosh":    mathUnary(accCosh, true),
	"tanh":    mathUnary(accTanh, false),
	"asinh":   mathUnary(accAsinh, false),
	"acosh":   mathUnary(accAcosh, false),
	"atanh":   mathUnary(accAtanh, false),
	"erf":     mathUnary(math.Erf, false),
	"erfc":    mathUnary(math.Erfc, false),
	"fabs":    mathUnary(math.Abs, false),
	"cbrt":    mathUnary(accCbrt, false),
	"gamma":   mathGamma,
	"lgamma":  mathLgamma,
	"degrees": mathUnary(func(x float64) float64 { return x * (180.0 / math.Pi) }, true),
	"radians": mathUnary(func(x float64) float64 { return x * (math.Pi / 180.0) }, false),
	"log":     mathLog,
	"log2":    mathLog2,
	"log10":   mathLog10,
	"ulp":     func(x float64) (float64, error) { return mathUlp(x), nil },
}

// mathLog is math.log(x) for a float x.
func mathLog(x float64) (float64, error) {
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, mathDomainError()
	}
	if math.IsInf(x, 1) {
		return x, nil
	}
	return accLog(x), nil
}

func mathLog2(x float64) (float64, error) {
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, mathDomainError()
	}
	if math.IsInf(x, 1) {
		return x, nil
	}
	return accLog2(x), nil
}

func mathLog10(x float64) (float64, error) {
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, mathDomainError()
	}
	if math.IsInf(x, 1) {
		return x, nil
	}
	return accLog10(x), nil
}

// mathLogInt computes log(n) of an int of any size with the given float
// log function: small values convert exactly; huge ones as m*2**e.
func mathLogInt(n *big.Int, logf func(float64) (float64, error), ln2 float64) (float64, error) {
	if n.Sign() <= 0 {
		return 0, mathDomainError()
	}
	if n.BitLen() <= 1000 {
		f, _ := new(big.Float).SetInt(n).Float64()
		return logf(f)
	}
	// n = m * 2**e with m in [0.5, 1).
	e := n.BitLen()
	m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(n), -e).Float64()
	lm, err := logf(m)
	if err != nil {
		return 0, err
	}
	return lm + float64(e)*ln2, nil
}

// mathLogBase is log(x)/log(base) with CPython's ZeroDivisionError when
// log(base) is zero.
func mathLogBase(lx, lb float64) (float64, error) {
	if lb == 0 {
		return 0, libZeroDivisionError("float division by zero")
	}
	return lx / lb, nil
}

// mathUlp implements math.ulp.
func mathUlp(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return x
	}
	next := math.Nextafter(x, math.Inf(1))
	if math.IsInf(next, 0) {
		return x - math.Nextafter(x, 0)
	}
	return next - x
}

// mathGamma implements math.gamma with CPython's domain rules: poles at
// zero and the negative integers are domain errors.
func mathGamma(x float64) (float64, error) {
	if math.IsNaN(x) {
		return x, nil
	}
	if math.IsInf(x, 1) {
		return x, nil
	}
	if math.IsInf(x, -1) || x == 0 || (x < 0 && x == math.Floor(x)) {
		return 0, mathDomainError()
	}
	r := math.Gamma(x)
	if math.IsInf(r, 0) {
		return 0, mathRangeError()
	}
	return r, nil
}

// mathLgamma implements math.lgamma.
func mathLgamma(x float64) (float64, error) {
	if math.IsNaN(x) {
		return x, nil
	}
	if math.IsInf(x, 0) {
		return math.Inf(1), nil
	}
	if x <= 0 && x == math.Floor(x) {
		return 0, mathDomainError()
	}
	if math.Abs(x) < 0x1p-70 {
		// lgamma(x) = -log|x| here; Go's Lgamma goes wrong on subnormals.
		return -accLog(math.Abs(x)), nil
	}
	r, _ := math.Lgamma(x)
	if math.IsInf(r, 0) {
		return 0, mathRangeError()
	}
	return r, nil
}

// mathPow implements math.pow (C99 pow with Python's errors).
func mathPow(x, y float64) (float64, error) {
	if math.IsNaN(x) {
		if y == 0 {
			return 1, nil
		}
		return x, nil
	}
	if math.IsNaN(y) {
		if x == 1 {
			return 1, nil
		}
		return y, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Pow(x, y), nil
	}
	if x == 0 && y < 0 {
		return 0, mathDomainError()
	}
	if x < 0 && y != math.Floor(y) {
		return 0, mathDomainError()
	}
	var r float64
	switch {
	case x == 0 || y == 0 || x == 1:
		r = math.Pow(x, y)
	case (x == 0.5 || x == 2 || x == -0.5 || x == -2) && y == math.Trunc(y):
		r = math.Pow(x, y) // exact powers of two, with correct underflow ties
	case x < 0:
		r = accPow(-x, y)
		if math.Mod(y, 2) != 0 {
			r = -r
		}
	default:
		r = accPow(x, y)
	}
	if math.IsInf(r, 0) {
		return 0, mathRangeError()
	}
	return r, nil
}

// mathAtan2 implements math.atan2.
func mathAtan2(y, x float64) (float64, error) { return accAtan2(y, x), nil }

// mathFmod implements math.fmod.
func mathFmod(x, y float64) (float64, error) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x, nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, mathDomainError()
	}
	return r, nil
}

// mathRemainder implements math.remainder (IEEE 754 remainder).
func mathRemainder(x, y float64) (float64, error) {
	if math.IsNaN(x) {
		return x, nil
	}
	if math.IsNaN(y) {
		return y, nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return 0, mathDomainError()
	}
	if math.IsInf(y, 0) {
		return x, nil
	}
	return math.Remainder(x, y), nil
}

// mathCopysign implements math.copysign.
func mathCopysign(x, y float64) (float64, error) { return math.Copysign(x, y), nil }

// mathNextafter implements math.nextafter(x, y).
// Equal arguments return y, so the sign of a zero y is kept (C99).
func mathNextafter(x, y float64) (float64, error) {
	if x == y {
		return y, nil
	}
	return math.Nextafter(x, y), nil
}

// mathLdexp implements math.ldexp(x, i) for an exponent that fits in int64
// (larger exponents are clamped by the caller, which preserves the result).
func mathLdexp(x float64, i int64) (float64, error) {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x, nil
	}
	if i > 5000 {
		i = 5000
	} else if i < -5000 {
		i = -5000
	}
	r := math.Ldexp(x, int(i))
	if math.IsInf(r, 0) {
		return 0, mathRangeError()
	}
	return r, nil
}

// mathFrexp implements math.frexp.
func mathFrexp(x float64) (float64, int) {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x, 0
	}
	return math.Frexp(x)
}

// mathModf implements math.modf: (fractional part, integer part).
func mathModf(x float64) (float64, float64) {
	if math.IsInf(x, 0) {
		return math.Copysign(0, x), x
	}
	if math.IsNaN(x) {
		return x, x
	}
	i, f := math.Modf(x)
	return f, i
}

// mathIsclose implements math.isclose.
func mathIsclose(a, b, relTol, absTol float64) (bool, error) {
	if relTol < 0 || absTol < 0 {
		return false, libValueError("tolerances must be non-negative")
	}
	if a == b {
		return true, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false, nil
	}
	diff := math.Abs(b - a)
	return diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol, nil
}

// mathHypot implements math.hypot and math.dist over the coordinates:
// infinities win over NaN, and the result is the correctly rounded
// square root of the exact sum of squares.
func mathHypot(xs []float64) (float64, error) {
	hasNaN := false
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1), nil
		}
		if math.IsNaN(x) {
			hasNaN = true
		}
	}
	if hasNaN {
		return math.NaN(), nil
	}
	switch len(xs) {
	case 0:
		return 0, nil
	case 1:
		return math.Abs(xs[0]), nil
	}
	// Exact sum of squares in big.Float, then a correctly rounded sqrt.
	sum := new(big.Float).SetPrec(2200)
	sq := new(big.Float).SetPrec(2200)
	for _, x := range xs {
		v := new(big.Float).SetPrec(2200).SetFloat64(x)
		sq.Mul(v, v)
		sum.Add(sum, sq)
	}
	if sum.Sign() == 0 {
		return 0, nil
	}
	root := new(big.Float).SetPrec(200).Sqrt(sum)
	r, _ := root.Float64()
	if math.IsInf(r, 0) {
		return 0, mathRangeError()
	}
	return r, nil
}

// mathFsum implements math.fsum with Shewchuk's partials, as CPython
// does: the sum of the partials is exact, the final rounding is correct
// (half-even), and a partial that overflows raises OverflowError even when
// the true sum is finite.
func mathFsum(xs []float64) (float64, error) {
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	for _, x := range xs {
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x == 0 {
			continue
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
				return 0, libOverflowError("intermediate overflow in fsum")
			}
			if math.IsInf(xsave, 0) {
				infSum += xsave
			}
			specialSum += xsave
			partials = partials[:0]
			continue
		}
		partials = append(partials, x)
	}
	if specialSum != 0 || math.IsNaN(specialSum) {
		if math.IsNaN(infSum) {
			return 0, libValueError("-inf + inf in fsum")
		}
		return specialSum, nil
	}
	return sumPartials(partials), nil
}

// sumPartials adds non-overlapping partials (increasing magnitude) with one
// correctly rounded result, fixing up half-way cases.
func sumPartials(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi := p[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		yr := x - hi
		if y == yr {
			hi = x
		}
	}
	return hi
}

// mathSumprod implements math.sumprod for float inputs.
func mathSumprod(p, q []float64) (float64, error) {
	if len(p) != len(q) {
		return 0, libValueError("Inputs are not the same length")
	}
	for i := range p {
		if prod := p[i] * q[i]; math.IsNaN(prod) || math.IsInf(prod, 0) {
			// Non-finite values: plain IEEE arithmetic gives CPython's answer.
			s := 0.0
			for j := range p {
				s += p[j] * q[j]
			}
			return s, nil
		}
	}
	// Each product is exactly hi + lo (an FMA recovers lo), so fsum of
	// all the pieces is the correctly rounded dot product.
	terms := make([]float64, 0, 2*len(p))
	for i := range p {
		hi := p[i] * q[i]
		terms = append(terms, hi, math.FMA(p[i], q[i], -hi))
	}
	return mathFsum(terms)
}
