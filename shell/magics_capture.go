// This file implements %%capture: the cell runs with its printed text and
// its displays (and its value, as a display) collected in a CapturedIO,
// stored under the name given or dropped, as IPython's %%capture does.

package shell

import (
	"strings"

	"adder/interp/py"
)

func init() {
	magics["capture"] = &magic{cell: cellCapture, doc: "Run the cell, capturing stdout, stderr and displays: %%capture [--no-stdout] [--no-stderr]\n" +
		"[--no-display] [NAME]. NAME receives a CapturedIO: NAME.stdout, NAME.stderr, NAME.outputs, NAME.show()."}
}

func cellCapture(sh *Shell, args, body string) (py.Value, error) {
	stdout, stderr, disp := true, true, true
	name := ""
	for _, f := range strings.Fields(args) {
		switch f {
		case "--no-stdout":
			stdout = false
		case "--no-stderr":
			stderr = false
		case "--no-display":
			disp = false
		default:
			if strings.HasPrefix(f, "-") || name != "" {
				return py.Value{}, UsageError("unrecognized arguments: %s", f)
			}
			name = f
		}
	}
	r, err := sh.runner()
	if err != nil {
		return py.Value{}, err
	}
	mod, err := py.Current().ImportModule("IPython.utils.capture")
	if err != nil {
		return py.Value{}, err
	}
	cls, err := py.GetAttr(mod, "capture_output")
	if err != nil {
		return py.Value{}, err
	}
	cm, err := py.Call(cls, []py.Value{py.Bool(stdout), py.Bool(stderr), py.Bool(disp)}, nil)
	if err != nil {
		return py.Value{}, err
	}
	captured, err := py.CallMethod(cm, "__enter__")
	if err != nil {
		return py.Value{}, err
	}
	value, runErr := sh.runCaptured(r, body)
	if runErr == nil && value.IsValid() && !value.IsNone() {
		_, runErr = py.CallMethod(mod, "_capture_result", captured, value)
	}
	// The streams are restored however the cell ended; its exception then
	// shows as usual, IPython's %%capture does not swallow it.
	if _, err := py.CallMethod(cm, "__exit__", py.None, py.None, py.None); err != nil && runErr == nil {
		runErr = err
	}
	if name != "" {
		sh.Globals.SetStr(name, captured)
	}
	return py.None, runErr
}

// runCaptured runs a cell body and returns the value of its final
// expression, if it ends in one.
func (sh *Shell) runCaptured(r Runner, src string) (py.Value, error) {
	stmts, expr := splitLastExpr(src)
	cs, err := r.Compile(stmts, "<cell>", "exec")
	if err != nil {
		return py.Value{}, err
	}
	if _, err := r.Run(cs); err != nil {
		return py.Value{}, err
	}
	if expr == "" {
		return py.None, nil
	}
	ce, err := r.Compile(expr, "<cell>", "eval")
	if err != nil {
		return py.Value{}, err
	}
	return r.Run(ce)
}
