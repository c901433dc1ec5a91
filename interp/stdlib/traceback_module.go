// This file implements _adder_traceback, the Go half of traceback's
// column carets: the source span (lines and UTF-8 byte columns) of the
// instruction a frame or traceback entry stopped at.

package stdlib

import (
	"adder/interp/py"
)

func init() {
	registerGoModule("_adder_traceback", "Source positions for traceback (adder).", func(d *py.Dict) {
		// positions(frame) -> (lineno, end_lineno, colno, end_colno) or None
		py.AddFunc(d, "positions", func(args []py.Value, kw []string) (py.Value, error) {
			if len(args) != 1 {
				return py.None, nil
			}
			f, ok := args[0].Object().(*py.FrameInfo)
			if !ok || f.Code == nil {
				return py.None, nil
			}
			p := f.Code.LineFor(f.PC)
			if p.Line <= 0 || p.EndLine <= 0 || p.Col < 0 || p.EndCol < 0 {
				return py.None, nil
			}
			return py.NewTuple(py.Int(int64(p.Line)), py.Int(int64(p.EndLine)), py.Int(int64(p.Col)),
				py.Int(int64(p.EndCol))), nil
		})
	})
}
