// This file implements _adder_html, the Go half of html.unescape: Go's
// html.UnescapeString resolves the full HTML5 entity table by the same
// WHATWG rules CPython's html module follows.

package stdlib

import (
	"html"

	"adder/interp/py"
)

func init() {
	registerGoModule("_adder_html", "HTML character references for html (adder).", func(d *py.Dict) {
		py.AddFunc(d, "unescape", func(args []py.Value, kw []string) (py.Value, error) {
			if len(args) != 1 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "unescape() takes exactly one argument (%d given)", len(args))
			}
			s, ok := py.AsStr(args[0])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeErrorType, "unescape() argument must be str, not %s", args[0].Type().Name)
			}
			return py.StrValue(html.UnescapeString(s)), nil
		})
	})
}
