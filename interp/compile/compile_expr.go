// This file compiles expressions, assignment and deletion targets, name
// resolution, calls, function/lambda/class definitions and comprehensions.

package compile

import (
	"math"
	"math/big"

	"adder/interp/syntax"
)

func (c *compiler) mangle(name string) string { return Mangle(c.u.scope.ClassName, name) }

type nameCtx int

const (
	ctxLoad nameCtx = iota
	ctxStore
	ctxDel
)

func (c *compiler) loadName(name string)   { c.nameOp(name, ctxLoad) }
func (c *compiler) storeName(name string)  { c.nameOp(name, ctxStore) }
func (c *compiler) deleteName(name string) { c.nameOp(name, ctxDel) }

func (c *compiler) nameOp(name string, ctx nameCtx) {
	u := c.u
	s := u.scope
	name = c.mangle(name)
	res := s.Resolve(name)
	pick := func(load, store, del Opcode) Opcode {
		switch ctx {
		case ctxStore:
			return store
		case ctxDel:
			return del
		}
		return load
	}
	switch res {
	case ResFree:
		idx := len(u.code.CellNames) + u.frees[name]
		if s.Kind == ClassScope && ctx == ctxLoad {
			c.emit(LOAD_CLASSDEREF, idx)
			return
		}
		c.emit(pick(LOAD_DEREF, STORE_DEREF, DELETE_DEREF), idx)
	case ResCell:
		if s.Kind == ClassScope {
			c.emit(pick(LOAD_NAME, STORE_NAME, DELETE_NAME), c.nameIdx(name))
			return
		}
		c.emit(pick(LOAD_DEREF, STORE_DEREF, DELETE_DEREF), u.cells[name])
	case ResLocal:
		if s.Kind == FunctionScope {
			c.emit(pick(LOAD_FAST, STORE_FAST, DELETE_FAST), u.addLocal(name))
			return
		}
		c.emit(pick(LOAD_NAME, STORE_NAME, DELETE_NAME), c.nameIdx(name))
	case ResGlobalExplicit:
		c.emit(pick(LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL), c.nameIdx(name))
	default:
		if s.Kind == FunctionScope {
			c.emit(pick(LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL), c.nameIdx(name))
			return
		}
		c.emit(pick(LOAD_NAME, STORE_NAME, DELETE_NAME), c.nameIdx(name))
	}
}

