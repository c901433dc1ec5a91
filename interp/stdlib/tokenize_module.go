// This file implements _adder_tokenize, the Go half of tokenize: adder's
// own tokenizer (interp/syntax, checked against `python -m tokenize -e`)
// splits the source, and the tokens come back positioned as CPython's
// tokenize module reports them.

package stdlib

import (
	"errors"
	"strings"
	"unicode/utf8"

	"adder/interp/py"
	"adder/interp/syntax"
)

// tokenizeTokens(source) -> ([(exact type name, string, (row, col), (row, col))],
// None or (message, row, col)). Columns count characters; ENDMARKER and
// the final DEDENTs sit at column 0 of the line after the source, and an
// implicit final NEWLINE is one character wide, as in CPython.
func tokenizeTokens(args []py.Value, kw []string) (py.Value, error) {
	s, ok := py.AsStr(args[0])
	if !ok {
		return py.Value{}, py.Errorf(py.TypeErrorType, "source must be str, not %s", args[0].Type().Name)
	}
	src := []byte(s)
	toks, err := syntax.Tokenize(src)
	lines := strings.SplitAfter(s, "\n")
	charCol := func(line, col int) int {
		if line >= 1 && line-1 < len(lines) && col <= len(lines[line-1]) {
			return utf8.RuneCountInString(lines[line-1][:col])
		}
		return col
	}
	last := len(lines)
	if strings.HasSuffix(s, "\n") || s == "" {
		last = len(lines) - 1
	}
	pos := func(l, c int) py.Value { return py.NewTuple(py.Int(int64(l)), py.Int(int64(c))) }
	out := make([]py.Value, 0, len(toks))
	for _, t := range toks {
		text := ""
		if t.Start <= t.End && t.End <= len(src) {
			text = string(src[t.Start:t.End])
		}
		l1, c1, l2, c2 := t.Line, charCol(t.Line, t.Col), t.EndLine, charCol(t.EndLine, t.EndCol)
		switch {
		case t.Kind == syntax.ENDMARKER || t.Kind == syntax.DEDENT && t.Start == len(src):
			l1, c1, l2, c2 = last+1, 0, last+1, 0
		case t.Kind == syntax.NEWLINE && text == "":
			c2 = c1 + 1
		}
		out = append(out, py.NewTuple(py.StrValue(t.Kind.String()), py.StrValue(text), pos(l1, c1), pos(l2, c2)))
	}
	errV := py.None
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			errV = py.NewTuple(py.StrValue(se.Msg), py.Int(int64(se.Lineno)), py.Int(int64(se.Offset)))
		} else {
			errV = py.NewTuple(py.StrValue(err.Error()), py.Int(0), py.Int(0))
		}
	}
	return py.NewTuple(py.ObjectValue(py.NewList(out)), errV), nil
}

func init() {
	registerGoModule("_adder_tokenize", "Tokenizing for tokenize (adder).", func(d *py.Dict) {
		py.AddFunc(d, "tokens", tokenizeTokens)
	})
}
