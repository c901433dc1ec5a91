// Package asyncio is adder's asyncio module: an event loop, futures and
// tasks written in Go on top of interp/py's public API, with CPython's
// scheduling algorithm (the order in which callbacks and task steps run is
// visible in printed output, so it is copied, not approximated).
//
// The Go half (this package's Go files) owns what decides scheduling: the
// loop (ready queue, timer heap, waiting, interrupts), Future, Task,
// Handle, the running-loop and current-task state, and the async
// generator protocol. The Python half (asyncio.py, embedded and run in the
// module's namespace on first import, the way CPython splits _asyncio and
// Lib/asyncio) builds the library on top: run, sleep, gather, wait,
// wait_for, timeouts, as_completed, shield, TaskGroup, the locks and the
// queues.
//
// Hosts drive a persistent loop through SessionLoop (session_loop.go):
// the kernel runs cells with top-level await on it and lets background
// tasks progress between cells.
//
// Everything here runs with the interpreter's GIL held; each Python thread
// has its own running loop (py.Thread.Async), and a loop with nothing to
// do sleeps with the GIL released. Only the interrupt flag
// (py.Thread.Interrupt) is touched from other goroutines.
package asyncio

// This file registers the module: the exception classes, the module-level
// Go functions, and the run of the embedded Python half.

import (
	_ "embed"

	"adder/interp/compile"
	"adder/interp/py"
)

//go:embed asyncio.py
var preludeSource string

const coroutineFlag = compile.FlagCoroutine

// moduleDict is the namespace of the asyncio module of the current
// session (set when it is imported).
var moduleDict = py.NewDict()

// The asyncio exception classes, made on first use (the builtin exception
// types get their inherited slots only when the first interpreter starts).
var (
	cancelledErrorType    *py.Type
	invalidStateErrorType *py.Type
)

func ensureExcTypes() {
	if cancelledErrorType == nil {
		cancelledErrorType = mustExcClass("CancelledError", py.BaseExceptionType, "The Future or Task was cancelled.")
		invalidStateErrorType = mustExcClass("InvalidStateError", py.ExceptionType, "The operation is not allowed in this state.")
	}
}

func mustExcClass(name string, base *py.Type, doc string) *py.Type {
	ns := py.NewDict()
	ns.SetStr("__module__", py.StrValue("asyncio.exceptions"))
	ns.SetStr("__doc__", py.StrValue(doc))
	t, err := py.NewClass(py.TypeType, name, []*py.Type{base}, ns)
	if err != nil {
		panic("asyncio: cannot create " + name + ": " + err.Error())
	}
	return t
}

// eventLoop is get_event_loop(): the running loop, else the one
// set_event_loop gave this thread; the main thread gets a new one if it
// never set one, other threads a RuntimeError, as CPython's default policy
// answers.
func eventLoop() (*Loop, error) {
	if l := runningLoop(); l != nil {
		return l, nil
	}
	t := py.Current()
	if t == nil {
		return NewLoop(), nil
	}
	st := loopsOf(t)
	if st.current == nil && !st.setCalled && t.IsMain() {
		st.current = NewLoop()
	}
	if st.current == nil {
		name := "?"
		if th, err := t.ImportModule("threading"); err == nil {
			if cur, err := py.CallMethod(th, "current_thread"); err == nil {
				if n, err := py.GetAttr(cur, "name"); err == nil {
					name, _ = py.ReprString(n)
				}
			}
		}
		return nil, py.Errorf(py.RuntimeErrorType, "There is no current event loop in thread %s.", name)
	}
	return st.current, nil
}

// loopFromArg resolves a loop= argument (None: the event loop).
func loopFromArg(v py.Value) (*Loop, error) {
	if v.IsNil() || v.IsNone() {
		return eventLoop()
	}
	l := asLoop(v)
	if l == nil {
		return nil, py.Errorf(py.TypeErrorType, "loop must be an event loop, not %s", py.TypeName(v))
	}
	return l, nil
}

func noRunningLoop() error {
	return py.Errorf(py.RuntimeErrorType, "no running event loop")
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "asyncio", Doc: "The asyncio package (adder).", Init: initModule})
}

func initModule(m *py.Module) error {
	d := m.Dict
	moduleDict = d
	ensureExcTypes()
	// Task names count from Task-1 in each interpreter, as in a fresh
	// CPython process.
	taskCounter = 0
	d.SetStr("Future", py.ObjectValue(FutureType))
	d.SetStr("Task", py.ObjectValue(TaskType))
	d.SetStr("Handle", py.ObjectValue(HandleType))
	d.SetStr("TimerHandle", py.ObjectValue(TimerHandleType))
	d.SetStr("AbstractEventLoop", py.ObjectValue(LoopType))
	d.SetStr("BaseEventLoop", py.ObjectValue(LoopType))
	d.SetStr("SelectorEventLoop", py.ObjectValue(LoopType))
	d.SetStr("CancelledError", py.ObjectValue(cancelledErrorType))
	d.SetStr("InvalidStateError", py.ObjectValue(invalidStateErrorType))
	d.SetStr("TimeoutError", py.ObjectValue(py.TimeoutErrorType))
	// CPython's asyncio.coroutines._is_coroutine: marks functions that
	// iscoroutinefunction accepts without being async def (sleep).
	mark, err := py.Call(py.ObjectValue(py.ObjectType), nil, nil)
	if err != nil {
		return err
	}
	d.SetStr("_is_coroutine", mark)
	for name, fn := range moduleFuncs {
		py.AddFunc(d, name, fn)
	}
	installAsyncGenProtocol()
	return runPrelude(d)
}

