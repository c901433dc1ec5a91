// This file is the text/plain formatter: a port of the behaviour of
// IPython's pretty printer (IPython.lib.pretty), which wraps containers
// that do not fit in 79 columns, breaking the outermost groups first.
//
// The layout engine is the one of Ruby's prettyprint that IPython uses:
// text and breakables are buffered while they fit; when the line would
// overflow, the outermost (then leftmost-latest, see deq) open group with
// breakables is broken, turning all its breakables into newlines.

package display

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"adder/interp/compile"
	"adder/interp/py"
)

// maxSeqLength is IPython's max_seq_length: longer containers end in "...".
const maxSeqLength = 1000

// prettyWidth is IPython's max_width.
const prettyWidth = 79

// A ppGroup is a group of breakables that break together.
type ppGroup struct {
	depth      int
	breakables []*ppItem // pending breakables, oldest first
	wantBreak  bool
}

// A ppItem is a buffered text or breakable.
type ppItem struct {
	breakable   bool
	text        string
	width       int
	indentation int      // breakables: indentation when created
	group       *ppGroup // breakables: owner
}

// prettyPrinter lays out text the way IPython's PrettyPrinter does.
type prettyPrinter struct {
	out         strings.Builder
	maxWidth    int
	outputWidth int
	bufferWidth int
	buffer      []*ppItem
	groupStack  []*ppGroup
	queue       [][]*ppGroup // group queue, by depth
	indentation int
	stack       []uintptr // objects being printed, for cycles
	err         error     // the first Python error raised by a repr
}

func newPrettyPrinter() *prettyPrinter {
	p := &prettyPrinter{maxWidth: prettyWidth}
	root := &ppGroup{}
	p.groupStack = []*ppGroup{root}
	p.enq(root)
	return p
}

func (p *prettyPrinter) enq(g *ppGroup) {
	for g.depth > len(p.queue)-1 {
		p.queue = append(p.queue, nil)
	}
	p.queue[g.depth] = append(p.queue[g.depth], g)
}

// deq picks the group to break: at the shallowest depth holding a group
// with breakables, scanning the newest first. Like IPython it then
// deletes the entry at the same index counted from the front (an IPython
// quirk kept so wrapping matches); groups without breakables at shallower
// depths are marked broken and dropped.
func (p *prettyPrinter) deq() *ppGroup {
	for d := range p.queue {
		stack := p.queue[d]
		for idx := 0; idx < len(stack); idx++ {
			g := stack[len(stack)-1-idx]
			if len(g.breakables) > 0 {
				p.queue[d] = append(stack[:idx:idx], stack[idx+1:]...)
				g.wantBreak = true
				return g
			}
		}
		for _, g := range stack {
			g.wantBreak = true
		}
		p.queue[d] = nil
	}
	return nil
}

func (p *prettyPrinter) remove(g *ppGroup) {
	if g.depth >= len(p.queue) {
		return
	}
	stack := p.queue[g.depth]
	for i, x := range stack {
		if x == g {
			p.queue[g.depth] = append(stack[:i:i], stack[i+1:]...)
			return
		}
	}
}

// emit writes one buffered item and returns the new output width.
func (p *prettyPrinter) emit(it *ppItem, width int) int {
	if !it.breakable {
		p.out.WriteString(it.text)
		return width + it.width
	}
	g := it.group
	g.breakables = g.breakables[1:]
	if g.wantBreak {
		p.out.WriteString("\n" + strings.Repeat(" ", it.indentation))
		return it.indentation
	}
	if len(g.breakables) == 0 {
		p.remove(g)
	}
	p.out.WriteString(it.text)
	return width + it.width
}

func (p *prettyPrinter) breakOneGroup(g *ppGroup) {
	for len(g.breakables) > 0 && len(p.buffer) > 0 {
		x := p.buffer[0]
		p.buffer = p.buffer[1:]
		p.outputWidth = p.emit(x, p.outputWidth)
		p.bufferWidth -= x.width
	}
	for len(p.buffer) > 0 && !p.buffer[0].breakable {
		x := p.buffer[0]
		p.buffer = p.buffer[1:]
		p.outputWidth = p.emit(x, p.outputWidth)
		p.bufferWidth -= x.width
	}
}

