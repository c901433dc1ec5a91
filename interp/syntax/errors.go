package syntax

// This file defines SyntaxError values and the panic/recover plumbing the
// scanner and parser use to report the first error, as CPython does.

import "fmt"

// Error is a SyntaxError, IndentationError or TabError with CPython's
// attributes: Lineno/Offset and EndLineno/EndOffset are 1-based (Offset
// counts UTF-8 bytes plus one, as CPython's parser reports it before
// converting to characters); Text is the offending source line with its
// newline. EndLineno/EndOffset are 0 when CPython leaves them unset.
type Error struct {
	Kind      string // "SyntaxError", "IndentationError" or "TabError"
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string

	atEOF bool // the parser or tokenizer needed more input (codeop's "incomplete input")
}

// Error formats the error like the last line of a CPython traceback,
// with the location in front.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Lineno, e.Offset, e.Kind, e.Msg)
}

// bailout is the panic value used to unwind the parser to its entry point.
type bailout struct{ err *Error }
