// This file implements cmath, mathematical functions for complex numbers,
// on Go's math/cmplx, with CPython's argument conversions and errors.

package stdlib

import (
	"math"
	"math/cmplx"

	"adder/interp/py"
)

// complexArg converts a cmath argument: complex, an object with
// __complex__, or anything float() accepts.
func complexArg(fname string, v py.Value) (complex128, error) {
	if c, ok := v.Object().(*py.Complex); ok {
		return c.C, nil
	}
	if r, err := py.CallMethod(v, "__complex__"); err == nil {
		if c, ok := r.Object().(*py.Complex); ok {
			return c.C, nil
		}
		return 0, py.Errorf(py.TypeErrorType, "__complex__ returned non-complex (type %s)", r.Type().Name)
	}
	f, err := py.FloatOf(v)
	if err != nil {
		return 0, py.Errorf(py.TypeErrorType, "must be real number, not %s", v.Type().Name)
	}
	return complex(f, 0), nil
}

func domainError() error { return py.Errorf(py.ValueErrorType, "math domain error") }

// checkResult turns an infinite or NaN result from finite input into
// CPython's errors.
func checkResult(in, out complex128) (py.Value, error) {
	finiteIn := !cmplx.IsInf(in) && !cmplx.IsNaN(in)
	if finiteIn {
		if cmplx.IsNaN(out) {
			return py.Value{}, domainError()
		}
		if cmplx.IsInf(out) {
			return py.Value{}, py.Errorf(py.OverflowErrorType, "math range error")
		}
	}
	return py.MakeComplex(out), nil
}

