// Package pysession serves adder's Python interpreter to the kernel and to
// the notebook runner: it implements kernel.Session on interp (running
// code), shell (IPython syntax, magics, completion, inspection) and display
// (results, rich output, tracebacks), and kernel.Comms with a `comm` module
// (comm_module.go) whose manager runs the frontend's comm messages.
//
// One Session owns one interpreter. Execute, Complete, Inspect and
// IsComplete are called from one goroutine, one at a time; Interrupt from
// any goroutine.
package pysession

// This file defines Session and runs cells.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"adder/display"
	"adder/interp"
	"adder/interp/compile"
	"adder/interp/py"
	"adder/interp/syntax"
	"adder/kernel"
	"adder/shell"
)

// Session is the interpreter as the kernel sees it.
type Session struct {
	interp *interp.Session
	shell  *shell.Shell
	vars   historyVars

	// out is the running cell's output; output produced between cells
	// (background tasks) goes to the last cell's.
	out     kernel.Output
	payload []map[string]any
	// exit is the exit/quit object; a cell whose value it is calls it,
	// as IPython autocalls it.
	exit py.Value
	// stdinNotImplemented is the class input() raises without stdin.
	stdinNotImplemented py.Value
	// hidden counts cells run without a number (silent, or not stored), so
	// each gets its own filename for tracebacks.
	hidden int
	// opts are the running cell's options (for the display hook).
	opts kernel.ExecuteOptions
}

// beginCell readies the session for a cell, in one turn on the
// interpreter's side (threads read s.out when they print, and the events
// and automagic may run Python): the output, the history, the
// pre-run events, the transformed source and its interactivity. It
// returns the cell's filename, its Python source and the ExecutionInfo
// for PostRunCell.
func (s *Session) beginCell(code string, opts kernel.ExecuteOptions, out kernel.Output) (filename, src string, info py.Value) {
	filename = fmt.Sprintf("<cell %d>", opts.ExecutionCount)
	if !opts.StoreHistory {
		s.hidden++
		filename = fmt.Sprintf("<input %d>", s.hidden)
	}
	s.interp.Do(func() error {
		s.out, s.payload, s.opts = out, nil, opts
		if opts.StoreHistory {
			s.shell.SetExecutionCount(opts.ExecutionCount)
			s.shell.RecordInput(opts.ExecutionCount, code)
			s.vars.storeInput(opts.ExecutionCount, code)
		}
		info = s.shell.PreRunCell(code, opts.StoreHistory, opts.Silent)
		src = s.shell.Transform(code)
		mode := s.shell.Interactivity()
		s.interp.SetInteractivity(mode)
		// With ast_node_interactivity 'all' the cell calls the display
		// hook for each top-level expression; it sits in builtins only
		// then. (Builtins are shared by the process's sessions: the hook
		// finds its session by the running thread.)
		if mode == compile.AllExprs {
			py.BuiltinsDict.SetStr(compile.DisplayHookName, displayHookBuiltin)
		} else {
			py.BuiltinsDict.DelStr(compile.DisplayHookName)
		}
		return nil
	})
	return filename, src, info
}

// displayHookBuiltin is displayHook as a Python builtin.
var displayHookBuiltin = py.NewBuiltin(compile.DisplayHookName, displayHook)

// displayHook is compile.DisplayHookName: with ast_node_interactivity
// 'all' a cell calls it with each top-level expression's value before the
// last, which it shows as an execute_result, as IPython's displayhook.
func displayHook(args []py.Value, kwnames []string) (py.Value, error) {
	if len(args) != 1 || len(kwnames) != 0 {
		return py.Value{}, py.Errorf(py.TypeErrorType, "%s() takes exactly one argument", compile.DisplayHookName)
	}
	if s := sessionOf(py.Current()); s != nil && !args[0].IsNone() && !s.opts.Silent {
		s.showResult(args[0], s.opts)
	}
	return py.None, nil
}

var _ kernel.Session = (*Session)(nil)

// New starts an interpreter with IPython's conveniences installed.
func New() (*Session, error) {
	s := &Session{out: discard{}}
	s.interp = interp.NewSession(interp.Options{
		Stdout:          streamWriter{s, "stdout"},
		Stderr:          streamWriter{s, "stderr"},
		Argv:            []string{""},
		TopLevelAwait:   true,
		IncompleteInput: true,
	})
	var err error
	if err = s.interp.Do(func() error {
		s.shell, err = shell.New(s.interp)
		return err
	}); err != nil {
		return nil, fmt.Errorf("start the IPython shell layer: %w", err)
	}
	s.shell.Display = func(data map[string]any) { s.out.DisplayData(data, map[string]any{}, nil, false) }
	s.shell.ShowError = publisher{s}.PublishError
	s.shell.Page = func(p map[string]any) { s.payload = append(s.payload, p) }
	s.shell.SetNextInput = func(text string) {
		s.payload = append(s.payload, map[string]any{"source": "set_next_input", "text": text, "replace": false})
	}
	display.SetPublisher(publisher{s})
	py.InputHook = s.readInput
	if err := s.interp.Do(func() error {
		if err := s.installShellNames(); err != nil {
			return err
		}
		if err := s.installComms(); err != nil {
			return err
		}
		if err := s.installParent(); err != nil {
			return err
		}
		// As in IPython, modules beside the notebook (the kernel's working
		// directory) import: sys.path starts with ''.
		if l, ok := py.SysAttr("path").Object().(*py.List); ok {
			l.Items = append([]py.Value{py.StrValue("")}, l.Items...)
		}
		return s.vars.install(s.interp.Globals())
	}); err != nil {
		return nil, fmt.Errorf("set up exit, comms, In and Out: %w", err)
	}
	// %who and %reset leave IPython's own names alone.
	s.shell.HideNames()
	return s, nil
}

