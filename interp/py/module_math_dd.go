package py

import (
	"math"
	"math/big"
	"sync"
)

// This file implements the elementary functions of the math module in
// double-double arithmetic (about 104 bits) and rounds once at the end, so
// results are the correctly rounded values in all but astronomically rare
// cases. CPython uses the C library (glibc), whose sin, cos, exp, log, pow
// and friends are correctly rounded in practice, while Go's math package
// is often one unit in the last place off (math.sin(math.pi) would print
// 1.2246467991473515e-16 instead of 1.2246467991473532e-16).

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

func quickTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

func ddFrom(x float64) dd { return dd{x, 0} }

func ddAdd(x, y dd) dd {
	s, e := twoSum(x.hi, y.hi)
	t, f := twoSum(x.lo, y.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddNeg(x dd) dd             { return dd{-x.hi, -x.lo} }
func ddSub(x, y dd) dd          { return ddAdd(x, ddNeg(y)) }
func ddAddF(x dd, y float64) dd { return ddAdd(x, dd{y, 0}) }

func ddMul(x, y dd) dd {
	p := x.hi * y.hi
	e := math.FMA(x.hi, y.hi, -p)
	e += x.hi*y.lo + x.lo*y.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(x dd, y float64) dd {
	p := x.hi * y
	e := math.FMA(x.hi, y, -p)
	e += x.lo * y
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddSub(x, ddMulF(y, q1))
	q2 := r.hi / y.hi
	r = ddSub(r, ddMulF(y, q2))
	q3 := r.hi / y.hi
	q1, q2 = quickTwoSum(q1, q2)
	return ddAddF(dd{q1, q2}, q3)
}

func ddSqrt(a dd) dd {
	if a.hi <= 0 {
		return dd{math.Sqrt(a.hi), 0}
	}
	s := math.Sqrt(a.hi)
	p := s * s
	pe := math.FMA(s, s, -p)
	r := ((a.hi - p) - pe) + a.lo
	hi, lo := quickTwoSum(s, r/(2*s))
	return dd{hi, lo}
}

// ddScale multiplies by 2**k and rounds to float64 once, also when the
// result is subnormal (where scaling hi and lo separately would round twice).
func ddScale(x dd, k int) float64 {
	r := math.Ldexp(x.hi, k)
	if r != 0 && math.Abs(r) >= 0x1p-1021 || math.IsInf(r, 0) {
		return math.Ldexp(x.hi+x.lo, k)
	}
	b := new(big.Float).SetPrec(200).SetFloat64(x.hi)
	b.Add(b, new(big.Float).SetFloat64(x.lo))
	b.SetMantExp(b, k)
	f, _ := b.Float64()
	return f
}

// ddConstTable holds high-precision constants, computed once with
// big.Float on first use.
type ddConstTable struct {
	once    sync.Once
	pi      *big.Float // 1300 bits, for reducing huge arguments
	pi2     dd         // pi/2
	pi2c    float64    // the next 53 bits of pi/2 below pi2
	piDD    dd
	pi4     dd
	ln2     dd
	ln2c    float64
	ln10    dd
	invFact [32]dd // 1/n!
	atanTab [9]dd  // atan(k/8)
	invOdd  [64]dd // 1/(2n+1)
	exp2Tab [64]dd // 2**(j/64)
	logTab  [47]dd // log((45+i)/64)
}

var ddConsts ddConstTable

const ddPrec = 1300

func bigToDD(b *big.Float) dd {
	hi, _ := b.Float64()
	rest := new(big.Float).SetPrec(ddPrec).Sub(b, new(big.Float).SetFloat64(hi))
	lo, _ := rest.Float64()
	return dd{hi, lo}
}

// bigToDDC also returns the third 53-bit piece.
func bigToDDC(b *big.Float) (dd, float64) {
	d := bigToDD(b)
	rest := new(big.Float).SetPrec(ddPrec).Sub(b, new(big.Float).SetFloat64(d.hi))
	rest.Sub(rest, new(big.Float).SetFloat64(d.lo))
	c, _ := rest.Float64()
	return d, c
}

// bigAtanInv returns atan(1/n) by its Taylor series.
func bigAtanInv(n int64) *big.Float {
	x := new(big.Float).SetPrec(ddPrec).Quo(big.NewFloat(1).SetPrec(ddPrec), new(big.Float).SetPrec(ddPrec).SetInt64(n))
	x2 := new(big.Float).SetPrec(ddPrec).Mul(x, x)
	sum := new(big.Float).SetPrec(ddPrec).Set(x)
	term := new(big.Float).SetPrec(ddPrec).Set(x)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -ddPrec)
	for k := int64(1); ; k++ {
		term.Mul(term, x2)
		t := new(big.Float).SetPrec(ddPrec).Quo(term, new(big.Float).SetPrec(ddPrec).SetInt64(2*k+1))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Cmp(eps) < 0 {
			return sum
		}
	}
}

// bigAtanhInv returns atanh(1/n) by its Taylor series.
func bigAtanhInv(n int64) *big.Float {
	x := new(big.Float).SetPrec(ddPrec).Quo(big.NewFloat(1).SetPrec(ddPrec), new(big.Float).SetPrec(ddPrec).SetInt64(n))
	x2 := new(big.Float).SetPrec(ddPrec).Mul(x, x)
	sum := new(big.Float).SetPrec(ddPrec).Set(x)
	term := new(big.Float).SetPrec(ddPrec).Set(x)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -ddPrec)
	for k := int64(1); ; k++ {
		term.Mul(term, x2)
		t := new(big.Float).SetPrec(ddPrec).Quo(term, new(big.Float).SetPrec(ddPrec).SetInt64(2*k+1))
		sum.Add(sum, t)
		if t.Cmp(eps) < 0 {
			return sum
		}
	}
}

// bigLog returns log(x) for x in [0.5, 2] as 2 atanh((x-1)/(x+1)), at
// 200 bits.
func bigLog(x *big.Float) *big.Float {
	const prec = 200
	num := new(big.Float).SetPrec(prec).Sub(x, big.NewFloat(1))
	den := new(big.Float).SetPrec(prec).Add(x, big.NewFloat(1))
	s := num.Quo(num, den)
	s2 := new(big.Float).SetPrec(prec).Mul(s, s)
	sum := new(big.Float).SetPrec(prec).Set(s)
	term := new(big.Float).SetPrec(prec).Set(s)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -prec)
	for k := int64(1); k < 500; k++ {
		term.Mul(term, s2)
		t := new(big.Float).SetPrec(prec).Quo(term, new(big.Float).SetInt64(2*k+1))
		sum.Add(sum, t)
		if t.Sign() == 0 || new(big.Float).Abs(t).Cmp(eps) < 0 {
			break
		}
	}
	return sum.SetMantExp(sum, 1)
}

