package syntax

// This file implements Dump, which prints a tree exactly as Python 3.12's
// ast.dump(tree, indent=3, include_attributes=...) does (and therefore as
// `python3.12 -m ast [-a]`).

import (
	"strconv"
	"strings"
)

// field is one named field of a node: val is a Node, a []any list, a
// string/int/constant (printed with Repr) or nil. opt marks fields CPython
// declares optional ('?'), which ast.dump omits when they are None.
type field struct {
	name string
	val  any
	opt  bool
}

// rawRepr is printed verbatim (already a Python repr).
type rawRepr string

// Dump prints node like ast.dump(node, indent=3, include_attributes=attrs).
func Dump(node Node, includeAttributes bool) string {
	d := dumper{attrs: includeAttributes}
	s, _ := d.format(node, 0)
	return s
}

type dumper struct{ attrs bool }

func (d *dumper) format(v any, level int) (string, bool) {
	level++
	prefix := "\n" + strings.Repeat("   ", level)
	sep := ",\n" + strings.Repeat("   ", level)
	switch v := v.(type) {
	case nil:
		return "None", true
	case []any:
		if len(v) == 0 {
			return "[]", true
		}
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i], _ = d.format(x, level)
		}
		return "[" + prefix + strings.Join(parts, sep) + "]", false
	case rawRepr:
		return string(v), true
	case Node:
		name, fields, pos := describe(v)
		var args []string
		allSimple := true
		for _, f := range fields {
			if f.val == nil && f.opt {
				continue
			}
			s, simple := d.format(f.val, level)
			allSimple = allSimple && simple
			args = append(args, f.name+"="+s)
		}
		if d.attrs && pos != nil {
			args = append(args, "lineno="+strconv.Itoa(pos.Lineno), "col_offset="+strconv.Itoa(pos.ColOffset),
				"end_lineno="+strconv.Itoa(pos.EndLineno), "end_col_offset="+strconv.Itoa(pos.EndColOffset))
		}
		if allSimple && len(args) <= 3 {
			return name + "(" + strings.Join(args, ", ") + ")", len(args) == 0
		}
		return name + "(" + prefix + strings.Join(args, sep) + ")", false
	}
	return Repr(v), true
}

func ident(s string) rawRepr { return rawRepr(StrRepr(s)) }

func optIdent(s string) any {
	if s == "" {
		return nil
	}
	return ident(s)
}

func num(i int) rawRepr { return rawRepr(strconv.Itoa(i)) }

func optExpr(e Expr) any {
	if e == nil {
		return nil
	}
	return e
}

func exprs(es []Expr) []any {
	out := make([]any, len(es))
	for i, e := range es {
		if e == nil {
			out[i] = nil
		} else {
			out[i] = e
		}
	}
	return out
}

func stmts(ss []Stmt) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func pats(ps []Pattern) []any {
	out := make([]any, len(ps))
	for i, p := range ps {
		out[i] = p
	}
	return out
}

func tparams(ts []TypeParam) []any {
	out := make([]any, len(ts))
	for i, t := range ts {
		out[i] = t
	}
	return out
}

func idents(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = ident(s)
	}
	return out
}

func args(as []*Arg) []any {
	out := make([]any, len(as))
	for i, a := range as {
		out[i] = a
	}
	return out
}

func optArg(a *Arg) any {
	if a == nil {
		return nil
	}
	return a
}

func optTypeComment(s string) field { return field{"type_comment", optIdent(s), true} }

// leaf is a node with no fields (operators, contexts).
type leaf string

func (leaf) astNode() {}

