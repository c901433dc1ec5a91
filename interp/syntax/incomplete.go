package syntax

// This file implements the AllowIncompleteInput flag: CPython's
// PyCF_ALLOW_INCOMPLETE_INPUT turns a failed parse into "incomplete input"
// when the tokenizer had reached the end of the source by the time the
// parser's first pass gave up (the tokenizer's E_EOF or E_EOFS state).
// The second, diagnostic pass does not count, so "foo(a b" is still "'('
// was never closed": the parser failed at b before reading to the end.

// failing records how far the parser had looked when it first failed,
// before any look-ahead made only to explain the error.
func (p *parser) failing() {
	p.mark()
	if p.failHW < 0 {
		p.failHW = p.hw
	}
}

// eofIndex returns the index of the first token whose scanning needed the
// tokenizer to read past the end of the input, or len(p.toks) if none.
func (p *parser) eofIndex() int {
	n := len(p.toks)
	if p.scanErr != nil {
		// Only errors raised at the end of the input count: an open
		// bracket, an unterminated triple-quoted string, a backslash.
		if p.scanErr.atEOF {
			return n - 1
		}
		return n
	}
	i := n
	for i > 0 && p.atEOF(&p.toks[i-1]) {
		i--
	}
	return i
}

// reachedEOF reports whether the failed parse had read to the end of the
// input.
func (p *parser) reachedEOF() bool {
	hw := p.failHW
	if hw < 0 {
		hw = p.hw
	}
	return hw >= p.eofIndex()
}

// incompleteInput builds CPython's "incomplete input" error. It is placed
// where the tokenizer stopped: at the start of an unterminated
// triple-quoted string, otherwise just past the last line.
func (p *parser) incompleteInput() *Error {
	e := &Error{Kind: "SyntaxError", Msg: "incomplete input", Filename: p.filename, EndOffset: -1, atEOF: true}
	if se := p.scanErr; se != nil && se.Offset > 0 && len(se.Msg) > 12 && se.Msg[:12] == "unterminated" {
		e.Lineno, e.Offset, e.Text = se.Lineno, se.Offset, se.Text
	} else {
		e.Lineno, e.Offset = p.lastLine()
		e.Text = lineText(p.src, lineOffset(p.src, e.Lineno))
	}
	e.EndLineno = e.Lineno
	return e
}