// bigAtan returns atan(x) for 0 <= x <= 1 by halving the argument twice
// (atan x = 2 atan(x / (1 + sqrt(1 + x*x)))) and summing the series.
func bigAtan(x *big.Float) *big.Float {
	one := big.NewFloat(1).SetPrec(ddPrec)
	t := new(big.Float).SetPrec(ddPrec).Set(x)
	for i := 0; i < 3; i++ {
		s := new(big.Float).SetPrec(ddPrec).Mul(t, t)
		s.Add(s, one)
		s.Sqrt(s)
		s.Add(s, one)
		t.Quo(t, s)
	}
	t2 := new(big.Float).SetPrec(ddPrec).Mul(t, t)
	sum := new(big.Float).SetPrec(ddPrec).Set(t)
	term := new(big.Float).SetPrec(ddPrec).Set(t)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -ddPrec)
	for k := int64(1); k < 2000; k++ {
		term.Mul(term, t2)
		u := new(big.Float).SetPrec(ddPrec).Quo(term, new(big.Float).SetPrec(ddPrec).SetInt64(2*k+1))
		if k%2 == 1 {
			sum.Sub(sum, u)
		} else {
			sum.Add(sum, u)
		}
		if u.Sign() == 0 || u.Cmp(eps) < 0 {
			break
		}
	}
	return sum.SetMantExp(sum, 3)
}

