// This file defines UnpackArgs, the argument parser shared by builtins,
// and the argument-count error helpers.

package py

import (
	"fmt"
	"strings"
)

// UnpackArgs binds positional and keyword args to the named parameters
// given as pairs (name, pointer). A name ending in '?' is optional (its
// pointer keeps its value when the argument is absent); a name starting
// with '$' is keyword-only; a name starting with '/' is positional-only.
// Pointer kinds: *Value (any), *int, *int64 (via __index__), *float64,
// *string (str only), *bool (truth value), **Dict, **List, **Tuple, *Str
// pointer (**Str).
func UnpackArgs(fname string, args []Value, kwnames []string, pairs ...any) error {
	npos := len(args) - len(kwnames)
	nparams := len(pairs) / 2
	names := make([]string, nparams)
	optional := make([]bool, nparams)
	kwonly := make([]bool, nparams)
	posonly := make([]bool, nparams)
	maxPos := 0
	required := 0
	for i := 0; i < nparams; i++ {
		n := pairs[2*i].(string)
		if strings.HasPrefix(n, "$") {
			kwonly[i] = true
			n = n[1:]
		} else if strings.HasPrefix(n, "/") {
			posonly[i] = true
			n = n[1:]
		}
		if strings.HasSuffix(n, "?") {
			optional[i] = true
			n = n[:len(n)-1]
		} else if !kwonly[i] {
			required++
		}
		names[i] = n
		if !kwonly[i] {
			maxPos++
		}
	}
	if npos > maxPos {
		if required == maxPos {
			if maxPos == 0 {
				return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, npos)
			}
			if maxPos == 1 {
				return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, npos)
			}
			return Errorf(TypeErrorType, "%s() takes exactly %d arguments (%d given)", fname, maxPos, npos)
		}
		return Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
	}
	set := make([]bool, nparams)
	for i := 0; i < npos; i++ {
		if err := assignArg(fname, names[i], pairs[2*i+1], args[i]); err != nil {
			return err
		}
		set[i] = true
	}
	for k, kn := range kwnames {
		found := false
		for i := 0; i < nparams; i++ {
			if names[i] == kn && !posonly[i] {
				if set[i] {
					return Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, kn, i+1)
				}
				if err := assignArg(fname, kn, pairs[2*i+1], args[npos+k]); err != nil {
					return err
				}
				set[i] = true
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, kn)
		}
	}
	for i := 0; i < nparams; i++ {
		if !set[i] && !optional[i] {
			if kwonly[i] {
				return Errorf(TypeErrorType, "%s() missing required keyword-only argument: '%s'", fname, names[i])
			}
			return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func assignArg(fname, name string, ptr any, v Value) error {
	switch p := ptr.(type) {
	case *Value:
		*p = v
	case *int64:
		n, err := argIndex(fname, v)
		if err != nil {
			return err
		}
		*p = n
	case *int:
		n, err := argIndex(fname, v)
		if err != nil {
			return err
		}
		*p = int(n)
	case *float64:
		f, err := FloatOf(v)
		if err != nil {
			return Errorf(TypeErrorType, "%s() argument '%s' must be a real number, not %s", fname, name, v.Type().Name)
		}
		*p = f
	case *string:
		s, ok := AsStr(v)
		if !ok {
			return Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fname, name, v.Type().Name)
		}
		*p = s
	case *bool:
		b, err := Truth(v)
		if err != nil {
			return err
		}
		*p = b
	case **Dict:
		d, ok := v.obj.(*Dict)
		if !ok {
			return Errorf(TypeErrorType, "%s() argument '%s' must be dict, not %s", fname, name, v.Type().Name)
		}
		*p = d
	case **List:
		l, ok := v.obj.(*List)
		if !ok {
			return Errorf(TypeErrorType, "%s() argument '%s' must be list, not %s", fname, name, v.Type().Name)
		}
		*p = l
	case **Tuple:
		t, ok := v.obj.(*Tuple)
		if !ok {
			return Errorf(TypeErrorType, "%s() argument '%s' must be tuple, not %s", fname, name, v.Type().Name)
		}
		*p = t
	case **Str:
		s, ok := v.obj.(*Str)
		if !ok {
			return Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fname, name, v.Type().Name)
		}
		*p = s
	default:
		panic(fmt.Sprintf("UnpackArgs: unsupported pointer type %T for %s", ptr, name))
	}
	return nil
}

func argIndex(fname string, v Value) (int64, error) {
	if v.IsInt() {
		return v.AsInt(), nil
	}
	if !hasIndex(v) {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	return IndexInt64(v)
}

// NoKwargs fails if any keyword arguments were passed.
func NoKwargs(fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// argCountError reports a wrong positional count for a fixed-arity builtin.
func argCountError(fname string, want, got int, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	if want == 0 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, got)
	}
	if want == 1 {
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, got)
	}
	return Errorf(TypeErrorType, "%s() takes exactly %d arguments (%d given)", fname, want, got)
}

// ArgRange checks min <= len(positional) <= max with CPython's wording
// for builtins like range/getattr ("expected at least 1 argument, got 0").
func ArgRange(fname string, args []Value, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	n := len(args)
	if n < min {
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	}
	if n > max {
		return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
	}
	return nil
}
