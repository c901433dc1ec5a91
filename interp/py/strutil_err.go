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
