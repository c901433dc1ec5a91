package syntax

// This file holds the parser's entry point and token-level helpers. The
// parser is hand-written recursive descent over the 3.12 grammar
// (Grammar/python.gram); statements are in parse_stmt.go, expressions in
// parse_expr.go, patterns in parse_match.go, literals in literal.go.

import (
	"bytes"
	"fmt"

	"golang.org/x/text/unicode/norm"
)

// Mode selects the start rule, like the mode argument of compile().
type Mode int

// Parse modes.
const (
	Exec   Mode = iota // a module: *Module
	Eval               // one expression: *Expression
	Single             // one interactive statement: *Interactive
)

// Flags change what the parser accepts.
type Flags uint

// Parser flags.
const (
	// AllowTopLevelAwait accepts await, async for and async with outside
	// functions (notebook cells). The parser accepts them anyway, as
	// CPython's does; the flag matters to the compiler and to CheckComplete.
	AllowTopLevelAwait Flags = 1 << iota
	// TypeComments fills the type_comment fields and Module.TypeIgnores
	// from "# type:" comments, like ast.parse(..., type_comments=True)
	// (which `python -m ast` uses).
	TypeComments
	// AllowIncompleteInput makes Parse fail with the SyntaxError
	// "incomplete input" where more lines could complete the source, as
	// compile() does with PyCF_ALLOW_INCOMPLETE_INPUT (0x4000, the flag
	// codeop uses): the parser ran into the end of the input before
	// failing. See incomplete.go.
	AllowIncompleteInput
)

// maxDepth bounds the parser's recursion so deeply nested input raises a
// clean error instead of exhausting the Go stack.
const maxDepth = 2000

type parser struct {
	src      []byte
	filename string
	toks     []Token
	pos      int
	scanErr  *Error
	scanCls  scanErrClass // how scanErr competes with parser errors
	hw       int          // the furthest token the parser has looked at
	failHW   int          // hw when the parse first failed, before diagnosis; -1 before
	flags    Flags
	depth    int
	names    map[string]string // interned identifiers
	fdepth   int               // f-string nesting, for error messages
	spec     int               // >0 while speculating: errors are cheap
	tcs      map[int]string    // type comments, keyed by the index of the token after them
	tcEnd    map[int][2]int    // where each type comment ends
	tcUsed   map[int]bool      // type comments consumed as part of a statement
	ignores  []*TypeIgnore
}

// extractTypeComments removes TYPE_COMMENT and TYPE_IGNORE tokens from the
// stream, remembering each type comment by the token that follows it.
func (p *parser) extractTypeComments() {
	out := p.toks[:0]
	p.tcs = map[int]string{}
	p.tcEnd = map[int][2]int{}
	p.tcUsed = map[int]bool{}
	for _, t := range p.toks {
		switch t.Kind {
		case TYPE_COMMENT:
			p.tcs[len(out)] = typeCommentText(p.src[t.Start:t.End])
			p.tcEnd[len(out)] = [2]int{t.EndLine, t.EndCol}
			continue
		case TYPE_IGNORE:
			txt := typeCommentText(p.src[t.Start:t.End])
			p.ignores = append(p.ignores, &TypeIgnore{Lineno: t.Line, Tag: txt[len("ignore"):]})
			continue
		}
		out = append(out, t)
	}
	p.toks = out
}

// typeComment returns the type comment just before token index i.
func (p *parser) typeComment(i int) string {
	if p.tcs == nil {
		return ""
	}
	return p.tcs[i]
}

// Parse parses src in the given mode. The error, if any, is a *Error.
func Parse(filename string, src []byte, mode Mode, flags Flags) (mod Mod, err error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, &Error{Kind: "SyntaxError", Msg: "source code string cannot contain null bytes", Filename: filename}
	}
	src, serr := decodeSource(filename, src)
	if serr != nil {
		return nil, serr
	}
	sc := newScanner(filename, src, false)
	sc.typeComments = flags&TypeComments != 0
	sc.run()
	p := &parser{src: sc.src, filename: filename, toks: sc.toks, scanErr: sc.err, scanCls: sc.errClass, flags: flags,
		names: make(map[string]string), failHW: -1}
	if sc.typeComments {
		p.extractTypeComments()
	}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			mod, err = nil, b.err
			if flags&AllowIncompleteInput != 0 && p.reachedEOF() {
				err = p.incompleteInput()
			}
		}
	}()
	switch mode {
	case Eval:
		return p.parseEvalInput(), nil
	case Single:
		return p.parseSingleInput(), nil
	}
	return p.parseFileInput(), nil
}