func (p *prettyPrinter) breakOuterGroups() {
	for p.maxWidth < p.outputWidth+p.bufferWidth {
		g := p.deq()
		if g == nil {
			return
		}
		p.breakOneGroup(g)
	}
}

// text adds literal text.
func (p *prettyPrinter) text(s string) {
	w := utf8.RuneCountInString(s)
	if len(p.buffer) > 0 {
		last := p.buffer[len(p.buffer)-1]
		if last.breakable {
			last = &ppItem{}
			p.buffer = append(p.buffer, last)
		}
		last.text += s
		last.width += w
		p.bufferWidth += w
		p.breakOuterGroups()
		return
	}
	p.out.WriteString(s)
	p.outputWidth += w
}

// breakable adds a separator that becomes a newline if its group breaks.
func (p *prettyPrinter) breakable(sep string) {
	g := p.groupStack[len(p.groupStack)-1]
	if g.wantBreak {
		p.flush()
		p.out.WriteString("\n" + strings.Repeat(" ", p.indentation))
		p.outputWidth = p.indentation
		p.bufferWidth = 0
		return
	}
	it := &ppItem{breakable: true, text: sep, width: utf8.RuneCountInString(sep),
		indentation: p.indentation, group: g}
	g.breakables = append(g.breakables, it)
	p.buffer = append(p.buffer, it)
	p.bufferWidth += it.width
	p.breakOuterGroups()
}

// hardBreak is IPython's break_: a newline that is always taken.
func (p *prettyPrinter) hardBreak() {
	if g := p.deq(); g != nil {
		p.breakOneGroup(g)
	}
	p.flush()
	p.out.WriteString("\n" + strings.Repeat(" ", p.indentation))
	p.outputWidth = p.indentation
	p.bufferWidth = 0
}

func (p *prettyPrinter) beginGroup(indent int, open string) {
	if open != "" {
		p.text(open)
	}
	g := &ppGroup{depth: p.groupStack[len(p.groupStack)-1].depth + 1}
	p.groupStack = append(p.groupStack, g)
	p.enq(g)
	p.indentation += indent
}

func (p *prettyPrinter) endGroup(dedent int, close string) {
	p.indentation -= dedent
	g := p.groupStack[len(p.groupStack)-1]
	p.groupStack = p.groupStack[:len(p.groupStack)-1]
	if len(g.breakables) == 0 {
		p.remove(g)
	}
	if close != "" {
		p.text(close)
	}
}

func (p *prettyPrinter) flush() {
	for _, it := range p.buffer {
		p.outputWidth = p.emit(it, p.outputWidth)
	}
	p.buffer = nil
	p.bufferWidth = 0
}

// Pretty returns IPython's pretty representation of v (the text/plain of a
// result). A Python error raised by a repr is returned.
func Pretty(v py.Value) (string, error) {
	p := newPrettyPrinter()
	p.pretty(v)
	p.flush()
	if p.err != nil {
		return "", p.err
	}
	return p.out.String(), nil
}

// repr is repr(v); an error is remembered and printed as nothing.
func (p *prettyPrinter) repr(v py.Value) string {
	s, err := py.ReprString(v)
	if err != nil {
		if p.err == nil {
			p.err = err
		}
		return ""
	}
	return s
}

// pretty prints one object, choosing the printer by the type's MRO as
// IPython does.
func (p *prettyPrinter) pretty(v py.Value) {
	if p.err != nil {
		return
	}
	id := uintptr(py.ID(v))
	cycle := false
	if !v.IsInline() {
		for _, x := range p.stack {
			if x == id {
				cycle = true
			}
		}
	}
	p.stack = append(p.stack, id)
	p.beginGroup(0, "")
	defer func() {
		p.endGroup(0, "")
		p.stack = p.stack[:len(p.stack)-1]
	}()
	if len(p.stack) > 200 {
		p.text(p.repr(v)) // bound the Go recursion; repr has its own guard
		return
	}
	t := v.Type()
	for _, cls := range t.MRO {
		if printer := builtinPrinter(cls); printer != nil {
			printer(p, v, cycle)
			return
		}
		if cls.IsHeap() {
			if meth, ok := cls.Dict.GetStr("_repr_pretty_"); ok && py.Callable(meth) {
				if bound, err := py.GetAttr(v, "_repr_pretty_"); err == nil && p.callReprPretty(bound, cycle) {
					return
				}
			}
		}
		if cls != py.ObjectType {
			if _, ok := cls.Dict.GetStr("__repr__"); ok {
				p.reprPrint(v)
				return
			}
		}
	}
	p.defaultPrint(v, cycle)
}