// Interpreter returns the underlying interpreter session.
func (s *Session) Interpreter() *interp.Session { return s.interp }

// Execute runs one cell: IPython syntax is transformed, the code runs, the
// value of a final expression is shown as Out[n], and an exception becomes
// the outcome's error with an IPython-style traceback.
func (s *Session) Execute(ctx context.Context, code string, opts kernel.ExecuteOptions, out kernel.Output) kernel.ExecuteOutcome {
	filename, src, info := s.beginCell(code, opts, out)
	v, err := s.interp.ExecCellAs(filename, src)
	res := kernel.ExecuteOutcome{Status: "ok"}
	if err == nil && v.IsValid() && v.Is(s.exit) {
		_, err = s.interp.Call(s.exit)
		v = py.Value{}
	}
	if err != nil {
		res = s.errorOutcome(err)
	} else if v.IsValid() && !v.IsNone() && !opts.Silent && !endsWithSemicolon(code) {
		s.showResult(v, opts)
	}
	count := 0
	if opts.StoreHistory {
		count = opts.ExecutionCount
	}
	s.interp.Do(func() error {
		s.shell.PostRunCell(info, count, v, err, opts.Silent)
		return nil
	})
	if len(opts.UserExpressions) > 0 {
		res.UserExpressions = s.userExpressions(opts.UserExpressions)
	}
	res.Payload = s.payload
	s.payload = nil
	return res
}

// showResult sends Out[n] and records it in the history variables.
func (s *Session) showResult(v py.Value, opts kernel.ExecuteOptions) {
	var data, md map[string]any
	err := s.interp.Do(func() error {
		var err error
		if data, md, err = display.Mimebundle(v, nil, nil); err != nil {
			return err
		}
		if opts.StoreHistory {
			return s.vars.storeOutput(opts.ExecutionCount, v)
		}
		return nil
	})
	if err != nil {
		s.out.Stream("stderr", fmt.Sprintf("could not display the result: %v\n", err))
		return
	}
	if data != nil {
		s.out.ExecuteResult(data, md)
	}
}

// errorOutcome turns an exception into the cell's error.
func (s *Session) errorOutcome(err error) kernel.ExecuteOutcome {
	if text, ok := shell.IsUsageError(err); ok {
		// IPython prints usage errors without a traceback.
		text = strings.TrimSuffix(strings.TrimPrefix(text, "UsageError: "), "\n")
		s.out.Stream("stderr", "UsageError: "+text+"\n")
		return kernel.ExecuteOutcome{Status: "error", EName: "UsageError", EValue: text, Traceback: []string{}, ErrorShown: true}
	}
	var ename, evalue string
	var tb []string
	s.interp.Do(func() error {
		ename, evalue, tb = describe(err, s.interp)
		return nil
	})
	return kernel.ExecuteOutcome{Status: "error", EName: ename, EValue: evalue, Traceback: tb}
}

// describe formats err as IPython shows it. Errors that are not Python
// exceptions are interpreter bugs; they are shown as SystemError.
func describe(err error, in *interp.Session) (ename, evalue string, tb []string) {
	var exc *py.Exception
	if !errors.As(err, &exc) {
		return "SystemError", err.Error(), []string{"SystemError: " + err.Error()}
	}
	return display.IPythonError(display.FromPy(exc, display.CellSource(in.Source)))
}

// userExpressions evaluates execute_request's user_expressions.
func (s *Session) userExpressions(exprs map[string]string) map[string]any {
	results := make(map[string]any, len(exprs))
	for name, expr := range exprs {
		v, err := s.interp.Eval(expr)
		s.interp.Do(func() error {
			if err == nil {
				var data, md map[string]any
				data, md, err = display.Mimebundle(v, nil, nil)
				if err == nil {
					results[name] = map[string]any{"status": "ok", "data": data, "metadata": md}
					return nil
				}
			}
			ename, evalue, tb := describe(err, s.interp)
			results[name] = map[string]any{"status": "error", "ename": ename, "evalue": evalue, "traceback": tb}
			return nil
		})
	}
	return results
}

// Interrupt raises KeyboardInterrupt in the running cell.
func (s *Session) Interrupt() { s.interp.Interrupt() }

// endsWithSemicolon reports whether the cell's last token (comments
// aside) is ';', which IPython takes as "do not show the result".
func endsWithSemicolon(code string) bool {
	toks, err := syntax.Tokenize([]byte(code))
	if err != nil {
		return false
	}
	for i := len(toks) - 1; i >= 0; i-- {
		switch toks[i].Kind {
		case syntax.ENDMARKER, syntax.NEWLINE, syntax.NL, syntax.COMMENT, syntax.DEDENT:
			continue
		}
		return toks[i].Kind == syntax.SEMI
	}
	return false
}

// RunBackground lets asyncio tasks started by earlier cells run while the
// kernel is idle; what they print goes to the last cell's output.
func (s *Session) RunBackground(max time.Duration) (next time.Duration, ok bool) {
	return s.interp.RunBackground(max)
}

// BackgroundWake tells the idle kernel that a Python thread scheduled
// work on the session's loop (kernel.BackgroundWaker).
func (s *Session) BackgroundWake() <-chan struct{} { return s.interp.BackgroundWake() }
