// This file implements help(obj) with pydoc's plain-text layout for the
// common cases: functions, builtins, classes (methods defined here, data
// descriptors) and modules; other objects get help on their class.

package shell

import (
	"sort"
	"strings"

	"adder/interp/py"
)

// helpBuiltin is the help() function Install puts in builtins.
func (sh *Shell) helpBuiltin(args []py.Value, kwnames []string) (py.Value, error) {
	if err := py.ArgRange("help", args, kwnames, 0, 1); err != nil {
		return py.Value{}, err
	}
	if len(args) == 0 {
		sh.printOut("Type help(object) for help about object; obj? and obj?? show the same in IPython's layout.\n")
		return py.None, nil
	}
	v := args[0]
	if s, ok := py.AsStr(v); ok {
		found, ok := sh.evalDotted(s)
		if !ok {
			sh.printOut("No Python documentation found for " + py.StrRepr(s) + ".\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class.\n\n")
			return py.None, nil
		}
		v = found
	}
	sh.printOut(HelpText(v))
	return py.None, nil
}

// HelpText is what help(v) prints.
func HelpText(v py.Value) string {
	switch o := v.Object().(type) {
	case *py.Function:
		mod := moduleName(o.Module)
		return "Help on function " + o.Name + " in module " + mod + ":\n\n" + functionDoc(o.Name, v, "") + "\n"
	case *py.Builtin:
		mod := o.Module
		if mod == "" {
			mod = "builtins"
		}
		return "Help on built-in function " + o.Name + " in module " + mod + ":\n\n" + functionDoc(o.Name, v, "") + "\n"
	case *py.Type:
		return "Help on class " + o.Name + " in module " + typeModule(o) + ":\n\n" + classDoc(o) + "\n"
	case *py.Module:
		return moduleDoc(o)
	}
	t := v.Type()
	return "Help on " + t.Name + " object:\n\n" + classDoc(t) + "\n"
}

func moduleName(v py.Value) string {
	if s, ok := py.AsStr(v); ok {
		return s
	}
	return "__main__"
}

func typeModule(t *py.Type) string {
	if m, ok := t.Dict.GetStr("__module__"); ok {
		if s, ok := py.AsStr(m); ok {
			return s
		}
	}
	return "builtins"
}

// functionDoc is "name(sig)" and the indented docstring.
func functionDoc(name string, v py.Value, indentStr string) string {
	sig := signatureOf(v)
	if sig == "" {
		sig = "(...)"
	}
	out := indentStr + name + sig + "\n"
	if doc, ok := docOf(v); ok {
		for _, l := range strings.Split(doc, "\n") {
			out += strings.TrimRight(indentStr+"    "+l, " ") + "\n"
		}
	}
	return out
}

// classDoc lays out a class like pydoc: header, docstring, methods.
func classDoc(t *py.Type) string {
	var bases []string
	for _, b := range t.Bases {
		bases = append(bases, typeModule(b)+"."+b.Name)
	}
	var b strings.Builder
	b.WriteString("class " + t.Name + "(" + strings.Join(bases, ", ") + ")\n")
	if doc, ok := docOf(py.ObjectValue(t)); ok {
		for _, l := range strings.Split(doc, "\n") {
			b.WriteString(strings.TrimRight(" |  "+l, " ") + "\n")
		}
		b.WriteString(" |\n")
	}
	var methods []string
	for _, k := range t.Dict.Keys() {
		name, _ := py.AsStr(k)
		v, _ := t.Dict.GetStr(name)
		if _, ok := v.Object().(*py.Function); ok {
			methods = append(methods, name)
		}
	}
	sort.Strings(methods)
	if len(methods) > 0 {
		b.WriteString(" |  Methods defined here:\n |\n")
		for _, m := range methods {
			v, _ := t.Dict.GetStr(m)
			for _, l := range strings.Split(strings.TrimRight(functionDoc(m, v, ""), "\n"), "\n") {
				b.WriteString(strings.TrimRight(" |  "+l, " ") + "\n")
			}
			b.WriteString(" |\n")
		}
	}
	if t.IsHeap() {
		b.WriteString(" |  " + strings.Repeat("-", 70) + "\n |  Data descriptors defined here:\n |\n")
		b.WriteString(" |  __dict__\n |      dictionary for instance variables\n |\n")
		b.WriteString(" |  __weakref__\n |      list of weak references to the object\n")
	}
	return b.String()
}

func moduleDoc(m *py.Module) string {
	var b strings.Builder
	b.WriteString("Help on module " + m.Name + ":\n\nNAME\n    " + m.Name + "\n\n")
	if doc, ok := docOf(py.ObjectValue(m)); ok {
		b.WriteString("DESCRIPTION\n")
		for _, l := range strings.Split(doc, "\n") {
			b.WriteString(strings.TrimRight("    "+l, " ") + "\n")
		}
		b.WriteString("\n")
	}
	var funcs []string
	for _, k := range m.Dict.Keys() {
		name, _ := py.AsStr(k)
		v, _ := m.Dict.GetStr(name)
		if kind, _ := classify(v); kind == kindFunction && !strings.HasPrefix(name, "_") {
			funcs = append(funcs, name)
		}
	}
	sort.Strings(funcs)
	if len(funcs) > 0 {
		b.WriteString("FUNCTIONS\n")
		for _, f := range funcs {
			v, _ := m.Dict.GetStr(f)
			b.WriteString(functionDoc(f, v, "    ") + "\n")
		}
	}
	if m.File != "" {
		b.WriteString("FILE\n    " + m.File + "\n\n")
	}
	return b.String()
}
