// This file implements _adder_importlib, the Go half of importlib.util:
// whether a module can be found (the embedded standard library, the Go
// modules, or a .py file or package on sys.path) without importing it.

package stdlib

import (
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
	})
}
