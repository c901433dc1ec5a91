// This file compiles statements: definitions, assignments, control flow
// (loops, try/except/finally, with, except*), imports and the frame-block
// unwinding used by return, break and continue.

package compile

import (
	"adder/interp/syntax"
)

func (c *compiler) moduleBody(body []syntax.Stmt, cellMode bool) {
	if len(body) > 0 {
		if doc, ok := docstring(body); ok && !c.interactive {
			c.setPos(body[0])
			c.emitConst(doc)
			c.emit(STORE_NAME, c.nameIdx("__doc__"))
			body = body[1:]
		}
	}
	if hasAnnotations(body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	mode := c.opts.Interactivity
	for i, s := range body {
		if cellMode && i == len(body)-1 && mode != NoExprs {
			if es, ok := s.(*syntax.ExprStmt); ok {
				c.setPos(es)
				c.expr(es.Value)
				c.emit(RETURN_VALUE, 0)
				return
			}
			if name := assignedName(s); name != "" && mode == LastExprOrAssign {
				c.stmt(s)
				c.emit(LOAD_NAME, c.nameIdx(c.mangle(name)))
				c.emit(RETURN_VALUE, 0)
				return
			}
		}
		if es, ok := s.(*syntax.ExprStmt); ok && cellMode && mode == AllExprs {
			c.setPos(es)
			c.emit(PUSH_NULL, 0)
			c.emit(LOAD_NAME, c.nameIdx(DisplayHookName))
			c.expr(es.Value)
			c.emit(CALL, 1)
			c.emit(POP_TOP, 0)
			continue
		}
		c.stmt(s)
	}
}

// assignedName is the one name an assignment statement binds (x = ...,
// x += ..., x: T = ...), or "" for any other statement, as IPython's
// last_expr_or_assign mode reads it.
func assignedName(s syntax.Stmt) string {
	var target syntax.Expr
	switch a := s.(type) {
	case *syntax.Assign:
		if len(a.Targets) != 1 {
			return ""
		}
		target = a.Targets[0]
	case *syntax.AugAssign:
		target = a.Target
	case *syntax.AnnAssign:
		if a.Value == nil {
			return ""
		}
		target = a.Target
	default:
		return ""
	}
	if n, ok := target.(*syntax.Name); ok {
		return n.Id
	}
	return ""
}

func docstring(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if es, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := es.Value.(*syntax.Constant); ok {
			if s, ok := k.Value.(string); ok {
				return s, true
			}
		}
	}
	return "", false
}

func hasAnnotations(body []syntax.Stmt) bool {
	found := false
	var walk func([]syntax.Stmt)
	walk = func(ss []syntax.Stmt) {
		for _, s := range ss {
			switch n := s.(type) {
			case *syntax.AnnAssign:
				found = true
			case *syntax.If:
				walk(n.Body)
				walk(n.Orelse)
			case *syntax.For:
				walk(n.Body)
				walk(n.Orelse)
			case *syntax.While:
				walk(n.Body)
				walk(n.Orelse)
			case *syntax.With:
				walk(n.Body)
			case *syntax.Try:
				walk(n.Body)
				for _, h := range n.Handlers {
					walk(h.Body)
				}
				walk(n.Orelse)
				walk(n.Finalbody)
			}
		}
	}
	walk(body)
	return found
}

