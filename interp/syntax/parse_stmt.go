package syntax

// This file parses statements: simple statements, compound statements and
// blocks, with CPython's messages for missing colons and indentation.

import "fmt"

// statement parses one statement line; simple statements separated by
// ';' come back together.
func (p *parser) statement() []Stmt {
	p.enter()
	defer p.leave()
	t := p.tok()
	switch t.Kind {
	case NAME:
		switch string(p.src[t.Start:t.End]) {
		case "def":
			return []Stmt{p.funcDef(nil, p.here(), false)}
		case "class":
			return []Stmt{p.classDef(nil)}
		case "if":
			return []Stmt{p.ifStmt()}
		case "while":
			return []Stmt{p.whileStmt()}
		case "for":
			return []Stmt{p.forStmt(p.here(), false)}
		case "with":
			return []Stmt{p.withStmt(p.here(), false)}
		case "try":
			return []Stmt{p.tryStmt()}
		case "async":
			start := p.here()
			n := p.peek(1)
			if !p.is(n, "def") && !p.is(n, "for") && !p.is(n, "with") {
				p.pos++
				p.syntaxError()
			}
			switch {
			case p.is(n, "def"):
				p.pos++
				return []Stmt{p.funcDef(nil, start, true)}
			case p.is(n, "for"):
				p.pos++
				return []Stmt{p.forStmt(start, true)}
			case p.is(n, "with"):
				p.pos++
				return []Stmt{p.withStmt(start, true)}
			}
		case "match":
			if s := p.matchStmt(); s != nil {
				return []Stmt{s}
			}
		}
	case AT:
		return []Stmt{p.decorated()}
	case INDENT:
		p.unexpectedIndent(t)
	case DEDENT:
		p.errorKind("IndentationError", t, t, "unexpected unindent")
	}
	return p.simpleStmts()
}

// simpleStmts parses simple_stmt (';' simple_stmt)* [';'] NEWLINE.
func (p *parser) simpleStmts() []Stmt {
	var out []Stmt
	for {
		out = append(out, p.simpleStmt())
		if !p.accept(SEMI) {
			break
		}
		if p.kind() == NEWLINE {
			break
		}
	}
	if p.kind() != NEWLINE {
		if p.kind() == ERRORTOKEN {
			p.raiseScanError()
		}
		p.stmtTrailingError()
	}
	p.pos++
	return out
}

// stmtTrailingError reports what CPython reports when a statement is
// followed by something that cannot continue it.
func (p *parser) stmtTrailingError() {
	p.syntaxError()
}

func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	start := p.here()
	if t.Kind == NAME {
		switch string(p.src[t.Start:t.End]) {
		case "pass":
			p.pos++
			return &Pass{Pos: p.span(start)}
		case "break":
			p.pos++
			return &Break{Pos: p.span(start)}
		case "continue":
			p.pos++
			return &Continue{Pos: p.span(start)}
		case "return":
			p.pos++
			var v Expr
			if p.canStartExpr(p.tok()) || p.kind() == STAR {
				v = p.starExpressions()
			}
			return &Return{Pos: p.span(start), Value: v}
		case "import":
			return p.importName()
		case "from":
			return p.importFrom()
		case "raise":
			p.pos++
			r := &Raise{}
			if p.canStartExpr(p.tok()) {
				r.Exc = p.expression()
				if p.acceptKw("from") {
					r.Cause = p.expression()
				}
			}
			r.Pos = p.span(start)
			return r
		case "global", "nonlocal":
			p.pos++
			names := []string{p.name()}
			for p.accept(COMMA) {
				names = append(names, p.name())
			}
			if p.is(t, "global") {
				return &Global{Pos: p.span(start), Names: names}
			}
			return &Nonlocal{Pos: p.span(start), Names: names}
		case "del":
			return p.delStmt()
		case "assert":
			p.pos++
			a := &Assert{Test: p.expression()}
			if p.accept(COMMA) {
				a.Msg = p.expression()
			}
			a.Pos = p.span(start)
			return a
		case "type":
			n := p.peek(1)
			if p.isName(n) && (p.peek(2).Kind == EQUAL || p.peek(2).Kind == LSQB) {
				return p.typeAlias()
			}
		}
	}
	return p.exprOrAssign()
}

