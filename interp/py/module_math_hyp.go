package py

import "math"

// This file implements the hyperbolic functions, exp2, cbrt and log10 the
// way the C library CPython links against computes them: glibc builds
// sinh, cosh, tanh and their inverses from exp, expm1, log and log1p with
// the classic fdlibm formulas, so using the same formulas on top of
// correctly rounded exp and log reproduces its results. Go's math.Expm1
// and math.Log1p already follow fdlibm.

const (
	twoM28      = 0x1p-28
	twoP28      = 0x1p28
	expOverflow = 709.782712893384         // log(largest float)
	sinhMax     = 7.10475860073943977113e2 // largest x with finite sinh/cosh
)

func expAcc(x float64) float64 { r, _ := accExp(x); return r }

func accSinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	ax := math.Abs(x)
	switch {
	case ax < 22:
		if ax < twoM28 {
			return x
		}
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < expOverflow:
		return h * expAcc(ax)
	case ax <= sinhMax:
		w := expAcc(0.5 * ax)
		t := h * w
		return t * w
	}
	return math.Copysign(math.Inf(1), x)
}

func accCosh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	switch {
	case ax < 0.5*math.Ln2:
		t := math.Expm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := expAcc(ax)
		return 0.5*t + 0.5/t
	case ax < expOverflow:
		return 0.5 * expAcc(ax)
	case ax <= sinhMax:
		w := expAcc(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

func accTanh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Copysign(1, x)
	}
	ax := math.Abs(x)
	var z float64
	switch {
	case ax < 0x1p-55:
		return x
	case ax < 1:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	case ax < 22:
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		z = 1
	}
	return math.Copysign(z, x)
}

func accAsinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	ax := math.Abs(x)
	var w float64
	switch {
	case ax < twoM28:
		return x
	case ax > twoP28:
		w = accLog(ax) + math.Ln2
	case ax > 2:
		w = accLog(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

func accAcosh(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x < 1:
		return math.NaN()
	case x >= twoP28:
		if math.IsInf(x, 1) {
			return x
		}
		return accLog(x) + math.Ln2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return accLog(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}

func accAtanh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case ax > 1:
		return math.NaN()
	case ax == 1:
		return math.Copysign(math.Inf(1), x)
	case ax < twoM28:
		return x
	}
	var t float64
	if ax < 0.5 {
		t = ax + ax
		t = 0.5 * math.Log1p(t+t*ax/(1-ax))
	} else {
		t = 0.5 * math.Log1p((ax+ax)/(1-ax))
	}
	return math.Copysign(t, x)
}

// accExp2 is 2**x, correctly rounded.
func accExp2(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x >= 1024:
		return math.Inf(1)
	case x < -1080:
		return 0
	case x == math.Trunc(x):
		return math.Ldexp(1, int(x))
	}
	m, k := expDD(ddMulF(consts().ln2, x))
	return ddScale(m, k)
}

// accLog10 follows fdlibm's log10: split off the binary exponent k and
// combine k*log10(2) in two pieces with log(m)/ln(10).
func accLog10(x float64) float64 {
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	k := 0
	if x < 0x1p-1022 {
		x *= 0x1p54
		k = -54
	}
	bits := math.Float64bits(x)
	k += int(bits>>52&0x7ff) - 1023
	i := uint64(0)
	if k < 0 {
		i = 1
	}
	m := math.Float64frombits(bits&(1<<52-1) | (0x3ff-i)<<52)
	y := float64(k + int(i))
	z := y*log10_2lo + ivln10*accLog(m)
	return z + y*log10_2hi
}

// accCbrt is the correctly rounded cube root (one Newton step in dd).
func accCbrt(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	ax := math.Abs(x)
	y := math.Cbrt(ax)
	// y' = y - (y^3 - x) / (3 y^2), with y^3 - x in dd.
	y3 := ddMul(ddMul(ddFrom(y), ddFrom(y)), ddFrom(y))
	r := ddSub(y3, ddFrom(ax))
	corr := ddDiv(r, ddMulF(ddMul(ddFrom(y), ddFrom(y)), 3))
	res := ddSub(ddFrom(y), corr)
	return math.Copysign(res.hi+res.lo, x)
}
