// This file looks up signatures and docstrings of the Go-implemented
// builtins in py's table (py.BuiltinDoc). ApplyBuiltinDocs copies them into
// the objects so __doc__ and help() see them too.

package shell

import "adder/interp/py"

type builtinDocEntry struct {
	sig string // "(obj, /)"; "" when inspect cannot tell
	doc string
}

// builtinDoc looks up a builtin by qualified name in py's table (the one
// source of builtin signatures and docstrings).
func builtinDoc(name string) (builtinDocEntry, bool) {
	sig, doc, ok := py.BuiltinDoc(name)
	return builtinDocEntry{sig: sig, doc: doc}, ok
}

// ApplyBuiltinDocs fills the empty docstrings of the builtin functions and
// classes in builtins (nil: py.BuiltinsDict) from py's table, so
// __doc__ and help() agree with obj?.
func ApplyBuiltinDocs(builtins *py.Dict) {
	if builtins == nil {
		builtins = py.BuiltinsDict
	}
	for _, k := range builtins.Keys() {
		name, _ := py.AsStr(k)
		d, ok := builtinDoc(name)
		if !ok {
			continue
		}
		v, _ := builtins.GetStr(name)
		text := d.doc
		switch o := v.Object().(type) {
		case *py.Builtin:
			if o.Doc == "" {
				o.Doc = text
			}
		case *py.Type:
			if o.Doc == "" {
				o.Doc = text
			}
		}
	}
}
