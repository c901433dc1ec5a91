// This file gives get_ipython() IPython's extension points: the events
// API (callbacks around each cell, which the session triggers through
// PreRunCell and PostRunCell), and magics defined in Python
// (register_magic_function, register_magics), which run before the
// built-in ones of the same name, as in IPython.

package shell

import (
	_ "embed"

	"adder/interp/compile"
	"adder/interp/py"
)

//go:embed shell_events.py
var shellEventsSource string

// A userMagic is a magic defined in Python: line(line) and/or
// cell(line, cell).
type userMagic struct{ line, cell py.Value }

// installEvents creates get_ipython().events, the Python-side
// registration methods and the Config behind get_ipython().config.
func (sh *Shell) installEvents(obj py.Value) error {
	ns := sh.eventsNS
	mgr, _ := ns.GetStr("EventManager")
	events, err := py.Call(mgr, []py.Value{obj}, nil)
	if err != nil {
		return err
	}
	sh.events = events
	if err := py.SetAttr(obj, "events", events); err != nil {
		return err
	}
	// The config becomes a Config, keeping what it holds.
	cfgCls, _ := ns.GetStr("Config")
	old, err := py.GetAttr(obj, "config")
	if err != nil {
		return err
	}
	cfg, err := py.Call(cfgCls, []py.Value{old}, nil)
	if err != nil {
		return err
	}
	if err := py.SetAttr(obj, "config", cfg); err != nil {
		return err
	}
	reg, _ := ns.GetStr("_bind_register_magics")
	bound, err := py.Call(reg, []py.Value{obj}, nil)
	if err != nil {
		return err
	}
	return py.SetAttr(obj, "register_magics", bound)
}

// shellBase runs the Python half of get_ipython() and returns the class
// get_ipython()'s class derives from (InteractiveShell).
func (sh *Shell) shellBase() (*py.Type, error) {
	ns := py.NewDict()
	if err := py.ExecSource(ns, "<adder shell events>", shellEventsSource); err != nil {
		return nil, err
	}
	sh.eventsNS = ns
	base, _ := ns.GetStr("InteractiveShell")
	t, ok := base.Object().(*py.Type)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "InteractiveShell is a %s", py.TypeName(base))
	}
	return t, nil
}

// Interactivity reads get_ipython().ast_node_interactivity: which
// top-level statements of the next cell show their value.
func (sh *Shell) Interactivity() compile.Interactivity {
	v, err := py.GetAttr(sh.ipython, "ast_node_interactivity")
	if err != nil {
		return compile.LastExpr
	}
	switch s, _ := py.AsStr(v); s {
	case "all":
		return compile.AllExprs
	case "last_expr_or_assign":
		return compile.LastExprOrAssign
	case "none":
		return compile.NoExprs
	}
	return compile.LastExpr
}

// registerMagicFunction is get_ipython().register_magic_function(func,
// magic_kind='line', magic_name=None).
func (sh *Shell) registerMagicFunction(args []py.Value, kwnames []string) (py.Value, error) {
	var fn, kind, name py.Value = py.Value{}, py.StrValue("line"), py.None
	if err := py.UnpackArgs("register_magic_function", args, kwnames, "func", &fn, "magic_kind?", &kind, "magic_name?", &name); err != nil {
		return py.Value{}, err
	}
	k, _ := py.AsStr(kind)
	if k != "line" && k != "cell" && k != "line_cell" {
		return py.Value{}, py.Errorf(py.ValueErrorType, "magic_kind must be one of ['line', 'cell', 'line_cell'], %s given", k)
	}
	n, ok := py.AsStr(name)
	if !ok {
		v, err := py.GetAttr(fn, "__name__")
		if err != nil {
			return py.Value{}, err
		}
		n, _ = py.AsStr(v)
	}
	if sh.userMagics == nil {
		sh.userMagics = map[string]*userMagic{}
	}
	m := sh.userMagics[n]
	if m == nil {
		m = &userMagic{}
		sh.userMagics[n] = m
	}
	if k != "cell" {
		m.line = fn
	}
	if k != "line" {
		m.cell = fn
	}
	return py.None, nil
}

// PreRunCell triggers pre_execute and, unless the cell is silent,
// pre_run_cell(info). It returns the ExecutionInfo for PostRunCell.
func (sh *Shell) PreRunCell(raw string, storeHistory, silent bool) py.Value {
	if !sh.events.IsValid() {
		return py.None
	}
	cls, _ := sh.eventsNS.GetStr("ExecutionInfo")
	info, err := py.Call(cls, []py.Value{py.StrValue(raw), py.Bool(storeHistory), py.Bool(silent), py.Bool(true), py.None}, nil)
	if err != nil {
		return py.None
	}
	py.CallMethod(sh.events, "trigger", py.StrValue("pre_execute"))
	if !silent {
		py.CallMethod(sh.events, "trigger", py.StrValue("pre_run_cell"), info)
	}
	return info
}

// PostRunCell triggers post_execute and, unless silent, post_run_cell
// with the cell's ExecutionResult (its count, result and exception).
func (sh *Shell) PostRunCell(info py.Value, count int, result py.Value, runErr error, silent bool) {
	if !sh.events.IsValid() || info.IsNone() {
		return
	}
	py.CallMethod(sh.events, "trigger", py.StrValue("post_execute"))
	if silent {
		return
	}
	cls, _ := sh.eventsNS.GetStr("ExecutionResult")
	res, err := py.Call(cls, []py.Value{info}, nil)
	if err != nil {
		return
	}
	if count > 0 {
		py.SetAttr(res, "execution_count", py.Int(int64(count)))
	}
	if result.IsValid() {
		py.SetAttr(res, "result", result)
	}
	if e := py.AsException(runErr); e != nil {
		py.SetAttr(res, "error_in_exec", e.Value())
	}
	py.CallMethod(sh.events, "trigger", py.StrValue("post_run_cell"), res)
}
