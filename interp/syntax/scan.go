package syntax

// This file implements the tokenizer. It follows CPython 3.12's
// Parser/tokenizer.c rules: INDENT/DEDENT with tab consistency checks,
// implicit joining inside brackets, backslash continuation, and PEP 701
// f-strings, which are split into FSTRING_START/MIDDLE/END around ordinary
// expression tokens. The whole input is tokenized up front; the first error
// stops the scan and is kept so the parser can report it when it gets
// there (or instead of a generic "invalid syntax", as CPython does).

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	maxParenDepth = 200 // CPython's MAXLEVEL
	maxIndent     = 100 // CPython's MAXINDENT
	tabSize       = 8
)

type paren struct {
	ch        byte
	line, col int
}

type fmodeKind uint8

const (
	fmLiteral fmodeKind = iota // inside the string text
	fmExpr                     // inside a {replacement field}
	fmSpec                     // inside a format spec after ':'
)

// fmode is one level of f-string state. Expression and spec levels refer
// to the f-string they belong to through quote/triple/raw.
type fmode struct {
	kind   fmodeKind
	quote  byte
	triple bool
	raw    bool
	depth  int // len(parens) when the replacement field opened
	line   int // where the f-string started (for errors)
	col    int
	bline  int // where a replacement field's '{' is (for errors)
	bcol   int
}

// Scanner turns source bytes into tokens.
type Scanner struct {
	src          []byte
	filename     string
	pos          int
	line         int
	lineStart    int
	toks         []Token
	trivia       bool // emit COMMENT and NL tokens (Tokenize)
	typeComments bool // emit TYPE_COMMENT and TYPE_IGNORE tokens

	atBOL      bool
	indents    []int
	altIndents []int
	parens     []paren
	modes      []fmode
	blank      bool // no token other than a comment on this line yet
	err        *Error
	errClass   scanErrClass // how err competes with parser errors
}

// scanErrClass says how a tokenizer error competes with a parser error
// found earlier in the token stream. CPython tokenizes lazily: when the
// parser fails before reaching the tokenizer's error, it scans the rest of
// the input and lets most tokenizer errors replace its own, but not all.
type scanErrClass uint8

const (
	// errHard replaces any parser error (an exception raised by the
	// tokenizer: unterminated string, bad character, bad number, ...).
	errHard scanErrClass = iota
	// errUnclosed is "'(' was never closed" at the end of input: it
	// replaces a parser error only if the parser got past the line of
	// the bracket, or needed the token after the end of input.
	errUnclosed
	// errSoft is an operator CPython's tokenizer passes to the parser as
	// an unknown token ('$', '?', '`'): it matters only if reached.
	errSoft
	// errInFString is an error raised inside an f-string: CPython keeps
	// the parser's error then.
	errInFString
)

// Tokenize returns all tokens of src, including COMMENT and NL, ending with
// ENDMARKER. On error it returns the tokens before the error and the error.
func Tokenize(src []byte) ([]Token, error) {
	s := newScanner("<string>", src, true)
	s.run()
	if s.err != nil {
		return s.toks[:len(s.toks)-1], s.err
	}
	return s.toks, nil
}

func newScanner(filename string, src []byte, trivia bool) *Scanner {
	src = normalizeNewlines(src)
	s := &Scanner{src: src, filename: filename, line: 1, trivia: trivia, atBOL: true}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		s.pos = 3
		s.lineStart = 3
	}
	s.indents = []int{0}
	s.altIndents = []int{0}
	s.toks = make([]Token, 0, len(src)/6+16)
	return s
}

