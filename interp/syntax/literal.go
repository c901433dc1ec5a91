package syntax

// This file turns NUMBER, STRING and f-string tokens into Constant,
// JoinedStr and FormattedValue nodes, including escape decoding and the
// 3.12 rules for where the pieces of a concatenated literal are placed.

import (
	"bytes"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// number converts a NUMBER token to its Constant value.
func (p *parser) number(t *Token) any {
	s := string(p.src[t.Start:t.End])
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	last := s[len(s)-1] | 0x20
	if last == 'j' {
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return complex(0, f)
	}
	base := 10
	digits := s
	if len(s) > 1 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'x':
			base, digits = 16, s[2:]
		case 'o':
			base, digits = 8, s[2:]
		case 'b':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && strings.ContainsAny(s, ".eE") {
		f, _ := strconv.ParseFloat(s, 64)
		return f
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v
	}
	if base == 10 && len(digits) > 4300 {
		p.errorAt(t, fmt.Sprintf("Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", len(digits)))
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		p.errorAt(t, "invalid number literal")
	}
	return b
}

// strPrefix splits a STRING token's text into its flags and body.
func strPrefix(s string) (body string, raw, isBytes, isU, isF bool) {
	i := 0
	for i < len(s) && s[i] != '"' && s[i] != '\'' {
		switch s[i] | 0x20 {
		case 'r':
			raw = true
		case 'b':
			isBytes = true
		case 'u':
			isU = true
		case 'f':
			isF = true
		}
		i++
	}
	q := s[i:]
	if len(q) >= 6 && q[1] == q[0] && q[2] == q[0] {
		return q[3 : len(q)-3], raw, isBytes, isU, isF
	}
	return q[1 : len(q)-1], raw, isBytes, isU, isF
}

// strBuilder accumulates the constant part of a (possibly concatenated)
// literal together with the span CPython gives it.
type strBuilder struct {
	buf     strings.Builder
	have    bool
	pos     Pos
	isBytes int // -1 unknown, 0 str, 1 bytes
	mixed   bool
}

func (b *strBuilder) add(s string, pos Pos) {
	if !b.have {
		b.have = true
		b.pos = pos
	}
	b.pos.EndLineno, b.pos.EndColOffset = pos.EndLineno, pos.EndColOffset
	b.buf.WriteString(s)
}

// flush appends the pending constant to vals (dropping empty text).
func (b *strBuilder) flush(vals []Expr) []Expr {
	if b.have && b.buf.Len() > 0 {
		vals = append(vals, &Constant{Pos: b.pos, Value: b.buf.String()})
	}
	b.have = false
	b.buf.Reset()
	return vals
}

// strings parses one or more adjacent string and f-string literals.
func (p *parser) strings() Expr {
	first := p.tok()
	start := p.here()
	var b strBuilder
	b.isBytes = -1
	b.mixed = false
	var vals []Expr
	isF := false
	kind := ""
	if first.Kind == STRING && p.src[first.Start] == 'u' {
		// Only a lowercase u prefix sets kind, as in CPython.
		kind = "u"
	}
	for {
		t := p.tok()
		if t.Kind == STRING {
			p.pos++
			body, raw, isBytes, _, _ := strPrefix(p.text(t))
			p.checkMix(t, &b, isBytes)
			var s string
			if raw {
				s = body
				if isBytes {
					p.checkASCII(t, body)
				}
			} else {
				s = p.decodeEscapes(t, body, isBytes)
			}
			b.add(s, p.spanTok(t))
			continue
		}
		if t.Kind == FSTRING_START {
			p.checkMix(t, &b, false)
			isF = true
			vals = p.fstring(&b, vals)
			continue
		}
		break
	}
	if b.mixed {
		p.errorAt(p.tok(), "cannot mix bytes and nonbytes literals")
	}
	if !isF {
		var v any = b.buf.String()
		if b.isBytes == 1 {
			v = Bytes(b.buf.String())
		}
		return &Constant{Pos: p.span(start), Value: v, Kind: kind}
	}
	vals = b.flush(vals)
	if vals == nil {
		vals = []Expr{}
	}
	return &JoinedStr{Pos: p.span(start), Values: vals}
}

func (p *parser) checkMix(t *Token, b *strBuilder, isBytes bool) {
	v := 0
	if isBytes {
		v = 1
	}
	if b.isBytes >= 0 && b.isBytes != v {
		// Reported after the whole literal, where CPython reports it.
		b.mixed = true
	}
	b.isBytes = v
}

func (p *parser) checkASCII(t *Token, s string) {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			p.errorAt(t, "bytes can only contain ASCII literal characters")
		}
	}
}

