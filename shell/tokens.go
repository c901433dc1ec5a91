// This file holds a lenient tokenizer that behaves like CPython 3.11's
// pure-Python tokenize module, which IPython's input transformer is built on.
// The interpreter's own scanner (interp/syntax) rejects IPython syntax such as
// "!ls" or "x?"; this one turns unknown characters into ERRORTOKENs and keeps
// going, so the transforms can find escapes the way IPython does.

package shell

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the type of a token, named after tokenize's constants.
type tokKind uint8

const (
	tkName tokKind = iota
	tkNumber
	tkString
	tkOp
	tkError // ERRORTOKEN: a character tokenize does not understand
	tkComment
	tkNewline // NEWLINE: end of a logical line
	tkNL      // NL: a newline that does not end a statement
	tkIndent
	tkDedent
	tkEnd // ENDMARKER
)

// A token is one token; line is a 0-based index into the lines the tokenizer
// was given and col a byte offset in that line.
type token struct {
	kind tokKind
	s    string
	line int
	col  int
}

// operators lists Python's operator spellings, longest first so the scanner
// can take the first match.
var operators = []string{
	"**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
	"<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
	"%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "~",
}

// tokenizeLines tokenizes lines (each ending in "\n" except maybe the last)
// like tokenize.generate_tokens. ok is false when tokenize would raise
// TokenError (end of input inside a bracket, a continued line or a
// triple-quoted string) or IndentationError; toks then holds the tokens
// produced before that point and no ENDMARKER.
func tokenizeLines(lines []string) (toks []token, ok bool) {
	parenlev := 0
	continued := false
	indents := []int{0}
	// A string that spans lines: its opening quote, start and text so far.
	var contQuote string
	contLine, contCol := 0, 0
	lastLineEndsNewline := true
	for ln, line := range lines {
		pos := 0
		lastLineEndsNewline = strings.HasSuffix(line, "\n")
		if contQuote != "" {
			end, closed := scanStringBody(line, 0, contQuote)
			if !closed {
				continue
			}
			text := lines[contLine][contCol:] + strings.Join(lines[contLine+1:ln], "") + line[:end]
			toks = append(toks, token{tkString, text, contLine, contCol})
			contQuote = ""
			pos = end
		} else if parenlev == 0 && !continued {
			// A new statement: measure the indentation.
			col := 0
			for pos < len(line) {
				c := line[pos]
				if c == ' ' {
					col++
				} else if c == '\t' {
					col = (col/8 + 1) * 8
				} else if c == '\f' {
					col = 0
				} else {
					break
				}
				pos++
			}
			if pos == len(line) {
				break
			}
			if c := line[pos]; c == '#' || c == '\r' || c == '\n' {
				if c == '#' {
					text := strings.TrimRight(line[pos:], "\r\n")
					toks = append(toks, token{tkComment, text, ln, pos})
					pos += len(text)
				}
				toks = append(toks, token{tkNL, line[pos:], ln, pos})
				continue
			}
			if col > indents[len(indents)-1] {
				indents = append(indents, col)
				toks = append(toks, token{tkIndent, line[:pos], ln, 0})
			}
			for col < indents[len(indents)-1] {
				found := false
				for _, in := range indents {
					found = found || in == col
				}
				if !found {
					return toks, false // IndentationError: unindent does not match
				}
				indents = indents[:len(indents)-1]
				toks = append(toks, token{tkDedent, "", ln, pos})
			}
		} else {
			continued = false
		}
		for pos < len(line) {
			start := pos
			for start < len(line) && (line[start] == ' ' || line[start] == '\t' || line[start] == '\f') {
				start++
			}
			if start == len(line) {
				break
			}
			c := line[start]
			switch {
			case c == '\r' || c == '\n':
				kind := tkNewline
				if parenlev > 0 {
					kind = tkNL
				}
				toks = append(toks, token{kind, line[start:], ln, start})
				pos = len(line)
				continue
			case c == '#':
				text := strings.TrimRight(line[start:], "\r\n")
				toks = append(toks, token{tkComment, text, ln, start})
				pos = start + len(text)
				continue
			case c == '\\' && (line[start+1:] == "\n" || line[start+1:] == "\r\n"):
				continued = true
				pos = len(line)
				continue
			}
			if q, n := stringStart(line[start:]); q != "" {
				end, closed := scanStringBody(line, start+n, q)
				switch {
				case closed:
					toks = append(toks, token{tkString, line[start:end], ln, start})
					pos = end
				case len(q) == 3 || strings.HasSuffix(line, "\\\n"):
					contQuote, contLine, contCol = q, ln, start
					pos = len(line)
				default:
					// An unterminated one-line string: the quote alone is
					// an error token and scanning resumes after it.
					toks = append(toks, token{tkError, line[start : start+n], ln, start})
					pos = start + n
				}
				continue
			}
			if n := nameLen(line[start:]); n > 0 {
				toks = append(toks, token{tkName, line[start : start+n], ln, start})
				pos = start + n
				continue
			}
			if n := numberLen(line[start:]); n > 0 {
				toks = append(toks, token{tkNumber, line[start : start+n], ln, start})
				pos = start + n
				continue
			}
			if op := operatorAt(line[start:]); op != "" {
				switch op {
				case "(", "[", "{":
					parenlev++
				case ")", "]", "}":
					parenlev--
				}
				toks = append(toks, token{tkOp, op, ln, start})
				pos = start + len(op)
				continue
			}
			// tokenize yields the character at pos (which may be a blank
			// before the bad character) as an error token and moves on by
			// one character.
			_, size := utf8.DecodeRuneInString(line[pos:])
			toks = append(toks, token{tkError, line[pos : pos+size], ln, pos})
			pos += size
		}
	}
	if contQuote != "" || continued || parenlev != 0 {
		return toks, false
	}
	ln := len(lines)
	if !lastLineEndsNewline && len(toks) > 0 {
		last := toks[len(toks)-1].kind
		if last != tkNewline && last != tkNL && last != tkComment {
			toks = append(toks, token{tkNewline, "", ln - 1, len(lines[ln-1])})
		}
	}
	for range indents[1:] {
		toks = append(toks, token{tkDedent, "", ln, 0})
	}
	toks = append(toks, token{tkEnd, "", ln, 0})
	return toks, true
}

