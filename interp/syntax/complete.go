package syntax

// This file implements CheckComplete, the is_complete check: it answers
// what Python 3.12's codeop.compile_command answers for the same text
// (complete, incomplete, or invalid), plus an indentation hint.

import "strings"

// Completeness is the result of CheckComplete.
type Completeness int

// Completeness values, named as in Jupyter's is_complete_reply.
const (
	Complete Completeness = iota
	Incomplete
	Invalid
)

// String returns the Jupyter status word.
func (c Completeness) String() string {
	return [...]string{"complete", "incomplete", "invalid"}[c]
}

// CheckComplete reports whether src is a complete interactive statement,
// as codeop.compile_command(src, "<input>", "single") decides it (Python's
// interactive console). It is CheckCompleteMode with mode Single.
func CheckComplete(src string, flags Flags) (status Completeness, indent string) {
	return CheckCompleteMode(src, Single, flags)
}

// CheckCompleteMode reports whether src is complete, following
// codeop.compile_command(src, "<input>", symbol) for the symbol that mode
// names; Exec is what IPython and notebook frontends use for a cell. src
// is complete if it compiles; otherwise it is incomplete if src+"\n"
// compiles or fails with "incomplete input" (the AllowIncompleteInput
// flag); otherwise it is invalid. Compile-time checks that the parser
// does not make ('return' outside function and friends) count as
// errors; with AllowTopLevelAwait, top-level await/async for/async with
// are allowed. indent suggests the indentation of the next line when src
// is incomplete.
func CheckCompleteMode(src string, mode Mode, flags Flags) (status Completeness, indent string) {
	blank := true
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && line[0] != '#' {
			blank = false
			break
		}
	}
	if blank && mode != Eval {
		return Complete, ""
	}
	flags |= AllowIncompleteInput
	if compileOK(src, mode, flags) == nil {
		return Complete, ""
	}
	err := compileOK(src+"\n", mode, flags)
	if err == nil || err.Msg == "incomplete input" {
		return Incomplete, nextIndent(src)
	}
	return Invalid, ""
}

// compileOK parses src and applies the compiler's context checks. In
// Single mode it behaves like CPython with PyCF_DONT_IMPLY_DEDENT, as
// codeop asks: a compound statement needs the newline that ends its last
// line.
func compileOK(src string, mode Mode, flags Flags) *Error {
	mod, err := Parse("<input>", []byte(src), mode, flags)
	if err != nil {
		return err.(*Error)
	}
	c := checker{flags: flags}
	var body []Stmt
	switch m := mod.(type) {
	case *Interactive:
		body = m.Body
		if len(body) > 0 && isCompound(body[len(body)-1]) && !strings.HasSuffix(src, "\n") {
			return &Error{Kind: "SyntaxError", Msg: "incomplete input", atEOF: true}
		}
	case *Module:
		body = m.Body
	case *Expression:
		return c.expr(m.Body)
	}
	return c.stmts(body)
}

func isCompound(s Stmt) bool {
	switch s.(type) {
	case *If, *For, *AsyncFor, *While, *With, *AsyncWith, *Try, *TryStar,
		*FunctionDef, *AsyncFunctionDef, *ClassDef, *Match:
		return true
	}
	return false
}

// nextIndent suggests the indentation for the line after src: the last
// line's indentation, one level deeper after a ':'.
func nextIndent(src string) string {
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		line := lines[i]
		t := strings.TrimSpace(line)
		if t == "" || t[0] == '#' {
			continue
		}
		ind := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
		if j := strings.IndexByte(t, '#'); j >= 0 {
			t = strings.TrimSpace(t[:j])
		}
		if strings.HasSuffix(t, ":") {
			ind += "    "
		}
		return ind
	}
	return ""
}

// checker applies the compiler's context checks that make
// compile_command reject parseable input.
type checker struct {
	flags   Flags
	inFunc  bool
	inAsync bool
	inLoop  bool
}

