package syntax

// This file parses the match statement and its patterns (PEP 634).

import "fmt"

// matchStmt parses a match statement, or returns nil (consuming nothing)
// when "match" is an ordinary name here.
func (p *parser) matchStmt() Stmt {
	start := p.here()
	kw := p.tok()
	var subject Expr
	save := p.pos
	ok := p.speculate(func() {
		p.pos++
		subject = p.subjectExpr()
		if p.kind() != COLON && p.kind() != NEWLINE {
			p.syntaxError()
		}
	})
	if !ok {
		return nil
	}
	if p.kind() == NEWLINE {
		// "match x" then a newline: fine if the line is an expression
		// statement such as match(x); otherwise a missing colon.
		nl := p.pos
		p.rewind(save)
		if p.speculate(func() { p.simpleStmts() }) {
			p.rewind(save)
			return nil
		}
		p.errorAt(&p.toks[nl], "expected ':'")
	}
	p.pos++ // ':'
	if p.kind() != NEWLINE {
		p.syntaxError()
	}
	p.pos++
	if p.kind() != INDENT {
		t := p.tok()
		p.errorKind("IndentationError", t, t, fmt.Sprintf("expected an indented block after 'match' statement on line %d", kw.Line))
	}
	p.pos++
	m := &Match{Subject: subject}
	for p.kind() != DEDENT && p.kind() != ENDMARKER {
		if !p.isKw("case") {
			p.syntaxError()
		}
		ck := p.advance()
		mc := &MatchCase{Pattern: p.patterns()}
		if p.acceptKw("if") {
			mc.Guard = p.namedExpression()
		}
		p.expectColon()
		mc.Body = p.block("'case' statement", ck.Line)
		m.Cases = append(m.Cases, mc)
	}
	p.accept(DEDENT)
	m.Pos = p.span(start)
	return m
}