func initDDConsts() {
	c := &ddConsts
	// pi = 16 atan(1/5) - 4 atan(1/239)  (Machin)
	a := bigAtanInv(5)
	a.SetMantExp(a, 4)
	b := bigAtanInv(239)
	b.SetMantExp(b, 2)
	c.pi = new(big.Float).SetPrec(ddPrec).Sub(a, b)
	c.piDD = bigToDD(c.pi)
	half := new(big.Float).SetPrec(ddPrec).SetMantExp(c.pi, -1)
	c.pi2, c.pi2c = bigToDDC(half)
	c.pi4 = bigToDD(new(big.Float).SetPrec(ddPrec).SetMantExp(c.pi, -2))
	// ln2 = 2 atanh(1/3); ln10 = 3 ln2 + 2 atanh(1/9)
	ln2 := bigAtanhInv(3)
	ln2.SetMantExp(ln2, 1)
	c.ln2, c.ln2c = bigToDDC(ln2)
	l := bigAtanhInv(9)
	l.SetMantExp(l, 1)
	l.Add(l, new(big.Float).SetPrec(ddPrec).Mul(ln2, big.NewFloat(3)))
	c.ln10 = bigToDD(l)
	f := big.NewFloat(1).SetPrec(ddPrec)
	for n := range c.invFact {
		if n > 0 {
			f.Mul(f, new(big.Float).SetInt64(int64(n)))
		}
		c.invFact[n] = bigToDD(new(big.Float).SetPrec(ddPrec).Quo(big.NewFloat(1).SetPrec(ddPrec), f))
	}
	for k := range c.atanTab {
		x := new(big.Float).SetPrec(ddPrec).SetInt64(int64(k))
		x.Quo(x, big.NewFloat(8))
		c.atanTab[k] = bigToDD(bigAtan(x))
	}
	// 2**(j/64) by repeated square roots of 2, at 200 bits.
	root := new(big.Float).SetPrec(200).SetInt64(2)
	for i := 0; i < 6; i++ {
		root.Sqrt(root)
	}
	v := new(big.Float).SetPrec(200).SetInt64(1)
	for j := range c.exp2Tab {
		c.exp2Tab[j] = bigToDD(v)
		v.Mul(v, root)
	}
	for i := range c.logTab {
		c.logTab[i] = bigToDD(bigLog(new(big.Float).SetPrec(200).Quo(new(big.Float).SetInt64(int64(45+i)), big.NewFloat(64))))
	}
	for n := range c.invOdd {
		c.invOdd[n] = bigToDD(new(big.Float).SetPrec(ddPrec).Quo(big.NewFloat(1).SetPrec(ddPrec), new(big.Float).SetInt64(int64(2*n+1))))
	}
}

func consts() *ddConstTable {
	ddConsts.once.Do(initDDConsts)
	return &ddConsts
}