func (c checker) errAt(n Positioned, msg string) *Error {
	p := n.GetPos()
	return &Error{Kind: "SyntaxError", Msg: msg, Filename: "<input>", Lineno: p.Lineno, Offset: p.ColOffset + 1}
}

func (c checker) stmt(s Stmt) *Error {
	switch s := s.(type) {
	case *FunctionDef, *AsyncFunctionDef:
		inner := checker{flags: c.flags, inFunc: true}
		_, inner.inAsync = s.(*AsyncFunctionDef)
		var body []Stmt
		if f, ok := s.(*FunctionDef); ok {
			body = f.Body
			if e := c.exprs(f.DecoratorList); e != nil {
				return e
			}
		} else {
			body = s.(*AsyncFunctionDef).Body
		}
		return inner.stmts(body)
	case *ClassDef:
		inner := checker{flags: c.flags}
		return inner.stmts(s.Body)
	case *Return:
		if !c.inFunc {
			return c.errAt(s, "'return' outside function")
		}
	case *Break:
		if !c.inLoop {
			return c.errAt(s, "'break' outside loop")
		}
	case *Continue:
		if !c.inLoop {
			return c.errAt(s, "'continue' not properly in loop")
		}
	case *For, *While:
		var body, orelse []Stmt
		var heads []Expr
		if f, ok := s.(*For); ok {
			body, orelse, heads = f.Body, f.Orelse, []Expr{f.Target, f.Iter}
		} else {
			w := s.(*While)
			body, orelse, heads = w.Body, w.Orelse, []Expr{w.Test}
		}
		if e := c.exprs(heads); e != nil {
			return e
		}
		loop := c
		loop.inLoop = true
		if e := loop.stmts(body); e != nil {
			return e
		}
		return c.stmts(orelse)
	case *AsyncFor, *AsyncWith:
		if !c.asyncOK() {
			return c.errAt(s, "'async "+map[bool]string{true: "for", false: "with"}[isAsyncFor(s)]+"' outside async function")
		}
	}
	// Generic traversal for everything else.
	for _, ch := range Children(s) {
		var e *Error
		switch ch := ch.(type) {
		case Stmt:
			e = c.stmt(ch)
		case Expr:
			e = c.expr(ch)
		default:
			e = c.node(ch)
		}
		if e != nil {
			return e
		}
	}
	return nil
}

func isAsyncFor(s Stmt) bool { _, ok := s.(*AsyncFor); return ok }

func (c checker) asyncOK() bool {
	return c.inAsync || !c.inFunc && c.flags&AllowTopLevelAwait != 0
}

func (c checker) stmts(ss []Stmt) *Error {
	for _, s := range ss {
		if e := c.stmt(s); e != nil {
			return e
		}
	}
	return nil
}

func (c checker) exprs(es []Expr) *Error {
	for _, x := range es {
		if x != nil {
			if e := c.expr(x); e != nil {
				return e
			}
		}
	}
	return nil
}

// node walks non-statement, non-expression nodes (handlers, cases, ...).
func (c checker) node(n Node) *Error {
	for _, ch := range Children(n) {
		var e *Error
		switch ch := ch.(type) {
		case Stmt:
			e = c.stmt(ch)
		case Expr:
			e = c.expr(ch)
		default:
			e = c.node(ch)
		}
		if e != nil {
			return e
		}
	}
	return nil
}

func (c checker) expr(x Expr) *Error {
	switch x := x.(type) {
	case *Lambda:
		inner := checker{flags: c.flags, inFunc: true}
		return inner.expr(x.Body)
	case *Yield, *YieldFrom:
		if !c.inFunc {
			return c.errAt(x, "'yield' outside function")
		}
	case *Await:
		if !c.asyncOK() {
			return c.errAt(x, "'await' outside function")
		}
	}
	return c.node(x)
}