// ParseExpr parses a single expression (eval mode) and returns its body.
func ParseExpr(filename string, src []byte) (Expr, error) {
	m, err := Parse(filename, src, Eval, 0)
	if err != nil {
		return nil, err
	}
	return m.(*Expression).Body, nil
}

func (p *parser) parseFileInput() *Module {
	m := &Module{Body: []Stmt{}, TypeIgnores: []*TypeIgnore{}}
	for p.kind() != ENDMARKER {
		if p.kind() == NEWLINE {
			p.pos++
			continue
		}
		m.Body = append(m.Body, p.statement()...)
	}
	if p.ignores != nil {
		m.TypeIgnores = p.ignores
	}
	return m
}

func (p *parser) parseEvalInput() *Expression {
	e := p.expressions()
	for p.kind() == NEWLINE {
		p.pos++
	}
	if p.kind() != ENDMARKER {
		p.syntaxError()
	}
	return &Expression{Body: e}
}

func (p *parser) parseSingleInput() *Interactive {
	m := &Interactive{Body: []Stmt{}}
	for p.kind() == NEWLINE {
		p.pos++
	}
	if p.kind() == ENDMARKER {
		return m
	}
	m.Body = p.statement()
	for p.kind() == NEWLINE {
		p.pos++
	}
	if p.kind() != ENDMARKER {
		p.errorAt(p.tok(), "multiple statements found while compiling a single statement")
	}
	return m
}

// ---- token helpers ----

func (p *parser) tok() *Token { return &p.toks[p.pos] }

func (p *parser) kind() TokenKind { return p.toks[p.pos].Kind }

func (p *parser) peek(n int) *Token {
	i := p.pos + n
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	p.hw = max(p.hw, i)
	return &p.toks[i]
}

// mark records that the parser has looked at the current token. The
// furthest such token decides whether a tokenizer error found later in
// the input replaces a parser error (see scanWins).
func (p *parser) mark() { p.hw = max(p.hw, p.pos) }

// rewind backtracks to token index save, remembering how far the parser
// had looked.
func (p *parser) rewind(save int) {
	p.mark()
	p.pos = save
}

func (p *parser) advance() *Token {
	t := &p.toks[p.pos]
	if t.Kind == ERRORTOKEN {
		p.raiseScanError()
	}
	if p.pos < len(p.toks)-1 {
		p.pos++
	}
	return t
}

func (p *parser) text(t *Token) string { return string(p.src[t.Start:t.End]) }

func (p *parser) is(t *Token, s string) bool {
	return t.Kind == NAME && string(p.src[t.Start:t.End]) == s
}

// isKw reports whether the current token is the keyword (or soft keyword) s.
func (p *parser) isKw(s string) bool { return p.is(&p.toks[p.pos], s) }

func (p *parser) acceptKw(s string) bool {
	if p.isKw(s) {
		p.pos++
		return true
	}
	return false
}

func (p *parser) accept(k TokenKind) bool {
	if p.toks[p.pos].Kind == k {
		p.pos++
		return true
	}
	return false
}

func (p *parser) expect(k TokenKind) *Token {
	if p.kind() != k {
		p.syntaxError()
	}
	return p.advance()
}

func (p *parser) expectKw(s string) {
	if !p.acceptKw(s) {
		p.syntaxError()
	}
}

// expectColon expects ':' and reports CPython's "expected ':'" when the
// line ends instead.
func (p *parser) expectColon() {
	if p.kind() == COLON {
		p.pos++
		return
	}
	if p.kind() == NEWLINE {
		p.errorAt(p.tok(), "expected ':'")
	}
	p.syntaxError()
}

// expectColonForced is CPython's &&':' : any other token is reported as
// "expected ':'".
func (p *parser) expectColonForced() {
	if p.kind() == COLON {
		p.pos++
		return
	}
	if p.kind() == ERRORTOKEN || p.scanErr != nil && p.kind() == ENDMARKER {
		p.raiseScanError()
	}
	p.errorAt(p.tok(), "expected ':'")
}