func exprName(e syntax.Expr) string {
	switch n := e.(type) {
	case *syntax.Call:
		return "function call"
	case *syntax.Constant:
		switch n.Value.(type) {
		case nil:
			return "None"
		case bool:
			if n.Value.(bool) {
				return "True"
			}
			return "False"
		case syntax.Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *syntax.BinOp, *syntax.UnaryOp:
		return "expression"
	case *syntax.BoolOp:
		return "expression"
	case *syntax.Compare:
		return "comparison"
	case *syntax.Lambda:
		return "lambda"
	case *syntax.IfExp:
		return "conditional expression"
	case *syntax.NamedExpr:
		return "named expression"
	case *syntax.Dict:
		return "dict literal"
	case *syntax.Set:
		return "set display"
	case *syntax.ListComp:
		return "list comprehension"
	case *syntax.DictComp:
		return "dict comprehension"
	case *syntax.SetComp:
		return "set comprehension"
	case *syntax.GeneratorExp:
		return "generator expression"
	case *syntax.Yield, *syntax.YieldFrom:
		return "yield expression"
	case *syntax.Await:
		return "await expression"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "f-string expression"
	case *syntax.Attribute:
		return "attribute"
	case *syntax.Subscript:
		return "subscript"
	case *syntax.Starred:
		return "starred"
	case *syntax.Name:
		return "name"
	case *syntax.List:
		return "list"
	case *syntax.Tuple:
		return "tuple"
	}
	return "expression"
}

func (c *compiler) assignTarget(t syntax.Expr) {
	switch n := t.(type) {
	case *syntax.Name:
		c.storeName(n.Id)
	case *syntax.Attribute:
		c.expr(n.Value)
		c.setPos(n)
		c.emit(STORE_ATTR, c.nameIdx(c.mangle(n.Attr)))
	case *syntax.Subscript:
		c.expr(n.Value)
		if sl, ok := n.Slice.(*syntax.Slice); ok && sl.Step == nil {
			c.sliceParts(sl)
			c.setPos(n)
			c.emit(STORE_SLICE, 0)
			return
		}
		c.expr(n.Slice)
		c.setPos(n)
		c.emit(STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpackTargets(n, n.Elts)
	case *syntax.List:
		c.unpackTargets(n, n.Elts)
	case *syntax.Starred:
		c.errorAt(n, "starred assignment target must be in a list or tuple")
	default:
		c.errorAt(t, "cannot assign to "+exprName(t))
	}
}

func (c *compiler) unpackTargets(n syntax.Positioned, elts []syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorAt(e, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	c.setPos(n)
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		after := len(elts) - star - 1
		c.emit(UNPACK_EX, star|after<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.assignTarget(s.Value)
		} else {
			c.assignTarget(e)
		}
	}
}

func (c *compiler) deleteTarget(t syntax.Expr) {
	switch n := t.(type) {
	case *syntax.Name:
		c.setPos(n)
		c.deleteName(n.Id)
	case *syntax.Attribute:
		c.expr(n.Value)
		c.setPos(n)
		c.emit(DELETE_ATTR, c.nameIdx(c.mangle(n.Attr)))
	case *syntax.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		c.setPos(n)
		c.emit(DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range n.Elts {
			c.deleteTarget(e)
		}
	case *syntax.List:
		for _, e := range n.Elts {
			c.deleteTarget(e)
		}
	default:
		c.errorAt(t, "cannot delete "+exprName(t))
	}
}

// jumpIf evaluates e and jumps to label when its truth equals cond.
func (c *compiler) jumpIf(e syntax.Expr, label int, cond bool) {
	switch n := e.(type) {
	case *syntax.Compare:
		// x is None / x is not None test without building a bool.
		if len(n.Ops) == 1 && (n.Ops[0] == syntax.Is || n.Ops[0] == syntax.IsNot) {
			if k, ok := n.Comparators[0].(*syntax.Constant); ok && k.Value == nil {
				c.expr(n.Left)
				c.setPos(n)
				if (n.Ops[0] == syntax.Is) == cond {
					c.emit(POP_JUMP_IF_NONE, label)
				} else {
					c.emit(POP_JUMP_IF_NOT_NONE, label)
				}
				return
			}
		}
	case *syntax.UnaryOp:
		if n.Op == syntax.Not {
			c.jumpIf(n.Operand, label, !cond)
			return
		}
	case *syntax.BoolOp:
		isOr := n.Op == syntax.Or
		if isOr == cond {
			// or with cond true / and with cond false: any operand decides.
			for _, v := range n.Values {
				c.jumpIf(v, label, cond)
			}
			return
		}
		next := c.newLabel()
		for _, v := range n.Values[:len(n.Values)-1] {
			c.jumpIf(v, next, !cond)
		}
		c.jumpIf(n.Values[len(n.Values)-1], label, cond)
		c.place(next)
		return
	}
	c.expr(e)
	c.setPos(e)
	if cond {
		c.emit(POP_JUMP_IF_TRUE, label)
	} else {
		c.emit(POP_JUMP_IF_FALSE, label)
	}
}

func binOpKind(op syntax.Operator) int {
	switch op {
	case syntax.Add:
		return 0
	case syntax.Sub:
		return 1
	case syntax.Mult:
		return 2
	case syntax.MatMult:
		return 3
	case syntax.Div:
		return 4
	case syntax.FloorDiv:
		return 5
	case syntax.Modulo:
		return 6
	case syntax.Pow:
		return 7
	case syntax.LShift:
		return 8
	case syntax.RShift:
		return 9
	case syntax.BitAnd:
		return 10
	case syntax.BitXor:
		return 11
	case syntax.BitOr:
		return 12
	}
	return 0
}

// Comparison arguments for COMPARE_OP (py.CompareOp order).
const (
	cmpLT = iota
	cmpLE
	cmpEQ
	cmpNE
	cmpGT
	cmpGE
)

func (c *compiler) compareOp(op syntax.CmpOperator) {
	switch op {
	case syntax.Eq:
		c.emit(COMPARE_OP, cmpEQ)
	case syntax.NotEq:
		c.emit(COMPARE_OP, cmpNE)
	case syntax.Lt:
		c.emit(COMPARE_OP, cmpLT)
	case syntax.LtE:
		c.emit(COMPARE_OP, cmpLE)
	case syntax.Gt:
		c.emit(COMPARE_OP, cmpGT)
	case syntax.GtE:
		c.emit(COMPARE_OP, cmpGE)
	case syntax.Is:
		c.emit(IS_OP, 0)
	case syntax.IsNot:
		c.emit(IS_OP, 1)
	case syntax.In:
		c.emit(CONTAINS_OP, 0)
	case syntax.NotIn:
		c.emit(CONTAINS_OP, 1)
	}
}

func constValue(v any) any {
	switch x := v.(type) {
	case syntax.Bytes:
		return Bytes(x)
	case syntax.Ellipsis:
		return EllipsisConst{}
	case *big.Int:
		return x
	}
	return v
}

func (c *compiler) expr(e syntax.Expr) {
	saved := c.setPos(e)
	defer func() { c.u.cur = saved }()
	switch n := e.(type) {
	case *syntax.Constant:
		c.emitConst(constValue(n.Value))
	case *syntax.Name:
		c.loadName(n.Id)
	case *syntax.BinOp:
		c.expr(n.Left)
		c.expr(n.Right)
		c.setPos(n)
		c.emit(BINARY_OP, binOpKind(n.Op))
	case *syntax.UnaryOp:
		if k, ok := n.Operand.(*syntax.Constant); ok && n.Op == syntax.USub {
			// -1.5 and -1 are constants, as CPython folds them.
			switch x := k.Value.(type) {
			case int64:
				if x != math.MinInt64 {
					c.emitConst(-x)
					return
				}
			case float64:
				c.emitConst(-x)
				return
			}
		}
		c.expr(n.Operand)
		c.setPos(n)
		switch n.Op {
		case syntax.Not:
			c.emit(UNARY_NOT, 0)
		case syntax.USub:
			c.emit(UNARY_NEGATIVE, 0)
		case syntax.UAdd:
			c.emit(UNARY_POSITIVE, 0)
		case syntax.Invert:
			c.emit(UNARY_INVERT, 0)
		}
	case *syntax.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if n.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range n.Values {
			c.expr(v)
			if i < len(n.Values)-1 {
				c.emit(op, end)
			}
		}
		c.place(end)
	case *syntax.Compare:
		c.compare(n)
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(n.Test, orelse, false)
		c.expr(n.Body)
		c.emit(JUMP, end)
		c.place(orelse)
		c.expr(n.Orelse)
		c.place(end)
	case *syntax.NamedExpr:
		c.expr(n.Value)
		c.emit(COPY, 1)
		c.assignTarget(n.Target)
	case *syntax.Attribute:
		c.expr(n.Value)
		c.setPos(n)
		c.emit(LOAD_ATTR, c.nameIdx(c.mangle(n.Attr)))
	case *syntax.Subscript:
		c.expr(n.Value)
		if sl, ok := n.Slice.(*syntax.Slice); ok && sl.Step == nil {
			c.sliceParts(sl)
			c.setPos(n)
			c.emit(BINARY_SLICE, 0)
			return
		}
		c.expr(n.Slice)
		c.setPos(n)
		c.emit(BINARY_SUBSCR, 0)
	case *syntax.Slice:
		c.sliceParts(n)
		if n.Step != nil {
			c.expr(n.Step)
			c.emit(BUILD_SLICE, 3)
		} else {
			c.emit(BUILD_SLICE, 2)
		}
	case *syntax.Call:
		c.call(n)
	case *syntax.Tuple:
		c.sequence(n.Elts, BUILD_TUPLE)
	case *syntax.List:
		c.sequence(n.Elts, BUILD_LIST)
	case *syntax.Set:
		c.sequence(n.Elts, BUILD_SET)
	case *syntax.Dict:
		c.dict(n)
	case *syntax.JoinedStr:
		c.joinedStr(n)
	case *syntax.FormattedValue:
		c.formattedValue(n)
	case *syntax.Lambda:
		c.lambda(n)
	case *syntax.ListComp:
		c.comprehension(n, "<listcomp>", n.Generators, n.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(n, "<setcomp>", n.Generators, n.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(n, "<dictcomp>", n.Generators, n.Key, n.Value)
	case *syntax.GeneratorExp:
		c.comprehension(n, "<genexpr>", n.Generators, n.Elt, nil)
	case *syntax.Yield:
		if c.u.scope.Kind != FunctionScope {
			c.errorAt(n, "'yield' outside function")
		}
		if n.Value != nil {
			c.expr(n.Value)
		} else {
			c.emitConst(nil)
		}
		c.setPos(n)
		c.emit(YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		if c.u.scope.Kind != FunctionScope {
			c.errorAt(n, "'yield' outside function")
		}
		if c.u.scope.Coroutine {
			c.errorAt(n, "'yield from' inside async function")
		}
		c.expr(n.Value)
		c.setPos(n)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.emitConst(nil)
		c.yieldFromLoop()
	case *syntax.Await:
		s := c.u.scope
		if !(s.Kind == FunctionScope && s.Coroutine) && !(c.opts.TopLevelAwait && (s.Kind == ModuleScope || s.IsComp)) {
			if s.Kind == FunctionScope && !s.IsComp {
				c.errorAt(n, "'await' outside async function")
			}
			c.errorAt(n, "'await' outside function")
		}
		c.expr(n.Value)
		c.setPos(n)
		c.awaitTOS()
	case *syntax.Starred:
		c.errorAt(n, "can't use starred expression here")
	default:
		c.errorAt(e, "unsupported expression")
	}
}

func (c *compiler) sliceParts(sl *syntax.Slice) {
	if sl.Lower != nil {
		c.expr(sl.Lower)
	} else {
		c.emitConst(nil)
	}
	if sl.Upper != nil {
		c.expr(sl.Upper)
	} else {
		c.emitConst(nil)
	}
}

func (c *compiler) compare(n *syntax.Compare) {
	c.expr(n.Left)
	if len(n.Ops) == 1 {
		c.expr(n.Comparators[0])
		c.setPos(n)
		c.compareOp(n.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i := 0; i < len(n.Ops)-1; i++ {
		c.expr(n.Comparators[i])
		c.setPos(n)
		c.emit(SWAP, 2)
		c.emit(COPY, 2)
		c.compareOp(n.Ops[i])
		c.emit(COPY, 1)
		c.emit(POP_JUMP_IF_FALSE, cleanup)
		c.emit(POP_TOP, 0)
	}
	c.expr(n.Comparators[len(n.Ops)-1])
	c.setPos(n)
	c.compareOp(n.Ops[len(n.Ops)-1])
	c.emit(JUMP, end)
	c.place(cleanup)
	c.emit(SWAP, 2)
	c.emit(POP_TOP, 0)
	c.place(end)
}

func hasStarred(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

func (c *compiler) sequence(elts []syntax.Expr, build Opcode) {
	if !hasStarred(elts) {
		for _, e := range elts {
			c.expr(e)
		}
		c.emit(build, len(elts))
		return
	}
	isSet := build == BUILD_SET
	if isSet {
		c.emit(BUILD_SET, 0)
	} else {
		c.emit(BUILD_LIST, 0)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.expr(s.Value)
			if isSet {
				c.emit(SET_UPDATE, 1)
			} else {
				c.emit(LIST_EXTEND, 1)
			}
		} else {
			c.expr(e)
			if isSet {
				c.emit(SET_ADD, 1)
			} else {
				c.emit(LIST_APPEND, 1)
			}
		}
	}
	if build == BUILD_TUPLE {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) dict(n *syntax.Dict) {
	hasSplat := false
	for _, k := range n.Keys {
		if k == nil {
			hasSplat = true
		}
	}
	if !hasSplat {
		for i := range n.Keys {
			c.expr(n.Keys[i])
			c.expr(n.Values[i])
		}
		c.emit(BUILD_MAP, len(n.Keys))
		return
	}
	c.emit(BUILD_MAP, 0)
	for i, k := range n.Keys {
		if k == nil {
			c.expr(n.Values[i])
			c.emit(DICT_UPDATE, 1)
		} else {
			c.expr(k)
			c.expr(n.Values[i])
			c.emit(MAP_ADD, 1)
		}
	}
}

func (c *compiler) joinedStr(n *syntax.JoinedStr) {
	if len(n.Values) == 1 {
		if k, ok := n.Values[0].(*syntax.Constant); ok {
			c.emitConst(constValue(k.Value))
			return
		}
	}
	for _, v := range n.Values {
		c.expr(v)
	}
	if len(n.Values) != 1 {
		c.emit(BUILD_STRING, len(n.Values))
	} else if _, ok := n.Values[0].(*syntax.FormattedValue); !ok {
		c.emit(BUILD_STRING, 1)
	}
}

func (c *compiler) formattedValue(n *syntax.FormattedValue) {
	c.expr(n.Value)
	flags := 0
	switch n.Conversion {
	case 's':
		flags = 1
	case 'r':
		flags = 2
	case 'a':
		flags = 3
	}
	if n.FormatSpec != nil {
		c.expr(n.FormatSpec)
		flags |= 4
	}
	c.setPos(n)
	c.emit(FORMAT_VALUE, flags)
}

func (c *compiler) call(n *syntax.Call) {
	// Method call: obj.meth(args) without */** unpacking.
	if at, ok := n.Func.(*syntax.Attribute); ok && !hasStarred(n.Args) && !hasDoubleStar(n.Keywords) {
		c.expr(at.Value)
		c.setPos(at)
		c.emit(LOAD_METHOD, c.nameIdx(c.mangle(at.Attr)))
		c.callHelper(n, 0, n.Args, n.Keywords)
		return
	}
	c.emit(PUSH_NULL, 0)
	c.expr(n.Func)
	c.callHelper(n, 0, n.Args, n.Keywords)
}

func hasDoubleStar(kws []*syntax.Keyword) bool {
	for _, k := range kws {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// callHelper emits the arguments and the call; extra positional args
// (already on the stack) precede args.
func (c *compiler) callHelper(n syntax.Positioned, extra int, args []syntax.Expr, kws []*syntax.Keyword) {
	if !hasStarred(args) && !hasDoubleStar(kws) {
		for _, a := range args {
			c.expr(a)
		}
		if len(kws) == 0 {
			c.setPos(n)
			c.emit(CALL, extra+len(args))
			return
		}
		names := make([]any, len(kws))
		for i, k := range kws {
			c.expr(k.Value)
			names[i] = k.Arg
		}
		c.setPos(n)
		c.emit(CALL_KW, (extra+len(args)+len(kws))|c.constIdx(KwNames(names))<<8)
		return
	}
	c.emit(BUILD_LIST, extra)
	for _, a := range args {
		if s, ok := a.(*syntax.Starred); ok {
			c.expr(s.Value)
			c.emit(LIST_EXTEND, 1)
		} else {
			c.expr(a)
			c.emit(LIST_APPEND, 1)
		}
	}
	c.emit(LIST_TO_TUPLE, 0)
	if len(kws) > 0 {
		c.emit(BUILD_MAP, 0)
		for _, k := range kws {
			if k.Arg == "" {
				c.expr(k.Value)
				c.emit(DICT_MERGE, 1)
			} else {
				c.emitConst(k.Arg)
				c.expr(k.Value)
				c.emit(BUILD_MAP, 1)
				c.emit(DICT_MERGE, 1)
			}
		}
		c.setPos(n)
		c.emit(CALL_FUNCTION_EX, 1)
		return
	}
	c.setPos(n)
	c.emit(CALL_FUNCTION_EX, 0)
}

// KwNames is the constant holding a call's keyword names.
type KwNames []any

// MAKE_FUNCTION flags.
const (
	MakeDefaults    = 1
	MakeKwDefaults  = 2
	MakeAnnotations = 4
	MakeClosure     = 8
)

func (c *compiler) qualname(name string) string {
	u := c.u
	if u.scope.Kind == ModuleScope {
		return name
	}
	if u.scope.Resolve(name) == ResGlobalExplicit {
		return name
	}
	if u.scope.Kind == FunctionScope {
		return u.code.Qualname + ".<locals>." + name
	}
	return u.code.Qualname + "." + name
}

// makeClosure emits the cells for a child scope's free variables and
// returns MakeClosure or 0.
func (c *compiler) makeClosure(child *Code) int {
	if len(child.FreeNames) == 0 {
		return 0
	}
	u := c.u
	for _, name := range child.FreeNames {
		if i, ok := u.cells[name]; ok {
			c.emit(LOAD_CLOSURE, i)
		} else if i, ok := u.frees[name]; ok {
			c.emit(LOAD_CLOSURE, len(u.code.CellNames)+i)
		} else {
			panic("compile: free variable " + name + " not found in " + u.code.Name)
		}
	}
	c.emit(BUILD_TUPLE, len(child.FreeNames))
	return MakeClosure
}

func (c *compiler) defaults(args *syntax.Arguments) int {
	flags := 0
	if len(args.Defaults) > 0 {
		for _, d := range args.Defaults {
			c.expr(d)
		}
		c.emit(BUILD_TUPLE, len(args.Defaults))
		flags |= MakeDefaults
	}
	nkw := 0
	for i, d := range args.KwDefaults {
		if d != nil {
			c.emitConst(c.mangle(args.KwOnlyArgs[i].Arg))
			c.expr(d)
			nkw++
		}
	}
	if nkw > 0 {
		c.emit(BUILD_MAP, nkw)
		flags |= MakeKwDefaults
	}
	return flags
}

func (c *compiler) annotations(args *syntax.Arguments, returns syntax.Expr) int {
	n := 0
	add := func(a *syntax.Arg) {
		if a != nil && a.Annotation != nil {
			c.emitConst(c.mangle(a.Arg))
			c.expr(a.Annotation)
			n++
		}
	}
	for _, a := range args.PosOnlyArgs {
		add(a)
	}
	for _, a := range args.Args {
		add(a)
	}
	add(args.Vararg)
	for _, a := range args.KwOnlyArgs {
		add(a)
	}
	add(args.Kwarg)
	if returns != nil {
		c.emitConst("return")
		c.expr(returns)
		n++
	}
	if n == 0 {
		return 0
	}
	c.emit(BUILD_MAP, n)
	return MakeAnnotations
}

func (c *compiler) functionDef(n syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt, decos []syntax.Expr, returns syntax.Expr, async bool) {
	for _, d := range decos {
		c.expr(d)
	}
	c.setPos(n)
	flags := c.defaults(args)
	flags |= c.annotations(args, returns)
	scope := c.scopes[n]
	qn := c.qualname(name)
	firstLine := n.GetPos().Lineno
	if len(decos) > 0 {
		firstLine = decos[0].GetPos().Lineno
	}
	c.pushUnit(scope, name, firstLine)
	c.u.code.Qualname = qn
	c.setArgInfo(args, scope, async)
	if doc, ok := docstring(body); ok {
		c.u.code.Doc = doc
		body = body[1:]
	}
	c.stmts(body)
	code := c.popUnit()
	c.setPos(n)
	flags |= c.makeClosure(code)
	c.emitConst(code)
	c.emit(MAKE_FUNCTION, flags)
	for range decos {
		c.emit(CALL, 0)
	}
	c.storeName(name)
}

func (c *compiler) setArgInfo(args *syntax.Arguments, scope *Scope, async bool) {
	code := c.u.code
	code.ArgCount = len(args.PosOnlyArgs) + len(args.Args)
	code.PosOnlyCount = len(args.PosOnlyArgs)
	code.KwOnlyCount = len(args.KwOnlyArgs)
	if args.Vararg != nil {
		code.Flags |= FlagVarargs
	}
	if args.Kwarg != nil {
		code.Flags |= FlagVarkw
	}
	switch {
	case async && scope.Generator:
		code.Flags |= FlagAsyncGenerator
	case async:
		code.Flags |= FlagCoroutine
	case scope.Generator:
		code.Flags |= FlagGenerator
	}
	if len(c.stack) > 1 {
		code.Flags |= FlagNested
	}
}

func (c *compiler) lambda(n *syntax.Lambda) {
	flags := c.defaults(n.Args)
	scope := c.scopes[n]
	qn := c.qualname("<lambda>")
	c.pushUnit(scope, "<lambda>", n.Lineno)
	c.u.code.Qualname = qn
	c.setArgInfo(n.Args, scope, false)
	c.expr(n.Body)
	if !scope.Generator {
		c.emit(RETURN_VALUE, 0)
	} else {
		c.emit(POP_TOP, 0)
	}
	code := c.popUnit()
	c.setPos(n)
	flags |= c.makeClosure(code)
	c.emitConst(code)
	c.emit(MAKE_FUNCTION, flags)
}

func (c *compiler) classDef(n *syntax.ClassDef) {
	for _, d := range n.DecoratorList {
		c.expr(d)
	}
	c.setPos(n)
	scope := c.scopes[n]
	qn := c.qualname(n.Name)
	firstLine := n.Lineno
	if len(n.DecoratorList) > 0 {
		firstLine = n.DecoratorList[0].GetPos().Lineno
	}
	c.pushUnit(scope, n.Name, firstLine)
	c.u.code.Qualname = qn
	c.u.code.Flags |= FlagClassBody
	c.setPos(n)
	c.emit(LOAD_NAME, c.nameIdx("__name__"))
	c.emit(STORE_NAME, c.nameIdx("__module__"))
	c.emitConst(qn)
	c.emit(STORE_NAME, c.nameIdx("__qualname__"))
	body := n.Body
	if doc, ok := docstring(body); ok {
		c.setPos(body[0])
		c.emitConst(doc)
		c.emit(STORE_NAME, c.nameIdx("__doc__"))
		body = body[1:]
	}
	if hasAnnotations(body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	c.stmts(body)
	c.u.cur = Position{}
	if scope.NeedsClassCell {
		c.emit(LOAD_CLOSURE, 0)
		c.emit(COPY, 1)
		c.emit(STORE_NAME, c.nameIdx("__classcell__"))
		c.emit(RETURN_VALUE, 0)
	} else {
		c.emitConst(nil)
		c.emit(RETURN_VALUE, 0)
	}
	code := c.popUnit()
	c.setPos(n)
	c.emit(PUSH_NULL, 0)
	c.emit(LOAD_BUILD_CLASS, 0)
	flags := c.makeClosure(code)
	c.emitConst(code)
	c.emit(MAKE_FUNCTION, flags)
	c.emitConst(n.Name)
	c.callHelper(n, 2, n.Bases, n.Keywords)
	for range n.DecoratorList {
		c.emit(CALL, 0)
	}
	c.storeName(n.Name)
}

func (c *compiler) comprehension(n syntax.Expr, name string, gens []*syntax.Comprehension, elt, val syntax.Expr) {
	scope := c.scopes[n]
	qn := c.qualname(name)
	c.pushUnit(scope, name, n.GetPos().Lineno)
	c.u.code.Qualname = qn
	c.u.code.ArgCount = 1
	if scope.Generator {
		c.u.code.Flags |= FlagGenerator
	}
	if scope.Coroutine && !scope.Generator {
		c.u.code.Flags |= FlagCoroutine
	} else if scope.Coroutine {
		c.u.code.Flags = c.u.code.Flags&^FlagGenerator | FlagAsyncGenerator
	}
	c.setPos(n)
	switch name {
	case "<listcomp>":
		c.emit(BUILD_LIST, 0)
	case "<setcomp>":
		c.emit(BUILD_SET, 0)
	case "<dictcomp>":
		c.emit(BUILD_MAP, 0)
	}
	c.compGenerator(n, name, gens, 0, elt, val)
	if name != "<genexpr>" {
		c.emit(RETURN_VALUE, 0)
	}
	code := c.popUnit()
	c.setPos(n)
	flags := c.makeClosure(code)
	c.emitConst(code)
	c.emit(MAKE_FUNCTION, flags)
	c.expr(gens[0].Iter)
	if gens[0].IsAsync != 0 {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.setPos(n)
	c.emit(CALL, 0)
	if scope.Coroutine && name != "<genexpr>" {
		c.awaitTOS()
	}
}

func (c *compiler) compGenerator(n syntax.Expr, name string, gens []*syntax.Comprehension, i int, elt, val syntax.Expr) {
	g := gens[i]
	start, anchor := c.newLabel(), c.newLabel()
	if i == 0 {
		c.emit(LOAD_FAST, 0)
	} else {
		c.expr(g.Iter)
		if g.IsAsync != 0 {
			c.emit(GET_AITER, 0)
		} else {
			c.emit(GET_ITER, 0)
		}
	}
	c.place(start)
	c.setPos(g.Iter)
	if g.IsAsync != 0 {
		c.pushHandler(anchor, c.u.depth, false)
		c.emit(GET_ANEXT, 0)
		c.emitConst(nil)
		c.yieldFromLoop()
		c.popHandler()
	} else {
		c.emit(FOR_ITER, anchor)
	}
	c.assignTarget(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, start, false)
	}
	if i+1 < len(gens) {
		c.compGenerator(n, name, gens, i+1, elt, val)
	} else {
		depth := len(gens) + 1
		switch name {
		case "<listcomp>":
			c.expr(elt)
			c.emit(LIST_APPEND, depth)
		case "<setcomp>":
			c.expr(elt)
			c.emit(SET_ADD, depth)
		case "<dictcomp>":
			c.expr(elt)
			c.expr(val)
			c.emit(MAP_ADD, depth)
		default:
			c.expr(elt)
			c.emit(YIELD_VALUE, 0)
			c.emit(POP_TOP, 0)
		}
	}
	c.emit(JUMP, start)
	c.place(anchor)
	if g.IsAsync != 0 {
		c.emit(END_ASYNC_FOR, 0)
	}
}
