// This file gives async generators their protocol (__aiter__, __anext__,
// asend, athrow, aclose), which the VM does not provide yet. An async
// generator is a py.Generator whose frame yields two kinds of values: the
// values of its own `yield` expressions, and what an `await` inside it
// passes up to the Task. They are told apart by gi_yieldfrom: an await
// suspends the frame with a sub-iterator set, a plain yield without one.
//
// The awaitables returned by asend/athrow/aclose resume the generator and
// turn an own yield into StopIteration(value) (the await's result), pass
// await traffic through, and turn the generator's end into
// StopAsyncIteration, as CPython's async_generator_asend/athrow do. Like
// CPython's event loop, the first iteration registers the generator with
// the running loop so shutdown_asyncgens can close it.

package asyncio

import (
	"adder/interp/py"
)

type agenOp uint8

const (
	opASend agenOp = iota
	opAThrow
	opAClose
)

// agenAwaitable is the object returned by asend(), athrow() and aclose().
type agenAwaitable struct {
	gen     *py.Generator
	op      agenOp
	sendVal py.Value
	exc     *py.Exception
	started bool
	closed  bool
}

var (
	asendType  = newType("async_generator_asend", "builtins", nil)
	athrowType = newType("async_generator_athrow", "builtins", nil)
)

func (a *agenAwaitable) Type() *py.Type {
	if a.op == opASend {
		return asendType
	}
	return athrowType
}

// installAsyncGenProtocol adds the methods to async_generator unless the
// VM already has them.
func installAsyncGenProtocol() {
	t := py.AsyncGeneratorType
	if !t.Lookup("__anext__").IsNil() {
		return
	}
	gen := func(v py.Value) *py.Generator { return v.Object().(*py.Generator) }
	py.AddMethods(t, []py.MethodDef{
		method("__aiter__", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return self, nil
		}),
		method("__anext__", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return newAgenAwaitable(gen(self), opASend, py.None, nil), nil
		}),
		method("asend", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			if len(args) != 1 || len(kwnames) != 0 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "async_generator.asend() takes exactly one argument (%d given)", len(args))
			}
			return newAgenAwaitable(gen(self), opASend, args[0], nil), nil
		}),
		method("athrow", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			if len(args) < 1 || len(args) > 3 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "athrow expected at least 1 argument, got %d", len(args))
			}
			v := args[0]
			if len(args) >= 2 && !args[1].IsNone() {
				v = args[1]
			}
			e, err := toExceptionAny(v)
			if err != nil {
				return py.Value{}, err
			}
			return newAgenAwaitable(gen(self), opAThrow, py.None, e), nil
		}),
		method("aclose", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return newAgenAwaitable(gen(self), opAClose, py.None, nil), nil
		}),
	})
	t.Invalidate()
	for _, at := range []*py.Type{asendType, athrowType} {
		at.Iter = func(v py.Value) (py.Value, error) { return v, nil }
		at.Next = func(v py.Value) (py.Value, error) {
			return v.Object().(*agenAwaitable).send(py.None)
		}
		py.AddMethods(at, []py.MethodDef{
			method("__await__", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) { return self, nil }),
			method("__next__", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
				return self.Object().(*agenAwaitable).send(py.None)
			}),
			method("send", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
				if len(args) != 1 {
					return py.Value{}, py.Errorf(py.TypeErrorType, "send() takes exactly one argument (%d given)", len(args))
				}
				return self.Object().(*agenAwaitable).send(args[0])
			}),
			method("throw", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
				if len(args) < 1 {
					return py.Value{}, py.Errorf(py.TypeErrorType, "throw expected at least 1 argument, got 0")
				}
				e, err := toExceptionAny(args[0])
				if err != nil {
					return py.Value{}, err
				}
				return self.Object().(*agenAwaitable).throw(e)
			}),
			method("close", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
				self.Object().(*agenAwaitable).closed = true
				return py.None, nil
			}),
		})
	}
}

// toExceptionAny accepts an exception class or instance (StopIteration
// included, unlike set_exception).
func toExceptionAny(v py.Value) (*py.Exception, error) {
	if t, ok := v.Object().(*py.Type); ok && t.IsSubtype(py.BaseExceptionType) {
		r, err := py.Call(v, nil, nil)
		if err != nil {
			return nil, err
		}
		v = r
	}
	e, ok := v.Object().(*py.Exception)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", py.TypeName(v))
	}
	return e, nil
}

