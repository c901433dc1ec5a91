// This file exposes the event loop to Python: the methods of
// asyncio's loop objects (call_soon, call_later, call_at, time,
// create_future, create_task, run_until_complete, run_forever, stop,
// close, exception handlers).

package asyncio

import (
	"adder/interp/py"
)

func asLoop(v py.Value) *Loop {
	l, _ := v.Object().(*Loop)
	return l
}

// checkCallback rejects what call_soon and friends cannot schedule; like
// CPython it checks only in debug mode.
func (l *Loop) checkCallback(fn py.Value, method string) error {
	if !l.debug {
		return nil
	}
	if isCoroutine(fn) || isCoroutineFunction(fn) {
		return py.Errorf(py.TypeErrorType, "coroutines cannot be used with %s()", method)
	}
	if !py.Callable(fn) {
		return py.Errorf(py.TypeErrorType, "a callable object was expected by %s(), got %s", method, repr(fn))
	}
	return nil
}

// isCoroutineFunction reports whether fn is an async def function (or a
// method bound to one), or is marked as one the way CPython's asyncio
// marks its own: an _is_coroutine attribute holding the module's marker.
func isCoroutineFunction(fn py.Value) bool {
	switch o := fn.Object().(type) {
	case *py.Function:
		if o.Code.Flags&coroutineFlag != 0 {
			return true
		}
	case *py.BoundMethod:
		if isCoroutineFunction(o.Func) {
			return true
		}
	}
	mark, ok := moduleDict.GetStr("_is_coroutine")
	if !ok {
		return false
	}
	v, err := py.GetAttrOpt(fn, "_is_coroutine")
	return err == nil && !v.IsNil() && v.Object() == mark.Object()
}

