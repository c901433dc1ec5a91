// This file implements _adder_gc, the Go half of gc: a collection runs
// Go's garbage collector (which is what frees Python objects in adder).

package stdlib

import (
	"runtime"

	"adder/interp/py"
)

func init() {
	registerGoModule("_adder_gc", "Garbage collection for gc (adder).", func(d *py.Dict) {
		py.AddFunc(d, "collect", func(args []py.Value, kw []string) (py.Value, error) {
			runtime.GC()
			return py.Int(0), nil
		})
	})
}
