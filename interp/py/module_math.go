package py

import (
	"math"
	"math/big"
)

// This file registers the math module
// (https://docs.python.org/3.12/library/math.html): argument conversion
// and CPython's TypeErrors around the numerics of module_math_*.go.

func init() {
	RegisterModule(&ModuleDef{Name: "math", Doc: "This module provides access to the mathematical functions\ndefined by the C standard.", Init: initMathModule})
}

func initMathModule(m *Module) error {
	d := m.Dict
	d.SetStr("pi", Float(math.Pi))
	d.SetStr("e", Float(math.E))
	d.SetStr("tau", Float(2*math.Pi))
	d.SetStr("inf", Float(math.Inf(1)))
	d.SetStr("nan", Float(math.NaN()))
	for name, f := range mathUnaryFuncs {
		switch name {
		case "log", "log2", "log10":
			continue
		}
		d.SetStr(name, mathBuiltin(name, mathFloat1(name, f)))
	}
	fns := map[string]Func{
		"log":       math_log,
		"log2":      mathLogFunc("log2", mathLog2, 1),
		"log10":     mathLogFunc("log10", mathLog10, math.Log10(2)),
		"ceil":      mathRounder("ceil", "__ceil__", math.Ceil),
		"floor":     mathRounder("floor", "__floor__", math.Floor),
		"trunc":     mathRounder("trunc", "__trunc__", math.Trunc),
		"isfinite":  mathPredicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
		"isinf":     mathPredicate("isinf", func(x float64) bool { return math.IsInf(x, 0) }),
		"isnan":     mathPredicate("isnan", math.IsNaN),
		"pow":       mathFloat2("pow", mathPow),
		"atan2":     mathFloat2("atan2", mathAtan2),
		"fmod":      mathFloat2("fmod", mathFmod),
		"remainder": mathFloat2("remainder", mathRemainder),
		"copysign":  mathFloat2("copysign", mathCopysign),
		"nextafter": math_nextafter,
		"ldexp":     math_ldexp,
		"frexp":     math_frexp,
		"modf":      math_modf,
		"isclose":   math_isclose,
		"hypot":     math_hypot,
		"dist":      math_dist,
		"fsum":      math_fsum,
		"sumprod":   math_sumprod,
		"prod":      math_prod,
		"factorial": mathInt1("factorial", mathFactorial),
		"isqrt":     mathInt1("isqrt", mathIsqrt),
		"comb":      mathInt2("comb", mathComb),
		"perm":      math_perm,
		"gcd":       mathIntN("gcd", mathGcd),
		"lcm":       mathIntN("lcm", mathLcm),
	}
	for name, fn := range fns {
		d.SetStr(name, mathBuiltin(name, fn))
	}
	return nil
}

func mathBuiltin(name string, fn Func) Value {
	v := NewBuiltin(name, fn)
	if b, ok := v.obj.(*Builtin); ok {
		b.Module = "math"
	}
	return v
}