// reducePio2 returns r and k with x = k*pi/2 + r, |r| <= pi/4 (about).
func reducePio2(x float64) (dd, int) {
	c := consts()
	if math.Abs(x) <= math.Pi/4 {
		return ddFrom(x), 0
	}
	if math.Abs(x) < 0x1p25 {
		k := math.RoundToEven(x / c.pi2.hi)
		// x - k*pi2 with pi/2 as three doubles; k*piece is exact in dd.
		r := ddSub(ddFrom(x), dd{k * c.pi2.hi, math.FMA(k, c.pi2.hi, -k*c.pi2.hi)})
		r = ddSub(r, dd{k * c.pi2.lo, math.FMA(k, c.pi2.lo, -k*c.pi2.lo)})
		r = ddSub(r, ddFrom(k*c.pi2c))
		return r, int(int64(k) & 3)
	}
	// Huge arguments: exact reduction with the 1300-bit pi.
	bx := new(big.Float).SetPrec(ddPrec).SetFloat64(x)
	h := new(big.Float).SetPrec(ddPrec).SetMantExp(c.pi, -1)
	q := new(big.Float).SetPrec(ddPrec).Quo(bx, h)
	q.Add(q, big.NewFloat(0.5))
	ki, _ := q.Int(nil)
	if q.Sign() < 0 {
		if qf, _ := q.Float64(); qf != math.Floor(qf) {
			ki.Sub(ki, big.NewInt(1))
		}
	}
	kf := new(big.Float).SetPrec(ddPrec).SetInt(ki)
	r := new(big.Float).SetPrec(ddPrec).Sub(bx, kf.Mul(kf, h))
	return bigToDD(r), int(new(big.Int).And(ki, big.NewInt(3)).Int64())
}

// sinDD and cosDD evaluate sin and cos of |r| <= ~pi/4 by their Taylor
// series: the leading terms in dd, the tail (below 1/8! relative) in plain
// double, which keeps the error near 2**-74 at a fraction of the cost.
func sinDD(r dd) dd {
	c := consts()
	r2 := ddMul(r, r)
	z := r2.hi
	t := c.invFact[9].hi - z*(c.invFact[11].hi-z*(c.invFact[13].hi-z*(c.invFact[15].hi-z*(c.invFact[17].hi-z*c.invFact[19].hi))))
	p := ddAdd(ddNeg(c.invFact[7]), ddMulF(r2, t))
	p = ddAdd(c.invFact[5], ddMul(r2, p))
	p = ddAdd(ddNeg(c.invFact[3]), ddMul(r2, p))
	p = ddAdd(ddFrom(1), ddMul(r2, p))
	return ddMul(r, p)
}

func cosDD(r dd) dd {
	c := consts()
	r2 := ddMul(r, r)
	z := r2.hi
	t := c.invFact[8].hi - z*(c.invFact[10].hi-z*(c.invFact[12].hi-z*(c.invFact[14].hi-z*(c.invFact[16].hi-z*c.invFact[18].hi))))
	p := ddAdd(ddNeg(c.invFact[6]), ddMulF(r2, t))
	p = ddAdd(c.invFact[4], ddMul(r2, p))
	p = ddAdd(ddNeg(c.invFact[2]), ddMul(r2, p))
	return ddAdd(ddFrom(1), ddMul(r2, p))
}

// ddSinCosQ returns sin (want == 0) or cos (want == 1) of x.
func ddSinCosQ(x float64, want int) dd {
	r, k := reducePio2(x)
	k = (k + want) & 3
	switch k {
	case 0:
		return sinDD(r)
	case 1:
		return cosDD(r)
	case 2:
		return ddNeg(sinDD(r))
	}
	return ddNeg(cosDD(r))
}

func ddSinCos(x float64) (s, c dd) {
	return ddSinCosQ(x, 0), ddSinCosQ(x, 1)
}

func accSin(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	if x == 0 {
		return x
	}
	s := ddSinCosQ(x, 0)
	return s.hi + s.lo
}

func accCos(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	c := ddSinCosQ(x, 1)
	return c.hi + c.lo
}

func accTan(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	if x == 0 {
		return x
	}
	s, c := ddSinCos(x)
	t := ddDiv(s, c)
	return t.hi + t.lo
}