func (c *compiler) stmts(ss []syntax.Stmt) {
	for _, s := range ss {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s syntax.Stmt) {
	c.setPos(s)
	switch n := s.(type) {
	case *syntax.ExprStmt:
		if c.interactive && c.u.scope.Kind == ModuleScope {
			c.expr(n.Value)
			c.emit(CALL_INTRINSIC_1, IntrinsicPrint)
			c.emit(POP_TOP, 0)
			return
		}
		if k, ok := n.Value.(*syntax.Constant); ok {
			_ = k
			return // constant expression statements do nothing
		}
		c.expr(n.Value)
		c.emit(POP_TOP, 0)
	case *syntax.Pass:
	case *syntax.Assign:
		c.expr(n.Value)
		for i, t := range n.Targets {
			if i < len(n.Targets)-1 {
				c.emit(COPY, 1)
			}
			c.assignTarget(t)
		}
	case *syntax.AugAssign:
		c.augAssign(n)
	case *syntax.AnnAssign:
		c.annAssign(n)
	case *syntax.Delete:
		for _, t := range n.Targets {
			c.deleteTarget(t)
		}
	case *syntax.If:
		c.ifStmt(n)
	case *syntax.While:
		c.whileStmt(n)
	case *syntax.For:
		c.forStmt(n)
	case *syntax.Break:
		c.breakStmt(n)
	case *syntax.Continue:
		c.continueStmt(n)
	case *syntax.Return:
		c.returnStmt(n)
	case *syntax.FunctionDef:
		c.functionDef(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, false)
	case *syntax.AsyncFunctionDef:
		c.functionDef(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, true)
	case *syntax.ClassDef:
		c.classDef(n)
	case *syntax.Raise:
		c.raiseStmt(n)
	case *syntax.Try:
		if len(n.Finalbody) > 0 {
			c.tryFinally(n.Body, n.Handlers, n.Orelse, n.Finalbody, false)
		} else {
			c.tryExcept(n.Body, n.Handlers, n.Orelse)
		}
	case *syntax.TryStar:
		if len(n.Finalbody) > 0 {
			c.tryFinally(n.Body, n.Handlers, n.Orelse, n.Finalbody, true)
		} else {
			c.tryStar(n.Body, n.Handlers, n.Orelse)
		}
	case *syntax.With:
		c.withStmt(n, 0)
	case *syntax.AsyncWith:
		c.asyncWithStmt(n, 0)
	case *syntax.AsyncFor:
		c.asyncForStmt(n)
	case *syntax.Assert:
		c.assertStmt(n)
	case *syntax.Import:
		c.importStmt(n)
	case *syntax.ImportFrom:
		c.importFrom(n)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Match:
		c.matchStmt(n)
	case *syntax.TypeAlias:
		c.errorAt(n, "type alias statements are not supported")
	default:
		c.errorAt(s, "unsupported statement")
	}
}

func (c *compiler) ifStmt(n *syntax.If) {
	end := c.newLabel()
	if len(n.Orelse) > 0 {
		next := c.newLabel()
		c.jumpIf(n.Test, next, false)
		c.stmts(n.Body)
		c.emit(JUMP, end)
		c.place(next)
		c.stmts(n.Orelse)
	} else {
		c.jumpIf(n.Test, end, false)
		c.stmts(n.Body)
	}
	c.place(end)
}

func (c *compiler) pushFB(fb fblock) { c.u.fblocks = append(c.u.fblocks, fb) }
func (c *compiler) popFB()           { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

func (c *compiler) whileStmt(n *syntax.While) {
	start, body, orelse, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.place(start)
	c.jumpIf(n.Test, orelse, false)
	c.place(body)
	c.pushFB(fblock{kind: fbWhile, start: start, exit: end})
	c.stmts(n.Body)
	// The backward jump keeps the last body statement's position, as
	// CPython's (an interrupt in a loop points into the body).
	c.emit(JUMP, start)
	c.popFB()
	c.place(orelse)
	c.stmts(n.Orelse)
	c.place(end)
}

func (c *compiler) forStmt(n *syntax.For) {
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(n.Iter)
	c.setPos(n)
	c.emit(GET_ITER, 0)
	c.place(start)
	c.setPos(n)
	c.emit(FOR_ITER, cleanup)
	owns := false
	switch n.Iter.(type) {
	case *syntax.Call, *syntax.GeneratorExp:
		owns = true
	}
	c.pushFB(fblock{kind: fbFor, start: start, exit: end, ownsIter: owns})
	c.assignTarget(n.Target)
	c.stmts(n.Body)
	c.emit(JUMP, start)
	c.popFB()
	c.place(cleanup)
	c.stmts(n.Orelse)
	c.place(end)
}

// unwind emits the cleanup for leaving fb (CPython's
// compiler_unwind_fblock). preserve keeps the top of stack.
func (c *compiler) unwind(fb fblock, preserve bool) {
	switch fb.kind {
	case fbWhile, fbExceptionHandler, fbExceptionGroupHandler, fbAsyncComprehensionGenerator:
	case fbFor:
		if preserve {
			c.emit(SWAP, 2)
		}
		if fb.ownsIter {
			c.emit(POP_ITER_CLOSE, 0)
		} else {
			c.emit(POP_TOP, 0)
		}
	case fbTryExcept:
		c.popHandler()
	case fbFinallyTry:
		c.popHandler()
		if preserve {
			c.pushFB(fblock{kind: fbPopValue})
		}
		c.stmts(fb.final)
		if preserve {
			c.popFB()
		}
	case fbFinallyEnd:
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
		if preserve {
			c.emit(SWAP, 2)
		}
		c.popHandler()
		c.emit(POP_EXCEPT, 0)
	case fbWith, fbAsyncWith:
		c.popHandler()
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emitConst(nil)
		c.emitConst(nil)
		c.emitConst(nil)
		c.emit(CALL, 2)
		if fb.kind == fbAsyncWith {
			c.awaitTOS()
		}
		c.emit(POP_TOP, 0)
	case fbHandlerCleanup:
		if fb.name != "" {
			c.popHandler()
		}
		if preserve {
			c.emit(SWAP, 2)
		}
		c.popHandler()
		c.emit(POP_EXCEPT, 0)
		if fb.name != "" {
			c.emitConst(nil)
			c.storeName(fb.name)
			c.deleteName(fb.name)
		}
	case fbStarHandlerCleanup:
		c.restoreAfterUnwind()
		n := c.curNode
		if r, ok := n.(*syntax.Return); ok && r.Value != nil {
			n = r.Value
		}
		c.errorAt(n, "'break', 'continue' and 'return' cannot appear in an except* block")
	case fbPopValue:
		if preserve {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0)
	}
}

// unwindStack unwinds blocks down to (and, when stopAtLoop is false,
// through) the innermost loop; it returns the loop block or nil.
func (c *compiler) unwindStack(preserve bool, stopAtLoop bool) *fblock {
	u := c.u
	savedFB := append([]fblock(nil), u.fblocks...)
	savedH := append([]int(nil), u.hstack...)
	var loop *fblock
	for len(u.fblocks) > 0 {
		top := u.fblocks[len(u.fblocks)-1]
		if stopAtLoop && (top.kind == fbWhile || top.kind == fbFor) {
			t := top
			loop = &t
			break
		}
		u.fblocks = u.fblocks[:len(u.fblocks)-1]
		c.unwind(top, preserve)
	}
	// The caller emits the jump/return next, under the unwound handler
	// state; restoreAfterUnwind puts the block stack back.
	c.pendingRestore = &restoreState{fb: savedFB, h: savedH}
	return loop
}

type restoreState struct {
	fb []fblock
	h  []int
}

func (c *compiler) restoreAfterUnwind() {
	if r := c.pendingRestore; r != nil {
		c.u.fblocks = r.fb
		c.u.hstack = r.h
		c.pendingRestore = nil
	}
}

func (c *compiler) breakStmt(n *syntax.Break) {
	c.curNode = n
	loop := c.unwindStack(false, true)
	if loop == nil {
		c.restoreAfterUnwind()
		c.errorAt(n, "'break' outside loop")
	}
	c.setPos(n)
	c.unwind(*loop, false)
	c.emit(JUMP, loop.exit)
	c.restoreAfterUnwind()
}

func (c *compiler) continueStmt(n *syntax.Continue) {
	c.curNode = n
	loop := c.unwindStack(false, true)
	if loop == nil {
		c.restoreAfterUnwind()
		c.errorAt(n, "'continue' not properly in loop")
	}
	c.setPos(n)
	c.emit(JUMP, loop.start)
	c.restoreAfterUnwind()
}

func (c *compiler) returnStmt(n *syntax.Return) {
	c.curNode = n
	if c.u.scope.Kind != FunctionScope || c.u.scope.IsComp {
		c.errorAt(n, "'return' outside function")
	}
	if n.Value != nil {
		if c.u.scope.Coroutine && c.u.scope.Generator {
			c.errorAt(n, "'return' with value in async generator")
		}
		c.expr(n.Value)
	} else {
		c.emitConst(nil)
	}
	c.unwindStack(true, false)
	c.setPos(n)
	c.emit(RETURN_VALUE, 0)
	c.restoreAfterUnwind()
}

func (c *compiler) raiseStmt(n *syntax.Raise) {
	argc := 0
	if n.Exc != nil {
		c.expr(n.Exc)
		argc++
		if n.Cause != nil {
			c.expr(n.Cause)
			argc++
		}
	}
	c.setPos(n)
	c.emit(RAISE_VARARGS, argc)
}

func (c *compiler) assertStmt(n *syntax.Assert) {
	if t, ok := n.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
		_ = t // CPython warns (SyntaxWarning); the assert always passes.
	}
	end := c.newLabel()
	c.jumpIf(n.Test, end, true)
	c.setPos(n)
	c.emit(LOAD_ASSERTION_ERROR, 0)
	if n.Msg != nil {
		c.emit(PUSH_NULL, 0)
		c.emit(SWAP, 2)
		c.expr(n.Msg)
		c.emit(CALL, 1)
	}
	c.emit(RAISE_VARARGS, 1)
	c.place(end)
}

// popExceptAndReraise is CPython's POP_EXCEPT_AND_RERAISE.
func (c *compiler) popExceptAndReraise() {
	c.emit(COPY, 3)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 1)
}

