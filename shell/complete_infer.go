package shell

// This file completes attributes of names the cell binds but has not run
// yet, by reading the cell's own code, as IPython's jedi-based completer
// does: after "p = Point()" with Point defined in the same cell, "p.no"
// completes to "norm". It infers only from class definitions, calls of
// classes and literals: nothing is evaluated.

import (
	"strings"

	"adder/interp/py"
	"adder/interp/syntax"
)

// staticKind is what inference found a name to be.
type staticKind struct {
	class    *syntax.ClassDef // a class defined in the text...
	instance bool             // ...or an instance of it
	live     py.Value         // or a live type (instance of it when instance)
}

// inferAttrMatches completes base.prefix from the text before the current
// line, when base is a plain name.
func (sh *Shell) inferAttrMatches(text, base, prefix string) []match {
	if strings.Contains(base, ".") {
		return nil
	}
	before := text[:strings.LastIndexByte(text, '\n')+1]
	tree, err := syntax.Parse("<cell>", []byte(before), syntax.Exec, syntax.AllowTopLevelAwait)
	if err != nil {
		return nil
	}
	mod, ok := tree.(*syntax.Module)
	if !ok {
		return nil
	}
	classes := map[string]*syntax.ClassDef{}
	var found *staticKind
	for _, st := range mod.Body {
		switch st := st.(type) {
		case *syntax.ClassDef:
			classes[st.Name] = st
			if st.Name == base {
				found = &staticKind{class: st}
			}
		case *syntax.Assign:
			for _, t := range st.Targets {
				if n, ok := t.(*syntax.Name); ok && n.Id == base {
					found = sh.inferValue(st.Value, classes)
				}
			}
		}
	}
	if found == nil {
		return nil
	}
	var out []match
	add := func(name, kind string) {
		if strings.HasPrefix(name, prefix) && !hidden(name, prefix) {
			out = append(out, match{name, kind, ""})
		}
	}
	if found.class != nil {
		classNames(found.class, classes, found.instance, add, map[*syntax.ClassDef]bool{})
	} else {
		v := found.live
		for _, name := range dirNames(v) {
			kind := kindInstance
			if a, err := py.GetAttr(v, name); err == nil {
				kind, _ = classify(a)
			}
			add(name, kind)
		}
	}
	sortMatches(out)
	return out
}

// inferValue says what an assigned expression evaluates to, where that is
// known without running it.
func (sh *Shell) inferValue(e syntax.Expr, classes map[string]*syntax.ClassDef) *staticKind {
	switch e := e.(type) {
	case *syntax.Call:
		n, ok := e.Func.(*syntax.Name)
		if !ok {
			return nil
		}
		if c, ok := classes[n.Id]; ok {
			return &staticKind{class: c, instance: true}
		}
		if v, ok := sh.lookup(n.Id); ok {
			if t, ok := v.Object().(*py.Type); ok {
				// An instance: its class's attributes stand in for it.
				return &staticKind{live: py.ObjectValue(t)}
			}
		}
	case *syntax.Constant:
		switch e.Value.(type) {
		case string:
			return &staticKind{live: py.ObjectValue(py.StrType)}
		case syntax.Bytes:
			return &staticKind{live: py.ObjectValue(py.BytesType)}
		case float64:
			return &staticKind{live: py.ObjectValue(py.FloatType)}
		case int64:
			return &staticKind{live: py.ObjectValue(py.IntType)}
		}
	case *syntax.JoinedStr:
		return &staticKind{live: py.ObjectValue(py.StrType)}
	case *syntax.List, *syntax.ListComp:
		return &staticKind{live: py.ObjectValue(py.ListType)}
	case *syntax.Dict, *syntax.DictComp:
		return &staticKind{live: py.ObjectValue(py.DictType)}
	case *syntax.Tuple:
		return &staticKind{live: py.ObjectValue(py.TupleType)}
	}
	return nil
}

// classNames reports the attributes a class defined in the text gives its
// instances (or itself): methods, class-level assignments, attributes its
// methods assign on self, and the same from base classes.
func classNames(c *syntax.ClassDef, classes map[string]*syntax.ClassDef, instance bool, add func(name, kind string), seen map[*syntax.ClassDef]bool) {
	if seen[c] {
		return
	}
	seen[c] = true
	for _, st := range c.Body {
		switch st := st.(type) {
		case *syntax.FunctionDef:
			add(st.Name, kindFunction)
			if instance {
				selfAttrs(st.Body, add)
			}
		case *syntax.AsyncFunctionDef:
			add(st.Name, kindFunction)
		case *syntax.Assign:
			for _, t := range st.Targets {
				if n, ok := t.(*syntax.Name); ok {
					add(n.Id, kindStatement)
				}
			}
		case *syntax.AnnAssign:
			if n, ok := st.Target.(*syntax.Name); ok {
				add(n.Id, kindStatement)
			}
		case *syntax.ClassDef:
			add(st.Name, kindClass)
		}
	}
	for _, b := range c.Bases {
		if n, ok := b.(*syntax.Name); ok {
			if bc, ok := classes[n.Id]; ok {
				classNames(bc, classes, instance, add, seen)
			}
		}
	}
}

// selfAttrs reports the names assigned as self.NAME in a method body.
func selfAttrs(body []syntax.Stmt, add func(name, kind string)) {
	for _, st := range body {
		syntax.Inspect(st, func(n syntax.Node) bool {
			a, ok := n.(*syntax.Attribute)
			if ok && a.Ctx == syntax.Store {
				if v, ok := a.Value.(*syntax.Name); ok && v.Id == "self" {
					add(a.Attr, kindInstance)
				}
			}
			return true
		})
	}
}