// expDD returns e**a as (m, k) with e**a = m * 2**k, for |a| < 746:
// a = (64k' + j) ln2/64 + r with |r| <= ln2/128, e**a = 2**k' 2**(j/64) e**r.
func expDD(a dd) (dd, int) {
	c := consts()
	n := math.RoundToEven(a.hi * (64 / math.Ln2))
	// r = a - n*ln2/64, with ln2/64 as three doubles (n*piece exact in dd).
	h, l, cc := c.ln2.hi/64, c.ln2.lo/64, c.ln2c/64
	r := ddSub(a, dd{n * h, math.FMA(n, h, -n*h)})
	r = ddSub(r, dd{n * l, math.FMA(n, l, -n*l)})
	r = ddSub(r, ddFrom(n*cc))
	ni := int(n)
	j := ni & 63
	k := (ni - j) / 64
	// e**r = 1 + r + r^2/2 + r^3 (1/6 + r/24 + ...), tail in double.
	z := r.hi
	t := c.invFact[3].hi + z*(c.invFact[4].hi+z*(c.invFact[5].hi+z*(c.invFact[6].hi+z*c.invFact[7].hi)))
	p := ddAdd(c.invFact[2], ddMulF(r, t))
	p = ddAdd(ddFrom(1), ddMul(r, p))
	p = ddAdd(ddFrom(1), ddMul(r, p))
	return ddMul(c.exp2Tab[j], p), k
}

func accExp(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x):
		return x, true
	case x > 709.782712893384:
		return math.Inf(1), false
	case x < -745.2:
		return 0, true
	case x == 0:
		return 1, true
	}
	m, k := expDD(ddFrom(x))
	return ddScale(m, k), true
}

// atanhSeries returns atanh(s) = s + s^3/3 + ... for |s| <= 0.18.
func atanhSeries(s dd) dd {
	c := consts()
	s2 := ddMul(s, s)
	p := c.invOdd[34]
	for n := 33; n >= 0; n-- {
		p = ddAdd(ddMul(p, s2), c.invOdd[n])
	}
	return ddMul(p, s)
}

// logDD returns log(a) for a > 0 (finite, normal or subnormal hi):
// a = 2**e m, m ~ 1/c with c = i/64 from a table of log(i/64), so that
// log a = e ln2 - log(c) + log(m c) and m c - 1 is tiny and exact in dd.
func logDD(a dd) dd {
	c := consts()
	x := a.hi
	adj := 0
	if x < 0x1p-1022 {
		x *= 0x1p54
		a = dd{x, a.lo * 0x1p54}
		adj = -54
	}
	m, e := math.Frexp(x) // x = m * 2**e, m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	mlo := math.Ldexp(a.lo, -e)
	i := math.RoundToEven(64 / m) // 45..91
	inv := i / 64
	// u = m*inv - 1 exactly (m*inv is within a few percent of 1).
	p := m * inv
	pe := math.FMA(m, inv, -p)
	u := ddAdd(ddFrom(p-1), dd{pe + mlo*inv, 0})
	// log(1+u) = u - u^2/2 + u^3/3 - ..., |u| < 0.012: three terms in dd,
	// the tail (u^4 and beyond, below 2**-25 relative) in double.
	z := u.hi
	t := -0.25 + z*(0.2+z*(-1.0/6+z*(1.0/7+z*(-0.125+z*(1.0/9+z*(-0.1+z*(1.0/11+z*(-1.0/12+z/13))))))))
	q := ddAdd(c.invOdd[1], ddFrom(z*t)) // 1/3 + u*t
	q = ddAdd(dd{-0.5, 0}, ddMul(u, q))
	q = ddAdd(ddFrom(1), ddMul(u, q))
	l := ddMul(u, q)
	ke := float64(e + adj)
	res := ddSub(l, c.logTab[int(i)-45])
	return ddAdd(res, ddAdd(dd{ke * c.ln2.hi, math.FMA(ke, c.ln2.hi, -ke*c.ln2.hi)}, ddFrom(ke*c.ln2.lo)))
}

func accLog(x float64) float64 {
	if x == 1 {
		return 0
	}
	l := logDD(ddFrom(x))
	return l.hi + l.lo
}