// describe returns a node's CPython class name, its fields in order, and
// its position attributes (nil when it has none).
func describe(n Node) (string, []field, *Pos) {
	switch n := n.(type) {
	case leaf:
		return string(n), nil, nil
	case *Module:
		ti := make([]any, len(n.TypeIgnores))
		for i, t := range n.TypeIgnores {
			ti[i] = t
		}
		return "Module", []field{{"body", stmts(n.Body), false}, {"type_ignores", ti, false}}, nil
	case *Interactive:
		return "Interactive", []field{{"body", stmts(n.Body), false}}, nil
	case *Expression:
		return "Expression", []field{{"body", n.Body, false}}, nil
	case *FunctionType:
		return "FunctionType", []field{{"argtypes", exprs(n.Argtypes), false}, {"returns", n.Returns, false}}, nil
	case *TypeIgnore:
		return "TypeIgnore", []field{{"lineno", num(n.Lineno), false}, {"tag", ident(n.Tag), false}}, nil
	case *FunctionDef:
		return "FunctionDef", funcFields(n), &n.Pos
	case *AsyncFunctionDef:
		return "AsyncFunctionDef", funcFields((*FunctionDef)(n)), &n.Pos
	case *ClassDef:
		kws := make([]any, len(n.Keywords))
		for i, k := range n.Keywords {
			kws[i] = k
		}
		return "ClassDef", []field{{"name", ident(n.Name), false}, {"bases", exprs(n.Bases), false},
			{"keywords", kws, false}, {"body", stmts(n.Body), false}, {"decorator_list", exprs(n.DecoratorList), false},
			{"type_params", tparams(n.TypeParams), false}}, &n.Pos
	case *Return:
		return "Return", []field{{"value", optExpr(n.Value), true}}, &n.Pos
	case *Delete:
		return "Delete", []field{{"targets", exprs(n.Targets), false}}, &n.Pos
	case *Assign:
		return "Assign", []field{{"targets", exprs(n.Targets), false}, {"value", n.Value, false}, optTypeComment(n.TypeComment)}, &n.Pos
	case *TypeAlias:
		return "TypeAlias", []field{{"name", n.Name, false}, {"type_params", tparams(n.TypeParams), false}, {"value", n.Value, false}}, &n.Pos
	case *AugAssign:
		return "AugAssign", []field{{"target", n.Target, false}, {"op", leaf(n.Op.String()), false}, {"value", n.Value, false}}, &n.Pos
	case *AnnAssign:
		return "AnnAssign", []field{{"target", n.Target, false}, {"annotation", n.Annotation, false},
			{"value", optExpr(n.Value), true}, {"simple", num(n.Simple), false}}, &n.Pos
	case *For:
		return "For", forFields(n), &n.Pos
	case *AsyncFor:
		return "AsyncFor", forFields((*For)(n)), &n.Pos
	case *While:
		return "While", []field{{"test", n.Test, false}, {"body", stmts(n.Body), false}, {"orelse", stmts(n.Orelse), false}}, &n.Pos
	case *If:
		return "If", []field{{"test", n.Test, false}, {"body", stmts(n.Body), false}, {"orelse", stmts(n.Orelse), false}}, &n.Pos
	case *With:
		return "With", withFields(n), &n.Pos
	case *AsyncWith:
		return "AsyncWith", withFields((*With)(n)), &n.Pos
	case *Match:
		cs := make([]any, len(n.Cases))
		for i, c := range n.Cases {
			cs[i] = c
		}
		return "Match", []field{{"subject", n.Subject, false}, {"cases", cs, false}}, &n.Pos
	case *Raise:
		return "Raise", []field{{"exc", optExpr(n.Exc), true}, {"cause", optExpr(n.Cause), true}}, &n.Pos
	case *Try:
		return "Try", tryFields(n), &n.Pos
	case *TryStar:
		return "TryStar", tryFields((*Try)(n)), &n.Pos
	case *Assert:
		return "Assert", []field{{"test", n.Test, false}, {"msg", optExpr(n.Msg), true}}, &n.Pos
	case *Import:
		return "Import", []field{{"names", aliases(n.Names), false}}, &n.Pos
	case *ImportFrom:
		return "ImportFrom", []field{{"module", optIdent(n.Module), true}, {"names", aliases(n.Names), false}, {"level", num(n.Level), true}}, &n.Pos
	case *Global:
		return "Global", []field{{"names", idents(n.Names), false}}, &n.Pos
	case *Nonlocal:
		return "Nonlocal", []field{{"names", idents(n.Names), false}}, &n.Pos
	case *ExprStmt:
		return "Expr", []field{{"value", n.Value, false}}, &n.Pos
	case *Pass:
		return "Pass", nil, &n.Pos
	case *Break:
		return "Break", nil, &n.Pos
	case *Continue:
		return "Continue", nil, &n.Pos
	case *BoolOp:
		return "BoolOp", []field{{"op", leaf(n.Op.String()), false}, {"values", exprs(n.Values), false}}, &n.Pos
	case *NamedExpr:
		return "NamedExpr", []field{{"target", n.Target, false}, {"value", n.Value, false}}, &n.Pos
	case *BinOp:
		return "BinOp", []field{{"left", n.Left, false}, {"op", leaf(n.Op.String()), false}, {"right", n.Right, false}}, &n.Pos
	case *UnaryOp:
		return "UnaryOp", []field{{"op", leaf(n.Op.String()), false}, {"operand", n.Operand, false}}, &n.Pos
	case *Lambda:
		return "Lambda", []field{{"args", n.Args, false}, {"body", n.Body, false}}, &n.Pos
	case *IfExp:
		return "IfExp", []field{{"test", n.Test, false}, {"body", n.Body, false}, {"orelse", n.Orelse, false}}, &n.Pos
	case *Dict:
		return "Dict", []field{{"keys", exprs(n.Keys), false}, {"values", exprs(n.Values), false}}, &n.Pos
	case *Set:
		return "Set", []field{{"elts", exprs(n.Elts), false}}, &n.Pos
	case *ListComp:
		return "ListComp", []field{{"elt", n.Elt, false}, {"generators", comps(n.Generators), false}}, &n.Pos
	case *SetComp:
		return "SetComp", []field{{"elt", n.Elt, false}, {"generators", comps(n.Generators), false}}, &n.Pos
	case *DictComp:
		return "DictComp", []field{{"key", n.Key, false}, {"value", n.Value, false}, {"generators", comps(n.Generators), false}}, &n.Pos
	case *GeneratorExp:
		return "GeneratorExp", []field{{"elt", n.Elt, false}, {"generators", comps(n.Generators), false}}, &n.Pos
	case *Await:
		return "Await", []field{{"value", n.Value, false}}, &n.Pos
	case *Yield:
		return "Yield", []field{{"value", optExpr(n.Value), true}}, &n.Pos
	case *YieldFrom:
		return "YieldFrom", []field{{"value", n.Value, false}}, &n.Pos
	case *Compare:
		ops := make([]any, len(n.Ops))
		for i, o := range n.Ops {
			ops[i] = leaf(o.String())
		}
		return "Compare", []field{{"left", n.Left, false}, {"ops", ops, false}, {"comparators", exprs(n.Comparators), false}}, &n.Pos
	case *Call:
		kws := make([]any, len(n.Keywords))
		for i, k := range n.Keywords {
			kws[i] = k
		}
		return "Call", []field{{"func", n.Func, false}, {"args", exprs(n.Args), false}, {"keywords", kws, false}}, &n.Pos
	case *FormattedValue:
		return "FormattedValue", []field{{"value", n.Value, false}, {"conversion", num(n.Conversion), false}, {"format_spec", optExpr(n.FormatSpec), true}}, &n.Pos
	case *JoinedStr:
		return "JoinedStr", []field{{"values", exprs(n.Values), false}}, &n.Pos
	case *Constant:
		f := []field{{"value", rawRepr(Repr(n.Value)), false}}
		if n.Kind != "" {
			f = append(f, field{"kind", ident(n.Kind), true})
		}
		return "Constant", f, &n.Pos
	case *Attribute:
		return "Attribute", []field{{"value", n.Value, false}, {"attr", ident(n.Attr), false}, {"ctx", leaf(n.Ctx.String()), false}}, &n.Pos
	case *Subscript:
		return "Subscript", []field{{"value", n.Value, false}, {"slice", n.Slice, false}, {"ctx", leaf(n.Ctx.String()), false}}, &n.Pos
	case *Starred:
		return "Starred", []field{{"value", n.Value, false}, {"ctx", leaf(n.Ctx.String()), false}}, &n.Pos
	case *Name:
		return "Name", []field{{"id", ident(n.Id), false}, {"ctx", leaf(n.Ctx.String()), false}}, &n.Pos
	case *List:
		return "List", []field{{"elts", exprs(n.Elts), false}, {"ctx", leaf(n.Ctx.String()), false}}, &n.Pos
	case *Tuple:
		return "Tuple", []field{{"elts", exprs(n.Elts), false}, {"ctx", leaf(n.Ctx.String()), false}}, &n.Pos
	case *Slice:
		return "Slice", []field{{"lower", optExpr(n.Lower), true}, {"upper", optExpr(n.Upper), true}, {"step", optExpr(n.Step), true}}, &n.Pos
	case *Comprehension:
		return "comprehension", []field{{"target", n.Target, false}, {"iter", n.Iter, false}, {"ifs", exprs(n.Ifs), false}, {"is_async", num(n.IsAsync), false}}, nil
	case *ExceptHandler:
		return "ExceptHandler", []field{{"type", optExpr(n.Type), true}, {"name", optIdent(n.Name), true}, {"body", stmts(n.Body), false}}, &n.Pos
	case *Arguments:
		return "arguments", []field{{"posonlyargs", args(n.PosOnlyArgs), false}, {"args", args(n.Args), false},
			{"vararg", optArg(n.Vararg), true}, {"kwonlyargs", args(n.KwOnlyArgs), false},
			{"kw_defaults", exprs(n.KwDefaults), false}, {"kwarg", optArg(n.Kwarg), true}, {"defaults", exprs(n.Defaults), false}}, nil
	case *Arg:
		return "arg", []field{{"arg", ident(n.Arg), false}, {"annotation", optExpr(n.Annotation), true}, optTypeComment(n.TypeComment)}, &n.Pos
	case *Keyword:
		return "keyword", []field{{"arg", optIdent(n.Arg), true}, {"value", n.Value, false}}, &n.Pos
	case *Alias:
		return "alias", []field{{"name", ident(n.Name), false}, {"asname", optIdent(n.Asname), true}}, &n.Pos
	case *WithItem:
		return "withitem", []field{{"context_expr", n.ContextExpr, false}, {"optional_vars", optExpr(n.OptionalVars), true}}, nil
	case *MatchCase:
		var g any
		if n.Guard != nil {
			g = n.Guard
		}
		return "match_case", []field{{"pattern", n.Pattern, false}, {"guard", g, true}, {"body", stmts(n.Body), false}}, nil
	case *MatchValue:
		return "MatchValue", []field{{"value", n.Value, false}}, &n.Pos
	case *MatchSingleton:
		return "MatchSingleton", []field{{"value", rawRepr(Repr(n.Value)), false}}, &n.Pos
	case *MatchSequence:
		return "MatchSequence", []field{{"patterns", pats(n.Patterns), false}}, &n.Pos
	case *MatchMapping:
		return "MatchMapping", []field{{"keys", exprs(n.Keys), false}, {"patterns", pats(n.Patterns), false}, {"rest", optIdent(n.Rest), true}}, &n.Pos
	case *MatchClass:
		return "MatchClass", []field{{"cls", n.Cls, false}, {"patterns", pats(n.Patterns), false},
			{"kwd_attrs", idents(n.KwdAttrs), false}, {"kwd_patterns", pats(n.KwdPatterns), false}}, &n.Pos
	case *MatchStar:
		return "MatchStar", []field{{"name", optIdent(n.Name), true}}, &n.Pos
	case *MatchAs:
		var pat any
		if n.Pattern != nil {
			pat = n.Pattern
		}
		return "MatchAs", []field{{"pattern", pat, true}, {"name", optIdent(n.Name), true}}, &n.Pos
	case *MatchOr:
		return "MatchOr", []field{{"patterns", pats(n.Patterns), false}}, &n.Pos
	case *TypeVar:
		return "TypeVar", []field{{"name", ident(n.Name), false}, {"bound", optExpr(n.Bound), true}}, &n.Pos
	case *ParamSpec:
		return "ParamSpec", []field{{"name", ident(n.Name), false}}, &n.Pos
	case *TypeVarTuple:
		return "TypeVarTuple", []field{{"name", ident(n.Name), false}}, &n.Pos
	}
	return "?", nil, nil
}

