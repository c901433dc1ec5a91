// This file holds the compiler's entry points and the per-code-object
// unit: instruction emission, labels, static stack-depth tracking,
// exception-handler ranges, constants and name tables, and assembly into
// a Code.

package compile

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"adder/interp/syntax"
)

// Mode is the compile mode.
type Mode int

// Compile modes (like compile()'s "exec", "eval", "single").
const (
	ModeExec Mode = iota
	ModeEval
	ModeSingle
	// ModeCell is exec mode where the value of a trailing expression
	// statement is returned instead of discarded (notebook cells).
	ModeCell
)

// Options tune compilation.
type Options struct {
	// TopLevelAwait allows await/async for/async with at module level.
	TopLevelAwait bool
	// Interactivity says which statements of a cell (ModeCell) show
	// their values.
	Interactivity Interactivity
}

// Interactivity is IPython's ast_node_interactivity: which top-level
// statements of a cell show their value.
type Interactivity int

const (
	// LastExpr: a final expression's value is the cell's value (the
	// default).
	LastExpr Interactivity = iota
	// AllExprs: every top-level expression is shown; those before the
	// last go to DisplayHookName as they run.
	AllExprs
	// LastExprOrAssign: as LastExpr, and a final assignment to one name
	// makes that name's new value the cell's value.
	LastExprOrAssign
	// NoExprs: no value is shown.
	NoExprs
)

// DisplayHookName is the builtin AllExprs cells call with the value of
// each top-level expression before the last; the host defines it.
const DisplayHookName = "__adder_displayhook__"

// Compile compiles a parsed module (or expression) to a code object. src
// is the source text, used for SyntaxError lines.
func Compile(mod syntax.Mod, filename string, src []byte, mode Mode, opts Options) (code *Code, err error) {
	s := &source{filename: filename, lines: strings.Split(string(src), "\n")}
	c := &compiler{src: s, filename: filename, opts: opts, mode: mode}
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(compileError); ok {
				code, err = nil, ce.err
				return
			}
			panic(r)
		}
	}()
	switch m := mod.(type) {
	case *syntax.Module:
		top, scopes, serr := buildSymtable(m, m.Body, s)
		if serr != nil {
			return nil, serr
		}
		c.scopes = scopes
		c.pushUnit(top, "<module>", 1)
		c.u.code.Flags |= FlagModule
		c.moduleBody(m.Body, mode == ModeCell)
		return c.popUnit(), nil
	case *syntax.Interactive:
		top, scopes, serr := buildSymtable(m, m.Body, s)
		if serr != nil {
			return nil, serr
		}
		c.scopes = scopes
		c.pushUnit(top, "<module>", 1)
		c.u.code.Flags |= FlagModule
		c.interactive = true
		c.moduleBody(m.Body, false)
		return c.popUnit(), nil
	case *syntax.Expression:
		top, scopes, serr := buildSymtableExpr(m, m.Body, s)
		if serr != nil {
			return nil, serr
		}
		c.scopes = scopes
		c.pushUnit(top, "<module>", 1)
		c.u.code.Flags |= FlagModule
		c.expr(m.Body)
		c.emit(RETURN_VALUE, 0)
		return c.popUnit(), nil
	}
	return nil, fmt.Errorf("compile: unsupported module type %T", mod)
}

type compileError struct{ err *syntax.Error }

type compiler struct {
	src         *source
	filename    string
	opts        Options
	mode        Mode
	scopes      map[syntax.Node]*Scope
	u           *unit
	stack       []*unit
	interactive bool
	// pendingRestore holds the block state to restore after unwinding.
	pendingRestore *restoreState
	curNode        syntax.Positioned
	pending        *[]failPop
}

// fblockKind is the kind of a frame block (for break/continue/return
// unwinding).
type fblockKind int

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
	fbAsyncComprehensionGenerator
	fbStarHandlerCleanup
)

type fblock struct {
	kind  fblockKind
	start int // label
	exit  int // label
	// datum: the finally body for fbFinallyTry, the handler name for
	// fbHandlerCleanup.
	final []syntax.Stmt
	name  string
	node  syntax.Positioned
	// ownsIter: the for loop's iterator came from a call or generator
	// expression in the for statement itself.
	ownsIter bool
}