// stringStart reports the quote that opens a string literal at the start of
// s (after an optional prefix such as rb or f) and the length of prefix plus
// quote, or "" when s does not start a string.
func stringStart(s string) (quote string, n int) {
	i := 0
	for i < len(s) && i < 2 && strings.ContainsRune("rRbBuUfF", rune(s[i])) {
		i++
	}
	if i > 0 && !validPrefix(strings.ToLower(s[:i])) {
		return "", 0
	}
	if i >= len(s) || (s[i] != '\'' && s[i] != '"') {
		return "", 0
	}
	q := s[i : i+1]
	if strings.HasPrefix(s[i:], q+q+q) {
		q = q + q + q
	}
	return q, i + len(q)
}

func validPrefix(p string) bool {
	switch p {
	case "r", "b", "u", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// scanStringBody looks for the closing quote q in line from pos, honouring
// backslash escapes; it returns the offset after the closing quote.
func scanStringBody(line string, pos int, q string) (end int, closed bool) {
	for pos < len(line) {
		if line[pos] == '\\' {
			pos += 2
			continue
		}
		if len(q) == 1 && (line[pos] == '\n' || line[pos] == '\r') {
			return pos, false
		}
		if strings.HasPrefix(line[pos:], q) {
			return pos + len(q), true
		}
		pos++
	}
	return len(line), false
}

func nameLen(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if r == '_' || unicode.IsLetter(r) || (n > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
			n += size
			continue
		}
		if r >= utf8.RuneSelf && n == 0 && unicode.Is(unicode.Nl, r) {
			n += size
			continue
		}
		break
	}
	return n
}

func numberLen(s string) int {
	if s == "" {
		return 0
	}
	if !('0' <= s[0] && s[0] <= '9') && !(s[0] == '.' && len(s) > 1 && '0' <= s[1] && s[1] <= '9') {
		return 0
	}
	n := 0
	for n < len(s) {
		c := s[n]
		switch {
		case '0' <= c && c <= '9', c == '_', c == '.', c == 'x', c == 'X', c == 'o', c == 'O', c == 'j', c == 'J',
			'a' <= c && c <= 'f', 'A' <= c && c <= 'F':
			n++
		case (c == '+' || c == '-') && n > 0 && (s[n-1] == 'e' || s[n-1] == 'E') && !strings.HasPrefix(strings.ToLower(s), "0x"):
			n++
		default:
			return n
		}
	}
	return n
}

func operatorAt(s string) string {
	for _, op := range operators {
		if strings.HasPrefix(s, op) {
			return op
		}
	}
	return ""
}

// tokensByLine groups tokens into logical lines as IPython's
// make_tokens_by_line does: a NEWLINE ends a line, and so does an NL outside
// brackets.
func tokensByLine(toks []token) [][]token {
	out := [][]token{nil}
	parenlev := 0
	for _, t := range toks {
		out[len(out)-1] = append(out[len(out)-1], t)
		switch {
		case t.kind == tkNewline || (t.kind == tkNL && parenlev <= 0):
			out = append(out, nil)
		case t.kind == tkOp && (t.s == "(" || t.s == "[" || t.s == "{"):
			parenlev++
		case t.kind == tkOp && (t.s == ")" || t.s == "]" || t.s == "}"):
			if parenlev > 0 {
				parenlev--
			}
		}
	}
	if len(out[len(out)-1]) == 0 {
		out = out[:len(out)-1]
	}
	return out
}

// splitLines splits s after each "\n", like str.splitlines(keepends=True)
// for the line endings that matter here.
func splitLines(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}
