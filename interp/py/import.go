// This file implements import: built-in Go modules, .py files found on
// sys.path (the program's directory first), packages with __init__.py,
// relative imports, from-imports and import *.

package py

import (
	"os"
	"path/filepath"
	"strings"

	"adder/interp/compile"
	"adder/interp/syntax"
)

// CompileHook compiles source for import/exec (set by this package's
// init; the session may replace it).
func compileSource(src []byte, filename string, mode compile.Mode) (*compile.Code, error) {
	pm := syntax.Exec
	if mode == compile.ModeEval {
		pm = syntax.Eval
	} else if mode == compile.ModeSingle {
		pm = syntax.Single
	}
	mod, err := syntax.Parse(filename, src, pm, 0)
	if err != nil {
		return nil, SyntaxErrorFrom(err)
	}
	code, err := compile.Compile(mod, filename, src, mode, compile.Options{})
	if err != nil {
		return nil, SyntaxErrorFrom(err)
	}
	return code, nil
}

// SyntaxErrorFrom converts a parser/compiler error to a Python exception.
func SyntaxErrorFrom(err error) error {
	se, ok := err.(*syntax.Error)
	if !ok {
		return AsException(err)
	}
	t := SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		t = IndentationErrorType
	case "TabError":
		t = TabErrorType
	}
	text := Value(None)
	offset := Value(None)
	endOffset := Value(None)
	if se.Text != "" {
		text = StrValue(se.Text)
		// Offsets are byte-based; convert to characters like CPython.
		offset = Int(int64(byteToCharOffset(se.Text, se.Offset)))
		if se.EndOffset > 0 {
			endOffset = Int(int64(byteToCharOffset(se.Text, se.EndOffset)))
		}
	} else {
		if se.Offset > 0 {
			offset = Int(int64(se.Offset))
		}
		if se.EndOffset > 0 {
			endOffset = Int(int64(se.EndOffset))
		}
	}
	endLine := Value(None)
	if se.EndLineno > 0 {
		endLine = Int(int64(se.EndLineno))
	}
	info := NewTuple(StrValue(se.Filename), Int(int64(se.Lineno)), offset, text, endLine, endOffset)
	return NewException(t, StrValue(se.Msg), info)
}

func byteToCharOffset(line string, off int) int {
	if off <= 0 {
		return off
	}
	if off-1 > len(line) {
		return off - (len(line) - len([]rune(line)))
	}
	return len([]rune(line[:off-1])) + 1
}

// SourceModules, when set, supplies embedded Python source for modules
// that ship with the interpreter (the standard library in interp/stdlib).
// It is consulted after the Go modules and before sys.path, for top-level
// and dotted names alike; a package's source is its __init__ and the
// module gets an empty __path__ so its submodules are looked up here too.
// filename becomes __file__ and appears in tracebacks.
var SourceModules func(name string) (src []byte, filename string, isPackage bool, ok bool)

