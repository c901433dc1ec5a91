// This file resolves scopes before code generation: for every function,
// class, lambda and comprehension it records which names are local,
// global (explicit or implicit), free (from an enclosing function) or cell
// (captured by an inner scope), and reports the scope-related
// SyntaxErrors with CPython's messages.

package compile

import (
	"adder/interp/syntax"
)

// ScopeKind is the kind of a block.
type ScopeKind int

// Block kinds.
const (
	ModuleScope ScopeKind = iota
	FunctionScope
	ClassScope
)

// symbol flags collected while walking a block.
const (
	defLocal = 1 << iota
	defGlobal
	defNonlocal
	defParam
	use
	defImport
	defFreeClass // free in a child, seen through a class
	defAnnot
	defComp // comprehension iteration variable
)

// Resolution of a name in a block.
type Resolution int

// Resolutions.
const (
	ResLocal Resolution = iota + 1
	ResGlobalExplicit
	ResGlobalImplicit
	ResFree
	ResCell
)

// Scope is the symbol table of one block.
type Scope struct {
	Kind      ScopeKind
	Name      string
	Node      syntax.Node
	Parent    *Scope
	Children  []*Scope
	flags     map[string]int
	order     []string // names in first-seen order
	res       map[string]Resolution
	Params    []string
	Generator bool
	Coroutine bool
	IsLambda  bool
	IsComp    bool
	// NeedsClassCell is set on a class scope whose methods use super or
	// __class__.
	NeedsClassCell bool
	// freeNames that must be passed in from the enclosing scope.
	hasFree bool
	// declPos records where global/nonlocal were declared (for errors).
	firstUse map[string]syntax.Positioned
	firstDef map[string]syntax.Positioned
	// ClassName is the enclosing class name used for name mangling.
	ClassName string
	// FreeSet holds the names this block's code object receives as free
	// variables (including names a class passes through to its methods).
	FreeSet map[string]bool
}

func newScope(kind ScopeKind, name string, node syntax.Node, parent *Scope) *Scope {
	s := &Scope{Kind: kind, Name: name, Node: node, Parent: parent, flags: map[string]int{}, res: map[string]Resolution{},
		firstUse: map[string]syntax.Positioned{}, firstDef: map[string]syntax.Positioned{}}
	if parent != nil {
		parent.Children = append(parent.Children, s)
		s.ClassName = parent.ClassName
	}
	if kind == ClassScope {
		s.ClassName = name
	}
	return s
}

// Resolve returns how name is resolved in s.
func (s *Scope) Resolve(name string) Resolution {
	if r, ok := s.res[name]; ok {
		return r
	}
	if s.Kind == ModuleScope {
		return ResGlobalImplicit
	}
	return ResGlobalImplicit
}

// symtable builds scopes for a module.
type symtable struct {
	src    *source
	scopes map[syntax.Node]*Scope
	cur    *Scope
	err    *syntax.Error
}

type source struct {
	filename string
	lines    []string
}

func (st *symtable) errorAt(n syntax.Positioned, msg string) {
	if st.err == nil {
		st.err = st.src.errorAt(n, msg)
	}
}