type handler struct {
	label int
	depth int
	lasti bool
}

type unit struct {
	scope      *Scope
	code       *Code
	instrs     []Instr
	pos        []Position
	hidx       []int // handler index per instruction (-1 none)
	handlers   []handler
	hstack     []int
	labels     []int32
	labelDepth []int
	depth      int
	maxDepth   int
	consts     []any
	constIndex map[constKey]int
	names      map[string]int
	locals     map[string]int
	cells      map[string]int
	frees      map[string]int
	fblocks    []fblock
	cur        Position
	dead       bool // after an unconditional jump: depth unknown
	inLoop     int
}

type constKey struct {
	kind string
	s    string
	n    int64
	f    uint64
	c    uint64
}

func (c *compiler) errorAt(n syntax.Positioned, msg string) {
	panic(compileError{c.src.errorAt(n, msg)})
}

func (c *compiler) pushUnit(s *Scope, name string, firstLine int) {
	u := &unit{
		scope:      s,
		code:       &Code{Name: name, Qualname: name, Filename: c.filename, FirstLine: firstLine},
		constIndex: map[constKey]int{},
		names:      map[string]int{},
		locals:     map[string]int{},
		cells:      map[string]int{},
		frees:      map[string]int{},
	}
	if s != nil && s.Kind == FunctionScope {
		for _, p := range s.Params {
			u.addLocal(p)
		}
		// Cells, sorted like CPython (by name) for stable layouts.
		var cells []string
		for _, name := range s.order {
			if s.res[name] == ResCell {
				cells = append(cells, name)
			}
		}
		if s.res["__class__"] == ResCell && !containsStr(cells, "__class__") {
			cells = append(cells, "__class__")
		}
		sortStrings(cells)
		for _, n := range cells {
			u.cells[n] = len(u.code.CellNames)
			u.code.CellNames = append(u.code.CellNames, n)
		}
		for _, name := range s.order {
			if s.res[name] == ResLocal {
				u.addLocal(name)
			}
		}
	}
	if s != nil && s.Kind == ClassScope && s.NeedsClassCell {
		u.cells["__class__"] = 0
		u.code.CellNames = []string{"__class__"}
	}
	if s != nil && s.FreeSet != nil {
		var frees []string
		for n := range s.FreeSet {
			frees = append(frees, n)
		}
		sortStrings(frees)
		for _, n := range frees {
			u.frees[n] = len(u.code.FreeNames)
			u.code.FreeNames = append(u.code.FreeNames, n)
		}
	}
	u.code.Cell2Arg = make([]int, len(u.code.CellNames))
	for i, n := range u.code.CellNames {
		u.code.Cell2Arg[i] = -1
		if idx, ok := u.locals[n]; ok {
			u.code.Cell2Arg[i] = idx
		}
	}
	if c.u != nil {
		c.stack = append(c.stack, c.u)
	}
	c.u = u
}

func sortStrings(ss []string) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j] < ss[j-1]; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}

func (u *unit) addLocal(name string) int {
	if i, ok := u.locals[name]; ok {
		return i
	}
	i := len(u.code.LocalNames)
	u.locals[name] = i
	u.code.LocalNames = append(u.code.LocalNames, name)
	return i
}

func (c *compiler) popUnit() *Code {
	u := c.u
	if !u.dead || len(u.instrs) == 0 {
		c.emitConst(nil)
		c.emit(RETURN_VALUE, 0)
	}
	c.checkLabels(u)
	code := c.assemble(u)
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
	return code
}

// setPos sets the position attached to following instructions.
func (c *compiler) setPos(n syntax.Positioned) Position {
	old := c.u.cur
	if n != nil {
		p := n.GetPos()
		c.u.cur = Position{Line: int32(p.Lineno), EndLine: int32(p.EndLineno), Col: int32(p.ColOffset), EndCol: int32(p.EndColOffset)}
	}
	return old
}

func isJump(op Opcode) bool {
	switch op {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
		JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND:
		return true
	}
	return false
}

