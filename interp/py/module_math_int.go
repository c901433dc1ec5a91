package py

import (
	"math"
	"math/big"
)

// This file implements the integer functions of the math module on
// big.Int values: factorial, comb, perm, isqrt, gcd, lcm, and float
// to int rounding for ceil, floor and trunc.

// mathFactorial implements math.factorial(n).
func mathFactorial(n *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, libValueError("factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return nil, libOverflowError("factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return new(big.Int).MulRange(1, n.Int64()), nil
}

// mathComb implements math.comb(n, k).
func mathComb(n, k *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, libValueError("n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, libValueError("k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return new(big.Int), nil
	}
	kk := new(big.Int).Sub(n, k)
	if kk.Cmp(k) > 0 {
		kk.Set(k)
	}
	if !kk.IsInt64() || !n.IsInt64() {
		return nil, libOverflowError("min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	return new(big.Int).Binomial(n.Int64(), kk.Int64()), nil
}

// mathPerm implements math.perm(n, k); k nil means k = n.
func mathPerm(n, k *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, libValueError("n must be a non-negative integer")
	}
	if k == nil {
		return mathFactorial(n)
	}
	if k.Sign() < 0 {
		return nil, libValueError("k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return new(big.Int), nil
	}
	if !n.IsInt64() {
		return nil, libOverflowError("n must not exceed %d", int64(math.MaxInt64))
	}
	nn, kk := n.Int64(), k.Int64()
	if kk == 0 {
		return big.NewInt(1), nil
	}
	return new(big.Int).MulRange(nn-kk+1, nn), nil
}

// mathIsqrt implements math.isqrt(n).
func mathIsqrt(n *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, libValueError("isqrt() argument must be nonnegative")
	}
	return new(big.Int).Sqrt(n), nil
}

// mathGcd implements math.gcd(*integers); the result is non-negative.
func mathGcd(xs []*big.Int) *big.Int {
	g := new(big.Int)
	for _, x := range xs {
		g.GCD(nil, nil, g, new(big.Int).Abs(x))
	}
	return g
}

// mathLcm implements math.lcm(*integers); lcm() is 1 and any zero gives 0.
func mathLcm(xs []*big.Int) *big.Int {
	l := big.NewInt(1)
	for _, x := range xs {
		if x.Sign() == 0 {
			return new(big.Int)
		}
		a := new(big.Int).Abs(x)
		g := new(big.Int).GCD(nil, nil, l, a)
		l.Mul(l, a.Quo(a, g))
	}
	return l
}

// mathFloatToIntRounded implements ceil/floor/trunc of a float.
func mathFloatToIntRounded(x float64, round func(float64) float64) (*big.Int, error) {
	return floatToBigInt(round(x))
}
