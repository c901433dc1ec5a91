// This file implements get_ipython().showtraceback(): the exception being
// handled (or the one given) shown as an IPython traceback while the code
// goes on, which libraries such as ipywidgets call for errors in their
// callbacks.

package shell

import (
	"strings"

	"adder/display"
	"adder/interp/py"
)

// showTraceback is showtraceback(exc_tuple=None, filename=None,
// tb_offset=None, exception_only=False, running_compiled_code=False).
func (sh *Shell) showTraceback(args []py.Value, kwnames []string) (py.Value, error) {
	excTuple, filename, tbOffset, excOnly, running := py.None, py.None, py.None, py.False, py.False
	if err := py.UnpackArgs("showtraceback", args, kwnames, "exc_tuple?", &excTuple, "filename?", &filename,
		"tb_offset?", &tbOffset, "exception_only?", &excOnly, "running_compiled_code?", &running); err != nil {
		return py.Value{}, err
	}
	var exc py.Value
	if excTuple.IsNone() {
		sys, err := py.Current().ImportModule("sys")
		if err != nil {
			return py.Value{}, err
		}
		info, err := py.CallMethod(sys, "exc_info")
		if err != nil {
			return py.Value{}, err
		}
		if exc, err = py.GetItem(info, py.Int(1)); err != nil {
			return py.Value{}, err
		}
	} else {
		var err error
		if exc, err = py.GetItem(excTuple, py.Int(1)); err != nil {
			return py.Value{}, err
		}
	}
	e, ok := exc.Object().(*py.Exception)
	if !ok {
		sh.printErr("No traceback available to show.\n")
		return py.None, nil
	}
	src := display.CellSource(func(filename string) []string {
		if sh.Source == nil {
			return nil
		}
		text, ok := sh.Source(filename)
		if !ok {
			return nil
		}
		return strings.Split(text, "\n")
	})
	ename, evalue, tb := display.IPythonError(display.FromPy(e, src))
	if only, _ := py.Truth(excOnly); only && len(tb) > 0 {
		tb = tb[len(tb)-1:]
	}
	if sh.ShowError != nil {
		sh.ShowError(ename, evalue, tb)
		return py.None, nil
	}
	sh.printErr(strings.Join(tb, "\n") + "\n")
	return py.None, nil
}
