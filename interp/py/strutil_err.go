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
