package syntax

// This file defines SyntaxError values and the panic/recover plumbing the
// scanner and parser use to report the first error, as CPython does.

import (
	"cmp"
	"fmt"
	"strings"
	"unicode"
)

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

// Error returns str() of the exception as CPython prints it:
// "msg (file.py, line N)", with the file's base name.
func (e *Error) Error() string {
	name := e.Filename
	if i := strings.LastIndexAny(name, "/\\"); i >= 0 {
		name = name[i+1:]
	}
	if e.Lineno == 0 {
		return fmt.Sprintf("%s (%s)", e.Msg, name)
	}
	return fmt.Sprintf("%s (%s, line %d)", e.Msg, name, e.Lineno)
}

// Format renders the error the way a CPython 3.12 traceback shows a
// SyntaxError: the File line, the offending source line, carets under
// Offset..EndOffset, and "Kind: msg" (traceback's _format_syntax_error).
func (e *Error) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", cmp.Or(e.Filename, "<string>"), e.Lineno)
	if e.Text != "" {
		rtext := []rune(strings.TrimRight(e.Text, "\n"))
		ltext := []rune(strings.TrimLeft(string(rtext), " \n\f"))
		spaces := len(rtext) - len(ltext)
		fmt.Fprintf(&b, "    %s\n", string(ltext))
		if e.Offset != 0 {
			offset, end := e.Offset, e.EndOffset
			if end == 0 {
				end = offset
			}
			if offset == end || end == -1 {
				end = offset + 1
			}
			col, endCol := offset-1-spaces, end-1-spaces
			if col >= 0 {
				b.WriteString("    ")
				for i := 0; i < col && i < len(ltext); i++ {
					if unicode.IsSpace(ltext[i]) {
						b.WriteRune(ltext[i])
					} else {
						b.WriteByte(' ')
					}
				}
				for i := col; i < col+max(col, endCol)-col; i++ {
					b.WriteByte('^')
				}
				b.WriteByte('\n')
			}
		}
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}

// bailout is the panic value used to unwind the parser to its entry point.
type bailout struct{ err *Error }