// fstring parses FSTRING_START ... FSTRING_END, adding literal text to b
// and replacement fields to vals.
func (p *parser) fstring(b *strBuilder, vals []Expr) []Expr {
	st := p.advance()
	raw := strings.ContainsAny(p.text(st), "rR")
	p.fdepth++
	defer func() { p.fdepth-- }()
	for {
		t := p.tok()
		switch t.Kind {
		case FSTRING_MIDDLE:
			p.pos++
			sp := p.spanTok(t)
			if t.End > t.Start && t.End < len(p.src) && (p.src[t.End-1] == '{' || p.src[t.End-1] == '}') && p.src[t.End] == p.src[t.End-1] {
				// The token stops after the first of a doubled brace;
				// CPython's node span covers the second one too.
				sp.EndColOffset++
			}
			b.add(p.fstringText(t, raw, true), sp)
		case LBRACE:
			fv, debug, dpos := p.replacementField(raw)
			if debug != "" {
				b.add(debug, dpos)
			}
			vals = b.flush(vals)
			vals = append(vals, fv)
		case FSTRING_END:
			p.pos++
			return vals
		case ERRORTOKEN:
			p.raiseScanError()
		default:
			p.syntaxError()
		}
	}
}

// fstringText decodes literal f-string text: doubled braces and escapes.
func (p *parser) fstringText(t *Token, raw, literal bool) string {
	s := p.text(t)
	if raw {
		return s
	}
	return p.decodeEscapes(t, s, false)
}

