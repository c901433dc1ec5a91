// This file implements _adder_importlib, the Go half of importlib.util:
// whether a module can be found (the embedded standard library, the Go
// modules, or a .py file or package on sys.path) without importing it;
// and, for pkgutil, the embedded modules inside a package and the bytes
// of an embedded file.

package stdlib

import (
	"io/fs"
	"strings"

	"adder/interp/py"
)

func init() {
	registerGoModule("_adder_importlib", "Module lookup for importlib (adder).", func(d *py.Dict) {
		// embedded(name) -> (filename, is_package) or None
		py.AddFunc(d, "embedded", func(args []py.Value, kw []string) (py.Value, error) {
			name, _ := py.AsStr(args[0])
			if _, file, pkg, ok := findSource(name); ok {
				return py.NewTuple(py.StrValue(file), py.Bool(pkg)), nil
			}
			return py.None, nil
		})
		// names(package) -> [(name, is_package)] of the embedded modules
		// directly inside package ("" for the top level).
		py.AddFunc(d, "names", func(args []py.Value, kw []string) (py.Value, error) {
			pkg, _ := py.AsStr(args[0])
			prefix := ""
			if pkg != "" {
				prefix = pkg + "."
			}
			seen := map[string]bool{}
			var out []py.Value
			for _, full := range ModuleNames() {
				if !strings.HasPrefix(full, prefix) || full == pkg {
					continue
				}
				rest := full[len(prefix):]
				if rest == "" || strings.Contains(rest, ".") || seen[rest] {
					continue
				}
				seen[rest] = true
				_, _, isPkg, _ := findSource(full)
				out = append(out, py.NewTuple(py.StrValue(rest), py.Bool(isPkg)))
			}
			return py.ObjectValue(py.NewList(out)), nil
		})
		// read(filename) -> the bytes of an embedded file (by its __file__
		// path), or None.
		py.AddFunc(d, "read", func(args []py.Value, kw []string) (py.Value, error) {
			name, _ := py.AsStr(args[0])
			if !strings.HasPrefix(name, fileRoot) {
				return py.None, nil
			}
			b, err := fs.ReadFile(lib, "lib/"+strings.TrimPrefix(name, fileRoot))
			if err != nil {
				return py.None, nil
			}
			return py.NewBytes(string(b)), nil
		})
		d.SetStr("root", py.StrValue(fileRoot))
	})
}
