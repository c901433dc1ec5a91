// This file holds a small Python tokenizer used to find the operator or
// subscript that CPython 3.12 marks with ~~~^~~~ under a traceback line.
// It only has to understand one expression on one line, so it is far
// simpler than the interpreter's scanner and never fails: unknown bytes
// become single-character operator tokens.

package display

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// exprTokKind classifies an exprTok.
type exprTokKind uint8

const (
	tokName exprTokKind = iota
	tokKeyword
	tokNumber
	tokString
	tokOp
	tokOpen  // ( [ {
	tokClose // ) ] }
)

// An exprTok is one token of a line segment: [start, end) are byte offsets.
type exprTok struct {
	kind       exprTokKind
	start, end int
	text       string
}

// pyKeywords are Python 3.12's hard keywords.
var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true,
	"not": true, "or": true, "pass": true, "raise": true, "return": true,
	"try": true, "while": true, "with": true, "yield": true,
}

// threeCharOps and twoCharOps list Python's multi-character operators,
// longest first so scanning is greedy.
var threeCharOps = []string{"**=", "//=", ">>=", "<<=", "..."}
var twoCharOps = []string{"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
	"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="}

func isIdentStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || r >= utf8.RuneSelf && unicode.In(r, unicode.Other_ID_Start, unicode.Nl)
}

func isIdentChar(r rune) bool {
	return isIdentStart(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)
}

// scanExpr splits s into tokens, skipping whitespace, backslash line joins
// and comments.
func scanExpr(s string) []exprTok {
	var toks []exprTok
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\f' || r == '\n' || r == '\r' || r == '\\':
			i += size
		case r == '#':
			return toks
		case isIdentStart(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isIdentChar(r2) {
					break
				}
				j += n
			}
			word := s[i:j]
			if j < len(s) && (s[j] == '\'' || s[j] == '"') && isStringPrefix(word) {
				end := scanString(s, j)
				toks = append(toks, exprTok{tokString, i, end, s[i:end]})
				i = end
				continue
			}
			kind := tokName
			if pyKeywords[word] {
				kind = tokKeyword
			}
			toks = append(toks, exprTok{kind, i, j, word})
			i = j
		case r >= '0' && r <= '9' || r == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			j := scanNumber(s, i)
			toks = append(toks, exprTok{tokNumber, i, j, s[i:j]})
			i = j
		case r == '\'' || r == '"':
			end := scanString(s, i)
			toks = append(toks, exprTok{tokString, i, end, s[i:end]})
			i = end
		case r == '(' || r == '[' || r == '{':
			toks = append(toks, exprTok{tokOpen, i, i + 1, s[i : i+1]})
			i++
		case r == ')' || r == ']' || r == '}':
			toks = append(toks, exprTok{tokClose, i, i + 1, s[i : i+1]})
			i++
		default:
			n := size
			for _, op := range threeCharOps {
				if strings.HasPrefix(s[i:], op) {
					n = 3
					break
				}
			}
			if n == size {
				for _, op := range twoCharOps {
					if strings.HasPrefix(s[i:], op) {
						n = 2
						break
					}
				}
			}
			toks = append(toks, exprTok{tokOp, i, i + n, s[i : i+n]})
			i += n
		}
	}
	return toks
}

// isStringPrefix reports whether w is a valid string prefix (r, b, f, u
// and their allowed combinations, any case).
func isStringPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// scanNumber returns the end of the number literal starting at i. It is
// permissive: letters, digits, underscores and dots (and a sign after an
// exponent) all continue a number.
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		switch {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c == '.':
			j++
		case (c == '+' || c == '-') && j > i && (s[j-1] == 'e' || s[j-1] == 'E') && !strings.ContainsAny(s[i:j], "xX"):
			j++
		default:
			return j
		}
	}
	return j
}

// scanString returns the end of the string literal whose opening quote is
// at q; an unterminated string runs to the end of s.
func scanString(s string, q int) int {
	quote := s[q : q+1]
	if strings.HasPrefix(s[q:], strings.Repeat(quote, 3)) {
		quote = strings.Repeat(quote, 3)
	}
	j := q + len(quote)
	for j < len(s) {
		if s[j] == '\\' {
			j += 2
			continue
		}
		if strings.HasPrefix(s[j:], quote) {
			return j + len(quote)
		}
		j++
	}
	return len(s)
}

// endsOperand reports whether t can end an operand, so that a following
// + - * ** is binary and a following ( or [ is a call or subscript.
func endsOperand(t exprTok) bool {
	switch t.kind {
	case tokName, tokNumber, tokString, tokClose:
		return true
	case tokKeyword:
		return t.text == "None" || t.text == "True" || t.text == "False"
	}
	return false
}