func (t *Thread) sysPath() []string {
	var out []string
	if t.MainDir != "" {
		out = append(out, t.MainDir)
	}
	if p, ok := t.Sys.Dict.GetStr("path"); ok {
		if l, ok := p.obj.(*List); ok {
			for _, x := range l.Items {
				if s, ok := AsStr(x); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// ImportModule imports a module by absolute dotted name.
func (t *Thread) ImportModule(name string) (Value, error) {
	// Another thread importing name: wait until it ran the module's body
	// (gil.go's per-module import lock).
	if len(importing) != 0 {
		if err := t.waitImport(name); err != nil {
			return Value{}, err
		}
	}
	if m, ok := t.Modules.GetStr(name); ok && !m.IsNone() {
		return m, nil
	}
	defer t.beginImport(name)()
	parent := ""
	var searchPath []string
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent = name[:i]
		pm, err := t.ImportModule(parent)
		if err != nil {
			return Value{}, err
		}
		if m, ok := t.Modules.GetStr(name); ok {
			return m, nil
		}
		pp, _ := GetAttrOpt(pm, "__path__")
		if pp.obj == nil {
			return Value{}, moduleNotFound(name, "No module named '"+name+"'; '"+parent+"' is not a package")
		}
		items, _ := ToSlice(pp)
		for _, x := range items {
			if s, ok := AsStr(x); ok {
				searchPath = append(searchPath, s)
			}
		}
	} else {
		if def, ok := builtinModules[name]; ok {
			m := NewModule(name)
			if def.Doc != "" {
				m.Dict.SetStr("__doc__", StrValue(def.Doc))
			}
			t.Modules.SetStr(name, ObjectValue(m))
			if err := def.Init(m); err != nil {
				t.Modules.DelStr(name)
				return Value{}, err
			}
			return ObjectValue(m), nil
		}
		searchPath = t.sysPath()
	}
	if SourceModules != nil {
		if src, file, isPkg, ok := SourceModules(name); ok {
			return t.runSourceModule(name, src, file, isPkg, nil)
		}
	}
	base := name[strings.LastIndexByte(name, '.')+1:]
	for _, dir := range searchPath {
		pkgInit := filepath.Join(dir, base, "__init__.py")
		if fileExists(pkgInit) {
			return t.loadSourceModule(name, pkgInit, filepath.Join(dir, base))
		}
		file := filepath.Join(dir, base+".py")
		if fileExists(file) {
			return t.loadSourceModule(name, file, "")
		}
	}
	return Value{}, moduleNotFound(name, "No module named '"+name+"'")
}

func moduleNotFound(name, msg string) error {
	e := NewException(ModuleNotFoundErrorType, StrValue(msg))
	e.SetAttrStr("name", StrValue(name))
	return e
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

func (t *Thread) loadSourceModule(name, file, pkgDir string) (Value, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return Value{}, Errorf(ImportErrorType, "%s", err.Error())
	}
	var path []Value
	if pkgDir != "" {
		path = []Value{StrValue(pkgDir)}
	}
	return t.runSourceModule(name, src, file, pkgDir != "", path)
}

// runSourceModule creates module name, binds it in sys.modules, runs src
// in it and binds it as an attribute of its parent package. A package gets
// __path__ (path, possibly empty).
func (t *Thread) runSourceModule(name string, src []byte, file string, isPkg bool, path []Value) (Value, error) {
	m := NewModule(name)
	m.File = file
	m.Dict.SetStr("__file__", StrValue(file))
	if isPkg {
		m.Dict.SetStr("__path__", ListValue(path))
		m.Dict.SetStr("__package__", StrValue(name))
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		m.Dict.SetStr("__package__", StrValue(name[:i]))
	} else {
		m.Dict.SetStr("__package__", StrValue(""))
	}
	t.Modules.SetStr(name, ObjectValue(m))
	code, err := compileSource(src, file, compile.ModeExec)
	if err != nil {
		t.Modules.DelStr(name)
		return Value{}, err
	}
	if _, err := t.RunCode(code, m.Dict); err != nil {
		t.Modules.DelStr(name)
		return Value{}, err
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		if pm, ok := t.Modules.GetStr(name[:i]); ok {
			_ = SetAttr(pm, name[i+1:], ObjectValue(m))
		}
	}
	if v, ok := t.Modules.GetStr(name); ok {
		return v, nil
	}
	return ObjectValue(m), nil
}

// resolveName turns a relative import into an absolute module name.
func resolveName(globals *Dict, name string, level int) (string, error) {
	if level == 0 {
		return name, nil
	}
	pkg := ""
	if p, ok := globals.GetStr("__package__"); ok {
		pkg, _ = AsStr(p)
	}
	if pkg == "" {
		if p, ok := globals.GetStr("__path__"); ok && !p.IsNone() {
			n, _ := globals.GetStr("__name__")
			pkg, _ = AsStr(n)
		}
	}
	if pkg == "" {
		return "", Errorf(ImportErrorType, "attempted relative import with no known parent package")
	}
	parts := strings.Split(pkg, ".")
	if level-1 > len(parts)-1 {
		return "", Errorf(ImportErrorType, "attempted relative import beyond top-level package")
	}
	base := strings.Join(parts[:len(parts)-(level-1)], ".")
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

func (t *Thread) importName(f *Frame, name string, fromlist, levelV Value) (Value, error) {
	level := int(levelV.AsInt())
	abs, err := resolveName(f.Globals, name, level)
	if err != nil {
		return Value{}, err
	}
	m, err := t.ImportModule(abs)
	if err != nil {
		return Value{}, err
	}
	hasFrom := !fromlist.IsNone()
	if hasFrom {
		// Submodules named in fromlist are imported too.
		if items, ok := fromlist.obj.(*Tuple); ok {
			if pp, _ := GetAttrOpt(m, "__path__"); pp.obj != nil {
				for _, it := range items.Items {
					s, _ := AsStr(it)
					if s == "*" {
						continue
					}
					if v, _ := GetAttrOpt(m, s); v.obj == nil {
						if _, err := t.ImportModule(abs + "." + s); err != nil && !IsInstanceError(err, ModuleNotFoundErrorType) {
							return Value{}, err
						}
					}
				}
			}
		}
		return m, nil
	}
	if level == 0 && strings.Contains(name, ".") {
		top := name[:strings.IndexByte(name, '.')]
		if tm, ok := t.Modules.GetStr(top); ok {
			return tm, nil
		}
	}
	return m, nil
}

func importFrom(t *Thread, mod Value, name string) (Value, error) {
	v, err := GetAttrOpt(mod, name)
	if err != nil {
		return Value{}, err
	}
	if v.obj != nil {
		return v, nil
	}
	mn := ""
	if m, ok := mod.obj.(*Module); ok {
		mn = m.Name
		if sub, ok := t.Modules.GetStr(mn + "." + name); ok {
			return sub, nil
		}
	}
	where := "unknown location"
	if m, ok := mod.obj.(*Module); ok && m.File != "" {
		where = m.File
	}
	e := NewException(ImportErrorType, StrValue("cannot import name '"+name+"' from '"+mn+"' ("+where+")"))
	e.SetAttrStr("name", StrValue(mn))
	e.SetAttrStr("name_from", StrValue(name))
	return Value{}, e
}

func importStar(f *Frame, mod Value) error {
	d := NewDict()
	if hd, ok := mod.obj.(HasDict); ok && hd.InstanceDict() != nil {
		d = hd.InstanceDict()
	}
	if all, ok := d.GetStr("__all__"); ok {
		return Iterate(all, func(n Value) error {
			s, _ := AsStr(n)
			v, err := GetAttr(mod, s)
			if err != nil {
				return err
			}
			return f.Locals.SetItem(n, v)
		})
	}
	return d.Items(func(k, v Value) error {
		if s, ok := AsStr(k); ok && !strings.HasPrefix(s, "_") {
			return f.Locals.SetItem(k, v)
		}
		return nil
	})
}