func (c *compiler) tryExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	u := c.u
	except, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	base := u.depth
	c.pushHandler(except, base, false)
	c.pushFB(fblock{kind: fbTryExcept})
	c.stmts(body)
	c.popFB()
	c.popHandler()
	c.stmts(orelse)
	c.emit(JUMP, end)

	c.place(except)
	c.u.cur = Position{}
	c.pushHandler(cleanup, base+1, true)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFB(fblock{kind: fbExceptionHandler})
	for i, h := range handlers {
		c.setPos(h)
		if h.Type == nil && i < len(handlers)-1 {
			c.errorAt(h, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(CHECK_EXC_MATCH, 0)
			c.emit(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			cleanupEnd := c.newLabel()
			c.storeName(h.Name)
			c.pushHandler(cleanupEnd, base+1, true)
			c.pushFB(fblock{kind: fbHandlerCleanup, name: h.Name})
			c.stmts(h.Body)
			c.popFB()
			c.popHandler()
			c.popHandler()
			c.u.cur = Position{}
			c.emit(POP_EXCEPT, 0)
			c.emitConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
			c.emit(JUMP, end)
			// Re-push the outer cleanup for the following handlers.
			c.u.hstack = append(c.u.hstack, c.handlerIndex(cleanup))
			c.place(cleanupEnd)
			c.emitConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
			c.emit(RERAISE, 1)
		} else {
			c.emit(POP_TOP, 0)
			c.pushFB(fblock{kind: fbHandlerCleanup})
			c.stmts(h.Body)
			c.popFB()
			c.popHandler()
			c.u.cur = Position{}
			c.emit(POP_EXCEPT, 0)
			c.emit(JUMP, end)
			c.u.hstack = append(c.u.hstack, c.handlerIndex(cleanup))
		}
		c.place(next)
	}
	c.popFB()
	c.u.cur = Position{}
	c.emit(RERAISE, 0)
	c.popHandler()
	c.place(cleanup)
	c.popExceptAndReraise()
	c.place(end)
}

// handlerIndex finds the handler record for a label.
func (c *compiler) handlerIndex(label int) int {
	for i := len(c.u.handlers) - 1; i >= 0; i-- {
		if c.u.handlers[i].label == label {
			return i
		}
	}
	panic("compile: unknown handler label")
}

func (c *compiler) tryFinally(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt, star bool) {
	u := c.u
	end, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	base := u.depth
	c.pushHandler(end, base, false)
	c.pushFB(fblock{kind: fbFinallyTry, final: final})
	if len(handlers) > 0 {
		if star {
			c.tryStar(body, handlers, orelse)
		} else {
			c.tryExcept(body, handlers, orelse)
		}
	} else {
		c.stmts(body)
	}
	c.popFB()
	c.popHandler()
	c.stmts(final)
	c.emit(JUMP, exit)

	c.place(end)
	c.u.cur = Position{}
	c.pushHandler(cleanup, base+1, true)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFB(fblock{kind: fbFinallyEnd})
	c.stmts(final)
	c.popFB()
	c.u.cur = Position{}
	c.emit(RERAISE, 0)
	c.popHandler()
	c.place(cleanup)
	c.popExceptAndReraise()
	c.place(exit)
}

func (c *compiler) tryStar(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	u := c.u
	except, orelseL, end, cleanup, reraiseStar, reraise := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	base := u.depth
	c.pushHandler(except, base, false)
	c.pushFB(fblock{kind: fbTryExcept})
	c.stmts(body)
	c.popFB()
	c.popHandler()
	c.emit(JUMP, orelseL)

	c.place(except)
	c.u.cur = Position{}
	c.pushHandler(cleanup, base+1, true)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFB(fblock{kind: fbExceptionGroupHandler})
	for i, h := range handlers {
		c.setPos(h)
		if h.Type == nil {
			c.errorAt(h, "expected one or more exception types")
		}
		next := c.newLabel()
		noMatch := c.newLabel()
		if i == 0 {
			c.emit(BUILD_LIST, 0)
			c.emit(COPY, 2)
		}
		c.expr(h.Type)
		c.emit(CHECK_EG_MATCH, 0)
		c.emit(COPY, 1)
		c.emit(POP_JUMP_IF_NONE, noMatch)
		if h.Name != "" {
			c.storeName(h.Name)
		} else {
			c.emit(POP_TOP, 0)
		}
		cleanupBody := c.newLabel()
		c.pushHandler(cleanupBody, u.depth, true)
		c.pushFB(fblock{kind: fbStarHandlerCleanup, name: h.Name})
		c.stmts(h.Body)
		c.popFB()
		c.popHandler()
		c.u.cur = Position{}
		if h.Name != "" {
			c.emitConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
		}
		c.emit(JUMP, next)
		c.place(cleanupBody)
		if h.Name != "" {
			c.emitConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
		}
		c.emit(LIST_APPEND, 3)
		c.emit(POP_TOP, 0)
		c.emit(JUMP, next)
		c.place(noMatch)
		c.emit(POP_TOP, 0)
		c.place(next)
		if i == len(handlers)-1 {
			c.emit(LIST_APPEND, 1)
			c.emit(JUMP, reraiseStar)
		}
	}
	c.popFB()
	c.place(reraiseStar)
	c.emit(PREP_RERAISE_STAR, 0)
	c.emit(COPY, 1)
	c.emit(POP_JUMP_IF_NOT_NONE, reraise)
	c.emit(POP_TOP, 0)
	c.popHandler()
	c.emit(POP_EXCEPT, 0)
	c.emit(JUMP, end)
	c.place(reraise)
	c.emit(SWAP, 2)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 0)
	c.place(cleanup)
	c.popExceptAndReraise()
	c.place(orelseL)
	c.stmts(orelse)
	c.place(end)
}