type printerFunc func(p *prettyPrinter, v py.Value, cycle bool)

// builtinPrinter returns IPython's registered printer for a builtin type.
func builtinPrinter(t *py.Type) printerFunc {
	if t.IsHeap() {
		return nil
	}
	switch t {
	case py.IntType, py.FloatType, py.StrType, py.RangeType, py.SliceType, py.MethodType:
		return (*prettyPrinter).reprPrintCycle
	case py.TupleType:
		return seqPrinter("(", ")", true)
	case py.ListType:
		return seqPrinter("[", "]", false)
	case py.DictType:
		return (*prettyPrinter).dictPrint
	case py.SetType:
		return setPrinter("{", "}")
	case py.FrozenSetType:
		return setPrinter("frozenset({", "})")
	case py.TypeType:
		return (*prettyPrinter).typePrint
	case py.FunctionType, py.BuiltinType:
		return (*prettyPrinter).functionPrint
	case py.BaseExceptionType:
		return (*prettyPrinter).exceptionPrint
	}
	switch t.Name {
	case "bytes", "datetime", "timedelta":
		return (*prettyPrinter).reprPrintCycle
	}
	return nil
}

func (p *prettyPrinter) reprPrintCycle(v py.Value, _ bool) { p.reprPrint(v) }

// reprPrint prints repr(v), turning its newlines into hard breaks.
func (p *prettyPrinter) reprPrint(v py.Value) {
	s := p.repr(v)
	p.beginGroup(0, "")
	for i, line := range splitPyLines(s) {
		if i > 0 {
			p.hardBreak()
		}
		p.text(line)
	}
	p.endGroup(0, "")
}

// splitPyLines is str.splitlines for the common line boundaries.
func splitPyLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// items lists a container's elements.
func (p *prettyPrinter) items(v py.Value) []py.Value {
	xs, err := py.ToSlice(v)
	if err != nil && p.err == nil {
		p.err = err
	}
	return xs
}

// enumerate calls f for up to maxSeqLength items, then prints ", ...".
func (p *prettyPrinter) enumerate(xs []py.Value, f func(i int, x py.Value)) {
	for i, x := range xs {
		if i >= maxSeqLength {
			p.text(",")
			p.breakable(" ")
			p.text("...")
			return
		}
		f(i, x)
	}
}

func seqPrinter(open, close string, tuple bool) printerFunc {
	return func(p *prettyPrinter, v py.Value, cycle bool) {
		if cycle {
			p.text(open + "..." + close)
			return
		}
		xs := p.items(v)
		p.beginGroup(len(open), open)
		p.enumerate(xs, func(i int, x py.Value) {
			if i > 0 {
				p.text(",")
				p.breakable(" ")
			}
			p.pretty(x)
		})
		if tuple && len(xs) == 1 {
			p.text(",")
		}
		p.endGroup(len(open), close)
	}
}

func setPrinter(open, close string) printerFunc {
	return func(p *prettyPrinter, v py.Value, cycle bool) {
		if cycle {
			p.text(open + "..." + close)
			return
		}
		xs := p.items(v)
		if len(xs) == 0 {
			p.text(v.Type().Name + "()")
			return
		}
		p.beginGroup(len(open), open)
		if len(xs) < maxSeqLength {
			xs = sortedForPrint(xs)
		}
		p.enumerate(xs, func(i int, x py.Value) {
			if i > 0 {
				p.text(",")
				p.breakable(" ")
			}
			p.pretty(x)
		})
		p.endGroup(len(open), close)
	}
}

