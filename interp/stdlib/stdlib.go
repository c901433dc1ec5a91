// Package stdlib owns adder's standard library: the everyday modules a
// notebook imports (functools, itertools, collections, re, json, random,
// dataclasses, enum, typing, datetime, ...). Most are Python source under
// lib/, embedded in the binary and found by the import system through
// py.SourceModules; the parts where speed or the host matters (the regular
// expression engine, the Mersenne Twister, hashing, the file system, child
// processes and signals, compression, Unicode data, time zones, HTTP, XML
// tokenizing, ast parsing) are Go modules with private names (_adder_re,
// _random, _adder_subprocess, ...) that the Python source wraps. Importing
// this package (for its side effects) installs it.
//
// Every module is written from the documented behaviour of Python 3.12
// (docs.python.org/3.12); the differential tests in
// interp/testdata/stdlib compare each with CPython's output.
package stdlib

import (
	"embed"
	"io/fs"
	"strings"

	"adder/interp/py"
)

// lib holds the Python half of the standard library: lib/NAME.py is module
// NAME, lib/PKG/__init__.py is package PKG and lib/PKG/SUB.py is PKG.SUB.
//
//go:embed all:lib
var lib embed.FS

// fileRoot is the directory __file__ of an embedded module points into;
// it does not exist on disk (tracebacks show the name only).
const fileRoot = "/adder/lib/python3.12/"

func init() {
	py.SourceModules = findSource
	// open() is io.open, as in CPython; the builtin imports io on first
	// use so programs that never open a file do not pay for it.
	py.BuiltinsDict.SetStr("open", py.NewBuiltin("open", builtinOpen))
}

// builtinOpen is builtins.open: it calls io.open.
func builtinOpen(args []py.Value, kwnames []string) (py.Value, error) {
	t := py.Current()
	if t == nil {
		return py.Value{}, py.Errorf(py.RuntimeErrorType, "open() outside a running interpreter")
	}
	io, err := t.ImportModule("io")
	if err != nil {
		return py.Value{}, err
	}
	fn, err := py.GetAttr(io, "open")
	if err != nil {
		return py.Value{}, err
	}
	return py.Call(fn, args, kwnames)
}

// findSource returns the embedded source of module name (dotted), telling
// whether it is a package.
func findSource(name string) (src []byte, filename string, isPackage bool, ok bool) {
	rel := strings.ReplaceAll(name, ".", "/")
	if b, err := fs.ReadFile(lib, "lib/"+rel+"/__init__.py"); err == nil {
		return b, fileRoot + rel + "/__init__.py", true, true
	}
	if b, err := fs.ReadFile(lib, "lib/"+rel+".py"); err == nil {
		return b, fileRoot + rel + ".py", false, true
	}
	return nil, "", false, false
}

// ModuleNames lists the embedded modules and packages by dotted name.
func ModuleNames() []string {
	var out []string
	_ = fs.WalkDir(lib, "lib", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return nil
		}
		p = strings.TrimSuffix(strings.TrimPrefix(p, "lib/"), ".py")
		p = strings.TrimSuffix(p, "/__init__")
		out = append(out, strings.ReplaceAll(p, "/", "."))
		return nil
	})
	return out
}