// mathArgs checks the positional count with CPython's wording.
func mathArgs(name string, args []Value, kw []string, n int) error {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "math.%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		if n == 1 {
			return Errorf(TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return Errorf(TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

func mathFloat1(name string, f func(float64) (float64, error)) Func {
	return func(args []Value, kw []string) (Value, error) {
		if err := mathArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		x, err := FloatOf(args[0])
		if err != nil {
			return Value{}, err
		}
		r, err := f(x)
		if err != nil {
			return Value{}, pyErr(err)
		}
		return Float(r), nil
	}
}

func mathFloat2(name string, f func(x, y float64) (float64, error)) Func {
	return func(args []Value, kw []string) (Value, error) {
		if err := mathArgs(name, args, kw, 2); err != nil {
			return Value{}, err
		}
		x, err := FloatOf(args[0])
		if err != nil {
			return Value{}, err
		}
		y, err := FloatOf(args[1])
		if err != nil {
			return Value{}, err
		}
		r, err := f(x, y)
		if err != nil {
			return Value{}, pyErr(err)
		}
		return Float(r), nil
	}
}

// mathLogValue computes a log of an int of any size or a float.
func mathLogValue(v Value, f func(float64) (float64, error), ln2 float64) (float64, error) {
	if b, ok := v.obj.(*BigInt); ok {
		r, err := mathLogInt(b.B, f, ln2)
		return r, pyErr(err)
	}
	x, err := FloatOf(v)
	if err != nil {
		return 0, err
	}
	r, err := f(x)
	return r, pyErr(err)
}

func math_log(args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, Errorf(TypeErrorType, "math.log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return Value{}, Errorf(TypeErrorType, "log expected at least 1 argument, got %d", len(args))
	}
	lx, err := mathLogValue(args[0], mathLog, math.Ln2)
	if err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		return Float(lx), nil
	}
	lb, err := mathLogValue(args[1], mathLog, math.Ln2)
	if err != nil {
		return Value{}, err
	}
	r, err := mathLogBase(lx, lb)
	if err != nil {
		return Value{}, pyErr(err)
	}
	return Float(r), nil
}

func mathLogFunc(name string, f func(float64) (float64, error), ln2 float64) Func {
	return func(args []Value, kw []string) (Value, error) {
		if err := mathArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		r, err := mathLogValue(args[0], f, ln2)
		if err != nil {
			return Value{}, err
		}
		return Float(r), nil
	}
}

// mathRounder implements ceil/floor/trunc: floats directly, other types
// through their dunder.
func mathRounder(name, dunder string, f func(float64) float64) Func {
	return func(args []Value, kw []string) (Value, error) {
		if err := mathArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		x := args[0]
		if x.IsFloat() {
			v, err := mathFloatToIntRounded(x.AsFloat(), f)
			if err != nil {
				return Value{}, pyErr(err)
			}
			return MakeBigIntSmall(v), nil
		}
		if IsIntLike(x) {
			return intExact(x), nil
		}
		if r, found, err := CallDunder(x, dunder); found {
			return r, err
		}
		if name == "trunc" {
			return Value{}, Errorf(TypeErrorType, "type %s doesn't define __trunc__ method", x.Type().Name)
		}
		fx, err := FloatOf(x)
		if err != nil {
			return Value{}, err
		}
		v, err := mathFloatToIntRounded(fx, f)
		if err != nil {
			return Value{}, pyErr(err)
		}
		return MakeBigIntSmall(v), nil
	}
}

func mathPredicate(name string, f func(float64) bool) Func {
	return func(args []Value, kw []string) (Value, error) {
		if err := mathArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		if IsIntLike(args[0]) {
			return Bool(f(0)), nil
		}
		x, err := FloatOf(args[0])
		if err != nil {
			return Value{}, err
		}
		return Bool(f(x)), nil
	}
}

func math_nextafter(args []Value, kw []string) (Value, error) {
	var xv, yv, steps Value
	if err := UnpackArgs("nextafter", args, kw, "/x", &xv, "/y", &yv, "$steps?", &steps); err != nil {
		return Value{}, err
	}
	x, err := FloatOf(xv)
	if err != nil {
		return Value{}, err
	}
	y, err := FloatOf(yv)
	if err != nil {
		return Value{}, err
	}
	if !steps.IsValid() || steps.IsNone() {
		r, _ := mathNextafter(x, y)
		return Float(r), nil
	}
	n, err := IndexInt64(steps)
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, Errorf(ValueErrorType, "steps must be a non-negative integer")
	}
	for i := int64(0); i < n && x != y && !math.IsNaN(x); i++ {
		x, _ = mathNextafter(x, y)
	}
	if n > 0 && x == y {
		x = y
	}
	return Float(x), nil
}

func math_ldexp(args []Value, kw []string) (Value, error) {
	if err := mathArgs("ldexp", args, kw, 2); err != nil {
		return Value{}, err
	}
	x, err := FloatOf(args[0])
	if err != nil {
		return Value{}, err
	}
	if !IsIntLike(args[1]) {
		return Value{}, Errorf(TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	var e int64
	if args[1].IsInt() || args[1].IsBool() {
		e = args[1].AsInt()
	} else if b, _ := AsBig(args[1]); b.Sign() > 0 {
		e = math.MaxInt64
	} else {
		e = math.MinInt64
	}
	r, err := mathLdexp(x, e)
	if err != nil {
		return Value{}, pyErr(err)
	}
	return Float(r), nil
}

func math_frexp(args []Value, kw []string) (Value, error) {
	if err := mathArgs("frexp", args, kw, 1); err != nil {
		return Value{}, err
	}
	x, err := FloatOf(args[0])
	if err != nil {
		return Value{}, err
	}
	m, e := mathFrexp(x)
	return NewTuple(Float(m), Int(int64(e))), nil
}

func math_modf(args []Value, kw []string) (Value, error) {
	if err := mathArgs("modf", args, kw, 1); err != nil {
		return Value{}, err
	}
	x, err := FloatOf(args[0])
	if err != nil {
		return Value{}, err
	}
	f, i := mathModf(x)
	return NewTuple(Float(f), Float(i)), nil
}

func math_isclose(args []Value, kw []string) (Value, error) {
	a, b := 0.0, 0.0
	rel, abs := 1e-9, 0.0
	if err := UnpackArgs("isclose", args, kw, "/a", &a, "/b", &b, "$rel_tol?", &rel, "$abs_tol?", &abs); err != nil {
		return Value{}, err
	}
	r, err := mathIsclose(a, b, rel, abs)
	if err != nil {
		return Value{}, pyErr(err)
	}
	return Bool(r), nil
}

func floatsOfValues(vals []Value) ([]float64, error) {
	out := make([]float64, len(vals))
	for i, v := range vals {
		f, err := FloatOf(v)
		if err != nil {
			return nil, err
		}
		out[i] = f
	}
	return out, nil
}

func math_hypot(args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, Errorf(TypeErrorType, "hypot() takes no keyword arguments")
	}
	xs, err := floatsOfValues(args)
	if err != nil {
		return Value{}, err
	}
	r, err := mathHypot(xs)
	if err != nil {
		return Value{}, pyErr(err)
	}
	return Float(r), nil
}

func math_dist(args []Value, kw []string) (Value, error) {
	if err := mathArgs("dist", args, kw, 2); err != nil {
		return Value{}, err
	}
	p, err := ToSlice(args[0])
	if err != nil {
		return Value{}, err
	}
	q, err := ToSlice(args[1])
	if err != nil {
		return Value{}, err
	}
	if _, ok := args[0].obj.(*Tuple); !ok {
		if _, ok := args[0].obj.(*List); !ok {
			return Value{}, Errorf(TypeErrorType, "dist(): argument 1 must be tuple, not %s", argTypeName(args[0]))
		}
	}
	if len(p) != len(q) {
		return Value{}, Errorf(ValueErrorType, "both points must have the same number of dimensions")
	}
	ps, err := floatsOfValues(p)
	if err != nil {
		return Value{}, err
	}
	qs, err := floatsOfValues(q)
	if err != nil {
		return Value{}, err
	}
	diffs := make([]float64, len(ps))
	for i := range ps {
		diffs[i] = math.Abs(ps[i] - qs[i])
	}
	r, err := mathHypot(diffs)
	if err != nil {
		return Value{}, pyErr(err)
	}
	return Float(r), nil
}

func math_fsum(args []Value, kw []string) (Value, error) {
	if err := mathArgs("fsum", args, kw, 1); err != nil {
		return Value{}, err
	}
	var xs []float64
	err := Iterate(args[0], func(v Value) error {
		f, err := FloatOf(v)
		if err != nil {
			return err
		}
		xs = append(xs, f)
		return nil
	})
	if err != nil {
		return Value{}, err
	}
	r, err := mathFsum(xs)
	if err != nil {
		return Value{}, pyErr(err)
	}
	return Float(r), nil
}

func math_sumprod(args []Value, kw []string) (Value, error) {
	if err := mathArgs("sumprod", args, kw, 2); err != nil {
		return Value{}, err
	}
	p, err := ToSlice(args[0])
	if err != nil {
		return Value{}, err
	}
	q, err := ToSlice(args[1])
	if err != nil {
		return Value{}, err
	}
	if len(p) != len(q) {
		return Value{}, Errorf(ValueErrorType, "Inputs are not the same length")
	}
	allFloat, allInt := true, true
	for i := range p {
		for _, v := range []Value{p[i], q[i]} {
			if !v.IsFloat() {
				allFloat = false
			}
			if !IsIntLike(v) {
				allInt = false
			}
		}
	}
	if allFloat && len(p) > 0 {
		ps, _ := floatsOfValues(p)
		qs, _ := floatsOfValues(q)
		r, err := mathSumprod(ps, qs)
		if err != nil {
			return Value{}, pyErr(err)
		}
		return Float(r), nil
	}
	if allInt {
		acc := new(big.Int)
		for i := range p {
			a, _ := AsBig(p[i])
			b, _ := AsBig(q[i])
			acc.Add(acc, new(big.Int).Mul(a, b))
		}
		return MakeBigIntSmall(acc), nil
	}
	total := Int(0)
	for i := range p {
		prod, err := BinaryOp(OpMul, p[i], q[i])
		if err != nil {
			return Value{}, err
		}
		if total, err = BinaryOp(OpAdd, total, prod); err != nil {
			return Value{}, err
		}
	}
	return total, nil
}

func math_prod(args []Value, kw []string) (Value, error) {
	var it Value
	start := Int(1)
	if err := UnpackArgs("prod", args, kw, "/iterable", &it, "$start?", &start); err != nil {
		return Value{}, err
	}
	acc := start
	err := Iterate(it, func(v Value) error {
		if acc.IsInt() && v.IsInt() {
			a, b := acc.AsInt(), v.AsInt()
			if p := a * b; a == 0 || (p/a == b && !(a == -1 && b == math.MinInt64) && !(b == -1 && a == math.MinInt64)) {
				acc = Int(p)
				return nil
			}
		}
		var err error
		acc, err = BinaryOp(OpMul, acc, v)
		return err
	})
	if err != nil {
		return Value{}, err
	}
	return acc, nil
}

// mathIntArg converts an argument to *big.Int via __index__.
func mathIntArg(v Value) (*big.Int, error) {
	if b, ok := AsBig(v); ok {
		return b, nil
	}
	if !hasIndex(v) {
		return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	iv, err := Index(v)
	if err != nil {
		return nil, err
	}
	b, _ := AsBig(iv)
	return b, nil
}

func mathInt1(name string, f func(*big.Int) (*big.Int, error)) Func {
	return func(args []Value, kw []string) (Value, error) {
		if err := mathArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		n, err := mathIntArg(args[0])
		if err != nil {
			return Value{}, err
		}
		r, err := f(n)
		if err != nil {
			return Value{}, pyErr(err)
		}
		return MakeBigIntSmall(r), nil
	}
}

func mathInt2(name string, f func(a, b *big.Int) (*big.Int, error)) Func {
	return func(args []Value, kw []string) (Value, error) {
		if err := mathArgs(name, args, kw, 2); err != nil {
			return Value{}, err
		}
		a, err := mathIntArg(args[0])
		if err != nil {
			return Value{}, err
		}
		b, err := mathIntArg(args[1])
		if err != nil {
			return Value{}, err
		}
		r, err := f(a, b)
		if err != nil {
			return Value{}, pyErr(err)
		}
		return MakeBigIntSmall(r), nil
	}
}

func math_perm(args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, Errorf(TypeErrorType, "math.perm() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return Value{}, Errorf(TypeErrorType, "perm expected at most 2 arguments, got %d", len(args))
	}
	n, err := mathIntArg(args[0])
	if err != nil {
		return Value{}, err
	}
	var k *big.Int
	if len(args) == 2 && !args[1].IsNone() {
		if k, err = mathIntArg(args[1]); err != nil {
			return Value{}, err
		}
	}
	r, err := mathPerm(n, k)
	if err != nil {
		return Value{}, pyErr(err)
	}
	return MakeBigIntSmall(r), nil
}

func mathIntN(name string, f func([]*big.Int) *big.Int) Func {
	return func(args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		xs := make([]*big.Int, len(args))
		for i, a := range args {
			b, err := mathIntArg(a)
			if err != nil {
				return Value{}, err
			}
			xs[i] = b
		}
		return MakeBigIntSmall(f(xs)), nil
	}
}