func (c *compiler) withStmt(n *syntax.With, i int) {
	item := n.Items[i]
	u := c.u
	final, exit, cleanup, suppress := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.setPos(n)
	c.emit(BEFORE_WITH, 0)
	base := u.depth - 2
	c.pushHandler(final, base+1, true)
	c.pushFB(fblock{kind: fbWith, node: n})
	if item.OptionalVars != nil {
		c.assignTarget(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	if i+1 < len(n.Items) {
		c.withStmt(n, i+1)
	} else {
		c.stmts(n.Body)
	}
	c.popFB()
	c.popHandler()
	c.setPos(n)
	c.emitConst(nil)
	c.emitConst(nil)
	c.emitConst(nil)
	c.emit(CALL, 2)
	c.emit(POP_TOP, 0)
	c.emit(JUMP, exit)

	c.place(final)
	c.pushHandler(cleanup, base+3, true)
	c.emit(PUSH_EXC_INFO, 0)
	c.emit(WITH_EXCEPT_START, 0)
	c.emit(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 2)
	c.place(suppress)
	c.emit(POP_TOP, 0)
	c.popHandler()
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0)
	c.emit(POP_TOP, 0)
	c.emit(JUMP, exit)
	c.place(cleanup)
	c.popExceptAndReraise()
	c.place(exit)
}

func (c *compiler) asyncWithStmt(n *syntax.AsyncWith, i int) {
	c.checkAwaitAllowed(n, "'async with' outside async function")
	item := n.Items[i]
	u := c.u
	final, exit, cleanup, suppress := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.setPos(n)
	c.emit(BEFORE_ASYNC_WITH, 0)
	c.awaitTOS()
	base := u.depth - 2
	c.pushHandler(final, base+1, true)
	c.pushFB(fblock{kind: fbAsyncWith, node: n})
	if item.OptionalVars != nil {
		c.assignTarget(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	if i+1 < len(n.Items) {
		c.asyncWithStmt(n, i+1)
	} else {
		c.stmts(n.Body)
	}
	c.popFB()
	c.popHandler()
	c.setPos(n)
	c.emitConst(nil)
	c.emitConst(nil)
	c.emitConst(nil)
	c.emit(CALL, 2)
	c.awaitTOS()
	c.emit(POP_TOP, 0)
	c.emit(JUMP, exit)

	c.place(final)
	c.pushHandler(cleanup, base+3, true)
	c.emit(PUSH_EXC_INFO, 0)
	c.emit(WITH_EXCEPT_START, 0)
	c.awaitTOS()
	c.emit(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 2)
	c.place(suppress)
	c.emit(POP_TOP, 0)
	c.popHandler()
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0)
	c.emit(POP_TOP, 0)
	c.emit(JUMP, exit)
	c.place(cleanup)
	c.popExceptAndReraise()
	c.place(exit)
}

func (c *compiler) asyncForStmt(n *syntax.AsyncFor) {
	c.checkAwaitAllowed(n, "'async for' outside async function")
	start, except, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(n.Iter)
	c.emit(GET_AITER, 0)
	c.place(start)
	c.pushFB(fblock{kind: fbFor, start: start, exit: end})
	c.pushHandler(except, c.u.depth, false)
	c.emit(GET_ANEXT, 0)
	c.emitConst(nil)
	c.yieldFromLoop()
	c.popHandler()
	c.assignTarget(n.Target)
	c.stmts(n.Body)
	c.emit(JUMP, start)
	c.popFB()
	c.place(except)
	c.emit(END_ASYNC_FOR, 0)
	c.stmts(n.Orelse)
	c.place(end)
}

func (c *compiler) checkAwaitAllowed(n syntax.Positioned, msg string) {
	s := c.u.scope
	if s.Kind == FunctionScope && s.Coroutine {
		return
	}
	if s.Kind == ModuleScope && c.opts.TopLevelAwait {
		return
	}
	if s.IsComp && c.opts.TopLevelAwait {
		return
	}
	c.errorAt(n, msg)
}

// awaitTOS awaits the value on top of the stack.
func (c *compiler) awaitTOS() {
	if c.u.scope.Kind == ModuleScope {
		// Top-level await (notebook cells): like CPython under
		// PyCF_ALLOW_TOP_LEVEL_AWAIT, the module code is a coroutine
		// that the host runs on its event loop.
		c.u.code.Flags |= FlagCoroutine
	}
	c.emit(GET_AWAITABLE, 0)
	c.emitConst(nil)
	c.yieldFromLoop()
}

// yieldFromLoop delegates to the iterator below the sent value:
// iter v -- result.
func (c *compiler) yieldFromLoop() {
	loop, exit := c.newLabel(), c.newLabel()
	c.place(loop)
	c.emit(SEND, exit)
	c.emit(YIELD_VALUE, 1)
	c.emit(JUMP, loop)
	c.place(exit)
}

func (c *compiler) augAssign(n *syntax.AugAssign) {
	op := int(binOpKind(n.Op)) + InplaceFlag
	switch t := n.Target.(type) {
	case *syntax.Name:
		c.loadName(t.Id)
		c.expr(n.Value)
		c.setPos(n)
		c.emit(BINARY_OP, op)
		c.storeName(t.Id)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(COPY, 1)
		c.setPos(t)
		c.emit(LOAD_ATTR, c.nameIdx(c.mangle(t.Attr)))
		c.expr(n.Value)
		c.setPos(n)
		c.emit(BINARY_OP, op)
		c.emit(SWAP, 2)
		c.emit(STORE_ATTR, c.nameIdx(c.mangle(t.Attr)))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(COPY, 2)
		c.emit(COPY, 2)
		c.setPos(t)
		c.emit(BINARY_SUBSCR, 0)
		c.expr(n.Value)
		c.setPos(n)
		c.emit(BINARY_OP, op)
		c.emit(SWAP, 3)
		c.emit(SWAP, 2)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.errorAt(n.Target, "'"+exprName(n.Target)+"' is an illegal expression for augmented assignment")
	}
}

func (c *compiler) annAssign(n *syntax.AnnAssign) {
	if n.Value != nil {
		c.expr(n.Value)
		c.assignTarget(n.Target)
	}
	nm, ok := n.Target.(*syntax.Name)
	if ok && n.Simple != 0 && c.u.scope.Kind != FunctionScope {
		// __annotations__[name] = annotation
		c.expr(n.Annotation)
		c.emit(LOAD_NAME, c.nameIdx("__annotations__"))
		c.emitConst(c.mangle(nm.Id))
		c.emit(STORE_SUBSCR, 0)
	} else if !ok && n.Value == nil {
		// Evaluate the target's subexpressions for their side effects.
		switch t := n.Target.(type) {
		case *syntax.Attribute:
			c.expr(t.Value)
			c.emit(POP_TOP, 0)
		case *syntax.Subscript:
			c.expr(t.Value)
			c.emit(POP_TOP, 0)
			c.expr(t.Slice)
			c.emit(POP_TOP, 0)
		}
	}
}

func (c *compiler) importStmt(n *syntax.Import) {
	for _, a := range n.Names {
		c.setPos(a)
		c.emitConst(int64(0))
		c.emitConst(nil)
		c.emit(IMPORT_NAME, c.nameIdx(a.Name))
		if a.Asname != "" {
			parts := splitDots(a.Name)
			for _, p := range parts[1:] {
				c.emit(IMPORT_FROM, c.nameIdx(p))
				c.emit(SWAP, 2)
				c.emit(POP_TOP, 0)
			}
			c.storeName(a.Asname)
		} else {
			c.storeName(splitDots(a.Name)[0])
		}
	}
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func (c *compiler) importFrom(n *syntax.ImportFrom) {
	names := make([]any, len(n.Names))
	for i, a := range n.Names {
		names[i] = a.Name
	}
	c.emitConst(int64(n.Level))
	c.emitConst(names)
	c.emit(IMPORT_NAME, c.nameIdx(n.Module))
	if len(n.Names) == 1 && n.Names[0].Name == "*" {
		c.emit(IMPORT_STAR, 0)
		return
	}
	for _, a := range n.Names {
		c.setPos(a)
		c.emit(IMPORT_FROM, c.nameIdx(a.Name))
		name := a.Asname
		if name == "" {
			name = a.Name
		}
		c.storeName(name)
	}
	c.emit(POP_TOP, 0)
}

// Intrinsics for CALL_INTRINSIC_1.
const (
	IntrinsicPrint = iota + 1
	IntrinsicListToTuple
	IntrinsicUnaryPositive
)

// InplaceFlag is added to BINARY_OP's argument for augmented assignment.
const InplaceFlag = 16