func newAgenAwaitable(g *py.Generator, op agenOp, v py.Value, e *py.Exception) py.Value {
	registerAsyncGen(g)
	return py.ObjectValue(&agenAwaitable{gen: g, op: op, sendVal: v, exc: e})
}

// registerAsyncGen records g with the running loop on first iteration
// (CPython's firstiter hook), for shutdown_asyncgens.
func registerAsyncGen(g *py.Generator) {
	l := runningLoop()
	if l == nil || g.Started() || g.Done() {
		return
	}
	for _, x := range l.asyncgens {
		if x == g {
			return
		}
	}
	if len(l.asyncgens) >= 64 {
		kept := l.asyncgens[:0]
		for _, x := range l.asyncgens {
			if !x.Done() {
				kept = append(kept, x)
			}
		}
		l.asyncgens = kept
	}
	l.asyncgens = append(l.asyncgens, g)
}

func stopIteration(v py.Value) error { return py.NewException(py.StopIterationType, v) }

func alreadyRunning(op agenOp) error {
	switch op {
	case opAThrow:
		return py.Errorf(py.RuntimeErrorType, "athrow(): asynchronous generator is already running")
	case opAClose:
		return py.Errorf(py.RuntimeErrorType, "aclose(): asynchronous generator is already running")
	}
	return py.Errorf(py.RuntimeErrorType, "anext(): asynchronous generator is already running")
}

// send advances the operation; v is what the driving Task sent.
func (a *agenAwaitable) send(v py.Value) (py.Value, error) {
	if a.closed {
		return py.Value{}, py.Errorf(py.RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	g := a.gen
	if !a.started {
		a.started = true
		if running, _ := py.GetAttr(py.ObjectValue(g), "ag_running"); running.IsBool() && running.AsBool() {
			a.closed = true
			return py.Value{}, alreadyRunning(a.op)
		}
		switch a.op {
		case opAClose:
			if g.Done() || !g.Started() {
				_ = g.Close()
				a.closed = true
				return py.Value{}, stopIteration(py.None)
			}
			return a.handleThrow(g.Throw(py.NewException(py.GeneratorExitType)))
		case opAThrow:
			if g.Done() {
				a.closed = true
				return py.Value{}, py.NewException(py.StopAsyncIterationType)
			}
			return a.handleThrow(g.Throw(a.exc))
		}
		if g.Done() {
			a.closed = true
			return py.Value{}, py.NewException(py.StopAsyncIterationType)
		}
		v = a.sendVal
	}
	r, done, err := g.Resume(v, nil)
	return a.handle(r, done, err)
}

// throw raises e in the generator at its current await.
func (a *agenAwaitable) throw(e *py.Exception) (py.Value, error) {
	if a.closed {
		return py.Value{}, py.Errorf(py.RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	a.started = true
	return a.handleThrow(a.gen.Throw(e))
}

func (a *agenAwaitable) handleThrow(r py.Value, err error) (py.Value, error) {
	if e, ok := err.(*py.Exception); ok && e.Type().IsSubtype(py.StopIterationType) {
		return a.handle(py.None, true, nil)
	}
	return a.handle(r, false, err)
}

// handle interprets one resumption of the generator.
func (a *agenAwaitable) handle(r py.Value, done bool, err error) (py.Value, error) {
	if err != nil {
		a.closed = true
		e := py.AsException(err)
		if a.op == opAClose && (e.Type().IsSubtype(py.GeneratorExitType) || e.Type().IsSubtype(py.StopAsyncIterationType)) {
			return py.Value{}, stopIteration(py.None)
		}
		if e.Type().IsSubtype(py.StopAsyncIterationType) {
			re := py.NewException(py.RuntimeErrorType, py.StrValue("async generator raised StopAsyncIteration"))
			re.Cause = py.ObjectValue(e)
			re.Context = py.ObjectValue(e)
			re.SuppressContext = true
			return py.Value{}, re
		}
		return py.Value{}, err
	}
	if done {
		a.closed = true
		if a.op == opAClose {
			return py.Value{}, stopIteration(py.None)
		}
		return py.Value{}, py.NewException(py.StopAsyncIterationType)
	}
	if yf, _ := py.GetAttr(py.ObjectValue(a.gen), "gi_yieldfrom"); !yf.IsNil() && !yf.IsNone() {
		// An await inside the generator: pass it up to the Task.
		return r, nil
	}
	a.closed = true
	if a.op == opAClose {
		return py.Value{}, py.Errorf(py.RuntimeErrorType, "async generator ignored GeneratorExit")
	}
	return py.Value{}, stopIteration(r)
}