func cmathFunc1(name string, f func(complex128) complex128) py.Func {
	return func(args []py.Value, kw []string) (py.Value, error) {
		if len(args) != 1 {
			return py.Value{}, py.Errorf(py.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		z, err := complexArg(name, args[0])
		if err != nil {
			return py.Value{}, err
		}
		return checkResult(z, f(z))
	}
}

// csqrt keeps the sign of zero as C's csqrt does (sqrt(-0j) is -0j... of
// the imaginary part): Go's cmplx.Sqrt agrees except for signed zeros.
func csqrt(z complex128) complex128 {
	if real(z) == 0 && imag(z) == 0 {
		return complex(0, imag(z))
	}
	return cmplx.Sqrt(z)
}

// catan is atan with C99's choice on the branch cuts along the imaginary
// axis beyond ±1j: the real part takes the sign of the input's (zero)
// real part.
func catan(z complex128) complex128 {
	r := cmplx.Atan(z)
	if real(z) == 0 && math.Abs(imag(z)) > 1 {
		return complex(math.Copysign(math.Pi/2, real(z)), imag(r))
	}
	return r
}

var cmathFuncs = map[string]py.Func{
	"sqrt":  cmathFunc1("sqrt", csqrt),
	"exp":   cmathFunc1("exp", cmplx.Exp),
	"log10": cmathFunc1("log10", cmplx.Log10),
	"sin":   cmathFunc1("sin", cmplx.Sin),
	"cos":   cmathFunc1("cos", cmplx.Cos),
	"tan":   cmathFunc1("tan", cmplx.Tan),
	"asin":  cmathFunc1("asin", cmplx.Asin),
	"acos":  cmathFunc1("acos", cmplx.Acos),
	"atan":  cmathFunc1("atan", catan),
	"sinh":  cmathFunc1("sinh", cmplx.Sinh),
	"cosh":  cmathFunc1("cosh", cmplx.Cosh),
	"tanh":  cmathFunc1("tanh", cmplx.Tanh),
	"asinh": cmathFunc1("asinh", cmplx.Asinh),
	"acosh": cmathFunc1("acosh", cmplx.Acosh),
	"atanh": func(args []py.Value, kw []string) (py.Value, error) {
		if len(args) == 1 {
			if z, err := complexArg("atanh", args[0]); err == nil && imag(z) == 0 && math.Abs(real(z)) == 1 {
				return py.Value{}, domainError() // the poles at 1 and -1
			}
		}
		return cmathFunc1("atanh", cmplx.Atanh)(args, kw)
	},
	"log": func(args []py.Value, kw []string) (py.Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return py.Value{}, py.Errorf(py.TypeErrorType, "log expected at most 2 arguments, got %d", len(args))
		}
		z, err := complexArg("log", args[0])
		if err != nil {
			return py.Value{}, err
		}
		if z == 0 {
			return py.Value{}, domainError()
		}
		r := cmplx.Log(z)
		if len(args) == 2 {
			b, err := complexArg("log", args[1])
			if err != nil {
				return py.Value{}, err
			}
			if b == 0 {
				return py.Value{}, domainError()
			}
			lb := cmplx.Log(b)
			if lb == 0 {
				return py.Value{}, py.Errorf(py.ZeroDivisionErrorType, "complex division by zero")
			}
			r = r / lb
		}
		return py.MakeComplex(r), nil
	},
	"phase": func(args []py.Value, kw []string) (py.Value, error) {
		z, err := complexArg("phase", args[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Float(cmplx.Phase(z)), nil
	},
	"polar": func(args []py.Value, kw []string) (py.Value, error) {
		z, err := complexArg("polar", args[0])
		if err != nil {
			return py.Value{}, err
		}
		r := cmplx.Abs(z)
		if math.IsInf(r, 0) && !cmplx.IsInf(z) {
			return py.Value{}, py.Errorf(py.OverflowErrorType, "absolute value too large")
		}
		return py.NewTuple(py.Float(r), py.Float(cmplx.Phase(z))), nil
	},
	"rect": func(args []py.Value, kw []string) (py.Value, error) {
		if len(args) != 2 {
			return py.Value{}, py.Errorf(py.TypeErrorType, "rect expected 2 arguments, got %d", len(args))
		}
		r, err := py.FloatOf(args[0])
		if err != nil {
			return py.Value{}, err
		}
		phi, err := py.FloatOf(args[1])
		if err != nil {
			return py.Value{}, err
		}
		if phi == 0 {
			return py.MakeComplex(complex(r, phi*r)), nil
		}
		return py.MakeComplex(complex(r*math.Cos(phi), r*math.Sin(phi))), nil
	},
	"isfinite": func(args []py.Value, kw []string) (py.Value, error) {
		z, err := complexArg("isfinite", args[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Bool(!cmplx.IsInf(z) && !cmplx.IsNaN(z)), nil
	},
	"isinf": func(args []py.Value, kw []string) (py.Value, error) {
		z, err := complexArg("isinf", args[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Bool(math.IsInf(real(z), 0) || math.IsInf(imag(z), 0)), nil
	},
	"isnan": func(args []py.Value, kw []string) (py.Value, error) {
		z, err := complexArg("isnan", args[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Bool(math.IsNaN(real(z)) || math.IsNaN(imag(z))), nil
	},
	// isclose(a, b, rel_tol, abs_tol): keyword defaults are applied by cmath.py.
	"_isclose": func(args []py.Value, kw []string) (py.Value, error) {
		a, err := complexArg("isclose", args[0])
		if err != nil {
			return py.Value{}, err
		}
		b, err := complexArg("isclose", args[1])
		if err != nil {
			return py.Value{}, err
		}
		rel, _ := py.FloatOf(args[2])
		abs, _ := py.FloatOf(args[3])
		if rel < 0 || abs < 0 {
			return py.Value{}, py.Errorf(py.ValueErrorType, "tolerances must be non-negative")
		}
		if a == b {
			return py.Bool(true), nil
		}
		if cmplx.IsInf(a) || cmplx.IsInf(b) {
			return py.Bool(false), nil
		}
		diff := cmplx.Abs(a - b)
		return py.Bool(diff <= rel*cmplx.Abs(b) || diff <= rel*cmplx.Abs(a) || diff <= abs), nil
	},
}

func init() {
	registerGoModule("_adder_cmath", "Complex math for cmath (adder).", func(d *py.Dict) {
		for name, fn := range cmathFuncs {
			py.AddFunc(d, name, fn)
		}
	})
}