// replacementField parses '{' expr ['='] ['!' NAME] [':' spec] '}'. It
// returns the FormattedValue and, for the '=' specifier, the debug text and
// its span.
func (p *parser) replacementField(raw bool) (fv *FormattedValue, debug string, dpos Pos) {
	lb := p.advance()
	start := p.here()
	start.Lineno, start.ColOffset = lb.Line, lb.Col
	if p.kind() == RBRACE {
		p.errorAt(p.tok(), "f-string: valid expression required before '}'")
	}
	if p.isKw("lambda") && p.spec == 0 {
		lt := p.tok()
		save := p.pos
		p.pos++
		if p.speculate(func() { p.parameters(COLON, false) }) && p.kind() == COLON {
			c := p.tok()
			p.errorRange(Pos{lt.Line, lt.Col, c.EndLine, c.EndCol}, "f-string: lambda expressions are not allowed without parentheses")
		}
		p.rewind(save)
	}
	var e Expr
	parse := func() {
		if p.isKw("yield") {
			e = p.yieldExpr()
		} else {
			e = p.starExpressions()
		}
	}
	if p.spec == 0 && p.scanErr == nil {
		if !p.speculate(parse) {
			p.fieldExprError()
			parse()
		}
	} else {
		parse()
	}
	fv = &FormattedValue{Value: e, Conversion: -1}
	if p.spec == 0 && p.canStartExpr(p.tok()) {
		p.maybeForgotComma(posOf(e))
	}
	if p.spec == 0 && p.kind() != ERRORTOKEN {
		switch p.kind() {
		case EQUAL, EXCLAMATION, COLON, RBRACE:
		default:
			p.errorAt(p.tok(), "f-string: expecting '=', or '!', or ':', or '}'")
		}
	}
	if p.kind() == EQUAL {
		p.pos++
		nt := p.tok()
		debug = p.debugText(lb, p.pos)
		dpos = Pos{lb.EndLine, lb.EndCol, nt.Line, nt.Col}
		if p.spec == 0 && p.kind() != ERRORTOKEN {
			switch p.kind() {
			case EXCLAMATION, COLON, RBRACE:
			default:
				p.errorAt(p.tok(), "f-string: expecting '!', or ':', or '}'")
			}
		}
	}
	if p.kind() == EXCLAMATION {
		ex := p.advance()
		ct := p.tok()
		if ct.Kind != NAME || ct.Start != ex.End {
			if ct.Kind == COLON || ct.Kind == RBRACE {
				p.errorAt(ct, "f-string: missing conversion character")
			}
			p.errorAt(ct, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		c := p.text(ct)
		if c != "s" && c != "r" && c != "a" {
			p.errorAt(ct, fmt.Sprintf("f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", c))
		}
		p.pos++
		fv.Conversion = int(c[0])
	}
	if p.kind() == COLON {
		fv.FormatSpec = p.formatSpec(raw)
	}
	if p.kind() != RBRACE {
		if p.kind() == ERRORTOKEN {
			p.raiseScanError()
		}
		if p.spec == 0 && p.scanErr == nil {
			if fv.Conversion != -1 && fv.FormatSpec == nil {
				p.errorAt(p.tok(), "f-string: expecting ':' or '}'")
			}
			p.errorAt(p.tok(), "f-string: expecting '}'")
		}
		p.syntaxError()
	}
	p.pos++
	if debug != "" && fv.Conversion == -1 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	fv.Pos = p.span(start)
	return fv, debug, dpos
}

// fieldExprError handles a replacement field whose expression does not
// parse: like CPython's invalid_replacement_field, it finds the longest
// prefix that is an expression and reports the token after it.
func (p *parser) fieldExprError() {
	start := p.pos
	best := -1
	for k := start + 1; k < len(p.toks) && k < start+64; k++ {
		kind := p.toks[k].Kind
		if kind == FSTRING_END || kind == ENDMARKER || kind == ERRORTOKEN {
			break
		}
		p.toks[k].Kind = RBRACE // pretend the field ends here
		ok := p.speculate(func() {
			if p.isKw("yield") {
				p.yieldExpr()
			} else {
				p.starExpressions()
			}
			if p.pos != k {
				p.syntaxError()
			}
		})
		p.toks[k].Kind = kind
		p.pos = start
		if ok {
			best = k
		}
	}
	if best < 0 {
		return
	}
	switch p.toks[best].Kind {
	case EQUAL, EXCLAMATION, COLON, RBRACE:
		return
	}
	p.errorAt(&p.toks[best], "f-string: expecting '=', or '!', or ':', or '}'")
}

// formatSpec parses ':' followed by spec text and nested fields, up to
// (not including) the closing '}'.
func (p *parser) formatSpec(raw bool) Expr {
	colon := p.advance()
	js := &JoinedStr{Values: []Expr{}}
	for {
		t := p.tok()
		switch t.Kind {
		case FSTRING_MIDDLE:
			p.pos++
			js.Values = append(js.Values, &Constant{Pos: p.spanTok(t), Value: p.fstringText(t, raw, false)})
			continue
		case LBRACE:
			fv, debug, dpos := p.replacementField(raw)
			if debug != "" {
				js.Values = append(js.Values, &Constant{Pos: dpos, Value: debug})
			}
			js.Values = append(js.Values, fv)
			continue
		}
		break
	}
	end := p.tok()
	js.Pos = Pos{colon.Line, colon.Col, end.Line, end.Col}
	if n := len(js.Values); n > 0 {
		if _, ok := js.Values[n-1].(*FormattedValue); ok {
			js.Values = append(js.Values, &Constant{Pos: Pos{end.Line, end.Col, end.Line, end.Col}, Value: ""})
		}
	}
	return js
}

// decodeEscapes processes backslash escapes in a non-raw literal body.
func (p *parser) decodeEscapes(t *Token, s string, isBytes bool) string {
	i := strings.IndexByte(s, '\\')
	if i < 0 {
		if isBytes {
			p.checkASCII(t, s)
		}
		return s
	}
	if isBytes {
		p.checkASCII(t, s)
	}
	var out []byte
	out = append(out, s[:i]...)
	for i < len(s) {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		i++
		if i >= len(s) {
			out = append(out, '\\')
			break
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for n := 0; n < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; n++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = appendRune(out, rune(v))
			}
		case 'x':
			v, ok := hexDigits(s, i, 2)
			if !ok {
				p.unicodeError(t, isBytes, i-2, i+hexPrefix(s, i, 2)-1, "truncated \\xXX escape")
			}
			i += 2
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = appendRune(out, rune(v))
			}
		case 'u', 'U':
			if isBytes {
				out = append(out, '\\', c)
				continue
			}
			n := 4
			if c == 'U' {
				n = 8
			}
			v, ok := hexDigits(s, i, n)
			if !ok {
				p.unicodeError(t, false, i-2, i+hexPrefix(s, i, n)-1, fmt.Sprintf("truncated \\%cXXXX%s escape", c, strings.Repeat("XXXX", n/4-1)))
			}
			if v > 0x10FFFF {
				p.unicodeError(t, false, i-2, i+n-1, "illegal Unicode character")
			}
			i += n
			out = appendRune(out, rune(v))
		case 'N':
			if isBytes {
				out = append(out, '\\', c)
				continue
			}
			if i >= len(s) || s[i] != '{' {
				p.unicodeError(t, false, i-2, i-1, "malformed \\N character escape")
			}
			end := strings.IndexByte(s[i:], '}')
			if end < 0 {
				p.unicodeError(t, false, i-2, len(s)-1, "malformed \\N character escape")
			}
			r, ok := lookupUnicodeName(s[i+1 : i+end])
			if !ok {
				p.unicodeError(t, false, i-2, i+end, "unknown Unicode character name")
			}
			i += end + 1
			out = utf8.AppendRune(out, r)
		default:
			// Invalid escapes are kept (CPython warns).
			out = append(out, '\\', c)
		}
	}
	return string(out)
}