// annotatedRHS is yield_expr | star_expressions.
func (p *parser) annotatedRHS() Expr {
	if p.isKw("yield") {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

var augOps = map[TokenKind]Operator{
	PLUSEQUAL: Add, MINEQUAL: Sub, STAREQUAL: Mult, ATEQUAL: MatMult, SLASHEQUAL: Div,
	PERCENTEQUAL: Modulo, AMPEREQUAL: BitAnd, VBAREQUAL: BitOr, CIRCUMFLEXEQUAL: BitXor,
	LEFTSHIFTEQUAL: LShift, RIGHTSHIFTEQUAL: RShift, DOUBLESTAREQUAL: Pow, DOUBLESLASHEQUAL: FloorDiv,
}

// exprOrAssign parses an expression statement or any kind of assignment.
func (p *parser) exprOrAssign() Stmt {
	start := p.here()
	startTok := p.tok()
	e := p.annotatedRHS()
	switch k := p.kind(); k {
	case COLON:
		switch e.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			// CPython's invalid-annotation messages need an annotation
			// after the ':'; without one the ':' is just invalid syntax.
			colon := p.pos
			if p.spec == 0 && !p.speculate(func() { p.pos++; p.expression() }) {
				p.pos = colon
				p.syntaxError()
			}
			p.pos = colon
		}
		switch e := e.(type) {
		case *Name, *Attribute, *Subscript:
		case *Tuple:
			if startTok.Kind != LPAR {
				p.errorRange(posOf(e.Elts[0]), "only single target (not tuple) can be annotated")
			}
			p.errorRange(posOf(e), "only single target (not tuple) can be annotated")
		case *List:
			p.errorRange(posOf(e), "only single target (not list) can be annotated")
		default:
			p.errorRange(posOf(e), "illegal target for annotation")
		}
		p.pos++
		ann := p.expression()
		a := &AnnAssign{Target: e, Annotation: ann}
		setCtx(e, Store)
		if _, ok := e.(*Name); ok && startTok.Kind != LPAR {
			a.Simple = 1
		}
		if p.accept(EQUAL) {
			a.Value = p.annotatedRHS()
		}
		a.Pos = p.span(start)
		return a
	case EQUAL:
		targets := []Expr{e}
		var value Expr
		for p.accept(EQUAL) {
			if p.spec == 0 && invalidTargets(targets) {
				// CPython blames a bad target even when nothing
				// valid follows the '='.
				save := p.pos
				if !p.speculate(func() { p.annotatedRHS() }) {
					p.badTarget(targets)
				}
				p.pos = save
			}
			value = p.annotatedRHS()
			if p.kind() == EQUAL {
				targets = append(targets, value)
			}
		}
		for _, t := range targets {
			if invalidTarget(t, false) != nil {
				p.invalidAssignment(startTok, targets, value)
			}
		}
		for _, t := range targets {
			setCtx(t, Store)
		}
		a := &Assign{Pos: p.span(start), Targets: targets, Value: value, TypeComment: p.typeComment(p.pos)}
		if a.TypeComment != "" {
			// CPython's span of an assignment includes its type comment.
			p.tcUsed[p.pos] = true
			a.Pos = p.span(start)
		}
		return a
	default:
		if op, ok := augOps[k]; ok {
			switch e.(type) {
			case *Name, *Attribute, *Subscript:
			default:
				p.errorRange(posOf(e), fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(e)))
			}
			p.pos++
			v := p.annotatedRHS()
			setCtx(e, Store)
			return &AugAssign{Pos: p.span(start), Target: e, Op: op, Value: v}
		}
	}
	if p.kind() != NEWLINE && p.kind() != SEMI && p.spec == 0 {
		p.exprStmtError(e)
	}
	return &ExprStmt{Pos: p.span(start), Value: e}
}