// Mangle applies private-name mangling: __x inside class C is _C__x.
func Mangle(className, name string) string {
	if className == "" || len(name) < 3 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if name[len(name)-1] == '_' && name[len(name)-2] == '_' {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	c := className
	for len(c) > 0 && c[0] == '_' {
		c = c[1:]
	}
	if c == "" {
		return name
	}
	return "_" + c + name
}

func (st *symtable) add(name string, flag int, n syntax.Positioned) {
	s := st.cur
	name = Mangle(s.ClassName, name)
	old, seen := s.flags[name]
	if !seen {
		s.order = append(s.order, name)
	}
	if flag&(defGlobal|defNonlocal) != 0 {
		kind := "global"
		if flag&defNonlocal != 0 {
			kind = "nonlocal"
		}
		if old&defAnnot != 0 {
			st.errorAt(n, "annotated name '"+name+"' can't be "+kind)
		} else if old&defParam != 0 {
			st.errorAt(n, "name '"+name+"' is parameter and "+kind)
		} else if old&defGlobal != 0 && flag&defNonlocal != 0 || old&defNonlocal != 0 && flag&defGlobal != 0 {
			st.errorAt(n, "name '"+name+"' is nonlocal and global")
		} else if old&(defLocal|defImport|defAnnot) != 0 && old&(defGlobal|defNonlocal) == 0 {
			st.errorAt(n, "name '"+name+"' is assigned to before "+kind+" declaration")
		} else if old&use != 0 && old&(defGlobal|defNonlocal) == 0 {
			st.errorAt(n, "name '"+name+"' is used prior to "+kind+" declaration")
		}
	}
	if flag&defParam != 0 && old&defParam != 0 {
		st.errorAt(n, "duplicate argument '"+name+"' in function definition")
	}
	s.flags[name] = old | flag
	if flag&use != 0 {
		if _, ok := s.firstUse[name]; !ok && n != nil {
			s.firstUse[name] = n
		}
	} else if n != nil {
		if _, ok := s.firstDef[name]; !ok {
			s.firstDef[name] = n
		}
	}
}

// buildSymtable walks mod and analyses every scope.
func buildSymtable(mod syntax.Node, body []syntax.Stmt, src *source) (*Scope, map[syntax.Node]*Scope, *syntax.Error) {
	st := &symtable{src: src, scopes: map[syntax.Node]*Scope{}}
	top := newScope(ModuleScope, "<module>", mod, nil)
	st.scopes[mod] = top
	st.cur = top
	for _, s := range body {
		st.stmt(s)
	}
	if st.err != nil {
		return nil, nil, st.err
	}
	if err := st.analyze(top, nil, map[string]bool{}); err != nil {
		return nil, nil, err
	}
	return top, st.scopes, nil
}

// buildSymtableExpr is buildSymtable for eval mode.
func buildSymtableExpr(mod syntax.Node, e syntax.Expr, src *source) (*Scope, map[syntax.Node]*Scope, *syntax.Error) {
	st := &symtable{src: src, scopes: map[syntax.Node]*Scope{}}
	top := newScope(ModuleScope, "<module>", mod, nil)
	st.scopes[mod] = top
	st.cur = top
	st.expr(e)
	if st.err != nil {
		return nil, nil, st.err
	}
	if err := st.analyze(top, nil, map[string]bool{}); err != nil {
		return nil, nil, err
	}
	return top, st.scopes, nil
}

func (st *symtable) push(kind ScopeKind, name string, n syntax.Node) *Scope {
	s := newScope(kind, name, n, st.cur)
	st.scopes[n] = s
	st.cur = s
	return s
}

func (st *symtable) pop() { st.cur = st.cur.Parent }

// tryStmt records the names of try and try* statements (their handlers
// bind the "as" name).
func (st *symtable) tryStmt(n *syntax.Try) {
	st.stmts(n.Body)
	for _, h := range n.Handlers {
		if h.Type != nil {
			st.expr(h.Type)
		}
		if h.Name != "" {
			st.add(h.Name, defLocal, h)
		}
		st.stmts(h.Body)
	}
	st.stmts(n.Orelse)
	st.stmts(n.Finalbody)
}

func (st *symtable) stmts(ss []syntax.Stmt) {
	for _, s := range ss {
		st.stmt(s)
	}
}

func (st *symtable) exprs(es []syntax.Expr) {
	for _, e := range es {
		if e != nil {
			st.expr(e)
		}
	}
}

func (st *symtable) args(a *syntax.Arguments) {
	// Defaults and annotations are evaluated in the enclosing scope.
	st.exprs(a.Defaults)
	st.exprs(a.KwDefaults)
	all := append(append(append([]*syntax.Arg{}, a.PosOnlyArgs...), a.Args...), a.KwOnlyArgs...)
	if a.Vararg != nil {
		all = append(all, a.Vararg)
	}
	if a.Kwarg != nil {
		all = append(all, a.Kwarg)
	}
	for _, x := range all {
		if x.Annotation != nil {
			st.expr(x.Annotation)
		}
	}
}

func (st *symtable) params(s *Scope, a *syntax.Arguments) {
	addp := func(x *syntax.Arg) {
		st.add(x.Arg, defParam, x)
		s.Params = append(s.Params, Mangle(s.ClassName, x.Arg))
	}
	for _, x := range a.PosOnlyArgs {
		addp(x)
	}
	for _, x := range a.Args {
		addp(x)
	}
	for _, x := range a.KwOnlyArgs {
		addp(x)
	}
	if a.Vararg != nil {
		addp(a.Vararg)
	}
	if a.Kwarg != nil {
		addp(a.Kwarg)
	}
}

func (st *symtable) function(n syntax.Node, name string, args *syntax.Arguments, decos []syntax.Expr, returns syntax.Expr, body []syntax.Stmt, async bool) {
	st.exprs(decos)
	st.args(args)
	if returns != nil {
		st.expr(returns)
	}
	s := st.push(FunctionScope, name, n)
	s.Coroutine = async
	st.params(s, args)
	st.stmts(body)
	st.pop()
}

func (st *symtable) stmt(s syntax.Stmt) {
	switch n := s.(type) {
	case *syntax.FunctionDef:
		st.add(n.Name, defLocal, n)
		st.function(n, n.Name, n.Args, n.DecoratorList, n.Returns, n.Body, false)
	case *syntax.AsyncFunctionDef:
		st.add(n.Name, defLocal, n)
		st.function(n, n.Name, n.Args, n.DecoratorList, n.Returns, n.Body, true)
	case *syntax.ClassDef:
		st.add(n.Name, defLocal, n)
		st.exprs(n.DecoratorList)
		st.exprs(n.Bases)
		for _, k := range n.Keywords {
			st.expr(k.Value)
		}
		st.push(ClassScope, n.Name, n)
		st.stmts(n.Body)
		st.pop()
	case *syntax.Return:
		if n.Value != nil {
			st.expr(n.Value)
		}
	case *syntax.Delete:
		st.exprs(n.Targets)
	case *syntax.Assign:
		st.expr(n.Value)
		st.exprs(n.Targets)
	case *syntax.TypeAlias:
		st.expr(n.Name)
		st.expr(n.Value)
	case *syntax.AugAssign:
		st.expr(n.Target)
		if nm, ok := n.Target.(*syntax.Name); ok {
			st.add(nm.Id, use, nm)
		}
		st.expr(n.Value)
	case *syntax.AnnAssign:
		if nm, ok := n.Target.(*syntax.Name); ok {
			flags := st.cur.flags[nm.Id]
			if flags&(defGlobal|defNonlocal) != 0 && n.Simple != 0 {
				kind := "global"
				if flags&defNonlocal != 0 {
					kind = "nonlocal"
				}
				st.errorAt(nm, "annotated name '"+nm.Id+"' can't be "+kind)
			}
			if n.Simple != 0 {
				st.add(nm.Id, defAnnot|defLocal, nm)
			} else if n.Value != nil {
				st.add(nm.Id, defLocal, nm)
			}
		} else {
			st.expr(n.Target)
		}
		if st.cur.Kind != FunctionScope {
			st.expr(n.Annotation)
		}
		if n.Value != nil {
			st.expr(n.Value)
		}
	case *syntax.For:
		st.expr(n.Target)
		st.expr(n.Iter)
		st.stmts(n.Body)
		st.stmts(n.Orelse)
	case *syntax.AsyncFor:
		st.expr(n.Target)
		st.expr(n.Iter)
		st.stmts(n.Body)
		st.stmts(n.Orelse)
	case *syntax.While:
		st.expr(n.Test)
		st.stmts(n.Body)
		st.stmts(n.Orelse)
	case *syntax.If:
		st.expr(n.Test)
		st.stmts(n.Body)
		st.stmts(n.Orelse)
	case *syntax.With:
		for _, it := range n.Items {
			st.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.expr(it.OptionalVars)
			}
		}
		st.stmts(n.Body)
	case *syntax.AsyncWith:
		for _, it := range n.Items {
			st.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.expr(it.OptionalVars)
			}
		}
		st.stmts(n.Body)
	case *syntax.Match:
		st.expr(n.Subject)
		for _, c := range n.Cases {
			st.pattern(c.Pattern)
			if c.Guard != nil {
				st.expr(c.Guard)
			}
			st.stmts(c.Body)
		}
	case *syntax.Raise:
		if n.Exc != nil {
			st.expr(n.Exc)
		}
		if n.Cause != nil {
			st.expr(n.Cause)
		}
	case *syntax.Try:
		st.tryStmt(n)
	case *syntax.TryStar:
		st.tryStmt((*syntax.Try)(n))
	case *syntax.Assert:
		st.expr(n.Test)
		if n.Msg != nil {
			st.expr(n.Msg)
		}
	case *syntax.Import:
		for _, a := range n.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
			}
			st.add(name, defImport|defLocal, a)
		}
	case *syntax.ImportFrom:
		for _, a := range n.Names {
			if a.Name == "*" {
				if st.cur.Kind != ModuleScope {
					st.errorAt(n, "import * only allowed at module level")
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			st.add(name, defImport|defLocal, a)
		}
	case *syntax.Global:
		for _, name := range n.Names {
			st.add(name, defGlobal, n)
		}
	case *syntax.Nonlocal:
		if st.cur.Kind == ModuleScope {
			st.errorAt(n, "nonlocal declaration not allowed at module level")
			return
		}
		for _, name := range n.Names {
			st.add(name, defNonlocal, n)
		}
	case *syntax.ExprStmt:
		st.expr(n.Value)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	}
}