// sortedForPrint sorts like IPython's _sorted_for_pprint: by value, else
// by str(), else not at all.
func sortedForPrint(xs []py.Value) []py.Value {
	out := append([]py.Value(nil), xs...)
	var failed bool
	sort.SliceStable(out, func(i, j int) bool {
		if failed {
			return false
		}
		lt, err := py.CompareBool(out[i], out[j], py.LT)
		if err != nil {
			failed = true
		}
		return lt
	})
	if !failed {
		return out
	}
	keys := make(map[int]string, len(xs))
	out = out[:0]
	for i, x := range xs {
		s, err := py.StrString(x)
		if err != nil {
			return xs
		}
		keys[i] = s
		out = append(out, x)
	}
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	for i, k := range idx {
		out[i] = xs[k]
	}
	return out
}

func (p *prettyPrinter) dictPrint(v py.Value, cycle bool) {
	if cycle {
		p.text("{...}")
		return
	}
	d, ok := v.Object().(*py.Dict)
	if !ok {
		p.reprPrint(v)
		return
	}
	var keys, vals []py.Value
	d.Items(func(k, x py.Value) error {
		keys = append(keys, k)
		vals = append(vals, x)
		return nil
	})
	p.beginGroup(1, "{")
	p.enumerate(keys, func(i int, k py.Value) {
		if i > 0 {
			p.text(",")
			p.breakable(" ")
		}
		p.pretty(k)
		p.text(": ")
		p.pretty(vals[i])
	})
	p.endGroup(1, "}")
}

// typePrint prints a class as module.qualname (builtins without module).
func (p *prettyPrinter) typePrint(v py.Value, _ bool) {
	t, ok := v.Object().(*py.Type)
	if !ok {
		p.reprPrint(v)
		return
	}
	// A metaclass with its own __repr__ decides.
	for _, m := range v.Type().MRO {
		if _, ok := m.Dict.GetStr("__repr__"); ok {
			if m != py.TypeType {
				p.reprPrint(v)
				return
			}
			break
		}
	}
	name := t.Qualname
	if name == "" {
		name = t.Name
	}
	mod := ""
	if m, err := py.GetAttrOpt(v, "__module__"); err == nil && m.IsValid() {
		mod, _ = py.AsStr(m)
	}
	if mod == "" || mod == "builtins" || mod == "__builtin__" || mod == "exceptions" {
		p.text(name)
	} else {
		p.text(mod + "." + name)
	}
}

// functionPrint prints <function module.qualname(signature)>.
func (p *prettyPrinter) functionPrint(v py.Value, _ bool) {
	name := attrString(v, "__qualname__")
	if name == "" {
		name = attrString(v, "__name__")
	}
	mod := attrString(v, "__module__")
	if mod != "" && mod != "builtins" && mod != "__builtin__" && mod != "exceptions" {
		name = mod + "." + name
	}
	p.text("<function " + name + signatureOf(v) + ">")
}

// signatureOf renders str(inspect.signature(fn)) for Python functions from
// the code object's parameters and the function's defaults; builtins get
// none (IPython then prints the bare name too, as their signature is
// usually unavailable).
// textSignature is the signature of a builtin from its
// __text_signature__ ("($module, obj, /)"), without the bound first
// parameter, as inspect.signature shows it; "" when there is none.
func textSignature(v py.Value) string {
	ts, err := py.GetAttrOpt(v, "__text_signature__")
	if err != nil || !ts.IsValid() {
		return ""
	}
	sig, ok := py.AsStr(ts)
	if !ok || !strings.HasPrefix(sig, "(") {
		return ""
	}
	return dropBoundParam(sig)
}

// dropBoundParam removes a text signature's leading "$module"/"$self"
// parameter.
func dropBoundParam(sig string) string {
	if strings.HasPrefix(sig, "($") {
		if i := strings.IndexAny(sig, ",)"); i > 0 {
			rest := strings.TrimLeft(strings.TrimPrefix(sig[i:], ","), " ")
			// A "/" right after it made only the bound parameter
			// positional-only.
			if strings.HasPrefix(rest, "/,") {
				rest = strings.TrimLeft(rest[2:], " ")
			} else if strings.HasPrefix(rest, "/)") {
				rest = rest[1:]
			}
			sig = "(" + rest
		}
	}
	return sig
}