func funcFields(n *FunctionDef) []field {
	return []field{{"name", ident(n.Name), false}, {"args", n.Args, false}, {"body", stmts(n.Body), false},
		{"decorator_list", exprs(n.DecoratorList), false}, {"returns", optExpr(n.Returns), true},
		optTypeComment(n.TypeComment), {"type_params", tparams(n.TypeParams), false}}
}

func forFields(n *For) []field {
	return []field{{"target", n.Target, false}, {"iter", n.Iter, false}, {"body", stmts(n.Body), false},
		{"orelse", stmts(n.Orelse), false}, optTypeComment(n.TypeComment)}
}

func withFields(n *With) []field {
	items := make([]any, len(n.Items))
	for i, it := range n.Items {
		items[i] = it
	}
	return []field{{"items", items, false}, {"body", stmts(n.Body), false}, optTypeComment(n.TypeComment)}
}

func tryFields(n *Try) []field {
	hs := make([]any, len(n.Handlers))
	for i, h := range n.Handlers {
		hs[i] = h
	}
	return []field{{"body", stmts(n.Body), false}, {"handlers", hs, false}, {"orelse", stmts(n.Orelse), false}, {"finalbody", stmts(n.Finalbody), false}}
}

func aliases(as []*Alias) []any {
	out := make([]any, len(as))
	for i, a := range as {
		out[i] = a
	}
	return out
}

func comps(cs []*Comprehension) []any {
	out := make([]any, len(cs))
	for i, c := range cs {
		out[i] = c
	}
	return out
}