// splitCallArgs separates the positional arguments of call_soon-like
// methods from their context= keyword, and resolves the context the
// callback runs in (runContext).
func splitCallArgs(name string, args []py.Value, kwnames []string, skip int) ([]py.Value, *py.Value, error) {
	npos := len(args) - len(kwnames)
	ctx := py.None
	for i, k := range kwnames {
		if k != "context" {
			return nil, nil, py.Errorf(py.TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
		}
		ctx = args[npos+i]
	}
	if npos < skip+1 {
		return nil, nil, py.Errorf(py.TypeErrorType, "%s() missing required positional argument", name)
	}
	rc, err := runContext(ctx)
	if err != nil {
		return nil, nil, err
	}
	return append([]py.Value(nil), args[skip+1:npos]...), rc, nil
}

func loopMethods() []py.MethodDef {
	return []py.MethodDef{
		method("time", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.Float(asLoop(self).time()), nil
		}),
		method("call_soon", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			l := asLoop(self)
			rest, ctx, err := splitCallArgs("call_soon", args, kwnames, 0)
			if err != nil {
				return py.Value{}, err
			}
			if err := l.checkClosed(); err != nil {
				return py.Value{}, err
			}
			if err := l.checkCallback(args[0], "call_soon"); err != nil {
				return py.Value{}, err
			}
			return py.ObjectValue(l.callSoon(args[0], rest, ctx)), nil
		}),
		method("call_soon_threadsafe", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			l := asLoop(self)
			rest, ctx, err := splitCallArgs("call_soon_threadsafe", args, kwnames, 0)
			if err != nil {
				return py.Value{}, err
			}
			if err := l.checkClosed(); err != nil {
				return py.Value{}, err
			}
			if err := l.checkCallback(args[0], "call_soon_threadsafe"); err != nil {
				return py.Value{}, err
			}
			h := l.callSoon(args[0], rest, ctx)
			l.wakeup()
			return py.ObjectValue(h), nil
		}),
		method("call_later", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return callAtMethod(self, args, kwnames, "call_later", true)
		}),
		method("call_at", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return callAtMethod(self, args, kwnames, "call_at", false)
		}),
		method("create_future", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return newFuture(asLoop(self)).value(), nil
		}),
		method("create_task", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var coro, name, ctx py.Value = py.Value{}, py.None, py.None
			if err := py.UnpackArgs("create_task", args, kwnames, "coro", &coro, "$name?", &name, "$context?", &ctx); err != nil {
				return py.Value{}, err
			}
			t, err := asLoop(self).createTask(coro, name, ctx)
			if err != nil {
				return py.Value{}, err
			}
			return t.value(), nil
		}),
		method("run_until_complete", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var fut py.Value
			if err := py.UnpackArgs("run_until_complete", args, kwnames, "future", &fut); err != nil {
				return py.Value{}, err
			}
			return asLoop(self).runUntilComplete(fut)
		}),
		method("run_forever", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.None, asLoop(self).runForever()
		}),
		method("stop", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			asLoop(self).stopping = true
			return py.None, nil
		}),
		method("is_running", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.Bool(asLoop(self).running), nil
		}),
		method("is_closed", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.Bool(asLoop(self).closed), nil
		}),
		method("close", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.None, asLoop(self).close()
		}),
		method("get_debug", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.Bool(asLoop(self).debug), nil
		}),
		method("set_debug", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var b bool
			if err := py.UnpackArgs("set_debug", args, kwnames, "enabled", &b); err != nil {
				return py.Value{}, err
			}
			asLoop(self).debug = b
			return py.None, nil
		}),
		method("call_exception_handler", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var ctx *py.Dict
			if err := py.UnpackArgs("call_exception_handler", args, kwnames, "context", &ctx); err != nil {
				return py.Value{}, err
			}
			return py.None, asLoop(self).callExceptionHandler(ctx)
		}),
		method("default_exception_handler", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var ctx *py.Dict
			if err := py.UnpackArgs("default_exception_handler", args, kwnames, "context", &ctx); err != nil {
				return py.Value{}, err
			}
			asLoop(self).defaultExceptionHandler(ctx)
			return py.None, nil
		}),
		method("set_exception_handler", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var h py.Value
			if err := py.UnpackArgs("set_exception_handler", args, kwnames, "handler", &h); err != nil {
				return py.Value{}, err
			}
			if !h.IsNone() && !py.Callable(h) {
				return py.Value{}, py.Errorf(py.TypeErrorType, "A callable object or None is expected, got %s", repr(h))
			}
			asLoop(self).excHandler = h
			return py.None, nil
		}),
		method("get_exception_handler", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return orNone(asLoop(self).excHandler), nil
		}),
		method("shutdown_asyncgens", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return callPrelude("_shutdown_asyncgens", self)
		}),
		method("shutdown_default_executor", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return callPrelude("_shutdown_default_executor", self)
		}),
		method("set_default_executor", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var ex py.Value
			if err := py.UnpackArgs("set_default_executor", args, kwnames, "executor", &ex); err != nil {
				return py.Value{}, err
			}
			asLoop(self).defaultExecutor = ex
			return py.None, nil
		}),
		method("_default_executor", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			if ex := asLoop(self).defaultExecutor; ex.IsValid() {
				return ex, nil
			}
			return py.None, nil
		}),
		method("run_in_executor", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			if len(kwnames) != 0 || len(args) < 2 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "run_in_executor() takes an executor, a function and its positional arguments")
			}
			return callPrelude("_run_in_executor", append([]py.Value{self}, args...)...)
		}),
		method("_asyncgens", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			l := asLoop(self)
			var out []py.Value
			for _, g := range l.asyncgens {
				if !g.Done() {
					out = append(out, py.ObjectValue(g))
				}
			}
			l.asyncgens = nil
			return py.ListValue(out), nil
		}),
	}
}

func callAtMethod(self py.Value, args []py.Value, kwnames []string, name string, relative bool) (py.Value, error) {
	l := asLoop(self)
	rest, ctx, err := splitCallArgs(name, args, kwnames, 1)
	if err != nil {
		return py.Value{}, err
	}
	if err := l.checkClosed(); err != nil {
		return py.Value{}, err
	}
	when, err := py.FloatOf(args[0])
	if err != nil {
		return py.Value{}, err
	}
	if err := l.checkCallback(args[1], name); err != nil {
		return py.Value{}, err
	}
	if relative {
		when += l.time()
	}
	return py.ObjectValue(l.callAt(when, args[1], rest, ctx)), nil
}

// callPrelude calls a function defined by the module's Python part.
func callPrelude(name string, args ...py.Value) (py.Value, error) {
	fn, ok := moduleDict.GetStr(name)
	if !ok {
		return py.Value{}, py.Errorf(py.RuntimeErrorType, "asyncio is not initialised (%s)", name)
	}
	return py.Call(fn, args, nil)
}

func init() {
	LoopType.Repr = func(v py.Value) (py.Value, error) {
		l := asLoop(v)
		return py.StrValue("<" + LoopType.Name + " running=" + pyBool(l.running) + " closed=" + pyBool(l.closed) + " debug=" + pyBool(l.debug) + ">"), nil
	}
	py.AddMethods(LoopType, loopMethods())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
