// This file gathers what %xmode Verbose shows beyond Context: the values
// of a frame's arguments (in pydoc's short repr) and of the expressions of
// its failing piece of code. IPython gets the latter from stack_data and
// pure_eval, which evaluate every side-effect-free expression of the
// frame's scope; this is an evaluator of the same kind and order: names,
// attributes found without running code (instance and class dictionaries,
// no descriptors), subscripts and slices, unary, binary, boolean and
// comparison operators on built-in values, list/tuple/dict displays, and
// the builtin calls pure_eval allows (len, abs, sorted, divmod, ...).
// Expressions are found by a breadth-first walk of the scope, grouped by
// text, and listed by the first line of the failing piece they appear on.
//
// The interpreter keeps a finished frame's globals in its traceback entry
// but its locals only for a NameError's raising frame, so argument values
// and locals of other function frames are unknown and left out.

package display

import (
	"math/big"
	"regexp"
	"strings"
	"unicode"

	"adder/interp/py"
	"adder/interp/syntax"
)

// maxVerboseRepr bounds a repr shown in Verbose's variable lines; IPython
// prints them whole, but a notebook cannot use a megabyte of repr.
const maxVerboseRepr = 10000

// verboseFrame fills in fr.ArgValues and fr.Vars from the traceback entry.
// parsed caches syntax trees by filename for one FromPy call.
func verboseFrame(fr *Frame, tb *py.Traceback, parsed map[string]syntax.Mod) {
	code := tb.Code
	module := code.Name == "<module>"
	var locals *py.Dict
	switch {
	case module:
		locals = tb.Globals
	case tb.FrameLocals() != nil:
		locals = tb.FrameLocals()
	}
	if !module && locals != nil {
		fr.ArgValues = argValues(fr, locals)
	}
	if len(fr.Source) == 0 {
		return
	}
	localNames := map[string]bool{}
	if !module {
		for _, n := range code.LocalNames {
			localNames[n] = true
		}
		for _, n := range code.CellNames {
			localNames[n] = true
		}
		for _, n := range code.FreeNames {
			localNames[n] = true
		}
	}
	ev := &evaluator{locals: locals, globals: tb.Globals, localNames: localNames, module: module}
	mod, ok := parsed[fr.Filename]
	if !ok {
		src := strings.Join(fr.Source, "\n") + "\n"
		var err error
		if mod, err = syntax.Parse(fr.Filename, []byte(src), syntax.Exec, 0); err != nil {
			mod = nil
		}
		parsed[fr.Filename] = mod
	}
	if mod != nil {
		fr.Vars = ev.variables(fr, mod)
	}
}

