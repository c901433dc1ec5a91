// This file implements _adder_codeop, the Go half of codeop: whether a
// source is complete, incomplete (more lines could complete it) or
// invalid, decided by interp/syntax the way compile() with
// PyCF_ALLOW_INCOMPLETE_INPUT lets CPython's codeop decide it.

package stdlib

import (
	"adder/interp/py"
	"adder/interp/syntax"
)

// codeopStatus(source, symbol) -> "complete", "incomplete" or "invalid".
func codeopStatus(args []py.Value, kw []string) (py.Value, error) {
	var srcV, symV py.Value
	if err := py.UnpackArgs("status", args, kw, "source", &srcV, "symbol", &symV); err != nil {
		return py.Value{}, err
	}
	src, ok := py.AsStr(srcV)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeErrorType, "source must be str, not %s", srcV.Type().Name)
	}
	sym, _ := py.AsStr(symV)
	mode := syntax.Single
	switch sym {
	case "exec":
		mode = syntax.Exec
	case "eval":
		mode = syntax.Eval
	case "single":
	default:
		return py.Value{}, py.Errorf(py.ValueErrorType, "symbol must be 'single', 'exec' or 'eval', not %q", sym)
	}
	status, _ := syntax.CheckCompleteMode(src, mode, 0)
	switch status {
	case syntax.Complete:
		return py.StrValue("complete"), nil
	case syntax.Incomplete:
		return py.StrValue("incomplete"), nil
	}
	return py.StrValue("invalid"), nil
}

func init() {
	registerGoModule("_adder_codeop", "Completeness of source for codeop (adder).", func(d *py.Dict) {
		py.AddFunc(d, "status", codeopStatus)
	})
}