// runPrelude runs the Python half in the module namespace.
func runPrelude(d *py.Dict) error {
	return py.ExecSource(d, "<adder asyncio>", preludeSource)
}

var moduleFuncs = map[string]py.Func{
	"get_running_loop": func(args []py.Value, kwnames []string) (py.Value, error) {
		if runningLoop() == nil {
			return py.Value{}, noRunningLoop()
		}
		return py.ObjectValue(runningLoop()), nil
	},
	"_get_running_loop": func(args []py.Value, kwnames []string) (py.Value, error) {
		if runningLoop() == nil {
			return py.None, nil
		}
		return py.ObjectValue(runningLoop()), nil
	},
	"get_event_loop": func(args []py.Value, kwnames []string) (py.Value, error) {
		l, err := eventLoop()
		if err != nil {
			return py.Value{}, err
		}
		return py.ObjectValue(l), nil
	},
	"new_event_loop": func(args []py.Value, kwnames []string) (py.Value, error) {
		return py.ObjectValue(NewLoop()), nil
	},
	"set_event_loop": func(args []py.Value, kwnames []string) (py.Value, error) {
		var v py.Value
		if err := py.UnpackArgs("set_event_loop", args, kwnames, "loop", &v); err != nil {
			return py.Value{}, err
		}
		if v.IsNone() {
			setCurrentLoop(nil)
			return py.None, nil
		}
		l := asLoop(v)
		if l == nil {
			return py.Value{}, py.Errorf(py.TypeErrorType, "loop must be an instance of AbstractEventLoop or None, not '%s'", py.TypeName(v))
		}
		setCurrentLoop(l)
		return py.None, nil
	},
	"current_task": func(args []py.Value, kwnames []string) (py.Value, error) {
		var lv py.Value = py.None
		if err := py.UnpackArgs("current_task", args, kwnames, "loop?", &lv); err != nil {
			return py.Value{}, err
		}
		l := runningLoop()
		if !lv.IsNone() {
			l = asLoop(lv)
		}
		if l == nil {
			return py.Value{}, noRunningLoop()
		}
		if l.current == nil {
			return py.None, nil
		}
		return l.current.value(), nil
	},
	"all_tasks": func(args []py.Value, kwnames []string) (py.Value, error) {
		var lv py.Value = py.None
		if err := py.UnpackArgs("all_tasks", args, kwnames, "loop?", &lv); err != nil {
			return py.Value{}, err
		}
		l := runningLoop()
		if !lv.IsNone() {
			l = asLoop(lv)
		}
		if l == nil {
			return py.Value{}, noRunningLoop()
		}
		var items []py.Value
		for _, t := range l.allTasks() {
			items = append(items, t.value())
		}
		return py.NewSet(items)
	},
	"isfuture": func(args []py.Value, kwnames []string) (py.Value, error) {
		if len(args) != 1 {
			return py.Value{}, py.Errorf(py.TypeErrorType, "isfuture() takes exactly one argument (%d given)", len(args))
		}
		return py.Bool(asFuture(args[0]) != nil), nil
	},
	"iscoroutine": func(args []py.Value, kwnames []string) (py.Value, error) {
		if len(args) != 1 {
			return py.Value{}, py.Errorf(py.TypeErrorType, "iscoroutine() takes exactly one argument (%d given)", len(args))
		}
		return py.Bool(isCoroutine(args[0])), nil
	},
	"iscoroutinefunction": func(args []py.Value, kwnames []string) (py.Value, error) {
		if len(args) != 1 {
			return py.Value{}, py.Errorf(py.TypeErrorType, "iscoroutinefunction() takes exactly one argument (%d given)", len(args))
		}
		return py.Bool(isCoroutineFunction(args[0])), nil
	},
	"_sleep": func(args []py.Value, kwnames []string) (py.Value, error) {
		var delay, result py.Value = py.Value{}, py.None
		if err := py.UnpackArgs("sleep", args, kwnames, "delay", &delay, "result?", &result); err != nil {
			return py.Value{}, err
		}
		return newSleep(delay, result), nil
	},
	"_register_asyncgen": func(args []py.Value, kwnames []string) (py.Value, error) {
		return py.None, nil
	},
}
