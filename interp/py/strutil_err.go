package py

import "fmt"

// This file defines libError, the error the library helpers (string
// algorithms, number formatting, float parsing, math numerics) return before
// the object layer exists to carry a real Python exception. The method
// wrappers turn a *libError into the Python exception it names, so the pure
// algorithms stay testable without an interpreter.

// libError is a Python exception described by its class name (Kind, e.g.
// "ValueError") and its message, exactly as CPython 3.12 words it.
type libError struct {
	Kind string
	Msg  string
}

func (e *libError) Error() string { return e.Kind + ": " + e.Msg }

func libValueError(format string, a ...any) error {
	return &libError{"ValueError", fmt.Sprintf(format, a...)}
}

func libOverflowError(format string, a ...any) error {
	return &libError{"OverflowError", fmt.Sprintf(format, a...)}
}

func libTypeError(format string, a ...any) error {
	return &libError{"TypeError", fmt.Sprintf(format, a...)}
}

func libZeroDivisionError(format string, a ...any) error {
	return &libError{"ZeroDivisionError", fmt.Sprintf(format, a...)}
}

// libErrorTypes maps libError kinds to the builtin exception classes.
var libErrorTypes = map[string]**Type{
	"ValueError":        &ValueErrorType,
	"OverflowError":     &OverflowErrorType,
	"TypeError":         &TypeErrorType,
	"ZeroDivisionError": &ZeroDivisionErrorType,
	"KeyError":          &KeyErrorType,
	"IndexError":        &IndexErrorType,
}

// pyErr converts a *libError into the Python exception it names; other
// errors (already Python exceptions) pass through.
func pyErr(err error) error {
	le, ok := err.(*libError)
	if !ok {
		return err
	}
	t := ValueErrorType
	if p, ok := libErrorTypes[le.Kind]; ok {
		t = *p
	}
	return Errorf(t, "%s", le.Msg)
}

// strResult wraps a (string, error) result of a library helper as a str
// Value, converting the error.
func strResult(s string, err error) (Value, error) {
	if err != nil {
		return Value{}, pyErr(err)
	}
	return StrValue(s), nil
}

// argTypeName names an argument's type the way CPython's argument-clinic
// errors do: "None" for None, else the type name.
func argTypeName(v Value) string {
	if v.IsNone() {
		return "None"
	}
	return v.Type().Name
}

// noArgs wraps a method that takes no arguments with CPython's
// "int.bit_length() takes no arguments (1 given)" check.
func noArgs(qual string, fn MethodFunc) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 0 {
			return Value{}, Errorf(TypeErrorType, "%s() takes no arguments (%d given)", qual, len(args))
		}
		return fn(self, args, kw)
	}
}

// oldArgRange checks argument counts with the wording of CPython's older
// string methods ("find() takes at least 1 argument (0 given)").
func oldArgRange(name string, args []Value, kw []string, lo, hi int) error {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) < lo {
		return Errorf(TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, lo, plural(lo), len(args))
	}
	if len(args) > hi {
		return Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, hi, plural(hi), len(args))
	}
	return nil
}

// bytesTypeName is "bytearray" for bytearray receivers, else "bytes".
func bytesTypeName(v Value) string {
	if _, ok := v.obj.(*ByteArray); ok {
		return "bytearray"
	}
	return "bytes"
}