// emit appends an instruction and updates the static stack depth. Code
// after an unconditional jump is dead until a label reached by a jump is
// placed; dead code does not change or record depths.
func (c *compiler) emit(op Opcode, arg int) {
	u := c.u
	u.instrs = append(u.instrs, Instr{Op: op, Arg: int32(arg)})
	u.pos = append(u.pos, u.cur)
	h := -1
	if n := len(u.hstack); n > 0 {
		h = u.hstack[n-1]
	}
	u.hidx = append(u.hidx, h)
	if u.dead {
		return
	}
	if isJump(op) {
		c.recordJumpDepth(op, arg)
	}
	u.depth += stackEffect(op, arg)
	if u.depth > u.maxDepth {
		u.maxDepth = u.depth
	}
	if u.depth < 0 {
		panic(fmt.Sprintf("compile: negative stack depth after %v in %s line %d", op, u.code.Name, u.cur.Line))
	}
	switch op {
	case JUMP, RETURN_VALUE, RAISE_VARARGS, RERAISE:
		u.dead = true
	}
}

func (c *compiler) recordJumpDepth(op Opcode, label int) {
	u := c.u
	d := u.depth
	switch op {
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE:
		d--
	case FOR_ITER, SEND:
		d--
	}
	if u.labelDepth[label] < 0 {
		u.labelDepth[label] = d
	}
}

func (c *compiler) newLabel() int {
	u := c.u
	u.labels = append(u.labels, -1)
	u.labelDepth = append(u.labelDepth, -1)
	return len(u.labels) - 1
}

// place binds label l to the next instruction.
func (c *compiler) place(l int) {
	u := c.u
	u.labels[l] = int32(len(u.instrs))
	if u.labelDepth[l] >= 0 {
		u.depth = u.labelDepth[l]
		u.dead = false
	} else if !u.dead {
		u.labelDepth[l] = u.depth
	}
}

// pushHandler makes following instructions unwind to label with the
// stack cut to depth (and the faulting index pushed when lasti).
func (c *compiler) pushHandler(label, depth int, lasti bool) {
	u := c.u
	u.handlers = append(u.handlers, handler{label: label, depth: depth, lasti: lasti})
	u.hstack = append(u.hstack, len(u.handlers)-1)
	hd := depth + 1
	if lasti {
		hd++
	}
	if u.labelDepth[label] < 0 {
		u.labelDepth[label] = hd
	}
	if hd > u.maxDepth {
		u.maxDepth = hd
	}
}

func (c *compiler) popHandler() {
	u := c.u
	u.hstack = u.hstack[:len(u.hstack)-1]
}

func (c *compiler) emitConst(v any) {
	c.emit(LOAD_CONST, c.constIdx(v))
}

func (c *compiler) constIdx(v any) int {
	u := c.u
	var k constKey
	switch x := v.(type) {
	case nil:
		k = constKey{kind: "none"}
	case bool:
		k = constKey{kind: "bool"}
		if x {
			k.n = 1
		}
	case int64:
		k = constKey{kind: "int", n: x}
	case *big.Int:
		k = constKey{kind: "bigint", s: x.String()}
	case float64:
		k = constKey{kind: "float", f: math.Float64bits(x)}
	case complex128:
		k = constKey{kind: "complex", f: math.Float64bits(real(x)), c: math.Float64bits(imag(x))}
	case string:
		k = constKey{kind: "str", s: x}
	case Bytes:
		k = constKey{kind: "bytes", s: string(x)}
	case EllipsisConst:
		k = constKey{kind: "..."}
	default:
		// Tuples, code objects, kwnames: never shared.
		u.consts = append(u.consts, v)
		return len(u.consts) - 1
	}
	if i, ok := u.constIndex[k]; ok {
		return i
	}
	u.consts = append(u.consts, v)
	u.constIndex[k] = len(u.consts) - 1
	return len(u.consts) - 1
}

func (c *compiler) nameIdx(name string) int {
	u := c.u
	if i, ok := u.names[name]; ok {
		return i
	}
	u.code.Names = append(u.code.Names, name)
	u.names[name] = len(u.code.Names) - 1
	return len(u.code.Names) - 1
}