// argValues is "(a=1, *rest=(2,), **kw={})" for the frame's parameters.
func argValues(fr *Frame, locals *py.Dict) string {
	parts := make([]string, 0, len(fr.Args))
	for _, a := range fr.Args {
		name := strings.TrimLeft(a, "*")
		v, ok := locals.GetStr(name)
		if !ok {
			return "" // IPython fails to resolve the arguments too
		}
		parts = append(parts, a+"="+textRepr(v, 6))
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// An evaluator resolves expressions against one frame's namespaces.
type evaluator struct {
	locals, globals *py.Dict
	localNames      map[string]bool
	module          bool
}

// A verboseVar is one group of equal expressions.
type verboseVar struct {
	text  string
	value py.Value
	spans [][2]int // line ranges [first, last] of its nodes
}

// variables lists the expressions of the failing piece with their reprs.
func (ev *evaluator) variables(fr *Frame, mod syntax.Mod) []Var {
	scope := findScope(mod, fr)
	if scope == nil {
		return nil
	}
	var vars []*verboseVar
	byKey := map[string]*verboseVar{}
	add := func(text string, v py.Value, first, last int) {
		key := strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, text)
		if key == "" {
			return
		}
		if g := byKey[key]; g != nil {
			g.spans = append(g.spans, [2]int{first, last})
			return
		}
		g := &verboseVar{text: text, value: v, spans: [][2]int{{first, last}}}
		byKey[key] = g
		vars = append(vars, g)
	}
	queue := []syntax.Node{scope}
	for len(queue) > 0 && len(queue) < 100000 {
		n := queue[0]
		queue = append(queue[1:], syntax.Children(n)...)
		e, ok := n.(syntax.Expr)
		if !ok {
			continue
		}
		v, ok := ev.eval(e, 0)
		if !ok || !interesting(e, v) {
			continue
		}
		p := e.GetPos()
		add(nodeText(fr.Source, p), v, p.Lineno, p.EndLineno)
	}
	if fd, ok := scope.(*syntax.FunctionDef); ok {
		ev.addArgs(fd.Args, add)
	} else if fd, ok := scope.(*syntax.AsyncFunctionDef); ok {
		ev.addArgs(fd.Args, add)
	}
	// The lines of the failing piece, then the variables on each line.
	start, end := pieceLines(fr)
	var out []Var
	seen := map[*verboseVar]bool{}
	for line := start; line < end; line++ {
		for _, g := range vars {
			if seen[g] {
				continue
			}
			for _, s := range g.spans {
				if s[0] <= line && line <= s[1] {
					seen[g] = true
					r, err := py.ReprString(g.value)
					if err != nil {
						r = "<repr failed>"
					}
					if len(r) > maxVerboseRepr {
						r = r[:maxVerboseRepr] + "..."
					}
					out = append(out, Var{g.text, r})
					break
				}
			}
		}
	}
	return out
}

func (ev *evaluator) addArgs(a *syntax.Arguments, add func(string, py.Value, int, int)) {
	if a == nil {
		return
	}
	args := append(append([]*syntax.Arg{}, a.PosOnlyArgs...), a.Args...)
	if a.Vararg != nil {
		args = append(args, a.Vararg)
	}
	args = append(args, a.KwOnlyArgs...)
	if a.Kwarg != nil {
		args = append(args, a.Kwarg)
	}
	for _, x := range args {
		if v, ok := ev.name(x.Arg); ok {
			add(x.Arg, v, x.Lineno, x.EndLineno)
		}
	}
}

// pieceLines is the range [start, end) of lines of the piece holding the
// failing line, as stack_data splits the source.
func pieceLines(fr *Frame) (int, int) {
	for _, p := range makePieces(fr.Source, splitLogical(fr.Source)) {
		if p.start <= fr.Lineno && fr.Lineno < p.end {
			return p.start, p.end
		}
	}
	return fr.Lineno, fr.Lineno + 1
}

// findScope is the node stack_data evaluates in: the module for module
// code, else the innermost function definition named like the code and
// holding the failing line.
func findScope(mod syntax.Mod, fr *Frame) syntax.Node {
	if fr.Name == "<module>" {
		return mod
	}
	var found syntax.Node
	syntax.Inspect(mod, func(n syntax.Node) bool {
		var name string
		var p *syntax.Pos
		switch d := n.(type) {
		case *syntax.FunctionDef:
			name, p = d.Name, &d.Pos
		case *syntax.AsyncFunctionDef:
			name, p = d.Name, &d.Pos
		default:
			return true
		}
		if name == fr.Name && p.Lineno <= fr.Lineno && fr.Lineno <= p.EndLineno {
			found = n
		}
		return true
	})
	return found
}

// nodeText is the source text of a node.
func nodeText(src []string, p *syntax.Pos) string {
	if p.Lineno < 1 || p.EndLineno > len(src) || p.EndLineno < p.Lineno {
		return ""
	}
	if p.Lineno == p.EndLineno {
		l := src[p.Lineno-1]
		if p.ColOffset > p.EndColOffset || p.EndColOffset > len(l) {
			return ""
		}
		return l[p.ColOffset:p.EndColOffset]
	}
	first := src[p.Lineno-1]
	last := src[p.EndLineno-1]
	if p.ColOffset > len(first) || p.EndColOffset > len(last) {
		return ""
	}
	parts := []string{first[p.ColOffset:]}
	parts = append(parts, src[p.Lineno:p.EndLineno-1]...)
	parts = append(parts, last[:p.EndColOffset])
	return strings.Join(parts, "\n")
}

// name resolves a name as the frame would, or reports that it cannot.
func (ev *evaluator) name(id string) (py.Value, bool) {
	if ev.localNames[id] {
		if ev.locals == nil {
			return py.Value{}, false
		}
		return ev.locals.GetStr(id)
	}
	if ev.locals != nil {
		if v, ok := ev.locals.GetStr(id); ok {
			return v, true
		}
	}
	if ev.globals != nil {
		if v, ok := ev.globals.GetStr(id); ok {
			return v, true
		}
	}
	return py.BuiltinsDict.GetStr(id)
}

// maxEvalDepth bounds the evaluator's recursion into nested expressions.
const maxEvalDepth = 50

// eval evaluates e without running user code, or reports that it cannot.
func (ev *evaluator) eval(e syntax.Expr, depth int) (py.Value, bool) {
	if depth > maxEvalDepth {
		return py.Value{}, false
	}
	switch e := e.(type) {
	case *syntax.Constant:
		return constValue(e.Value)
	case *syntax.Name:
		return ev.name(e.Id)
	case *syntax.Attribute:
		v, ok := ev.eval(e.Value, depth+1)
		if !ok {
			return py.Value{}, false
		}
		return staticAttr(v, e.Attr)
	case *syntax.Subscript:
		v, ok := ev.eval(e.Value, depth+1)
		if !ok || !isStandard(v) {
			return py.Value{}, false
		}
		var k py.Value
		if sl, isSlice := e.Slice.(*syntax.Slice); isSlice {
			parts := [3]py.Value{py.None, py.None, py.None}
			for i, x := range []syntax.Expr{sl.Lower, sl.Upper, sl.Step} {
				if x != nil {
					if parts[i], ok = ev.eval(x, depth+1); !ok {
						return py.Value{}, false
					}
				}
			}
			k = py.NewSlice(parts[0], parts[1], parts[2])
		} else if k, ok = ev.eval(e.Slice, depth+1); !ok {
			return py.Value{}, false
		}
		if !isStandardDeep(k, 0) {
			return py.Value{}, false
		}
		r, err := py.GetItem(v, k)
		return r, err == nil
	case *syntax.UnaryOp:
		v, ok := ev.eval(e.Operand, depth+1)
		if !ok || !isStandard(v) {
			return py.Value{}, false
		}
		var r py.Value
		var err error
		switch e.Op {
		case syntax.USub:
			r, err = py.Neg(v)
		case syntax.UAdd:
			r, err = py.Pos(v)
		case syntax.Invert:
			r, err = py.Invert(v)
		default:
			var t bool
			t, err = py.Truth(v)
			r = py.Bool(!t)
		}
		return r, err == nil
	case *syntax.BoolOp:
		var last py.Value
		for i, x := range e.Values {
			v, ok := ev.eval(x, depth+1)
			if !ok || !isStandard(v) {
				return py.Value{}, false
			}
			last = v
			if i == len(e.Values)-1 {
				break
			}
			t, err := py.Truth(v)
			if err != nil {
				return py.Value{}, false
			}
			if t == (e.Op == syntax.Or) {
				return v, true // short circuit, as pure_eval does
			}
		}
		return last, true
	case *syntax.Compare:
		return ev.compare(e, depth)
	case *syntax.List, *syntax.Tuple:
		var elts []syntax.Expr
		if l, ok := e.(*syntax.List); ok {
			elts = l.Elts
		} else {
			elts = e.(*syntax.Tuple).Elts
		}
		items := make([]py.Value, len(elts))
		for i, x := range elts {
			v, ok := ev.eval(x, depth+1)
			if !ok {
				return py.Value{}, false
			}
			items[i] = v
		}
		if _, ok := e.(*syntax.List); ok {
			return py.ListValue(items), true
		}
		return py.NewTuple(items...), true
	case *syntax.Dict:
		d := py.NewDict()
		for i, k := range e.Keys {
			if k == nil {
				return py.Value{}, false
			}
			kv, ok := ev.eval(k, depth+1)
			if !ok || !isStandardDeep(kv, 0) {
				return py.Value{}, false
			}
			vv, ok := ev.eval(e.Values[i], depth+1)
			if !ok || d.SetItem(kv, vv) != nil {
				return py.Value{}, false
			}
		}
		return py.ObjectValue(d), true
	case *syntax.BinOp:
		op, ok := binOps[e.Op]
		if !ok {
			return py.Value{}, false
		}
		a, ok := ev.eval(e.Left, depth+1)
		if !ok || !isStandard(a) {
			return py.Value{}, false
		}
		b, ok := ev.eval(e.Right, depth+1)
		if !ok || !isStandard(b) {
			return py.Value{}, false
		}
		r, err := py.BinaryOp(op, a, b)
		return r, err == nil
	case *syntax.Call:
		return ev.call(e, depth)
	}
	return py.Value{}, false
}

// binOps maps the parser's operators to the interpreter's.
var binOps = map[syntax.Operator]py.BinaryOpKind{
	syntax.Add: py.OpAdd, syntax.Sub: py.OpSub, syntax.Mult: py.OpMul, syntax.Div: py.OpTrueDiv,
	syntax.FloorDiv: py.OpFloorDiv, syntax.Modulo: py.OpMod, syntax.Pow: py.OpPow,
	syntax.LShift: py.OpLShift, syntax.RShift: py.OpRShift, syntax.BitOr: py.OpOr,
	syntax.BitXor: py.OpXor, syntax.BitAnd: py.OpAnd,
}

// call evaluates the calls of builtins pure_eval allows: conversions
// and numeric helpers on standard values, and a few one-argument
// functions on standard containers.
func (ev *evaluator) call(e *syntax.Call, depth int) (py.Value, bool) {
	if len(e.Keywords) != 0 {
		return py.Value{}, false
	}
	fn, ok := ev.eval(e.Func, depth+1)
	if !ok {
		return py.Value{}, false
	}
	args := make([]py.Value, len(e.Args))
	for i, x := range e.Args {
		if _, star := x.(*syntax.Starred); star {
			return py.Value{}, false
		}
		if args[i], ok = ev.eval(x, depth+1); !ok {
			return py.Value{}, false
		}
	}
	name := builtinName(fn)
	allStandard := func(deep bool) bool {
		for _, a := range args {
			if deep && !isStandardDeep(a, 0) || !deep && !isStandard(a) {
				return false
			}
		}
		return true
	}
	safe := false
	switch {
	case anyOf(name, "slice", "int", "range", "round", "complex", "list", "tuple", "abs", "hex", "bin", "oct", "bool", "ord", "float", "len", "chr"):
		safe = allStandard(false)
	case len(args) == 0 && anyOf(name, "set", "dict", "str", "frozenset", "bytes", "bytearray", "object"):
		safe = true
	case len(args) >= 2 && anyOf(name, "str", "divmod", "bytes", "bytearray", "pow"):
		safe = allStandard(false)
	case len(args) == 1 && anyOf(name, "id", "type"):
		safe = true
	case len(args) == 1 && anyOf(name, "all", "any", "sum", "sorted", "min", "max", "hash", "set", "dict", "ascii", "str", "repr", "frozenset"):
		safe = allStandard(true)
	}
	if !safe {
		return py.Value{}, false
	}
	r, err := py.Call(fn, args, nil)
	return r, err == nil
}

func anyOf(name string, names ...string) bool {
	if name == "" {
		return false
	}
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// builtinName is the name of fn in builtins if fn is that builtin (the
// object itself, not a user function of the same name), else "".
func builtinName(fn py.Value) string {
	if !fn.IsValid() || fn.Object() == nil {
		return ""
	}
	n, err := py.GetAttr(fn, "__name__")
	if err != nil {
		return ""
	}
	name, _ := py.AsStr(n)
	if b, ok := py.BuiltinsDict.GetStr(name); ok && b.Object() == fn.Object() {
		return name
	}
	return ""
}

// compare evaluates a comparison chain on standard values.
func (ev *evaluator) compare(e *syntax.Compare, depth int) (py.Value, bool) {
	left, ok := ev.eval(e.Left, depth+1)
	if !ok {
		return py.Value{}, false
	}
	result := py.Bool(true)
	for i, op := range e.Ops {
		right, ok := ev.eval(e.Comparators[i], depth+1)
		if !ok {
			return py.Value{}, false
		}
		if op != syntax.Is && op != syntax.IsNot && (!isStandardDeep(left, 0) || !isStandardDeep(right, 0)) {
			return py.Value{}, false
		}
		var r py.Value
		var err error
		switch op {
		case syntax.Is, syntax.IsNot:
			same := left.Type() == right.Type() && left == right
			r = py.Bool(same == (op == syntax.Is))
		case syntax.In, syntax.NotIn:
			var in bool
			in, err = py.Contains(right, left)
			r = py.Bool(in == (op == syntax.In))
		default:
			r, err = py.Compare(left, right, cmpOps[op])
		}
		if err != nil {
			return py.Value{}, false
		}
		t, err := py.Truth(r)
		if err != nil {
			return py.Value{}, false
		}
		if !t {
			return r, true
		}
		result, left = r, right
	}
	return result, true
}

var cmpOps = map[syntax.CmpOperator]py.CompareOp{
	syntax.Eq: py.EQ, syntax.NotEq: py.NE, syntax.Lt: py.LT, syntax.LtE: py.LE, syntax.Gt: py.GT, syntax.GtE: py.GE,
}

// isStandardDeep is isStandard applied to the items of containers too
// (bounded, as pure_eval's deep check).
func isStandardDeep(v py.Value, depth int) bool {
	if !isStandard(v) {
		return false
	}
	switch v.Type() {
	case py.ListType, py.TupleType, py.SetType, py.FrozenSetType, py.DictType:
		if depth > 20 {
			return false
		}
		items, err := py.ToSlice(v)
		if err != nil || len(items) > 100000 {
			return false
		}
		for _, x := range items {
			if !isStandardDeep(x, depth+1) {
				return false
			}
		}
	}
	return true
}

// isStandard reports values of built-in types whose operations run no
// user code, as pure_eval's of_standard_types (shallowly).
func isStandard(v py.Value) bool {
	switch v.Type() {
	case py.IntType, py.FloatType, py.StrType, py.BytesType, py.ListType, py.TupleType,
		py.DictType, py.SetType, py.FrozenSetType, py.BoolType, py.NoneType, py.ComplexType,
		py.SliceType, py.ObjectType:
		return true
	}
	return false
}

// staticAttr finds an attribute without running code: in the instance's
// __dict__, then as a class attribute that is not a descriptor.
func staticAttr(v py.Value, name string) (py.Value, bool) {
	if m, ok := v.Object().(*py.Module); ok {
		if d, err := py.GetAttr(py.ObjectValue(m), "__dict__"); err == nil {
			if dd, ok := d.Object().(*py.Dict); ok {
				return dd.GetStr(name)
			}
		}
		return py.Value{}, false
	}
	if t, ok := v.Object().(*py.Type); ok {
		if a := t.Lookup(name); a.IsValid() && !isDescriptor(a) {
			return a, true
		}
		return py.Value{}, false
	}
	if !isStandard(v) {
		if ga := v.Type().Lookup("__getattribute__"); !ga.IsValid() || ga.Object() != py.ObjectType.Lookup("__getattribute__").Object() {
			return py.Value{}, false // a custom __getattribute__ would run
		}
		if d, err := py.GetAttr(v, "__dict__"); err == nil {
			if dd, ok := d.Object().(*py.Dict); ok {
				if a, ok := dd.GetStr(name); ok {
					return a, true
				}
			}
		}
	}
	if a := v.Type().Lookup(name); a.IsValid() && !isDescriptor(a) {
		return a, true
	}
	return py.Value{}, false
}

func isDescriptor(v py.Value) bool {
	return v.Type().Lookup("__get__").IsValid()
}

// constValue converts a parser constant.
func constValue(c any) (py.Value, bool) {
	switch c := c.(type) {
	case nil:
		return py.None, true
	case bool:
		return py.Bool(c), true
	case int64:
		return py.Int(c), true
	case int:
		return py.Int(int64(c)), true
	case float64:
		return py.Float(c), true
	case string:
		return py.StrValue(c), true
	case *big.Int:
		if c.IsInt64() {
			return py.Int(c.Int64()), true
		}
	}
	return py.Value{}, false
}

// interesting is pure_eval's is_expression_interesting: not a literal,
// not a name or attribute naming its value (a function `f`), not a
// builtin under its own name.
func interesting(e syntax.Expr, v py.Value) bool {
	if isLiteral(e) {
		return false
	}
	var id string
	switch e := e.(type) {
	case *syntax.Name:
		id = e.Id
		if b, ok := py.BuiltinsDict.GetStr(id); ok && b.Object() == v.Object() && b.Type() == v.Type() && (!b.IsInt() || b.AsInt() == v.AsInt()) {
			return false
		}
	case *syntax.Attribute:
		id = e.Attr
	}
	if id != "" && hasSafeName(v) {
		if n, err := py.GetAttr(v, "__name__"); err == nil {
			if s, ok := py.AsStr(n); ok && s == id {
				return false
			}
		}
	}
	return true
}

// hasSafeName reports values whose __name__ pure_eval reads: functions,
// methods, builtins, classes and modules (reading it runs no user code).
func hasSafeName(v py.Value) bool {
	switch t := v.Type(); {
	case t == py.FunctionType, t == py.MethodType, t == py.ModuleType, t == py.BuiltinType,
		t == py.MethodDescrType, t == py.StaticMethodType, t == py.ClassMethodType:
		return true
	case t.IsSubtype(py.TypeType):
		return true
	}
	return false
}

// isLiteral reports what ast.literal_eval accepts.
func isLiteral(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Constant:
		return true
	case *syntax.UnaryOp:
		_, ok := e.Operand.(*syntax.Constant)
		return ok && (e.Op == syntax.USub || e.Op == syntax.UAdd)
	case *syntax.List:
		return allLiteral(e.Elts)
	case *syntax.Tuple:
		return allLiteral(e.Elts)
	case *syntax.Set:
		return allLiteral(e.Elts)
	case *syntax.Dict:
		for _, k := range e.Keys {
			if k == nil || !isLiteral(k) {
				return false
			}
		}
		return allLiteral(e.Values)
	}
	return false
}

func allLiteral(es []syntax.Expr) bool {
	for _, x := range es {
		if !isLiteral(x) {
			return false
		}
	}
	return true
}

// possiblySorted is reprlib's: the items of v sorted, or in their own
// order when they cannot be sorted.
func possiblySorted(v py.Value) []py.Value {
	if sorted, ok := py.BuiltinsDict.GetStr("sorted"); ok {
		if r, err := py.Call(sorted, []py.Value{v}, nil); err == nil {
			if items, err := py.ToSlice(r); err == nil {
				return items
			}
		}
	}
	items, _ := py.ToSlice(v)
	return items
}

// stripID removes " at 0x..." addresses, as pydoc's stripid does.
var stripID = regexp.MustCompile(` at 0x[0-9a-fA-F]{6,16}(>+)$`)

// textRepr is pydoc.text.repr, the short repr IPython uses for argument
// values: containers limited in length and depth, long strings and reprs
// cut in the middle, object addresses removed.
func textRepr(v py.Value, level int) string {
	cram := func(s string, n int) string {
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		i := max(0, (n-3)/2)
		j := max(0, n-3-i)
		return string(r[:i]) + "..." + string(r[len(r)-j:])
	}
	seq := func(open, close string, limit int, trail bool) string {
		if level <= 0 {
			return open + "..." + close
		}
		items, err := py.ToSlice(v)
		if err != nil {
			return "..."
		}
		var parts []string
		for i, x := range items {
			if i == limit {
				parts = append(parts, "...")
				break
			}
			parts = append(parts, textRepr(x, level-1))
		}
		s := strings.Join(parts, ", ")
		if trail && len(items) == 1 {
			s += ","
		}
		return open + s + close
	}
	switch v.Type() {
	case py.StrType:
		s, _ := py.AsStr(v)
		test := cram(s, 100)
		r, _ := py.ReprString(py.StrValue(test))
		if strings.Contains(test, "\\") && !strings.Contains(strings.ReplaceAll(r, `\\`, ""), `\`) {
			return "r" + r[:1] + test + r[:1]
		}
		return r
	case py.IntType:
		r, _ := py.ReprString(v)
		return cram(r, 40)
	case py.ListType:
		return seq("[", "]", 20, false)
	case py.TupleType:
		return seq("(", ")", 20, true)
	case py.SetType, py.FrozenSetType:
		open, close, empty := "{", "}", "set()"
		if v.Type() == py.FrozenSetType {
			open, close, empty = "frozenset({", "})", "frozenset()"
		}
		items := possiblySorted(v)
		if len(items) == 0 {
			return empty
		}
		v = py.ListValue(items)
		return seq(open, close, 6, false)
	case py.DictType:
		d, _ := v.Object().(*py.Dict)
		keys := possiblySorted(v)
		if len(keys) == 0 {
			return "{}"
		}
		if level <= 0 {
			return "{...}"
		}
		var parts []string
		for i, k := range keys {
			if i == 10 {
				parts = append(parts, "...")
				break
			}
			val, _ := d.GetItem(k)
			parts = append(parts, textRepr(k, level-1)+": "+textRepr(val, level-1))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	r, err := py.ReprString(v)
	if err != nil {
		return "UNRECOVERABLE REPR FAILURE"
	}
	return cram(stripID.ReplaceAllString(r, "$1"), 100)
}