// appendRune appends r as UTF-8, encoding lone surrogates as WTF-8 so a
// string like "\ud800" survives (repr decodes them back).
func appendRune(out []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(out, 0xED, byte(0xA0|(r>>6)&0x1F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(out, r)
}

func hexDigits(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		switch {
		case c >= '0' && c <= '9':
			v = v*16 + int(c-'0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			v = v*16 + int(c|0x20-'a'+10)
		default:
			return 0, false
		}
	}
	return v, true
}

// unicodeError reports a bad escape in bytes at..end of the literal body.
func (p *parser) unicodeError(t *Token, isBytes bool, at, end int, msg string) {
	if isBytes {
		p.errorAt(t, fmt.Sprintf("(value error) invalid \\x escape at position %d", at))
	}
	p.errorAt(t, fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", at, end, msg))
}

// hexPrefix counts the hex digits (at most n) at s[i:].
func hexPrefix(s string, i, n int) int {
	k := 0
	for k < n && i+k < len(s) {
		c := s[i+k]
		if !(c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f') {
			break
		}
		k++
	}
	return k
}

// debugText returns the source of a self-documenting replacement field
// ("{x = }") between its '{' and the token at index end. CPython 3.12.1
// drops every '#' up to the end of its line from that text, even one
// inside a string literal; so does this.
func (p *parser) debugText(lb *Token, end int) string {
	text := p.src[lb.End:p.toks[end].Start]
	if bytes.IndexByte(text, '#') < 0 {
		return string(text)
	}
	var b []byte
	for len(text) > 0 {
		h := bytes.IndexByte(text, '#')
		if h < 0 {
			b = append(b, text...)
			break
		}
		b = append(b, text[:h]...)
		nl := bytes.IndexByte(text[h:], '\n')
		if nl < 0 {
			break
		}
		text = text[h+nl:]
	}
	return string(b)
}