// assemble resolves labels, builds the exception table and fills Code.
func (c *compiler) assemble(u *unit) *Code {
	code := u.code
	for i, in := range u.instrs {
		if isJump(in.Op) {
			t := u.labels[in.Arg]
			if t < 0 {
				panic(fmt.Sprintf("compile: unplaced label in %s", code.Name))
			}
			u.instrs[i].Arg = t
		}
	}
	peephole(u)
	// Exception table: runs of instructions sharing a handler.
	var table []ExcEntry
	for i := 0; i < len(u.instrs); {
		h := u.hidx[i]
		j := i + 1
		for j < len(u.instrs) && u.hidx[j] == h {
			j++
		}
		if h >= 0 {
			hd := u.handlers[h]
			table = append(table, ExcEntry{Start: int32(i), End: int32(j), Target: u.labels[hd.label], Depth: int32(hd.depth), Lasti: hd.lasti})
		}
		i = j
	}
	code.Instrs = u.instrs
	code.Positions = u.pos
	code.ExcTable = table
	code.StackSize = u.maxDepth + 2
	code.Consts = u.consts
	return code
}

// stackEffect is the depth change of an instruction on its fall-through
// path.
func stackEffect(op Opcode, arg int) int {
	switch op {
	case NOP:
		return 0
	case POP_TOP:
		return -1
	case PUSH_NULL, COPY, LOAD_CONST, LOAD_FAST, LOAD_FAST_CHECK, LOAD_DEREF, LOAD_CLASSDEREF, LOAD_NAME, LOAD_GLOBAL, LOAD_CLOSURE,
		LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, LOAD_LOCALS:
		return 1
	case SWAP:
		return 0
	case STORE_FAST, STORE_DEREF, STORE_NAME, STORE_GLOBAL:
		return -1
	case DELETE_FAST, DELETE_DEREF, DELETE_NAME, DELETE_GLOBAL:
		return 0
	case LOAD_ATTR:
		return 0
	case LOAD_METHOD:
		return 1
	case STORE_ATTR:
		return -2
	case DELETE_ATTR:
		return -1
	case BINARY_SUBSCR:
		return -1
	case STORE_SUBSCR:
		return -3
	case DELETE_SUBSCR:
		return -2
	case BINARY_SLICE:
		return -2
	case STORE_SLICE:
		return -4
	case BUILD_SLICE:
		return 1 - arg
	case BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP:
		return -1
	case UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT:
		return 0
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - arg
	case BUILD_MAP:
		return 1 - 2*arg
	case BUILD_CONST_KEY_MAP:
		return -arg
	case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE:
		return -1
	case MAP_ADD:
		return -2
	case LIST_TO_TUPLE:
		return 0
	case UNPACK_SEQUENCE:
		return arg - 1
	case UNPACK_EX:
		return (arg & 0xff) + (arg >> 8)
	case FORMAT_VALUE:
		if arg&4 != 0 {
			return -1
		}
		return 0
	case JUMP:
		return 0
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE:
		return -1
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		return -1
	case GET_ITER, GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER:
		return 0
	case GET_ANEXT:
		return 1
	case FOR_ITER:
		return 1
	case CALL:
		return -1 - arg
	case CALL_KW:
		return -1 - (arg & 0xff)
	case CALL_FUNCTION_EX:
		return -2 - (arg & 1)
	case MAKE_FUNCTION:
		n := 0
		for b := 1; b <= 8; b <<= 1 {
			if arg&b != 0 {
				n++
			}
		}
		return -n
	case RETURN_VALUE:
		return -1
	case YIELD_VALUE:
		return 0
	case SEND:
		return 0
	case RAISE_VARARGS:
		return -arg
	case RERAISE:
		return -1
	case PUSH_EXC_INFO:
		return 1
	case POP_EXCEPT:
		return -1
	case CHECK_EXC_MATCH:
		return 0
	case CHECK_EG_MATCH:
		return 0
	case PREP_RERAISE_STAR:
		return -1
	case WITH_EXCEPT_START:
		return 1
	case BEFORE_WITH, BEFORE_ASYNC_WITH:
		return 1
	case SETUP_ANNOTATIONS:
		return 0
	case IMPORT_NAME:
		return -1
	case IMPORT_FROM:
		return 1
	case IMPORT_STAR:
		return -1
	case GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE:
		return 1
	case MATCH_KEYS:
		return 1
	case MATCH_CLASS:
		return -2
	case COPY_DICT_WITHOUT_KEYS:
		return 0
	case COMPARE_OP_JUMP:
		return -1
	case POP_ITER_CLOSE:
		return -1
	case NULL_LOAD_GLOBAL:
		return 1
	case LOAD_FAST_CONST_BINOP:
		return 1
	case LOAD_FAST_LOAD_CONST:
		return 1
	case LOAD_FAST_LOAD_ATTR, LOAD_FAST_LOAD_METHOD, LOAD_FAST_STORE_ATTR, LOAD_FAST_LOAD_FAST_BINOP:
		return 1
	case LOAD_FAST_LOAD_FAST:
		return 1
	case LOAD_SUPER_ATTR:
		return -2
	case END_FOR:
		return -1
	case END_ASYNC_FOR:
		return -2
	case CALL_INTRINSIC_1:
		return 0
	case CLEANUP_THROW:
		return -1
	case RETURN_GENERATOR:
		return 0
	}
	panic(fmt.Sprintf("stackEffect: unknown opcode %d", op))
}