// tokIndexAt returns the index of the token starting at line:col, or -1.
func (p *parser) tokIndexAt(line, col int) int {
	lo, hi := 0, len(p.toks)
	for lo < hi {
		m := (lo + hi) / 2
		t := &p.toks[m]
		if t.Line < line || t.Line == line && t.Col < col {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(p.toks) && p.toks[lo].Line == line && p.toks[lo].Col == col {
		return lo
	}
	return -1
}

// parenthesized reports whether e is wrapped in parentheses that are not
// part of its own span (a group, not a tuple display).
func (p *parser) parenthesized(e Expr) bool {
	pos := posOf(e)
	i := p.tokIndexAt(pos.Lineno, pos.ColOffset)
	if i <= 0 || p.toks[i-1].Kind != LPAR {
		return false
	}
	// The '(' must be matched right after e: in "(x = 1)" x is not
	// parenthesized.
	for j := i; j < len(p.toks); j++ {
		t := &p.toks[j]
		if t.Line > pos.EndLineno || t.Line == pos.EndLineno && t.Col >= pos.EndColOffset {
			return t.Kind == RPAR
		}
	}
	return false
}

func (p *parser) prevTok() *Token {
	if p.pos == 0 {
		return &p.toks[0]
	}
	return &p.toks[p.pos-1]
}

// isKeyword reports whether s is one of Python's hard keywords.
func isKeyword(s string) bool {
	switch s {
	case "False", "None", "True", "and", "as", "assert", "async", "await",
		"break", "class", "continue", "def", "del", "elif", "else", "except",
		"finally", "for", "from", "global", "if", "import", "in", "is",
		"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
		"while", "with", "yield":
		return true
	}
	return false
}

// isName reports whether t is an identifier that is not a hard keyword.
func (p *parser) isName(t *Token) bool {
	return t.Kind == NAME && !isKeyword(string(p.src[t.Start:t.End]))
}

// name consumes an identifier and returns it interned.
func (p *parser) name() string {
	t := p.tok()
	if !p.isName(t) {
		p.syntaxError()
	}
	p.pos++
	return p.intern(t)
}

func (p *parser) intern(t *Token) string {
	b := p.src[t.Start:t.End]
	if s, ok := p.names[string(b)]; ok {
		return s
	}
	s := string(b)
	key := s
	for i := 0; i < len(b); i++ {
		if b[i] >= 0x80 {
			// PEP 3131: identifiers are NFKC-normalized.
			s = norm.NFKC.String(s)
			break
		}
	}
	p.names[key] = s
	return s
}

// ---- positions ----

// startOf returns the start position of token t.
func startOf(t *Token) (int, int) { return t.Line, t.Col }

// here is the start of the current token.
func (p *parser) here() Pos {
	t := &p.toks[p.pos]
	return Pos{Lineno: t.Line, ColOffset: t.Col}
}

// span completes start with the end of the last consumed token that is not
// NEWLINE, INDENT or DEDENT (CPython's last non-whitespace token).
func (p *parser) span(start Pos) Pos {
	i := p.pos - 1
	for i > 0 {
		k := p.toks[i].Kind
		if k != NEWLINE && k != INDENT && k != DEDENT {
			break
		}
		i--
	}
	if i < 0 {
		i = 0
	}
	t := &p.toks[i]
	start.EndLineno, start.EndColOffset = t.EndLine, t.EndCol
	if p.tcUsed != nil && p.tcUsed[i+1] {
		e := p.tcEnd[i+1]
		start.EndLineno, start.EndColOffset = e[0], e[1]
	}
	return start
}

func posOf(n Node) Pos {
	if pn, ok := n.(Positioned); ok {
		return *pn.GetPos()
	}
	return Pos{}
}

// ---- errors ----

func (p *parser) raiseScanError() {
	if p.spec == 0 {
		p.failing()
	}
	panic(bailout{p.scanErr})
}

// scanWins reports whether the tokenizer's error should be reported
// instead of a parser error at the current token, as CPython 3.12 decides
// it: a tokenizer error the parser ran into always wins; otherwise CPython
// tokenizes the rest of the input, where a raised tokenizer error wins
// (unless raised inside an f-string) and an unclosed bracket at the end
// wins only if the parser had read past the bracket's line.
func (p *parser) scanWins() bool {
	if p.scanErr == nil {
		return false
	}
	p.mark()
	if p.hw >= len(p.toks)-1 {
		// The ERRORTOKEN is always the last token.
		return true
	}
	switch p.scanCls {
	case errUnclosed:
		return p.toks[p.hw].Line > p.scanErr.Lineno
	case errSoft, errInFString:
		return false
	}
	return true
}

// syntaxError reports "invalid syntax" at the current token, or the
// tokenizer's error if the tokenizer failed anywhere (CPython checks the
// rest of the input for tokenizer errors before reporting a generic one).
func (p *parser) syntaxError() {
	if p.spec > 0 {
		p.mark()
		panic(bailout{nil})
	}
	p.failing()
	if p.scanWins() {
		p.raiseScanError()
	}
	t := p.tok()
	if t.Kind == INDENT {
		p.unexpectedIndent(t)
	}
	if t.Kind == DEDENT {
		p.errorKind("IndentationError", t, t, "unexpected unindent")
	}
	if p.atEOF(t) {
		// CPython's end-of-input tokens have no column: a generic error
		// there is reported at column 0 of the last line.
		line, _ := p.lastLine()
		panic(bailout{&Error{Kind: "SyntaxError", Msg: "invalid syntax", Filename: p.filename,
			Lineno: line, EndLineno: line, Text: lineText(p.src, lineOffset(p.src, line)), atEOF: true}})
	}
	p.errorAt(t, "invalid syntax")
}

// atEOF reports whether t is one of the tokens at the end of the input
// (ENDMARKER and the DEDENTs before it).
func (p *parser) atEOF(t *Token) bool {
	return t.Kind == ENDMARKER || t.Kind == DEDENT && t.Start == len(p.src)
}

// lastLine returns the number of the input's last line and its length in
// bytes counting its newline (added if missing, as CPython's tokenizer
// does): CPython reports errors found at the end of the input there.
func (p *parser) lastLine() (line, length int) {
	end := len(p.src)
	if end > 0 && p.src[end-1] == '\n' {
		end--
	}
	ls := lineStartOf(p.src, end)
	return bytes.Count(p.src[:end], []byte{'\n'}) + 1, end - ls + 1
}

// unexpectedIndent reports an INDENT token where CPython does: the offset
// is the indentation width and there is no end.
func (p *parser) unexpectedIndent(t *Token) {
	if p.spec > 0 {
		panic(bailout{nil})
	}
	p.failing()
	panic(bailout{&Error{Kind: "IndentationError", Msg: "unexpected indent", Filename: p.filename,
		Lineno: t.Line, Offset: t.EndCol, EndLineno: t.Line, EndOffset: -1, Text: lineText(p.src, t.Start)}})
}

func (p *parser) errorAt(t *Token, msg string) {
	p.errorKind("SyntaxError", t, t, msg)
}

func (p *parser) errorKind(kind string, from, to *Token, msg string) {
	if p.spec > 0 {
		p.mark()
		panic(bailout{nil})
	}
	p.failing()
	if p.scanWins() {
		p.raiseScanError()
	}
	e := &Error{Kind: kind, Msg: msg, Filename: p.filename, Lineno: from.Line, Offset: from.Col + 1,
		EndLineno: to.EndLine, EndOffset: to.EndCol + 1, Text: lineText(p.src, from.Start)}
	switch {
	case p.atEOF(from):
		// CPython's end-of-input tokens have no column; it reports the
		// tokenizer's position: past the newline of the last line.
		e.atEOF = true
		e.Lineno, e.Offset = p.lastLine()
		e.EndLineno, e.EndOffset = e.Lineno, -1
		e.Text = lineText(p.src, lineOffset(p.src, e.Lineno))
	case from.Kind == DEDENT:
		// Likewise a DEDENT: the tokenizer is at the next statement.
		e.Offset, e.EndOffset = from.Col, -1
	}
	panic(bailout{e})
}

// errorRange reports msg spanning the node span pos.
func (p *parser) errorRange(pos Pos, msg string) {
	if p.spec > 0 {
		p.mark()
		panic(bailout{nil})
	}
	p.failing()
	if p.scanWins() {
		p.raiseScanError()
	}
	e := &Error{Kind: "SyntaxError", Msg: msg, Filename: p.filename, Lineno: pos.Lineno, Offset: pos.ColOffset + 1,
		EndLineno: pos.EndLineno, EndOffset: pos.EndColOffset + 1, Text: lineText(p.src, lineOffset(p.src, pos.Lineno))}
	panic(bailout{e})
}

func (p *parser) errorf(t *Token, format string, args ...any) {
	p.errorAt(t, fmt.Sprintf(format, args...))
}

// speculate runs f; if it fails with a syntax error, the position is
// restored and speculate returns false.
func (p *parser) speculate(f func()) (ok bool) {
	save := p.pos
	p.spec++
	defer func() {
		p.spec--
		if r := recover(); r != nil {
			if _, isB := r.(bailout); !isB {
				panic(r)
			}
			p.rewind(save)
			ok = false
		}
	}()
	f()
	p.mark()
	return true
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.spec = 0
		t := p.tok()
		e := &Error{Kind: "SyntaxError", Msg: "too many nested parentheses", Filename: p.filename,
			Lineno: t.Line, Offset: t.Col + 1, Text: lineText(p.src, t.Start)}
		panic(bailout{e})
	}
}

func (p *parser) leave() { p.depth-- }
