package syntax

// This file parses expressions, from star_expressions down to atoms,
// following the precedence levels of the 3.12 grammar.

// canStartExpr reports whether t can begin an expression.
func (p *parser) canStartExpr(t *Token) bool {
	switch t.Kind {
	case NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS:
		return true
	case NAME:
		s := p.src[t.Start:t.End]
		if !isKeyword(string(s)) {
			return true
		}
		switch string(s) {
		case "None", "True", "False", "not", "lambda", "await":
			return true
		}
	}
	return false
}

// expressions is the eval-mode rule: expression (',' expression)* [','].
func (p *parser) expressions() Expr {
	start := p.here()
	e := p.expression()
	if p.kind() != COMMA {
		return e
	}
	elts := []Expr{e}
	for p.accept(COMMA) {
		if !p.canStartExpr(p.tok()) {
			break
		}
		elts = append(elts, p.expression())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

// starExpressions parses star_expressions: a tuple when there is a comma.
func (p *parser) starExpressions() Expr {
	start := p.here()
	e := p.starExpression()
	if p.kind() != COMMA {
		return e
	}
	elts := []Expr{e}
	for p.accept(COMMA) {
		if !p.canStartExpr(p.tok()) && p.kind() != STAR {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

func (p *parser) starExpression() Expr {
	if p.kind() == STAR {
		start := p.here()
		p.pos++
		v := p.bitwiseOr()
		return &Starred{Pos: p.span(start), Value: v, Ctx: Load}
	}
	return p.expression()
}

// starNamedExpression is '*' bitwise_or | named_expression.
func (p *parser) starNamedExpression() Expr {
	if p.kind() == STAR {
		start := p.here()
		p.pos++
		v := p.bitwiseOr()
		return &Starred{Pos: p.span(start), Value: v, Ctx: Load}
	}
	return p.namedExpression()
}

// namedExpression is NAME ':=' expression | expression. A following '='
// gets CPython's invalid_named_expression messages.
func (p *parser) namedExpression() Expr {
	e := p.namedExpr0()
	if p.kind() == EQUAL && p.spec == 0 {
		p.invalidNamedEquals(e)
	}
	return e
}

// bitwiseLevel reports whether e can be the result of the bitwise_or rule.
func (p *parser) bitwiseLevel(e Expr) bool {
	switch e := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Yield, *YieldFrom, *Starred:
		return p.parenthesized(e)
	case *UnaryOp:
		return e.Op != Not || p.parenthesized(e)
	case *Tuple:
		pos := posOf(e)
		i := p.tokIndexAt(pos.Lineno, pos.ColOffset)
		return i >= 0 && p.toks[i].Kind == LPAR || p.parenthesized(e)
	}
	return true
}

// excludedTarget mirrors !(list|tuple|genexp|'True'|'None'|'False').
func (p *parser) excludedTarget(e Expr) bool {
	if p.parenthesized(e) {
		return false
	}
	switch e := e.(type) {
	case *List, *GeneratorExp:
		return true
	case *Tuple:
		pos := posOf(e)
		i := p.tokIndexAt(pos.Lineno, pos.ColOffset)
		return i >= 0 && p.toks[i].Kind == LPAR
	case *Constant:
		switch e.Value.(type) {
		case nil, bool:
			return true
		}
	}
	return false
}

// invalidNamedEquals reports `target = value` where an expression was
// expected, as CPython's invalid_named_expression does; it returns quietly
// when that rule would not match.
func (p *parser) invalidNamedEquals(e Expr) {
	save := p.pos
	p.pos++ // '='
	var rhs Expr
	ok := p.speculate(func() { rhs = p.bitwiseOr() })
	next := p.kind()
	p.rewind(save)
	if next == ERRORTOKEN {
		// CPython's lookahead reaches the tokenizer error first.
		p.raiseScanError()
	}
	if !ok || next == EQUAL || next == COLONEQUAL {
		return
	}
	pos := posOf(e)
	if _, isName := e.(*Name); isName && !p.parenthesized(e) {
		end := posOf(rhs)
		p.errorRange(Pos{pos.Lineno, pos.ColOffset, end.EndLineno, end.EndColOffset},
			"invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if p.bitwiseLevel(e) && !p.excludedTarget(e) {
		p.errorRange(pos, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
	}
}

func (p *parser) namedExpr0() Expr {
	t := p.tok()
	if t.Kind == NAME && p.peek(1).Kind == COLONEQUAL && p.isName(t) {
		start := p.here()
		p.pos += 2
		target := &Name{Pos: p.spanTok(t), Id: p.intern(t), Ctx: Store}
		v := p.expression()
		return &NamedExpr{Pos: p.span(start), Target: target, Value: v}
	}
	e := p.expression()
	if p.kind() == COLONEQUAL {
		p.errorRange(posOf(e), "cannot use assignment expressions with "+exprName(e))
	}
	return e
}

func (p *parser) spanTok(t *Token) Pos {
	return Pos{t.Line, t.Col, t.EndLine, t.EndCol}
}

// expression is a conditional expression, a lambda or a disjunction.
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambdef()
	}
	start := p.here()
	body := p.disjunction()
	if !p.isKw("if") {
		return body
	}
	p.pos++
	test := p.disjunction()
	if !p.acceptKw("else") {
		if p.spec == 0 {
			p.failing()
			p.errorRange(p.span(start), "expected 'else' after 'if' expression")
		}
		p.syntaxError()
	}
	orelse := p.expression()
	return &IfExp{Pos: p.span(start), Test: test, Body: body, Orelse: orelse}
}

func (p *parser) lambdef() Expr {
	start := p.here()
	p.pos++ // lambda
	args := p.parameters(COLON, false)
	p.expectColon()
	body := p.expression()
	return &Lambda{Pos: p.span(start), Args: args, Body: body}
}

func (p *parser) disjunction() Expr {
	start := p.here()
	e := p.conjunction()
	if !p.isKw("or") {
		return e
	}
	vals := []Expr{e}
	for p.acceptKw("or") {
		vals = append(vals, p.conjunction())
	}
	return &BoolOp{Pos: p.span(start), Op: Or, Values: vals}
}

func (p *parser) conjunction() Expr {
	start := p.here()
	e := p.inversion()
	if !p.isKw("and") {
		return e
	}
	vals := []Expr{e}
	for p.acceptKw("and") {
		vals = append(vals, p.inversion())
	}
	return &BoolOp{Pos: p.span(start), Op: And, Values: vals}
}

func (p *parser) inversion() Expr {
	if p.isKw("not") {
		p.enter()
		defer p.leave()
		start := p.here()
		p.pos++
		e := p.inversion()
		return &UnaryOp{Pos: p.span(start), Op: Not, Operand: e}
	}
	return p.comparison()
}

// compOp returns the comparison operator at the current token and how many
// tokens it spans (0 when there is none).
func (p *parser) compOp() (CmpOperator, int) {
	t := p.tok()
	switch t.Kind {
	case EQEQUAL:
		return Eq, 1
	case NOTEQUAL:
		return NotEq, 1
	case LESS:
		return Lt, 1
	case LESSEQUAL:
		return LtE, 1
	case GREATER:
		return Gt, 1
	case GREATEREQUAL:
		return GtE, 1
	case NAME:
		switch {
		case p.is(t, "in"):
			return In, 1
		case p.is(t, "is"):
			if p.is(p.peek(1), "not") {
				return IsNot, 2
			}
			return Is, 1
		case p.is(t, "not"):
			if p.is(p.peek(1), "in") {
				return NotIn, 2
			}
		}
	}
	return 0, 0
}

func (p *parser) comparison() Expr {
	start := p.here()
	e := p.bitwiseOr()
	op, n := p.compOp()
	if n == 0 {
		return e
	}
	c := &Compare{Left: e}
	for n > 0 {
		p.pos += n
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitwiseOr())
		op, n = p.compOp()
	}
	c.Pos = p.span(start)
	return c
}

func (p *parser) bitwiseOr() Expr {
	start := p.here()
	e := p.bitwiseXor()
	for p.kind() == VBAR {
		p.pos++
		r := p.bitwiseXor()
		e = &BinOp{Pos: p.span(start), Left: e, Op: BitOr, Right: r}
	}
	return e
}

func (p *parser) bitwiseXor() Expr {
	start := p.here()
	e := p.bitwiseAnd()
	for p.kind() == CIRCUMFLEX {
		p.pos++
		r := p.bitwiseAnd()
		e = &BinOp{Pos: p.span(start), Left: e, Op: BitXor, Right: r}
	}
	return e
}

func (p *parser) bitwiseAnd() Expr {
	start := p.here()
	e := p.shiftExpr()
	for p.kind() == AMPER {
		p.pos++
		r := p.shiftExpr()
		e = &BinOp{Pos: p.span(start), Left: e, Op: BitAnd, Right: r}
	}
	return e
}

func (p *parser) shiftExpr() Expr {
	start := p.here()
	e := p.sum()
	for {
		var op Operator
		switch p.kind() {
		case LEFTSHIFT:
			op = LShift
		case RIGHTSHIFT:
			op = RShift
		default:
			return e
		}
		p.pos++
		r := p.sum()
		e = &BinOp{Pos: p.span(start), Left: e, Op: op, Right: r}
	}
}

func (p *parser) sum() Expr {
	start := p.here()
	e := p.term()
	for {
		var op Operator
		switch p.kind() {
		case PLUS:
			op = Add
		case MINUS:
			op = Sub
		default:
			return e
		}
		p.pos++
		r := p.term()
		e = &BinOp{Pos: p.span(start), Left: e, Op: op, Right: r}
	}
}

func (p *parser) term() Expr {
	start := p.here()
	e := p.factor()
	for {
		var op Operator
		switch p.kind() {
		case STAR:
			op = Mult
		case SLASH:
			op = Div
		case DOUBLESLASH:
			op = FloorDiv
		case PERCENT:
			op = Modulo
		case AT:
			op = MatMult
		default:
			return e
		}
		p.pos++
		r := p.factor()
		e = &BinOp{Pos: p.span(start), Left: e, Op: op, Right: r}
	}
}

func (p *parser) factor() Expr {
	var op UnaryOperator
	switch p.kind() {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	start := p.here()
	p.pos++
	e := p.factor()
	return &UnaryOp{Pos: p.span(start), Op: op, Operand: e}
}

func (p *parser) power() Expr {
	start := p.here()
	e := p.awaitPrimary()
	if p.kind() == DOUBLESTAR {
		p.enter()
		defer p.leave()
		p.pos++
		r := p.factor()
		e = &BinOp{Pos: p.span(start), Left: e, Op: Pow, Right: r}
	}
	return e
}

func (p *parser) awaitPrimary() Expr {
	if p.isKw("await") {
		p.enter()
		defer p.leave()
		start := p.here()
		p.pos++
		e := p.primary()
		return &Await{Pos: p.span(start), Value: e}
	}
	return p.primary()
}

// primary parses an atom followed by attribute, call and subscript trailers.
func (p *parser) primary() Expr {
	start := p.here()
	e := p.atom()
	for {
		switch p.kind() {
		case DOT:
			p.pos++
			t := p.tok()
			if !p.isName(t) {
				p.syntaxError()
			}
			p.pos++
			e = &Attribute{Pos: p.span(start), Value: e, Attr: p.intern(t), Ctx: Load}
		case LPAR:
			e = p.call(start, e)
		case LSQB:
			p.pos++
			s := p.slices()
			p.expect(RSQB)
			e = &Subscript{Pos: p.span(start), Value: e, Slice: s, Ctx: Load}
		default:
			return e
		}
	}
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	start := p.here()
	s := p.slice()
	if p.kind() != COMMA {
		if _, ok := s.(*Starred); ok {
			return &Tuple{Pos: p.span(start), Elts: []Expr{s}, Ctx: Load}
		}
		return s
	}
	elts := []Expr{s}
	for p.accept(COMMA) {
		if p.kind() == RSQB {
			break
		}
		elts = append(elts, p.slice())
	}
	if p.kind() != RSQB && p.spec == 0 && p.canStartExpr(p.tok()) {
		p.forgotComma(posOf(elts[len(elts)-1]))
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

func (p *parser) slice() Expr {
	start := p.here()
	if p.kind() == STAR {
		return p.starExpression()
	}
	var lower Expr
	if p.kind() != COLON {
		lower = p.namedExpression()
		if p.kind() != COLON {
			return lower
		}
		if _, ok := lower.(*NamedExpr); ok {
			p.syntaxError()
		}
	}
	p.pos++ // ':'
	var upper, step Expr
	if p.canStartExpr(p.tok()) {
		upper = p.expression()
	}
	if p.accept(COLON) {
		if p.canStartExpr(p.tok()) {
			step = p.expression()
		}
	}
	return &Slice{Pos: p.span(start), Lower: lower, Upper: upper, Step: step}
}

// call parses '(' arguments ')' after fn.
func (p *parser) call(start Pos, fn Expr) Expr {
	open := p.pos
	p.pos++ // (
	c := &Call{Func: fn, Args: []Expr{}, Keywords: []*Keyword{}}
	sawKw, sawDoubleStar := false, false
	for p.kind() != RPAR {
		t := p.tok()
		switch {
		case t.Kind == STAR:
			sstart := p.here()
			p.pos++
			v := p.expression()
			s := &Starred{Pos: p.span(sstart), Value: v, Ctx: Load}
			if p.isKw("for") || p.isKw("async") && p.is(p.peek(1), "for") {
				p.errorRange(posOf(s), "iterable unpacking cannot be used in comprehension")
			}
			if sawDoubleStar {
				p.errorRange(p.spanTok(t), "iterable argument unpacking follows keyword argument unpacking")
			}
			c.Args = append(c.Args, s)
		case t.Kind == DOUBLESTAR:
			kstart := p.here()
			p.pos++
			v := p.expression()
			c.Keywords = append(c.Keywords, &Keyword{Pos: p.span(kstart), Value: v})
			sawDoubleStar = true
		case t.Kind == NAME && p.peek(1).Kind == EQUAL:
			kstart := p.here()
			if !p.isName(t) {
				p.errorRange(p.spanTok(t), "cannot assign to "+p.text(t))
			}
			p.pos += 2
			if !p.canStartExpr(p.tok()) && p.spec == 0 {
				eq := p.prevTok()
				p.errorRange(Pos{t.Line, t.Col, eq.EndLine, eq.EndCol}, "expected argument value expression")
			}
			v := p.expression()
			c.Keywords = append(c.Keywords, &Keyword{Pos: p.span(kstart), Arg: p.intern(t), Value: v})
			sawKw = true
		default:
			e := p.namedExpr0()
			if p.isKw("for") || p.isKw("async") && p.is(p.peek(1), "for") {
				gens := p.forIfClauses()
				if len(c.Args) > 0 || len(c.Keywords) > 0 || p.kind() == COMMA && p.peek(1).Kind != RPAR {
					p.errorRange(p.span(posOf(e)), "Generator expression must be parenthesized")
				}
				p.accept(COMMA)
				if p.kind() != RPAR {
					p.syntaxError()
				}
				p.pos++
				gs := p.toks[open]
				g := &GeneratorExp{Pos: p.span(Pos{Lineno: gs.Line, ColOffset: gs.Col}), Elt: e, Generators: gens}
				c.Args = append(c.Args, g)
				c.Pos = p.span(start)
				return c
			}
			if p.kind() == EQUAL {
				eq := p.tok()
				pos := posOf(e)
				p.errorRange(Pos{pos.Lineno, pos.ColOffset, eq.EndLine, eq.EndCol}, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if sawDoubleStar && p.spec == 0 {
				p.errorAt(p.tok(), "positional argument follows keyword argument unpacking")
			}
			if sawKw && p.spec == 0 {
				p.errorAt(p.tok(), "positional argument follows keyword argument")
			}
			c.Args = append(c.Args, e)
		}
		if !p.accept(COMMA) {
			if p.kind() != RPAR && p.spec == 0 && p.canStartExpr(p.tok()) {
				p.forgotComma(posOf(c.lastArg()))
			}
			break
		}
	}
	p.expect(RPAR)
	c.Pos = p.span(start)
	return c
}

func (c *Call) lastArg() Node {
	if len(c.Keywords) > 0 {
		return c.Keywords[len(c.Keywords)-1]
	}
	if len(c.Args) > 0 {
		return c.Args[len(c.Args)-1]
	}
	return c.Func
}

// forgotComma reports "Perhaps you forgot a comma?" spanning from the
// previous element to the expression that follows it.
func (p *parser) forgotComma(prev Pos) {
	p.maybeForgotComma(prev)
	p.syntaxError()
}

// maybeForgotComma reports "Perhaps you forgot a comma?" if an expression
// follows; otherwise it returns with the position unchanged (but with
// the look-ahead recorded, which lets a tokenizer error found while
// trying win, as in CPython's second pass).
func (p *parser) maybeForgotComma(prev Pos) {
	if p.spec == 0 {
		p.failing()
	}
	save := p.pos
	var next Expr
	if p.speculate(func() { next = p.expression() }) {
		end := posOf(next)
		r := Pos{prev.Lineno, prev.ColOffset, end.EndLineno, end.EndColOffset}
		p.errorRange(r, "invalid syntax. Perhaps you forgot a comma?")
	}
	p.rewind(save)
}

// forIfClauses parses one or more comprehension clauses.
func (p *parser) forIfClauses() []*Comprehension {
	var gens []*Comprehension
	for {
		isAsync := 0
		if p.isKw("async") && p.is(p.peek(1), "for") {
			isAsync = 1
			p.pos++
		}
		if !p.acceptKw("for") {
			return gens
		}
		target := p.starTargets()
		if !p.acceptKw("in") {
			p.syntaxError()
		}
		iter := p.disjunction()
		c := &Comprehension{Target: target, Iter: iter, Ifs: []Expr{}, IsAsync: isAsync}
		for p.acceptKw("if") {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
}

// starTargets parses assignment targets for 'for' loops and
// comprehensions, where 'in' must end the target list.
func (p *parser) starTargets() Expr {
	start := p.here()
	e := p.starTarget()
	if p.kind() != COMMA {
		p.setStore(e, "assign to")
		return e
	}
	elts := []Expr{e}
	for p.accept(COMMA) {
		if p.isKw("in") || p.kind() == EQUAL {
			break
		}
		elts = append(elts, p.starTarget())
	}
	t := &Tuple{Pos: p.span(start), Elts: elts, Ctx: Store}
	p.setStore(t, "assign to")
	return t
}

func (p *parser) starTarget() Expr {
	if p.kind() == STAR {
		start := p.here()
		p.pos++
		v := p.starTarget()
		return &Starred{Pos: p.span(start), Value: v, Ctx: Load}
	}
	return p.bitwiseOr()
}

// atom parses names, literals and displays.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.Kind {
	case NAME:
		s := p.src[t.Start:t.End]
		switch string(s) {
		case "None":
			p.pos++
			return &Constant{Pos: p.spanTok(t), Value: nil}
		case "True":
			p.pos++
			return &Constant{Pos: p.spanTok(t), Value: true}
		case "False":
			p.pos++
			return &Constant{Pos: p.spanTok(t), Value: false}
		}
		if isKeyword(string(s)) {
			p.syntaxError()
		}
		p.pos++
		if p.spec == 0 && (string(s) == "print" || string(s) == "exec") && p.canStartExpr(p.tok()) && p.kind() != LPAR && p.kind() != LSQB && p.kind() != MINUS && p.kind() != PLUS && p.kind() != TILDE {
			p.legacyPrint(t)
		}
		return &Name{Pos: p.spanTok(t), Id: p.intern(t), Ctx: Load}
	case NUMBER:
		p.pos++
		return &Constant{Pos: p.spanTok(t), Value: p.number(t)}
	case STRING, FSTRING_START:
		return p.strings()
	case ELLIPSIS:
		p.pos++
		return &Constant{Pos: p.spanTok(t), Value: Ellipsis{}}
	case LPAR:
		return p.parenAtom()
	case LSQB:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	case ERRORTOKEN:
		p.raiseScanError()
	}
	p.syntaxError()
	return nil
}

// legacyPrint reports CPython's hint for Python 2 print/exec statements.
func (p *parser) legacyPrint(t *Token) {
	save := p.pos
	var rest Expr
	if p.speculate(func() { rest = p.starExpressions() }) {
		end := posOf(rest)
		name := p.text(t)
		p.errorRange(Pos{t.Line, t.Col, end.EndLineno, end.EndColOffset},
			"Missing parentheses in call to '"+name+"'. Did you mean "+name+"(...)?")
	}
	p.rewind(save)
}

func (p *parser) parenAtom() Expr {
	start := p.here()
	p.enter()
	defer p.leave()
	p.pos++ // (
	if p.kind() == RPAR {
		p.pos++
		return &Tuple{Pos: p.span(start), Elts: []Expr{}, Ctx: Load}
	}
	if p.isKw("yield") {
		e := p.yieldExpr()
		p.expect(RPAR)
		return e
	}
	first := p.starNamedExpression()
	if p.isKw("for") || p.isKw("async") && p.is(p.peek(1), "for") {
		if _, ok := first.(*Starred); ok {
			p.errorRange(posOf(first), "iterable unpacking cannot be used in comprehension")
		}
		gens := p.forIfClauses()
		p.expect(RPAR)
		return &GeneratorExp{Pos: p.span(start), Elt: first, Generators: gens}
	}
	if p.kind() == RPAR {
		p.pos++
		if s, ok := first.(*Starred); ok {
			p.errorRange(posOf(s), "cannot use starred expression here")
		}
		return first
	}
	if p.kind() != COMMA {
		if p.spec == 0 && p.canStartExpr(p.tok()) {
			p.forgotComma(posOf(first))
		}
		p.syntaxError()
	}
	elts := []Expr{first}
	for p.accept(COMMA) {
		if p.kind() == RPAR {
			break
		}
		elts = append(elts, p.starNamedExpression())
		if p.kind() != COMMA && p.kind() != RPAR && p.spec == 0 && p.canStartExpr(p.tok()) {
			p.forgotComma(posOf(elts[len(elts)-1]))
		}
	}
	p.expect(RPAR)
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

func (p *parser) listAtom() Expr {
	start := p.here()
	p.enter()
	defer p.leave()
	p.pos++ // [
	if p.kind() == RSQB {
		p.pos++
		return &List{Pos: p.span(start), Elts: []Expr{}, Ctx: Load}
	}
	first := p.starNamedExpression()
	if p.isKw("for") || p.isKw("async") && p.is(p.peek(1), "for") {
		if _, ok := first.(*Starred); ok {
			p.errorRange(posOf(first), "iterable unpacking cannot be used in comprehension")
		}
		gens := p.forIfClauses()
		p.expect(RSQB)
		return &ListComp{Pos: p.span(start), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	for {
		if p.kind() != COMMA {
			if p.kind() != RSQB && p.spec == 0 && p.canStartExpr(p.tok()) {
				p.forgotComma(posOf(elts[len(elts)-1]))
			}
			break
		}
		p.pos++
		if p.kind() == RSQB {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(RSQB)
	return &List{Pos: p.span(start), Elts: elts, Ctx: Load}
}

func (p *parser) braceAtom() Expr {
	start := p.here()
	p.enter()
	defer p.leave()
	p.pos++ // {
	if p.kind() == RBRACE {
		p.pos++
		return &Dict{Pos: p.span(start), Keys: []Expr{}, Values: []Expr{}}
	}
	if p.kind() == DOUBLESTAR {
		d := p.dictRest(start, nil, nil)
		return d
	}
	first := p.starNamedExpression()
	if p.kind() == COLON {
		p.pos++
		v := p.expression()
		if p.isKw("for") || p.isKw("async") && p.is(p.peek(1), "for") {
			gens := p.forIfClauses()
			p.expect(RBRACE)
			return &DictComp{Pos: p.span(start), Key: first, Value: v, Generators: gens}
		}
		return p.dictRest(start, first, v)
	}
	if p.isKw("for") || p.isKw("async") && p.is(p.peek(1), "for") {
		if _, ok := first.(*Starred); ok {
			p.errorRange(posOf(first), "iterable unpacking cannot be used in comprehension")
		}
		gens := p.forIfClauses()
		p.expect(RBRACE)
		return &SetComp{Pos: p.span(start), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	for {
		if p.kind() != COMMA {
			if p.kind() != RBRACE && p.spec == 0 && p.canStartExpr(p.tok()) {
				p.forgotComma(posOf(elts[len(elts)-1]))
			}
			break
		}
		p.pos++
		if p.kind() == RBRACE {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(RBRACE)
	return &Set{Pos: p.span(start), Elts: elts}
}

// dictRest parses the remaining items of a dict display whose first item,
// if any, has been read.
func (p *parser) dictRest(start Pos, k, v Expr) Expr {
	d := &Dict{Keys: []Expr{}, Values: []Expr{}}
	if v != nil {
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, v)
		if p.kind() != COMMA && p.kind() != RBRACE && p.spec == 0 && p.canStartExpr(p.tok()) {
			p.forgotComma(posOf(v))
		}
		if !p.accept(COMMA) {
			p.expect(RBRACE)
			d.Pos = p.span(start)
			return d
		}
	}
	for p.kind() != RBRACE {
		if p.kind() == DOUBLESTAR {
			st := p.advance()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitwiseOr())
			if p.isKw("for") || p.isKw("async") && p.is(p.peek(1), "for") {
				p.errorRange(p.spanTok(st), "dict unpacking cannot be used in dict comprehension")
			}
		} else {
			key := p.expression()
			if p.kind() != COLON {
				if p.kind() == COMMA || p.kind() == RBRACE {
					kp := posOf(key)
					p.errorRange(Pos{kp.Lineno, kp.ColOffset, kp.Lineno, -1}, "':' expected after dictionary key")
				}
				p.syntaxError()
			}
			p.pos++
			d.Keys = append(d.Keys, key)
			d.Values = append(d.Values, p.expression())
		}
		if p.kind() != COMMA && p.kind() != RBRACE && p.spec == 0 && p.canStartExpr(p.tok()) {
			p.forgotComma(posOf(d.Values[len(d.Values)-1]))
		}
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	d.Pos = p.span(start)
	return d
}

// yieldExpr parses 'yield' [from expr | star_expressions].
func (p *parser) yieldExpr() Expr {
	start := p.here()
	p.pos++ // yield
	if p.acceptKw("from") {
		v := p.expression()
		return &YieldFrom{Pos: p.span(start), Value: v}
	}
	if !p.canStartExpr(p.tok()) && p.kind() != STAR {
		return &Yield{Pos: p.span(start)}
	}
	v := p.starExpressions()
	return &Yield{Pos: p.span(start), Value: v}
}

// parameters parses a def or lambda parameter list up to (not including)
// closer. Annotations are allowed only for def.
func (p *parser) parameters(closer TokenKind, annotations bool) *Arguments {
	a := &Arguments{PosOnlyArgs: []*Arg{}, Args: []*Arg{}, KwOnlyArgs: []*Arg{}, KwDefaults: []Expr{}, Defaults: []Expr{}}
	sawSlash, sawStar, sawDefault := false, false, false
	for p.kind() != closer {
		t := p.tok()
		switch t.Kind {
		case SLASH:
			if sawSlash {
				p.errorAt(t, "/ may appear only once")
			}
			if sawStar {
				p.errorAt(t, "/ must be ahead of *")
			}
			if len(a.Args) == 0 {
				p.errorAt(t, "at least one argument must precede /")
			}
			p.pos++
			sawSlash = true
			a.PosOnlyArgs, a.Args = a.Args, []*Arg{}
		case STAR:
			if sawStar {
				p.errorAt(t, "* argument may appear only once")
			}
			p.pos++
			sawStar = true
			if p.kind() == COMMA || p.kind() == closer {
				if p.kind() == closer || p.peek(1).Kind == closer || p.peek(1).Kind == DOUBLESTAR {
					p.errorAt(t, "named arguments must follow bare *")
				}
			} else {
				a.Vararg = p.param(annotations, true)
			}
		case DOUBLESTAR:
			p.pos++
			a.Kwarg = p.param(annotations, false)
			if p.kind() == EQUAL {
				p.errorAt(p.tok(), "var-keyword argument cannot have default value")
			}
			p.accept(COMMA)
			a.Kwarg.TypeComment = p.typeComment(p.pos)
			if p.kind() != closer {
				p.errorAt(p.tok(), "arguments cannot follow var-keyword argument")
			}
			return a
		default:
			arg := p.param(annotations, false)
			var def Expr
			if p.accept(EQUAL) {
				def = p.expression()
			}
			if sawStar {
				a.KwOnlyArgs = append(a.KwOnlyArgs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
					sawDefault = true
				} else if sawDefault {
					p.errorRange(arg.Pos, "parameter without a default follows parameter with a default")
				}
			}
		}
		last := p.lastParam(a)
		if !p.accept(COMMA) {
			if last != nil && p.kind() == closer {
				last.TypeComment = p.typeComment(p.pos)
			}
			break
		}
		if last != nil {
			last.TypeComment = p.typeComment(p.pos)
		}
	}
	if p.kind() != closer {
		p.syntaxError()
	}
	return a
}

// lastParam returns the parameter most recently added to a (for type
// comments), or nil after '/' or a bare '*'.
func (p *parser) lastParam(a *Arguments) *Arg {
	if p.tcs == nil {
		return nil
	}
	t := p.prevTok()
	if t.Kind == SLASH || t.Kind == STAR {
		return nil
	}
	switch {
	case len(a.KwOnlyArgs) > 0:
		return a.KwOnlyArgs[len(a.KwOnlyArgs)-1]
	case a.Vararg != nil:
		return a.Vararg
	case len(a.Args) > 0:
		return a.Args[len(a.Args)-1]
	case len(a.PosOnlyArgs) > 0:
		return a.PosOnlyArgs[len(a.PosOnlyArgs)-1]
	}
	return nil
}

func (p *parser) param(annotations, star bool) *Arg {
	t := p.tok()
	if !p.isName(t) {
		p.syntaxError()
	}
	start := p.here()
	p.pos++
	a := &Arg{Arg: p.intern(t)}
	if annotations && p.accept(COLON) {
		if star && p.kind() == STAR {
			a.Annotation = p.starExpression()
		} else {
			a.Annotation = p.expression()
		}
	}
	a.Pos = p.span(start)
	return a
}