// checkLabels gives labels placed only in dead code a position anyway
// (their jumps are unreachable too).
func (c *compiler) checkLabels(u *unit) {
	for i, l := range u.labels {
		if l < 0 {
			u.labels[i] = int32(len(u.instrs) - 1)
		}
	}
}

// peephole fuses common instruction pairs that no jump targets the
// second of.
func peephole(u *unit) {
	target := make([]bool, len(u.instrs)+1)
	for _, l := range u.labels {
		if l >= 0 && int(l) < len(target) {
			target[l] = true
		}
	}
	for _, h := range u.handlers {
		if l := u.labels[h.label]; l >= 0 {
			target[l] = true
		}
	}
	for i := 0; i+1 < len(u.instrs); i++ {
		a, b := u.instrs[i], u.instrs[i+1]
		if target[i+1] || u.hidx[i] != u.hidx[i+1] {
			continue
		}
		if i+2 < len(u.instrs) && a.Op == LOAD_FAST && b.Op == LOAD_CONST && u.instrs[i+2].Op == BINARY_OP &&
			!target[i+2] && u.hidx[i] == u.hidx[i+2] {
			u.instrs[i].Op = LOAD_FAST_CONST_BINOP
			i += 2
			continue
		}
		if i+2 < len(u.instrs) && a.Op == LOAD_FAST && b.Op == LOAD_FAST && u.instrs[i+2].Op == BINARY_OP &&
			!target[i+2] && u.hidx[i] == u.hidx[i+2] {
			u.instrs[i].Op = LOAD_FAST_LOAD_FAST_BINOP
			i += 2
			continue
		}
		if i+3 < len(u.instrs) && a.Op == LOAD_FAST && b.Op == LOAD_FAST && u.instrs[i+2].Op == LOAD_FAST &&
			u.instrs[i+3].Op == BINARY_OP && !target[i+2] && !target[i+3] && u.hidx[i+1] == u.hidx[i+3] {
			continue // a, (b, c, op): the triple fuses at i+1
		}
		switch {
		case a.Op == PUSH_NULL && b.Op == LOAD_GLOBAL:
			u.instrs[i].Op = NULL_LOAD_GLOBAL
			i++
		case a.Op == LOAD_FAST && b.Op == LOAD_ATTR:
			u.instrs[i].Op = LOAD_FAST_LOAD_ATTR
			i++
		case a.Op == LOAD_FAST && b.Op == LOAD_METHOD:
			u.instrs[i].Op = LOAD_FAST_LOAD_METHOD
			i++
		case a.Op == LOAD_FAST && b.Op == STORE_ATTR:
			u.instrs[i].Op = LOAD_FAST_STORE_ATTR
			i++
		case a.Op == LOAD_FAST && b.Op == LOAD_CONST:
			u.instrs[i].Op = LOAD_FAST_LOAD_CONST
			i++
		case a.Op == COMPARE_OP && (b.Op == POP_JUMP_IF_FALSE || b.Op == POP_JUMP_IF_TRUE):
			u.instrs[i].Op = COMPARE_OP_JUMP
			i++
		case a.Op == LOAD_FAST && b.Op == LOAD_FAST:
			u.instrs[i].Op = LOAD_FAST_LOAD_FAST
			i++
		}
	}
}
