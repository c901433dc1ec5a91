// This file finds call signatures: from a function's code object for
// functions defined in Python, from the builtin docs table for Go builtins.

package shell

import (
	"strings"

	"adder/interp/compile"
	"adder/interp/py"
)

// signatureOf returns "(a, b=1)"-style text for a callable, or "".
func signatureOf(v py.Value) string {
	switch o := v.Object().(type) {
	case *py.Function:
		return funcSignature(o, false)
	case *py.BoundMethod:
		if f, ok := o.Func.Object().(*py.Function); ok {
			return funcSignature(f, true)
		}
	case *py.Builtin:
		if d, ok := builtinDoc(qualifiedName(v)); ok {
			return d.sig
		}
	case *py.BoundBuiltin:
		if d, ok := builtinDoc(o.M.Owner.Name + "." + o.M.Def.Name); ok {
			return dropSelf(d.sig)
		}
	case *py.MethodDescr:
		if d, ok := builtinDoc(o.Owner.Name + "." + o.Def.Name); ok {
			return d.sig
		}
	case *py.Type:
		if d, ok := builtinDoc(o.Name); ok {
			return d.sig
		}
	}
	return ""
}

// dropSelf removes the first parameter of a signature.
func dropSelf(sig string) string {
	if !strings.HasPrefix(sig, "(self") {
		return sig
	}
	rest := strings.TrimPrefix(sig, "(self")
	rest = strings.TrimPrefix(rest, ", ")
	if strings.HasPrefix(rest, "/, ") {
		rest = rest[3:]
	} else if strings.HasPrefix(rest, "/)") {
		rest = rest[1:]
	}
	return "(" + rest
}

// qualifiedName is the name the docs table uses: the builtin's name, with
// its module for functions outside builtins ("math.sqrt").
func qualifiedName(v py.Value) string {
	switch o := v.Object().(type) {
	case *py.Builtin:
		if o.Module != "" && o.Module != "builtins" {
			return o.Module + "." + o.Name
		}
		return o.Name
	case *py.Type:
		return o.Name
	}
	return ""
}

// funcSignature formats a Python function's parameters like
// inspect.signature: positional-only marker, defaults, *args, keyword-only
// parameters, **kwargs and annotations.
func funcSignature(f *py.Function, dropFirst bool) string {
	c := f.Code
	if c == nil {
		return "()"
	}
	names := c.LocalNames
	nargs := min(c.ArgCount, len(names))
	var params []string
	ann := func(name string) string {
		d, ok := f.Annotations.Object().(*py.Dict)
		if !f.Annotations.IsValid() || !ok {
			return ""
		}
		a, ok := d.GetStr(name)
		if !ok {
			return ""
		}
		return ": " + annotationText(a)
	}
	withDefault := func(p string, def py.Value, annotated bool) string {
		r, err := py.ReprString(def)
		if err != nil {
			r = "..."
		}
		if annotated {
			return p + " = " + r
		}
		return p + "=" + r
	}
	firstDefault := nargs - len(f.Defaults)
	for i := 0; i < nargs; i++ {
		a := ann(names[i])
		p := names[i] + a
		if i >= firstDefault && i-firstDefault < len(f.Defaults) {
			p = withDefault(p, f.Defaults[i-firstDefault], a != "")
		}
		params = append(params, p)
		if c.PosOnlyCount > 0 && i == c.PosOnlyCount-1 {
			params = append(params, "/")
		}
	}
	kw := names[nargs:min(nargs+c.KwOnlyCount, len(names))]
	rest := nargs + len(kw)
	if c.Flags&compile.FlagVarargs != 0 && rest < len(names) {
		params = append(params, "*"+names[rest]+ann(names[rest]))
		rest++
	} else if len(kw) > 0 {
		params = append(params, "*")
	}
	for _, k := range kw {
		a := ann(k)
		p := k + a
		if f.KwDefaults != nil {
			if d, ok := f.KwDefaults.GetStr(k); ok {
				p = withDefault(p, d, a != "")
			}
		}
		params = append(params, p)
	}
	if c.Flags&compile.FlagVarkw != 0 && rest < len(names) {
		params = append(params, "**"+names[rest]+ann(names[rest]))
	}
	if dropFirst && len(params) > 0 {
		params = params[1:]
		if len(params) > 0 && params[0] == "/" {
			params = params[1:]
		}
	}
	sig := "(" + strings.Join(params, ", ") + ")"
	if r := ann("return"); r != "" {
		sig += " -> " + strings.TrimPrefix(r, ": ")
	}
	return sig
}

// annotationText shows an annotation as inspect does: classes by qualified
// name (with the module unless builtins), anything else by repr.
func annotationText(a py.Value) string {
	if t, ok := a.Object().(*py.Type); ok {
		mod := ""
		if m, ok := t.Dict.GetStr("__module__"); ok {
			mod, _ = py.AsStr(m)
		}
		if mod == "" || mod == "builtins" {
			return t.Qualname
		}
		return mod + "." + t.Qualname
	}
	r, err := py.ReprString(a)
	if err != nil {
		return "?"
	}
	return r
}