// invalidAssignment reports an assignment with an invalid target the way
// CPython's invalid_assignment and invalid_named_expression rules do:
// the last element before the first '=' gets the "Maybe you meant '=='"
// hints when the right side is a plain expression, otherwise the first
// invalid target is named.
func (p *parser) invalidAssignment(startTok *Token, targets []Expr, value Expr) {
	if p.spec > 0 {
		p.syntaxError()
	}
	first := targets[0]
	last := first
	if tup, ok := first.(*Tuple); ok && startTok.Kind != LPAR && len(tup.Elts) > 0 {
		last = tup.Elts[len(tup.Elts)-1]
	}
	rhs := value
	if len(targets) > 1 {
		rhs = targets[1]
	}
	lead := p.leadingBitwiseOr(rhs)
	if lead != nil && !(len(targets) > 1 && lead == rhs) {
		pos := posOf(last)
		if _, isName := last.(*Name); isName && !p.parenthesized(last) {
			end := posOf(lead)
			p.errorRange(Pos{pos.Lineno, pos.ColOffset, end.EndLineno, end.EndColOffset},
				"invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		if p.bitwiseLevel(last) && !p.excludedTarget(last) {
			p.errorRange(pos, "cannot assign to "+exprName(last)+" here. Maybe you meant '==' instead of '='?")
		}
	}
	p.badTarget(targets)
}

func invalidTargets(targets []Expr) bool {
	for _, t := range targets {
		if invalidTarget(t, false) != nil {
			return true
		}
	}
	return false
}

// badTarget reports the first assignment target that cannot be assigned.
func (p *parser) badTarget(targets []Expr) {
	for _, t := range targets {
		bad := invalidTarget(t, false)
		if bad == nil {
			continue
		}
		switch bad.(type) {
		case *Yield, *YieldFrom:
			if bad == t && !p.parenthesized(t) {
				p.errorRange(posOf(bad), "assignment to yield expression not possible")
			}
		}
		p.errorRange(posOf(bad), "cannot assign to "+exprName(bad))
	}
}

// leadingBitwiseOr returns the bitwise_or expression e starts with, or nil
// when e does not start with one (lambda, not, yield, starred).
func (p *parser) leadingBitwiseOr(e Expr) Expr {
	if p.parenthesized(e) {
		return e
	}
	switch x := e.(type) {
	case *Compare:
		return p.leadingBitwiseOr(x.Left)
	case *BoolOp:
		return p.leadingBitwiseOr(x.Values[0])
	case *IfExp:
		return p.leadingBitwiseOr(x.Body)
	case *Tuple:
		if p.bitwiseLevel(x) {
			return x
		}
		if len(x.Elts) == 0 {
			return nil
		}
		return p.leadingBitwiseOr(x.Elts[0])
	case *Lambda, *Yield, *YieldFrom, *Starred, *NamedExpr:
		return nil
	case *UnaryOp:
		if x.Op == Not {
			return nil
		}
	}
	return e
}

// exprStmtError explains why an expression statement cannot continue.
func (p *parser) exprStmtError(e Expr) {
	if p.spec == 0 && p.canStartExpr(p.tok()) {
		// CPython's second pass tries to read an expression here (to
		// suggest a missing comma, which it does only inside brackets);
		// an unclosed bracket it runs into is reported instead.
		p.failing()
		save := p.pos
		p.speculate(func() { p.expression() })
		p.rewind(save)
	}
	p.syntaxError()
}

func (p *parser) delStmt() Stmt {
	start := p.here()
	p.pos++
	var targets []Expr
	for {
		e := p.starTargetDel()
		if bad := invalidTarget(e, true); bad != nil {
			p.errorRange(posOf(bad), "cannot delete "+exprName(bad))
		}
		setCtx(e, Del)
		targets = append(targets, e)
		if !p.accept(COMMA) || p.kind() == NEWLINE || p.kind() == SEMI {
			break
		}
	}
	return &Delete{Pos: p.span(start), Targets: targets}
}

func (p *parser) starTargetDel() Expr {
	return p.bitwiseOr()
}

func (p *parser) typeAlias() Stmt {
	start := p.here()
	p.pos++ // type
	nt := p.advance()
	name := &Name{Pos: p.spanTok(nt), Id: p.intern(nt), Ctx: Store}
	tps := p.typeParams()
	p.expect(EQUAL)
	v := p.expression()
	return &TypeAlias{Pos: p.span(start), Name: name, TypeParams: tps, Value: v}
}

// typeParams parses an optional '[' type_param, ... ']'.
func (p *parser) typeParams() []TypeParam {
	tps := []TypeParam{}
	if !p.accept(LSQB) {
		return tps
	}
	for p.kind() != RSQB {
		start := p.here()
		switch {
		case p.accept(STAR):
			n := p.name()
			if p.kind() == COLON {
				p.errorAt(p.tok(), "cannot use bound with TypeVarTuple")
			}
			tps = append(tps, &TypeVarTuple{Pos: p.span(start), Name: n})
		case p.accept(DOUBLESTAR):
			n := p.name()
			if p.kind() == COLON {
				p.errorAt(p.tok(), "cannot use bound with ParamSpec")
			}
			tps = append(tps, &ParamSpec{Pos: p.span(start), Name: n})
		default:
			n := p.name()
			tv := &TypeVar{Name: n}
			if p.accept(COLON) {
				tv.Bound = p.expression()
			}
			tv.Pos = p.span(start)
			tps = append(tps, tv)
		}
		if !p.accept(COMMA) {
			break
		}
	}
	if len(tps) == 0 {
		p.syntaxError()
	}
	p.expect(RSQB)
	return tps
}

func (p *parser) dottedName() string {
	s := p.name()
	for p.kind() == DOT {
		p.pos++
		s += "." + p.name()
	}
	return s
}

func (p *parser) importName() Stmt {
	start := p.here()
	p.pos++
	var names []*Alias
	for {
		astart := p.here()
		a := &Alias{Name: p.dottedName()}
		if p.acceptKw("as") {
			a.Asname = p.name()
		}
		a.Pos = p.span(astart)
		names = append(names, a)
		if !p.accept(COMMA) {
			break
		}
	}
	return &Import{Pos: p.span(start), Names: names}
}

func (p *parser) importFrom() Stmt {
	start := p.here()
	p.pos++
	level := 0
	for {
		if p.accept(DOT) {
			level++
		} else if p.accept(ELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	mod := ""
	if !p.isKw("import") {
		mod = p.dottedName()
	}
	if !p.acceptKw("import") {
		p.syntaxError()
	}
	s := &ImportFrom{Module: mod, Level: level}
	if p.kind() == STAR {
		t := p.advance()
		s.Names = []*Alias{{Pos: p.spanTok(t), Name: "*"}}
		s.Pos = p.span(start)
		return s
	}
	paren := p.accept(LPAR)
	for {
		astart := p.here()
		a := &Alias{Name: p.name()}
		if p.acceptKw("as") {
			a.Asname = p.name()
		}
		a.Pos = p.span(astart)
		s.Names = append(s.Names, a)
		if !p.accept(COMMA) {
			break
		}
		if paren && p.kind() == RPAR {
			break
		}
		if !paren && p.kind() == NEWLINE {
			p.errorAt(p.tok(), "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(RPAR)
	}
	s.Pos = p.span(start)
	return s
}

// block parses an indented block or a simple statement list after ':'.
// what names the construct for the IndentationError message.
func (p *parser) block(what string, line int) []Stmt {
	if p.kind() != NEWLINE {
		if p.kind() == ERRORTOKEN {
			p.raiseScanError()
		}
		return p.simpleStmts()
	}
	p.pos++
	if p.kind() != INDENT {
		if p.kind() == ERRORTOKEN {
			p.raiseScanError()
		}
		t := p.tok()
		p.errorKind("IndentationError", t, t, fmt.Sprintf("expected an indented block after %s on line %d", what, line))
	}
	p.pos++
	var body []Stmt
	for p.kind() != DEDENT && p.kind() != ENDMARKER {
		body = append(body, p.statement()...)
	}
	p.accept(DEDENT)
	return body
}

func (p *parser) ifStmt() Stmt {
	start := p.here()
	kw := p.advance() // if / elif
	what := "'if' statement"
	if p.is(kw, "elif") {
		what = "'elif' statement"
	}
	test := p.namedExpression()
	p.expectColon()
	s := &If{Test: test, Body: p.block(what, kw.Line), Orelse: []Stmt{}}
	if p.isKw("elif") {
		s.Orelse = []Stmt{p.ifStmt()}
	} else if p.isKw("else") {
		s.Orelse = p.elseBlock()
	}
	s.Pos = p.span(start)
	return s
}

func (p *parser) elseBlock() []Stmt {
	kw := p.advance()
	p.expectColonForced()
	return p.block("'else' statement", kw.Line)
}

func (p *parser) whileStmt() Stmt {
	start := p.here()
	kw := p.advance()
	test := p.namedExpression()
	p.expectColon()
	s := &While{Test: test, Body: p.block("'while' statement", kw.Line), Orelse: []Stmt{}}
	if p.isKw("else") {
		s.Orelse = p.elseBlock()
	}
	s.Pos = p.span(start)
	return s
}

func (p *parser) forStmt(start Pos, async bool) Stmt {
	kw := p.advance()
	target := p.starTargets()
	if !p.acceptKw("in") {
		p.syntaxError()
	}
	iter := p.starExpressions()
	p.expectColonForced()
	tc := p.typeComment(p.pos)
	body := p.block("'for' statement", kw.Line)
	var orelse = []Stmt{}
	if p.isKw("else") {
		orelse = p.elseBlock()
	}
	f := &For{Pos: p.span(start), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
	if async {
		return (*AsyncFor)(f)
	}
	return f
}

func (p *parser) withItem() *WithItem {
	e := p.expression()
	w := &WithItem{ContextExpr: e}
	if p.acceptKw("as") {
		t := p.starTarget()
		p.setStore(t, "assign to")
		w.OptionalVars = t
	}
	return w
}

func (p *parser) withStmt(start Pos, async bool) Stmt {
	kw := p.advance()
	var items []*WithItem
	parsed := false
	if p.kind() == LPAR {
		// '(' with_item, ... ')' ':' — otherwise the '(' starts an expression.
		parsed = p.speculate(func() {
			p.pos++
			var its []*WithItem
			for p.kind() != RPAR {
				its = append(its, p.withItem())
				if !p.accept(COMMA) {
					break
				}
			}
			p.expect(RPAR)
			if p.kind() != COLON {
				p.syntaxError()
			}
			items = its
		})
	}
	if !parsed {
		items = nil
		for {
			items = append(items, p.withItem())
			if !p.accept(COMMA) {
				break
			}
		}
	}
	p.expectColon()
	tc := ""
	if !parsed {
		tc = p.typeComment(p.pos)
	}
	body := p.block("'with' statement", kw.Line)
	w := &With{Pos: p.span(start), Items: items, Body: body, TypeComment: tc}
	if async {
		return (*AsyncWith)(w)
	}
	return w
}

func (p *parser) tryStmt() Stmt {
	start := p.here()
	kw := p.advance()
	p.expectColonForced()
	s := &Try{Body: p.block("'try' statement", kw.Line), Handlers: []*ExceptHandler{}, Orelse: []Stmt{}, Finalbody: []Stmt{}}
	star := false
	for p.isKw("except") {
		hstart := p.here()
		ek := p.advance()
		what := "'except' statement"
		if p.accept(STAR) {
			star = true
			what = "'except*' statement"
		}
		h := &ExceptHandler{}
		if p.kind() == NEWLINE {
			p.errorAt(p.tok(), "expected ':'")
		}
		if p.kind() != COLON {
			h.Type = p.expression()
			if p.kind() == COMMA {
				save := p.pos
				p.pos++
				var rest Expr
				if p.spec == 0 && p.speculate(func() { rest = p.expression() }) && (p.kind() == COLON || p.isKw("as") || p.kind() == COMMA) {
					end := posOf(rest)
					st := posOf(h.Type)
					p.errorRange(Pos{st.Lineno, st.ColOffset, end.EndLineno, end.EndColOffset}, "multiple exception types must be parenthesized")
				}
				p.rewind(save)
				p.syntaxError()
			}
			if p.acceptKw("as") {
				h.Name = p.name()
			}
		}
		p.expectColon()
		h.Body = p.block(what, ek.Line)
		h.Pos = p.span(hstart)
		s.Handlers = append(s.Handlers, h)
	}
	if len(s.Handlers) == 0 && !p.isKw("finally") {
		p.missingExcept()
	}
	if p.isKw("else") {
		s.Orelse = p.elseBlock()
	}
	if p.isKw("finally") {
		fk := p.advance()
		p.expectColonForced()
		s.Finalbody = p.block("'finally' statement", fk.Line)
	}
	s.Pos = p.span(start)
	if star {
		return (*TryStar)(s)
	}
	return s
}

// missingExcept reports a try body followed by neither 'except' nor
// 'finally', at the token after the body as CPython does.
func (p *parser) missingExcept() {
	p.errorAt(p.tok(), "expected 'except' or 'finally' block")
}

func (p *parser) decorated() Stmt {
	var decs []Expr
	for p.accept(AT) {
		decs = append(decs, p.namedExpression())
		if p.kind() != NEWLINE {
			p.syntaxError()
		}
		p.pos++
	}
	switch {
	case p.isKw("def"):
		return p.funcDef(decs, p.here(), false)
	case p.isKw("async") && p.is(p.peek(1), "def"):
		start := p.here()
		p.pos++
		return p.funcDef(decs, start, true)
	case p.isKw("class"):
		return p.classDef(decs)
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(decs []Expr, start Pos, async bool) Stmt {
	kw := p.advance() // def
	if decs == nil {
		decs = []Expr{}
	}
	name := p.name()
	tps := p.typeParams()
	if p.kind() != LPAR {
		p.errorAt(p.tok(), "expected '('")
	}
	p.pos++
	args := p.parameters(RPAR, true)
	p.expect(RPAR)
	var returns Expr
	if p.kind() == RARROW && p.canStartExpr(p.peek(1)) {
		p.pos++
		returns = p.expression()
	}
	p.expectColonForced()
	tc := p.typeComment(p.pos)
	if tc == "" && p.kind() == NEWLINE {
		tc = p.typeComment(p.pos + 1)
	}
	body := p.block("function definition", kw.Line)
	f := &FunctionDef{Pos: p.span(start), Name: name, Args: args, Body: body, DecoratorList: decs, Returns: returns, TypeParams: tps, TypeComment: tc}
	if async {
		return (*AsyncFunctionDef)(f)
	}
	return f
}

func (p *parser) classDef(decs []Expr) Stmt {
	start := p.here()
	kw := p.advance()
	if decs == nil {
		decs = []Expr{}
	}
	c := &ClassDef{Name: p.name(), DecoratorList: decs, Bases: []Expr{}, Keywords: []*Keyword{}}
	c.TypeParams = p.typeParams()
	if p.kind() == LPAR {
		call := p.call(start, nil).(*Call)
		c.Bases, c.Keywords = call.Args, call.Keywords
		if len(c.Bases) == 1 {
			if g, ok := c.Bases[0].(*GeneratorExp); ok {
				// A class header's arguments are not a call: no genexp.
				_ = g
				p.pos = p.tokIndexAt(posOf(g.Elt).Lineno, posOf(g.Elt).ColOffset)
				p.spec++
				p.speculate(func() { p.namedExpr0() })
				p.spec--
				p.syntaxError()
			}
		}
	}
	p.expectColon()
	c.Body = p.block("class definition", kw.Line)
	c.Pos = p.span(start)
	return c
}