func accLog2(x float64) float64 {
	m, e := math.Frexp(x)
	if m == 0.5 {
		return float64(e - 1)
	}
	l := ddDiv(logDD(ddFrom(x)), consts().ln2)
	return l.hi + l.lo
}

// accPow computes x**y for finite x > 0 and finite y as exp(y*log x).
func accPow(x, y float64) float64 {
	l := ddMulF(logDD(ddFrom(x)), y)
	if l.hi > 709.8 {
		return math.Inf(1)
	}
	if l.hi < -745.2 {
		return 0
	}
	m, k := expDD(l)
	return ddScale(m, k)
}

// atanDD returns atan(t) for a dd argument, any sign and size.
func atanDD(t dd) dd {
	c := consts()
	neg := t.hi < 0
	if neg {
		t = ddNeg(t)
	}
	inv := false
	if t.hi > 1 {
		t = ddDiv(ddFrom(1), t)
		inv = true
	}
	// atan t = atan(k/8) + atan((t - k/8) / (1 + t*k/8)).
	k := math.RoundToEven(t.hi * 8)
	ck := k / 8
	u := ddDiv(ddAddF(t, -ck), ddAddF(ddMulF(t, ck), 1))
	u2 := ddMul(u, u)
	p := c.invOdd[24]
	for n := 23; n >= 0; n-- {
		p = ddMul(p, u2)
		p = ddNeg(p)
		p = ddAdd(p, c.invOdd[n])
	}
	r := ddAdd(c.atanTab[int(k)], ddMul(p, u))
	if inv {
		r = ddSub(c.pi2, r)
	}
	if neg {
		r = ddNeg(r)
	}
	return r
}

func accAtan(x float64) float64 {
	if math.IsNaN(x) || x == 0 {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Copysign(math.Pi/2, x)
	}
	r := atanDD(ddFrom(x))
	return r.hi + r.lo
}

// accAtan2 handles finite, non-zero x and y; the C99 special cases are
// left to math.Atan2.
func accAtan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	c := consts()
	var r dd
	if math.Abs(y) > math.Abs(x) {
		// atan2 = ±pi/2 - atan(x/y): keeps the quotient at most 1.
		r = ddSub(c.pi2, atanDD(ddDiv(ddFrom(x), ddFrom(math.Abs(y)))))
		if y < 0 {
			r = ddNeg(r)
		}
	} else {
		r = atanDD(ddDiv(ddFrom(y), ddFrom(x)))
		if x < 0 {
			if y < 0 {
				r = ddSub(r, c.piDD)
			} else {
				r = ddAdd(r, c.piDD)
			}
		}
	}
	return r.hi + r.lo
}

// accAsin computes asin(x) = atan2(x, sqrt(1 - x*x)) in dd.
func accAsin(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 1 || x == 0 {
		return math.Asin(x)
	}
	one := ddMul(ddAdd(ddFrom(1), ddFrom(-math.Abs(x))), ddAdd(ddFrom(1), ddFrom(math.Abs(x))))
	s := ddSqrt(one)
	if s.hi == 0 {
		return math.Copysign(math.Pi/2, x)
	}
	r := atanDD(ddDiv(ddFrom(x), s))
	return r.hi + r.lo
}

// accAcos computes acos(x) = pi/2 - asin(x), in dd.
func accAcos(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 1 {
		return math.Acos(x)
	}
	if x == 1 {
		return 0
	}
	c := consts()
	one := ddMul(ddAdd(ddFrom(1), ddFrom(-math.Abs(x))), ddAdd(ddFrom(1), ddFrom(math.Abs(x))))
	s := ddSqrt(one)
	// acos x = atan2(sqrt(1-x^2), x)
	var r dd
	if s.hi > math.Abs(x) {
		r = ddSub(c.pi2, atanDD(ddDiv(ddFrom(x), s)))
	} else {
		r = atanDD(ddDiv(s, ddFrom(x)))
		if x < 0 {
			r = ddAdd(r, c.piDD)
		}
	}
	return r.hi + r.lo
}