// normalizeNewlines turns \r\n and \r into \n, copying only when needed.
func normalizeNewlines(src []byte) []byte {
	i := 0
	for i < len(src) && src[i] != '\r' {
		i++
	}
	if i == len(src) {
		return src
	}
	out := make([]byte, 0, len(src))
	for j := 0; j < len(src); j++ {
		c := src[j]
		if c == '\r' {
			out = append(out, '\n')
			if j+1 < len(src) && src[j+1] == '\n' {
				j++
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// lineText returns the source line containing offset off, with its newline.
func lineText(src []byte, off int) string {
	if off > len(src) {
		off = len(src)
	}
	start := off
	for start > 0 && src[start-1] != '\n' {
		start--
	}
	end := off
	for end < len(src) && src[end] != '\n' {
		end++
	}
	if end < len(src) {
		end++
	}
	return string(src[start:end])
}

// fail records a tokenizer error at (line, col) (0-based col) and stops.
func (s *Scanner) fail(kind, msg string, line, col, lineOff int) {
	if s.err != nil {
		return
	}
	text := lineText(s.src, lineOff)
	off := col + 1
	if col >= 0 && col <= len(text) {
		// CPython reports offsets in characters, not bytes.
		off = utf8.RuneCountInString(text[:col]) + 1
	}
	s.err = &Error{Kind: kind, Msg: msg, Filename: s.filename, Lineno: line,
		Offset: off, EndLineno: line, EndOffset: off, Text: text}
	if len(s.modes) > 0 {
		s.errClass = errInFString
	}
	s.emit(ERRORTOKEN, s.pos, s.pos)
}

// tabError reports inconsistent tabs and spaces; CPython points at the
// start of the line.
func (s *Scanner) tabError(p int) {
	s.fail("TabError", "inconsistent use of tabs and spaces in indentation", s.line, 0, p)
	s.err.EndOffset = 0
}

// failCur reports msg the way CPython's tokenizer does for number errors:
// the offset is the column of the tokenizer's cursor at off.
func (s *Scanner) failCur(msg string, off int) {
	s.fail("SyntaxError", msg, s.line, off-s.lineStart-1, off)
}

func (s *Scanner) failHere(msg string) {
	s.fail("SyntaxError", msg, s.line, s.pos-s.lineStart, s.pos)
}

func (s *Scanner) emit(k TokenKind, start, end int) {
	// start is always on the current line or an earlier one; find its line
	// by walking back only for multi-line tokens (strings), which are rare.
	if k != COMMENT && k != NL && k != TYPE_COMMENT && k != TYPE_IGNORE {
		s.blank = false
	}
	t := Token{Kind: k, Start: start, End: end, EndLine: s.line, EndCol: end - s.lineStart}
	if start >= s.lineStart {
		t.Line, t.Col = s.line, start-s.lineStart
	} else {
		line, ls := s.line, s.lineStart
		for start < ls {
			line--
			ls--
			for ls > 0 && s.src[ls-1] != '\n' {
				ls--
			}
		}
		t.Line, t.Col = line, start-ls
	}
	s.toks = append(s.toks, t)
}

func (s *Scanner) newline() {
	s.line++
	s.lineStart = s.pos
}

func (s *Scanner) inFExpr() bool {
	return len(s.modes) > 0 && s.modes[len(s.modes)-1].kind == fmExpr
}

// run scans the whole input.
func (s *Scanner) run() {
	for s.err == nil {
		if n := len(s.modes); n > 0 && s.modes[n-1].kind != fmExpr {
			s.scanFStringText()
			continue
		}
		if s.atBOL {
			s.atBOL = false
			s.blank = true
			if len(s.parens) == 0 && !s.inFExpr() {
				if s.indentation() {
					continue
				}
			}
		}
		if !s.next() {
			return
		}
	}
}

// indentation measures the indentation of a new line and emits INDENT or
// DEDENT tokens. It returns true when it consumed a blank line.
func (s *Scanner) indentation() bool {
	col, alt := 0, 0
	p := s.pos
	for p < len(s.src) {
		switch s.src[p] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/tabSize + 1) * tabSize
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			goto done
		}
		p++
	}
done:
	if p >= len(s.src) || s.src[p] == '#' || s.src[p] == '\n' || (s.src[p] == '\\' && false) {
		// Blank or comment-only lines do not change indentation.
		if p >= len(s.src) {
			return false
		}
		return false
	}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if alt != s.altIndents[top] {
			s.tabError(p)
		}
	case col > s.indents[top]:
		if len(s.indents) >= maxIndent {
			s.fail("IndentationError", "too many levels of indentation", s.line, p-s.lineStart, p)
			return false
		}
		if alt <= s.altIndents[top] {
			s.tabError(p)
			return false
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.emit(INDENT, s.pos, p)
	default:
		for top > 0 && col < s.indents[top] {
			top--
			s.indents = s.indents[:top+1]
			s.altIndents = s.altIndents[:top+1]
			s.emit(DEDENT, p, p)
		}
		if col != s.indents[top] {
			s.fail("IndentationError", "unindent does not match any outer indentation level", s.line, p-s.lineStart, p)
			s.err.Offset = utf8.RuneCountInString(s.err.Text)
			if !strings.HasSuffix(s.err.Text, "\n") {
				s.err.Offset++ // the newline CPython adds at the end
			}
			s.err.EndOffset = -1
			return false
		}
		if alt != s.altIndents[top] {
			s.tabError(p)
			return false
		}
	}
	return false
}

// lastSignificant reports the kind of the last token the parser sees.
func (s *Scanner) lastSignificant() TokenKind {
	for i := len(s.toks) - 1; i >= 0; i-- {
		k := s.toks[i].Kind
		if k != NL && k != COMMENT {
			return k
		}
	}
	return NEWLINE
}

// blankLine reports whether the current line (from its start) holds only
// whitespace and maybe a comment.
func (s *Scanner) blankLine() bool {
	for p := s.lineStart; p < len(s.src); p++ {
		switch s.src[p] {
		case ' ', '\t', '\f':
			continue
		case '#', '\n':
			return true
		}
		return false
	}
	return true
}

// next scans one token; it returns false after ENDMARKER.
func (s *Scanner) next() bool {
	// skip whitespace
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c == ' ' || c == '\t' || c == '\f' {
			s.pos++
			continue
		}
		if c == '\\' {
			if s.pos+1 < len(s.src) && s.src[s.pos+1] == '\n' {
				s.pos += 2
				s.newline()
				if s.pos >= len(s.src) {
					// CPython points past the end of the line, with no end.
					s.fail("SyntaxError", "unexpected EOF while parsing", s.line-1, s.pos-1-lineStartOf(s.src, s.pos-2), s.pos-2)
					s.err.atEOF = true
					s.err.EndOffset = -1
					return false
				}
				continue
			}
			if s.pos+1 >= len(s.src) {
				s.pos++
				s.failHere("unexpected EOF while parsing")
				s.err.atEOF = true
				s.err.EndOffset = -1
				return false
			}
			s.pos++
			s.failHere("unexpected character after line continuation character")
			s.err.EndOffset = 0
			return false
		}
		break
	}
	if s.pos >= len(s.src) {
		return s.eof()
	}
	start := s.pos
	c := s.src[s.pos]
	switch {
	case c == '#':
		for s.pos < len(s.src) && s.src[s.pos] != '\n' {
			s.pos++
		}
		if s.typeComments {
			if k, ok := typeCommentKind(s.src[start:s.pos]); ok {
				s.emit(k, start, s.pos)
				return true
			}
		}
		if s.trivia {
			s.emit(COMMENT, start, s.pos)
		}
		return true
	case c == '\n':
		s.pos++
		if len(s.parens) > 0 || s.inFExpr() || s.blank {
			if s.trivia {
				s.emit(NL, start, s.pos)
			}
		} else {
			s.emit(NEWLINE, start, s.pos)
		}
		s.newline()
		s.atBOL = true
		return true
	case isIdentStart(c):
		return s.scanName()
	case c >= 0x80:
		r, size := utf8.DecodeRune(s.src[s.pos:])
		if r != utf8.RuneError && isIdentStartRune(r) {
			return s.scanName()
		}
		if r == utf8.RuneError && size <= 1 {
			s.failHere(fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", c, s.pos))
			return false
		}
		if unicode.IsPrint(r) {
			s.failHere(fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
		} else {
			s.failHere(fmt.Sprintf("invalid non-printable character U+%04X", r))
		}
		return false
	case c >= '0' && c <= '9':
		return s.scanNumber()
	case c == '.' && s.pos+1 < len(s.src) && s.src[s.pos+1] >= '0' && s.src[s.pos+1] <= '9':
		return s.scanNumber()
	case c == '"' || c == '\'':
		return s.scanString(start, s.pos, false, false, false)
	}
	return s.scanOperator()
}

// lastLine is the number of the last line that has any text (the line
// CPython says an unterminated literal was "detected at").
func (s *Scanner) lastLine() int {
	if s.pos >= len(s.src) && len(s.src) > 0 && s.src[len(s.src)-1] == '\n' {
		return s.line - 1
	}
	return s.line
}

func lineStartOf(src []byte, off int) int {
	for off > 0 && src[off-1] != '\n' {
		off--
	}
	return off
}

// eof finishes the token stream.
func (s *Scanner) eof() bool {
	if n := len(s.modes); n > 0 && s.modes[n-1].kind != fmLiteral {
		// Inside a replacement field the innermost open bracket is
		// reported, the field's '{' included.
		m := s.modes[n-1]
		line, col, ch := m.bline, m.bcol, byte('{')
		if len(s.parens) > m.depth {
			p := s.parens[len(s.parens)-1]
			line, col, ch = p.line, p.col, p.ch
		}
		s.fail("SyntaxError", fmt.Sprintf("'%c' was never closed", ch), line, col, lineOffset(s.src, line))
		s.err.EndOffset = 0
		s.err.atEOF = true
		return false
	}
	if len(s.modes) > 0 {
		m := s.modes[0]
		msg := "unterminated f-string literal (detected at line %d)"
		if m.triple {
			msg = "unterminated triple-quoted f-string literal (detected at line %d)"
		}
		// Not "incomplete input" for CPython: its f-string tokenizer
		// does not flag the end of input here (codeop calls it invalid).
		s.fail("SyntaxError", fmt.Sprintf(msg, s.lastLine()), m.line, m.col, lineOffset(s.src, m.line))
		return false
	}
	if len(s.parens) > 0 {
		p := s.parens[len(s.parens)-1]
		s.fail("SyntaxError", fmt.Sprintf("'%c' was never closed", p.ch), p.line, p.col, lineOffset(s.src, p.line))
		s.err.EndOffset = 0
		s.errClass = errUnclosed
		s.err.atEOF = true
		return false
	}
	if k := s.lastSignificant(); k != NEWLINE && k != INDENT && k != DEDENT && len(s.toks) > 0 {
		// The implicit newline CPython adds is one column wide.
		s.emit(NEWLINE, s.pos, s.pos)
		s.toks[len(s.toks)-1].EndCol++
	}
	if s.trivia && s.pos > s.lineStart {
		// CPython's tokenize module reports the implicit newline position
		// after the last line; keep it simple: NL already emitted above.
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.emit(DEDENT, s.pos, s.pos)
	}
	s.emit(ENDMARKER, s.pos, s.pos)
	return false
}

// lineOffset returns the byte offset where 1-based line n starts.
func lineOffset(src []byte, n int) int {
	line := 1
	for i, c := range src {
		if line == n {
			return i
		}
		if c == '\n' {
			line++
		}
	}
	return len(src)
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isIdentChar(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

func isIdentStartRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIdentRune(r rune) bool {
	return isIdentStartRune(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// scanName scans an identifier, or a string prefix followed by a string.
func (s *Scanner) scanName() bool {
	start := s.pos
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if isIdentChar(c) {
			s.pos++
			continue
		}
		if c >= 0x80 {
			r, size := utf8.DecodeRune(s.src[s.pos:])
			if isIdentRune(r) {
				s.pos += size
				continue
			}
			if r != utf8.RuneError && !unicode.IsSpace(r) && !isOperatorRune(r) {
				if unicode.IsPrint(r) {
					s.failHere(fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
				} else {
					s.failHere(fmt.Sprintf("invalid non-printable character U+%04X", r))
				}
				return false
			}
		}
		break
	}
	if s.pos < len(s.src) && (s.src[s.pos] == '"' || s.src[s.pos] == '\'') && s.pos-start <= 2 {
		var isB, isR, isF, isU bool
		ok := true
		for _, c := range s.src[start:s.pos] {
			switch c | 0x20 {
			case 'b':
				ok = ok && !isB
				isB = true
			case 'r':
				ok = ok && !isR
				isR = true
			case 'f':
				ok = ok && !isF
				isF = true
			case 'u':
				ok = ok && !isU
				isU = true
			default:
				ok = false
			}
		}
		if ok && !(isB && isF) && !(isU && (isB || isR || isF)) {
			return s.scanString(start, s.pos, isR, isB, isF)
		}
	}
	s.emit(NAME, start, s.pos)
	return true
}

func isOperatorRune(r rune) bool { return r < 0x80 }

// scanString scans a string literal whose prefix starts at start and
// whose opening quote is at q.
func (s *Scanner) scanString(start, q int, raw, isBytes, isF bool) bool {
	quote := s.src[q]
	triple := q+2 < len(s.src) && s.src[q+1] == quote && s.src[q+2] == quote
	startLine, startCol, startLS := s.line, start-s.lineStart, s.lineStart
	if isF {
		if triple {
			s.pos = q + 3
		} else {
			s.pos = q + 1
		}
		s.emit(FSTRING_START, start, s.pos)
		s.modes = append(s.modes, fmode{kind: fmLiteral, quote: quote, triple: triple, raw: raw, line: startLine, col: startCol})
		return true
	}
	p := q + 1
	if triple {
		p = q + 3
	}
	for {
		if p >= len(s.src) {
			s.pos = p
			if inF := s.inFExpr(); inF && s.modes[len(s.modes)-1].quote == quote && s.modes[len(s.modes)-1].triple == triple {
				s.fail("SyntaxError", "f-string: expecting '}'", startLine, q-startLS, startLS)
				return false
			}
			if triple {
				s.fail("SyntaxError", fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", s.lastLine()), startLine, startCol, startLS)
				s.err.atEOF = true
			} else {
				s.fail("SyntaxError", fmt.Sprintf("unterminated string literal (detected at line %d)", s.lastLine()), startLine, startCol, startLS)
			}
			return false
		}
		c := s.src[p]
		switch {
		case c == quote:
			if !triple {
				s.pos = p + 1
				s.emit(STRING, start, s.pos)
				return true
			}
			if p+2 < len(s.src) && s.src[p+1] == quote && s.src[p+2] == quote {
				s.pos = p + 3
				s.emit(STRING, start, s.pos)
				return true
			}
			p++
		case c == '\\':
			if p+1 < len(s.src) {
				if s.src[p+1] == '\n' {
					p += 2
					s.pos = p
					s.newline()
					continue
				}
			}
			p += 2
		case c == '\n':
			if !triple {
				s.pos = p
				if s.inFExpr() && s.modes[len(s.modes)-1].quote == quote && !s.modes[len(s.modes)-1].triple {
					s.fail("SyntaxError", "f-string: expecting '}'", startLine, q-startLS, startLS)
					return false
				}
				s.fail("SyntaxError", fmt.Sprintf("unterminated string literal (detected at line %d)", s.line), startLine, startCol, startLS)
				return false
			}
			p++
			s.pos = p
			s.newline()
		default:
			p++
		}
	}
}

// scanFStringText scans literal text of an f-string (or of a format spec)
// up to the next replacement field, closing brace or closing quote.
func (s *Scanner) scanFStringText() {
	m := &s.modes[len(s.modes)-1]
	start := s.pos
	flush := func() {
		if s.pos > start {
			s.emit(FSTRING_MIDDLE, start, s.pos)
		}
	}
	for {
		if s.pos >= len(s.src) {
			flush()
			s.eof()
			return
		}
		c := s.src[s.pos]
		switch {
		case c == m.quote && (!m.triple || s.pos+2 < len(s.src) && s.src[s.pos+1] == c && s.src[s.pos+2] == c):
			if m.kind == fmSpec {
				flush()
				s.fail("SyntaxError", "f-string: expecting '}', or format specs", s.line, s.pos-s.lineStart, s.pos)
				s.err.EndOffset++
				return
			}
			flush()
			end := s.pos + 1
			if m.triple {
				end = s.pos + 3
			}
			st := s.pos
			s.pos = end
			s.emit(FSTRING_END, st, end)
			s.modes = s.modes[:len(s.modes)-1]
			return
		case c == '\\':
			if m.raw {
				// A backslash keeps the next character (even a quote) in
				// the literal, but never hides a replacement field.
				s.pos++
				if s.pos < len(s.src) && s.src[s.pos] == '\n' {
					s.pos++
					s.newline()
				} else if s.pos < len(s.src) && s.src[s.pos] != '{' && s.src[s.pos] != '}' {
					s.pos++
				}
				continue
			}
			s.pos++
			if s.pos+1 < len(s.src) && s.src[s.pos] == 'N' && s.src[s.pos+1] == '{' {
				for s.pos < len(s.src) && s.src[s.pos] != '}' && s.src[s.pos] != m.quote && s.src[s.pos] != '\n' {
					s.pos++
				}
				if s.pos < len(s.src) && s.src[s.pos] == '}' {
					s.pos++
				}
				continue
			}
			if s.pos < len(s.src) {
				if s.src[s.pos] == '\n' {
					s.pos++
					s.newline()
				} else if s.src[s.pos] != '{' && s.src[s.pos] != '}' {
					s.pos++
				}
			}
		case c == '{':
			if m.kind == fmLiteral && s.pos+1 < len(s.src) && s.src[s.pos+1] == '{' {
				// A doubled brace ends the text with one brace, as
				// CPython's tokenizer does; the second is skipped.
				s.pos++
				flush()
				s.pos++
				start = s.pos
				continue
			}
			flush()
			if m.kind == fmSpec && s.specNesting() >= 3 {
				s.failCur("f-string: expressions nested too deeply", s.pos)
				return
			}
			s.emit(LBRACE, s.pos, s.pos+1)
			bline, bcol := s.line, s.pos-s.lineStart
			s.pos++
			if len(s.modes) >= maxParenDepth {
				s.failHere("f-string: expressions nested too deeply")
				return
			}
			s.modes = append(s.modes, fmode{kind: fmExpr, quote: m.quote, triple: m.triple, raw: m.raw, depth: len(s.parens), line: m.line, col: m.col, bline: bline, bcol: bcol})
			return
		case c == '}':
			if m.kind == fmLiteral {
				if s.pos+1 < len(s.src) && s.src[s.pos+1] == '}' {
					s.pos++
					flush()
					s.pos++
					start = s.pos
					continue
				}
				flush()
				s.fail("SyntaxError", "f-string: single '}' is not allowed", s.line, s.pos-s.lineStart, s.pos)
				return
			}
			flush()
			if s.trivia && s.pos == start && len(s.toks) > 0 && s.toks[len(s.toks)-1].Kind == RBRACE {
				// CPython's tokenize shows an empty middle after a nested
				// field that ends a format spec.
				s.emit(FSTRING_MIDDLE, s.pos, s.pos)
			}
			s.emit(RBRACE, s.pos, s.pos+1)
			s.pos++
			s.modes = s.modes[:len(s.modes)-1]
			return
		case c == '\n':
			if !m.triple && m.kind == fmSpec {
				// A newline ends a single-quoted format spec; the
				// replacement field goes on in expression mode, as in
				// CPython's tokenizer.
				flush()
				m.kind = fmExpr
				return
			}
			if !m.triple {
				flush()
				msg := "unterminated f-string literal (detected at line %d)"
				s.fail("SyntaxError", fmt.Sprintf(msg, s.line), m.line, m.col, lineOffset(s.src, m.line))
				return
			}
			s.pos++
			s.newline()
		default:
			s.pos++
		}
	}
}

// scanNumber scans a numeric literal.
func (s *Scanner) scanNumber() bool {
	start := s.pos
	src := s.src
	digits := func(ok func(byte) bool) bool {
		// digits with single underscores between them; returns false on a
		// misplaced underscore.
		if s.pos >= len(src) || !ok(src[s.pos]) {
			return false
		}
		for s.pos < len(src) {
			c := src[s.pos]
			if ok(c) {
				s.pos++
				continue
			}
			if c == '_' {
				if s.pos+1 < len(src) && ok(src[s.pos+1]) {
					s.pos++
					continue
				}
				s.pos++
				return false
			}
			break
		}
		return true
	}
	dec := func(c byte) bool { return c >= '0' && c <= '9' }
	kind := "decimal"
	if src[s.pos] == '0' && s.pos+1 < len(src) && src[s.pos+1]|0x20 == 'x' {
		s.pos += 2
		kind = "hexadecimal"
		if s.pos < len(src) && src[s.pos] == '_' {
			s.pos++
		}
		if !digits(func(c byte) bool { return dec(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }) {
			return s.badNumber(kind)
		}
		return s.endNumber(start, kind)
	}
	if src[s.pos] == '0' && s.pos+1 < len(src) && src[s.pos+1]|0x20 == 'o' {
		s.pos += 2
		kind = "octal"
		if s.pos < len(src) && src[s.pos] == '_' {
			s.pos++
		}
		if !digits(func(c byte) bool { return c >= '0' && c <= '7' }) {
			if s.pos < len(src) && dec(src[s.pos]) {
				s.failHere(fmt.Sprintf("invalid digit '%c' in octal literal", src[s.pos]))
				return false
			}
			return s.badNumber(kind)
		}
		if s.pos < len(src) && dec(src[s.pos]) {
			s.failHere(fmt.Sprintf("invalid digit '%c' in octal literal", src[s.pos]))
			return false
		}
		return s.endNumber(start, kind)
	}
	if src[s.pos] == '0' && s.pos+1 < len(src) && src[s.pos+1]|0x20 == 'b' {
		s.pos += 2
		kind = "binary"
		if s.pos < len(src) && src[s.pos] == '_' {
			s.pos++
		}
		if !digits(func(c byte) bool { return c == '0' || c == '1' }) {
			if s.pos < len(src) && dec(src[s.pos]) {
				s.failHere(fmt.Sprintf("invalid digit '%c' in binary literal", src[s.pos]))
				return false
			}
			return s.badNumber(kind)
		}
		if s.pos < len(src) && dec(src[s.pos]) {
			s.failHere(fmt.Sprintf("invalid digit '%c' in binary literal", src[s.pos]))
			return false
		}
		return s.endNumber(start, kind)
	}
	isFloat := false
	if src[s.pos] != '.' {
		if !digits(dec) {
			return s.badNumber(kind)
		}
	}
	if s.pos < len(src) && src[s.pos] == '.' {
		isFloat = true
		s.pos++
		if s.pos < len(src) && dec(src[s.pos]) {
			if !digits(dec) {
				return s.badNumber(kind)
			}
		}
	}
	if s.pos < len(src) && src[s.pos]|0x20 == 'e' {
		save := s.pos
		s.pos++
		if s.pos < len(src) && (src[s.pos] == '+' || src[s.pos] == '-') {
			s.pos++
		}
		if s.pos < len(src) && dec(src[s.pos]) {
			isFloat = true
			if !digits(dec) {
				return s.badNumber(kind)
			}
		} else {
			// "1else" is 1 followed by else; "1e" alone is an error
			// reported at the 'e'.
			s.pos = save
			return s.endNumber(start, kind)
		}
	}
	if s.pos < len(src) && src[s.pos]|0x20 == 'j' {
		s.pos++
		isFloat = true
		kind = "imaginary"
	}
	if !isFloat && src[start] == '0' {
		// "0" followed by nonzero digits is an old-style octal.
		for p := start; p < s.pos; p++ {
			if src[p] != '0' && src[p] != '_' {
				s.fail("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
					s.line, start-s.lineStart, start)
				s.err.EndOffset++
				return false
			}
		}
	}
	return s.endNumber(start, kind)
}

func (s *Scanner) badNumber(kind string) bool {
	s.failCur("invalid "+kind+" literal", s.pos)
	return false
}

// endNumber checks what follows a number (CPython's verify_end_of_number):
// a keyword that may legally follow is allowed, a name character is not.
func (s *Scanner) endNumber(start int, kind string) bool {
	if s.pos < len(s.src) {
		c := s.src[s.pos]
		if isIdentChar(c) || c >= 0x80 {
			rest := s.src[s.pos:]
			for _, kw := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
				if len(rest) >= len(kw) && string(rest[:len(kw)]) == kw {
					s.emit(NUMBER, start, s.pos)
					return true
				}
			}
			return s.badNumber(kind)
		}
	}
	s.emit(NUMBER, start, s.pos)
	return true
}

// scanOperator scans an operator or delimiter.
func (s *Scanner) scanOperator() bool {
	start := s.pos
	src := s.src
	k, n := operatorAt(src[s.pos:])
	if n == 0 {
		c := src[s.pos]
		if c == '$' || c == '?' || c == '`' {
			s.failHere("invalid syntax")
			s.err.EndOffset++
			s.errClass = errSoft
			return false
		}
		s.failHere(fmt.Sprintf("invalid non-printable character U+%04X", c))
		return false
	}
	if k == NOTEQUAL && n == 2 && src[s.pos] == '<' {
		// "<>" is only valid with barry_as_FLUFL; tokenize as "<" then ">".
		k, n = LESS, 1
	}
	// Inside an f-string replacement field, '}' and a top-level ':' or
	// '!' end the expression.
	if s.inFExpr() {
		m := &s.modes[len(s.modes)-1]
		if len(s.parens) == m.depth {
			switch src[s.pos] {
			case '}':
				s.pos++
				s.emit(RBRACE, start, s.pos)
				s.modes = s.modes[:len(s.modes)-1]
				return true
			case ':':
				s.pos++
				s.emit(COLON, start, s.pos)
				m.kind = fmSpec
				return true
			}
		}
	}
	switch k {
	case LPAR, LSQB, LBRACE:
		if len(s.parens) >= maxParenDepth {
			s.failHere("too many nested parentheses")
			return false
		}
		s.parens = append(s.parens, paren{src[s.pos], s.line, s.pos - s.lineStart})
	case RPAR, RSQB, RBRACE:
		c := src[s.pos]
		if len(s.parens) == 0 || (s.inFExpr() && len(s.parens) <= s.modes[len(s.modes)-1].depth) {
			s.pos++
			msg := fmt.Sprintf("unmatched '%c'", c)
			if s.inFExpr() {
				msg = "f-string: " + msg
			}
			s.fail("SyntaxError", msg, s.line, start-s.lineStart, start)
			return false
		}
		open := s.parens[len(s.parens)-1]
		want := map[byte]byte{'(': ')', '[': ']', '{': '}'}[open.ch]
		if c != want {
			s.pos++
			msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
			if open.line != s.line {
				msg += fmt.Sprintf(" on line %d", open.line)
			}
			s.fail("SyntaxError", msg, s.line, start-s.lineStart, start)
			return false
		}
		s.parens = s.parens[:len(s.parens)-1]
	}
	s.pos += n
	s.emit(k, start, s.pos)
	return true
}

// typeCommentKind recognizes "# type: ..." comments.
func typeCommentKind(c []byte) (TokenKind, bool) {
	t := typeCommentText(c)
	if t == "" {
		return 0, false
	}
	if len(t) >= 6 && t[:6] == "ignore" && (len(t) == 6 || !isIdentChar(t[6])) {
		return TYPE_IGNORE, true
	}
	return TYPE_COMMENT, true
}

// typeCommentText returns what follows "type:" in a type comment, or "".
func typeCommentText(c []byte) string {
	i := 1 // skip '#'
	for i < len(c) && (c[i] == ' ' || c[i] == '\t') {
		i++
	}
	if len(c)-i < 5 || string(c[i:i+5]) != "type:" {
		return ""
	}
	i += 5
	for i < len(c) && (c[i] == ' ' || c[i] == '\t') {
		i++
	}
	return string(c[i:])
}

// specNesting counts the replacement fields open in the innermost f-string.
func (s *Scanner) specNesting() int {
	n := 0
	for i := len(s.modes) - 1; i >= 0 && s.modes[i].kind != fmLiteral; i-- {
		n++
	}
	return n
}