func signatureOf(v py.Value) string {
	code, err := py.GetAttrOpt(v, "__code__")
	if err != nil || !code.IsValid() {
		return textSignature(v)
	}
	co, ok := code.Object().(*py.CodeObject)
	if !ok || co.Code == nil {
		return ""
	}
	c := co.Code
	n := c.ArgCount + c.KwOnlyCount
	if n > len(c.LocalNames) {
		return ""
	}
	var defaults []py.Value
	if d, err := py.GetAttrOpt(v, "__defaults__"); err == nil && d.IsValid() && !d.IsNone() {
		defaults, _ = py.ToSlice(d)
	}
	var kwdefaults *py.Dict
	if d, err := py.GetAttrOpt(v, "__kwdefaults__"); err == nil && d.IsValid() && !d.IsNone() {
		kwdefaults, _ = d.Object().(*py.Dict)
	}
	var parts []string
	firstDefault := c.ArgCount - len(defaults)
	for i := 0; i < c.ArgCount; i++ {
		s := c.LocalNames[i]
		if i >= firstDefault && i-firstDefault < len(defaults) {
			r, _ := py.ReprString(defaults[i-firstDefault])
			s += "=" + r
		}
		parts = append(parts, s)
		if c.PosOnlyCount > 0 && i == c.PosOnlyCount-1 {
			parts = append(parts, "/")
		}
	}
	next := n
	if c.Flags&compile.FlagVarargs != 0 && next < len(c.LocalNames) {
		parts = append(parts, "*"+c.LocalNames[next])
		next++
	} else if c.KwOnlyCount > 0 {
		parts = append(parts, "*")
	}
	for i := c.ArgCount; i < n; i++ {
		s := c.LocalNames[i]
		if kwdefaults != nil {
			if d, ok := kwdefaults.GetStr(s); ok {
				r, _ := py.ReprString(d)
				s += "=" + r
			}
		}
		parts = append(parts, s)
	}
	if c.Flags&compile.FlagVarkw != 0 && next < len(c.LocalNames) {
		parts = append(parts, "**"+c.LocalNames[next])
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// attrString is getattr(v, name) as a Go string, "" when missing.
func attrString(v py.Value, name string) string {
	a, err := py.GetAttrOpt(v, name)
	if err != nil || !a.IsValid() {
		return ""
	}
	s, _ := py.AsStr(a)
	return s
}

// exceptionPrint prints Name(arg, ...) with the module for non-builtins.
func (p *prettyPrinter) exceptionPrint(v py.Value, _ bool) {
	t := v.Type()
	name := t.Qualname
	if name == "" {
		name = t.Name
	}
	if mod := attrString(py.ObjectValue(t), "__module__"); mod != "builtins" && mod != "exceptions" {
		name = mod + "." + name
	}
	var args []py.Value
	if a, err := py.GetAttrOpt(v, "args"); err == nil && a.IsValid() {
		args, _ = py.ToSlice(a)
	}
	p.beginGroup(len(name)+1, name+"(")
	for i, a := range args {
		if i > 0 {
			p.text(",")
			p.breakable(" ")
		}
		p.pretty(a)
	}
	p.endGroup(len(name)+1, ")")
}

// defaultPrint handles objects with object's own repr: <module.Class at
// 0x...>, or the repr when a class up the chain defines one.
func (p *prettyPrinter) defaultPrint(v py.Value, cycle bool) {
	t := v.Type()
	for _, cls := range t.MRO {
		if cls == py.ObjectType {
			break
		}
		if _, ok := cls.Dict.GetStr("__repr__"); ok {
			p.reprPrint(v)
			return
		}
	}
	p.beginGroup(1, "<")
	p.pretty(py.ObjectValue(t))
	p.text(fmt.Sprintf(" at 0x%x", py.ID(v)))
	if cycle {
		p.text(" ...")
	}
	p.endGroup(1, ">")
}