func (p *parser) subjectExpr() Expr {
	start := p.here()
	e := p.starNamedExpression()
	if p.kind() != COMMA {
		if _, ok := e.(*Starred); ok {
			p.syntaxError()
		}
		return e
	}
	elts := []Expr{e}
	for p.accept(COMMA) {
		if p.kind() == COLON {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

// patterns parses the top-level pattern of a case, where an open sequence
// (no brackets) is allowed.
func (p *parser) patterns() Pattern {
	start := p.here()
	first := p.maybeStarPattern()
	if p.kind() != COMMA {
		if _, ok := first.(*MatchStar); ok {
			return &MatchSequence{Pos: p.span(start), Patterns: []Pattern{first}}
		}
		return first
	}
	pats := []Pattern{first}
	for p.accept(COMMA) {
		if p.kind() == COLON || p.isKw("if") {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Pos: p.span(start), Patterns: pats}
}

func (p *parser) maybeStarPattern() Pattern {
	if p.kind() == STAR {
		start := p.here()
		p.pos++
		n := p.captureTarget()
		return &MatchStar{Pos: p.span(start), Name: n}
	}
	return p.pattern()
}

// captureTarget parses a capture name; "_" yields "".
func (p *parser) captureTarget() string {
	t := p.tok()
	n := p.name()
	if p.is(t, "_") {
		return ""
	}
	return n
}

// pattern is as_pattern | or_pattern.
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.here()
	pat := p.orPattern()
	if p.acceptKw("as") {
		t := p.tok()
		if p.is(t, "_") {
			p.errorRange(p.spanTok(t), "cannot use '_' as a target")
		}
		if !p.isName(t) {
			p.errorRange(p.spanTok(t), "invalid pattern target")
		}
		n := p.name()
		return &MatchAs{Pos: p.span(start), Pattern: pat, Name: n}
	}
	return pat
}

func (p *parser) orPattern() Pattern {
	start := p.here()
	first := p.closedPattern()
	if p.kind() != VBAR {
		return first
	}
	pats := []Pattern{first}
	for p.accept(VBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Pos: p.span(start), Patterns: pats}
}

func (p *parser) closedPattern() Pattern {
	start := p.here()
	t := p.tok()
	switch t.Kind {
	case NUMBER, MINUS:
		v := p.signedNumber()
		return &MatchValue{Pos: p.span(start), Value: v}
	case STRING, FSTRING_START:
		v := p.strings()
		if _, ok := v.(*JoinedStr); ok {
			p.errorRange(posOf(v), "patterns may only match literals and attribute lookups")
		}
		return &MatchValue{Pos: p.span(start), Value: v}
	case LPAR:
		p.pos++
		if p.accept(RPAR) {
			return &MatchSequence{Pos: p.span(start), Patterns: []Pattern{}}
		}
		first := p.maybeStarPattern()
		if p.accept(RPAR) {
			if _, ok := first.(*MatchStar); ok {
				return &MatchSequence{Pos: p.span(start), Patterns: []Pattern{first}}
			}
			return first // group pattern
		}
		pats := []Pattern{first}
		for p.accept(COMMA) {
			if p.kind() == RPAR {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(RPAR)
		return &MatchSequence{Pos: p.span(start), Patterns: pats}
	case LSQB:
		p.pos++
		pats := []Pattern{}
		for p.kind() != RSQB {
			pats = append(pats, p.maybeStarPattern())
			if !p.accept(COMMA) {
				break
			}
		}
		p.expect(RSQB)
		return &MatchSequence{Pos: p.span(start), Patterns: pats}
	case LBRACE:
		return p.mappingPattern()
	case NAME:
		switch p.text(t) {
		case "None":
			p.pos++
			return &MatchSingleton{Pos: p.span(start), Value: nil}
		case "True":
			p.pos++
			return &MatchSingleton{Pos: p.span(start), Value: true}
		case "False":
			p.pos++
			return &MatchSingleton{Pos: p.span(start), Value: false}
		}
		if !p.isName(t) {
			p.syntaxError()
		}
		p.pos++
		var e Expr = &Name{Pos: p.spanTok(t), Id: p.intern(t), Ctx: Load}
		dotted := false
		for p.kind() == DOT {
			p.pos++
			a := p.name()
			e = &Attribute{Pos: p.span(start), Value: e, Attr: a, Ctx: Load}
			dotted = true
		}
		if p.kind() == LPAR {
			return p.classPattern(start, e)
		}
		if dotted {
			return &MatchValue{Pos: p.span(start), Value: e}
		}
		if p.is(t, "_") {
			return &MatchAs{Pos: p.span(start)}
		}
		return &MatchAs{Pos: p.span(start), Name: p.intern(t)}
	}
	p.syntaxError()
	return nil
}

// signedNumber parses a literal number pattern, including complex forms
// like -1 + 2j.
func (p *parser) signedNumber() Expr {
	start := p.here()
	neg := p.accept(MINUS)
	t := p.expect(NUMBER)
	var e Expr = &Constant{Pos: p.spanTok(t), Value: p.number(t)}
	if neg {
		e = &UnaryOp{Pos: p.span(start), Op: USub, Operand: e}
	}
	if p.kind() == PLUS || p.kind() == MINUS {
		op := Add
		if p.kind() == MINUS {
			op = Sub
		}
		p.pos++
		it := p.expect(NUMBER)
		v := p.number(it)
		if _, ok := v.(complex128); !ok {
			p.errorRange(p.spanTok(it), "imaginary number required in complex literal")
		}
		r := &Constant{Pos: p.spanTok(it), Value: v}
		e = &BinOp{Pos: p.span(start), Left: e, Op: op, Right: r}
	}
	return e
}

func (p *parser) mappingPattern() Pattern {
	start := p.here()
	p.pos++ // {
	m := &MatchMapping{Keys: []Expr{}, Patterns: []Pattern{}}
	for p.kind() != RBRACE {
		if p.accept(DOUBLESTAR) {
			m.Rest = p.name()
			p.accept(COMMA)
			break
		}
		var key Expr
		switch t := p.tok(); t.Kind {
		case NUMBER, MINUS:
			key = p.signedNumber()
		case STRING, FSTRING_START:
			key = p.strings()
		case NAME:
			switch p.text(t) {
			case "None":
				p.pos++
				key = &Constant{Pos: p.spanTok(t), Value: nil}
			case "True":
				p.pos++
				key = &Constant{Pos: p.spanTok(t), Value: true}
			case "False":
				p.pos++
				key = &Constant{Pos: p.spanTok(t), Value: false}
			default:
				kstart := p.here()
				p.pos++
				key = &Name{Pos: p.spanTok(t), Id: p.intern(t), Ctx: Load}
				if p.kind() != DOT {
					p.syntaxError()
				}
				for p.accept(DOT) {
					attr := p.name()
					key = &Attribute{Pos: p.span(kstart), Value: key, Attr: attr, Ctx: Load}
				}
			}
		default:
			p.syntaxError()
		}
		p.expect(COLON)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	m.Pos = p.span(start)
	return m
}

func (p *parser) classPattern(start Pos, cls Expr) Pattern {
	p.pos++ // (
	c := &MatchClass{Cls: cls, Patterns: []Pattern{}, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
	for p.kind() != RPAR {
		if p.kind() == NAME && p.peek(1).Kind == EQUAL {
			n := p.name()
			p.pos++
			c.KwdAttrs = append(c.KwdAttrs, n)
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.errorRange(posOf(pat), "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RPAR)
	c.Pos = p.span(start)
	return c
}