func (st *symtable) pattern(p syntax.Pattern) {
	switch n := p.(type) {
	case *syntax.MatchValue:
		st.expr(n.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		for _, q := range n.Patterns {
			st.pattern(q)
		}
	case *syntax.MatchMapping:
		st.exprs(n.Keys)
		for _, q := range n.Patterns {
			st.pattern(q)
		}
		if n.Rest != "" {
			st.add(n.Rest, defLocal, n)
		}
	case *syntax.MatchClass:
		st.expr(n.Cls)
		for _, q := range n.Patterns {
			st.pattern(q)
		}
		for _, q := range n.KwdPatterns {
			st.pattern(q)
		}
	case *syntax.MatchStar:
		if n.Name != "" {
			st.add(n.Name, defLocal, n)
		}
	case *syntax.MatchAs:
		if n.Pattern != nil {
			st.pattern(n.Pattern)
		}
		if n.Name != "" {
			st.add(n.Name, defLocal, n)
		}
	case *syntax.MatchOr:
		for _, q := range n.Patterns {
			st.pattern(q)
		}
	}
}

func (st *symtable) comprehension(n syntax.Expr, name string, gens []*syntax.Comprehension, elts ...syntax.Expr) {
	// The first iterable is evaluated in the enclosing scope.
	st.expr(gens[0].Iter)
	s := st.push(FunctionScope, name, n)
	s.IsComp = true
	st.add(".0", defParam, nil)
	s.Params = []string{".0"}
	for i, g := range gens {
		if i > 0 {
			st.expr(g.Iter)
		}
		st.expr(g.Target)
		markComp(s, g.Target)
		st.exprs(g.Ifs)
		if g.IsAsync != 0 {
			s.Coroutine = true
		}
	}
	st.exprs(elts)
	if name == "<genexpr>" {
		s.Generator = true
	}
	st.pop()
}

func (st *symtable) expr(e syntax.Expr) {
	switch n := e.(type) {
	case *syntax.Name:
		switch n.Ctx {
		case syntax.Load:
			st.add(n.Id, use, n)
			if n.Id == "super" && st.cur.Kind == FunctionScope {
				st.add("__class__", use, n)
			}
		default:
			st.add(n.Id, defLocal, n)
		}
	case *syntax.BoolOp:
		st.exprs(n.Values)
	case *syntax.NamedExpr:
		st.expr(n.Value)
		// The target binds in the nearest non-comprehension scope.
		if nm, ok := n.Target.(*syntax.Name); ok {
			saved := st.cur
			for st.cur.IsComp {
				if st.cur.flags[nm.Id]&defComp != 0 {
					st.errorAt(nm, "assignment expression cannot rebind comprehension iteration variable '"+nm.Id+"'")
				}
				st.cur = st.cur.Parent
			}
			if st.cur.Kind == ClassScope && saved != st.cur {
				st.errorAt(n, "assignment expression within a comprehension cannot be used in a class body")
			}
			target := st.cur
			st.add(nm.Id, defLocal, nm)
			st.cur = saved
			for s := saved; s != target; s = s.Parent {
				if s.flags[nm.Id] == 0 {
					s.order = append(s.order, nm.Id)
				}
				if target.Kind == ModuleScope {
					s.flags[nm.Id] |= defGlobal
				} else {
					s.flags[nm.Id] |= defNonlocal
				}
			}
		} else {
			st.expr(n.Target)
		}
	case *syntax.BinOp:
		st.expr(n.Left)
		st.expr(n.Right)
	case *syntax.UnaryOp:
		st.expr(n.Operand)
	case *syntax.Lambda:
		st.args(n.Args)
		s := st.push(FunctionScope, "<lambda>", n)
		s.IsLambda = true
		st.params(s, n.Args)
		st.expr(n.Body)
		st.pop()
	case *syntax.IfExp:
		st.expr(n.Test)
		st.expr(n.Body)
		st.expr(n.Orelse)
	case *syntax.Dict:
		st.exprs(n.Keys)
		st.exprs(n.Values)
	case *syntax.Set:
		st.exprs(n.Elts)
	case *syntax.ListComp:
		st.comprehension(n, "<listcomp>", n.Generators, n.Elt)
	case *syntax.SetComp:
		st.comprehension(n, "<setcomp>", n.Generators, n.Elt)
	case *syntax.DictComp:
		st.comprehension(n, "<dictcomp>", n.Generators, n.Key, n.Value)
	case *syntax.GeneratorExp:
		st.comprehension(n, "<genexpr>", n.Generators, n.Elt)
	case *syntax.Await:
		st.expr(n.Value)
		if st.cur.IsComp {
			// await in a comprehension makes it asynchronous.
			st.cur.Coroutine = true
		}
	case *syntax.Yield:
		if n.Value != nil {
			st.expr(n.Value)
		}
		st.markYield(n)
	case *syntax.YieldFrom:
		st.expr(n.Value)
		st.markYield(n)
	case *syntax.Compare:
		st.expr(n.Left)
		st.exprs(n.Comparators)
	case *syntax.Call:
		st.expr(n.Func)
		st.exprs(n.Args)
		for _, k := range n.Keywords {
			st.expr(k.Value)
		}
	case *syntax.FormattedValue:
		st.expr(n.Value)
		if n.FormatSpec != nil {
			st.expr(n.FormatSpec)
		}
	case *syntax.JoinedStr:
		st.exprs(n.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		st.expr(n.Value)
	case *syntax.Subscript:
		st.expr(n.Value)
		st.expr(n.Slice)
	case *syntax.Starred:
		st.expr(n.Value)
	case *syntax.List:
		st.exprs(n.Elts)
	case *syntax.Tuple:
		st.exprs(n.Elts)
	case *syntax.Slice:
		if n.Lower != nil {
			st.expr(n.Lower)
		}
		if n.Upper != nil {
			st.expr(n.Upper)
		}
		if n.Step != nil {
			st.expr(n.Step)
		}
	}
}

func (st *symtable) markYield(n syntax.Positioned) {
	s := st.cur
	if s.IsComp && !s.Generator {
		st.errorAt(n, "'yield' inside "+compKindName(s.Name))
		return
	}
	if s.Kind == FunctionScope {
		s.Generator = true
	}
}

func compKindName(name string) string {
	switch name {
	case "<listcomp>":
		return "list comprehension"
	case "<setcomp>":
		return "set comprehension"
	case "<dictcomp>":
		return "dict comprehension"
	}
	return "generator expression"
}

// analyze resolves names of s given the names bound in enclosing function
// scopes (bound) and the explicit globals visible; it returns the set of
// free names s needs from its parent.
func (st *symtable) analyze(s *Scope, bound map[string]bool, _ map[string]bool) *syntax.Error {
	_, err := st.analyzeBlock(s, bound)
	return err
}

// analyzeBlock returns the names free in s (needed from enclosing scopes).
func (st *symtable) analyzeBlock(s *Scope, enclosing map[string]bool) (map[string]bool, *syntax.Error) {
	local := map[string]bool{}
	for _, name := range s.order {
		f := s.flags[name]
		switch {
		case f&defGlobal != 0:
			s.res[name] = ResGlobalExplicit
		case f&defNonlocal != 0:
			if enclosing == nil || !enclosing[name] {
				n := s.firstDef[name]
				if n == nil {
					n = s.firstUse[name]
				}
				if s.Kind == FunctionScope && s.IsComp {
					// walrus in comprehension targeting an enclosing function
				}
				return nil, st.src.errorAt(n, "no binding for nonlocal '"+name+"' found")
			}
			s.res[name] = ResFree
		case f&(defLocal|defParam|defImport) != 0:
			s.res[name] = ResLocal
			local[name] = true
		}
	}
	// Names visible to children as bindings from enclosing functions.
	childEnclosing := map[string]bool{}
	for k := range enclosing {
		childEnclosing[k] = true
	}
	if s.Kind == FunctionScope {
		for k := range local {
			childEnclosing[k] = true
		}
		for _, name := range s.order {
			if s.res[name] == ResGlobalExplicit {
				delete(childEnclosing, name)
			}
		}
	}
	if s.Kind == ClassScope {
		childEnclosing["__class__"] = true
	}
	if s.Kind == ModuleScope {
		childEnclosing = map[string]bool{}
	}
	free := map[string]bool{}
	for _, c := range s.Children {
		cf, err := st.analyzeBlock(c, childEnclosing)
		if err != nil {
			return nil, err
		}
		for name := range cf {
			if s.Kind == ClassScope && name == "__class__" {
				s.NeedsClassCell = true
				continue
			}
			if s.Kind == FunctionScope && local[name] {
				s.res[name] = ResCell
				continue
			}
			if s.Kind == ClassScope && local[name] {
				// Methods skip the class namespace: still free above.
				free[name] = true
				if _, ok := s.flags[name]; ok {
					s.flags[name] |= defFreeClass
				}
				continue
			}
			if s.res[name] == ResGlobalExplicit {
				continue
			}
			free[name] = true
			if s.Kind != ModuleScope {
				if r, ok := s.res[name]; !ok || r == ResGlobalImplicit {
					s.res[name] = ResFree
					if !containsStr(s.order, name) {
						s.order = append(s.order, name)
					}
				}
			}
		}
	}
	if s.NeedsClassCell {
		s.res["__class__"] = ResCell
	}
	// Uses not bound here: free if an enclosing function binds them.
	for _, name := range s.order {
		if _, ok := s.res[name]; ok {
			if s.res[name] == ResFree {
				free[name] = true
			}
			continue
		}
		if s.Kind != ModuleScope && enclosing[name] {
			s.res[name] = ResFree
			free[name] = true
		} else {
			s.res[name] = ResGlobalImplicit
		}
	}
	if s.Kind == ClassScope {
		// A class body's own local free-through names are not free for
		// the class itself unless used there.
		for name := range free {
			if s.res[name] == ResLocal {
				if s.flags[name]&defFreeClass != 0 {
					continue
				}
			}
		}
	}
	if s.Kind == ModuleScope {
		return nil, nil
	}
	// Only names actually free from outside propagate up.
	out := map[string]bool{}
	for name := range free {
		if s.Kind == FunctionScope && (s.res[name] == ResLocal || s.res[name] == ResCell) {
			continue
		}
		out[name] = true
	}
	s.FreeSet = out
	return out, nil
}

func containsStr(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func (src *source) errorAt(n syntax.Positioned, msg string) *syntax.Error {
	e := &syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: src.filename}
	if n != nil {
		p := n.GetPos()
		e.Lineno, e.Offset, e.EndLineno, e.EndOffset = p.Lineno, p.ColOffset+1, p.EndLineno, p.EndColOffset+1
		if p.Lineno >= 1 && p.Lineno <= len(src.lines) {
			e.Text = src.lines[p.Lineno-1] + "\n"
		}
	}
	return e
}

// markComp flags a comprehension's iteration variables.
func markComp(s *Scope, target syntax.Expr) {
	switch t := target.(type) {
	case *syntax.Name:
		s.flags[Mangle(s.ClassName, t.Id)] |= defComp
	case *syntax.Tuple:
		for _, e := range t.Elts {
			markComp(s, e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			markComp(s, e)
		}
	case *syntax.Starred:
		markComp(s, t.Value)
	}
}
