// This file implements asyncio.Future in Go: its states, result and
// exception, done callbacks (scheduled with call_soon when it completes,
// as CPython does), cancellation with a message, and the __await__
// iterator that yields the future to the Task driving the coroutine.

package asyncio

import (
	"fmt"
	"strings"

	"adder/interp/py"
)

type futureState uint8

const (
	statePending futureState = iota
	stateCancelled
	stateFinished
)

func (s futureState) String() string {
	switch s {
	case stateCancelled:
		return "CANCELLED"
	case stateFinished:
		return "FINISHED"
	}
	return "PENDING"
}

// A callback is one done callback: a Python callable, or (task set) the
// internal wakeup of a Task waiting on the future.
type callback struct {
	fn   py.Value
	task *Task
	// ctx is the context fn runs in (add_done_callback's context=, or a
	// copy of the one current when it was added; nil: the thread's).
	ctx *py.Value
}

// Future is asyncio.Future. self is the outer Python object (the Future
// itself or the Task embedding it). All fields are owned by the
// interpreter goroutine.
type Future struct {
	self      py.Object
	loop      *Loop
	result    py.Value
	exc       *py.Exception
	callbacks []callback
	cancelMsg py.Value
	// cancelledExc is the CancelledError that ended a Task's coroutine,
	// until result() or an awaiter takes it.
	cancelledExc *py.Exception
	// cancelHook, when set, replaces cancel() (gather's outer future
	// cancels its children instead of itself). A pointer, since few
	// futures have one and every sleeping task holds two futures.
	cancelHook *py.Value
	state      futureState
	// blocking is _asyncio_future_blocking: set by __await__ when it yields
	// the future to a Task.
	blocking bool
}

// FutureType is asyncio.Future.
var FutureType = newType("Future", "_asyncio", nil)

// futureIterType is the iterator returned by Future.__await__.
var futureIterType = newType("FutureIter", "_asyncio", nil)

// Type returns asyncio.Future.
func (f *Future) Type() *py.Type { return FutureType }

func newFuture(loop *Loop) *Future {
	f := &Future{loop: loop, cancelMsg: py.None}
	f.self = f
	return f
}

// value returns the future as a Python value.
func (f *Future) value() py.Value { return py.ObjectValue(f.self) }

// asFuture returns the Future of a Future or Task value (nil otherwise).
func asFuture(v py.Value) *Future {
	switch o := v.Object().(type) {
	case *Future:
		return o
	case *Task:
		return &o.Future
	}
	return nil
}

func (f *Future) done() bool { return f.state != statePending }

// scheduleCallbacks hands every done callback to call_soon, in the order
// they were added, and forgets them.
func (f *Future) scheduleCallbacks() {
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		if cb.task != nil {
			t, fut := cb.task, f
			f.loop.callSoonGo(func() error { return t.wakeup(fut) }, "Task.task_wakeup")
			continue
		}
		f.loop.callSoon(cb.fn, []py.Value{f.value()}, cb.ctx)
	}
}

// makeCancelledError returns the CancelledError result() raises: the
// one that ended a Task's coroutine, handed out once (as CPython's
// create_cancelled_error transfers it), else a new one with the cancel
// message.
func (f *Future) makeCancelledError() *py.Exception {
	if e := f.cancelledExc; e != nil {
		f.cancelledExc = nil
		return e
	}
	return newCancelledError(f.cancelMsg)
}

func newCancelledError(msg py.Value) *py.Exception {
	var args []py.Value
	if !msg.IsNil() && !msg.IsNone() {
		args = []py.Value{msg}
	}
	return newExc(cancelledErrorType, args...)
}

// newExc instantiates an exception class made with py.NewClass.
func newExc(t *py.Type, args ...py.Value) *py.Exception {
	v, err := py.Call(py.ObjectValue(t), args, nil)
	if err != nil {
		return py.AsException(err)
	}
	if e, ok := v.Object().(*py.Exception); ok {
		return e
	}
	return py.AsException(py.Errorf(py.SystemErrorType, "cannot create %s", t.Name))
}

func invalidState(format string, args ...any) error {
	return newExc(invalidStateErrorType, py.StrValue(fmt.Sprintf(format, args...)))
}

// getResult is Future.result().
func (f *Future) getResult() (py.Value, error) {
	switch f.state {
	case stateCancelled:
		return py.Value{}, f.makeCancelledError()
	case statePending:
		return py.Value{}, invalidState("Result is not set.")
	}
	if f.exc != nil {
		return py.Value{}, f.exc
	}
	return orNone(f.result), nil
}

// getException is Future.exception().
func (f *Future) getException() (py.Value, error) {
	switch f.state {
	case stateCancelled:
		return py.Value{}, f.makeCancelledError()
	case statePending:
		return py.Value{}, invalidState("Exception is not set.")
	}
	if f.exc != nil {
		return py.ObjectValue(f.exc), nil
	}
	return py.None, nil
}

func (f *Future) setResult(v py.Value) error {
	if f.state != statePending {
		return invalidState("invalid state")
	}
	f.result = v
	f.state = stateFinished
	f.scheduleCallbacks()
	return nil
}

// toException accepts an exception instance or class for set_exception.
func toException(v py.Value) (*py.Exception, error) {
	if t, ok := v.Object().(*py.Type); ok && t.IsSubtype(py.BaseExceptionType) {
		r, err := py.Call(v, nil, nil)
		if err != nil {
			return nil, err
		}
		v = r
	}
	e, ok := v.Object().(*py.Exception)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "exception must be a BaseException subclass or instance, not %s", repr(v))
	}
	if e.Type().IsSubtype(py.StopIterationType) {
		return nil, py.Errorf(py.TypeErrorType, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	return e, nil
}

func (f *Future) setException(e *py.Exception) error {
	if f.state != statePending {
		return invalidState("invalid state")
	}
	f.exc = e
	f.state = stateFinished
	f.scheduleCallbacks()
	return nil
}

// cancel is Future.cancel(msg) without a Task's extra logic.
func (f *Future) cancel(msg py.Value) bool {
	if f.state != statePending {
		return false
	}
	f.state = stateCancelled
	f.cancelMsg = orNone(msg)
	f.scheduleCallbacks()
	return true
}

// cancelAny cancels any future-like object as its cancel() method would:
// the Go path for Futures and Tasks, else a Python call.
func cancelAny(v py.Value, msg py.Value) (bool, error) {
	switch o := v.Object().(type) {
	case *Task:
		return o.cancel(msg)
	case *Future:
		if o.cancelHook != nil {
			r, err := py.Call(*o.cancelHook, []py.Value{orNone(msg)}, nil)
			if err != nil {
				return false, err
			}
			return py.Truth(r)
		}
		return o.cancel(msg), nil
	}
	r, err := py.CallMethod(v, "cancel", orNone(msg))
	if err != nil {
		return false, err
	}
	return py.Truth(r)
}

func (f *Future) addCallback(cb callback) {
	if f.state != statePending {
		if cb.task != nil {
			t, fut := cb.task, f
			f.loop.callSoonGo(func() error { return t.wakeup(fut) }, "Task.task_wakeup")
			return
		}
		f.loop.callSoon(cb.fn, []py.Value{f.value()}, cb.ctx)
		return
	}
	f.callbacks = append(f.callbacks, cb)
}

// removeCallback removes every callback equal to fn and counts them.
func (f *Future) removeCallback(fn py.Value) (int, error) {
	kept := f.callbacks[:0]
	n := 0
	for _, cb := range f.callbacks {
		if cb.task == nil {
			eq, err := py.Equal(cb.fn, fn)
			if err != nil {
				return 0, err
			}
			if eq {
				n++
				continue
			}
		}
		kept = append(kept, cb)
	}
	for i := len(kept); i < len(f.callbacks); i++ {
		f.callbacks[i] = callback{}
	}
	f.callbacks = kept
	return n, nil
}

// reprInfo lists the parts of a future's repr after the class name.
func (f *Future) reprInfo() []string {
	info := []string{strings.ToLower(f.state.String())}
	if f.state == stateFinished {
		if f.exc != nil {
			info = append(info, "exception="+repr(py.ObjectValue(f.exc)))
		} else {
			info = append(info, "result="+repr(orNone(f.result)))
		}
	}
	if len(f.callbacks) > 0 {
		info = append(info, "cb=["+f.formatCallbacks()+"]")
	}
	return info
}

func (f *Future) formatCallbacks() string {
	name := func(cb callback) string {
		if cb.task != nil {
			return "Task.task_wakeup()"
		}
		return callableName(cb.fn)
	}
	n := len(f.callbacks)
	switch {
	case n == 1:
		return name(f.callbacks[0])
	case n == 2:
		return name(f.callbacks[0]) + ", " + name(f.callbacks[1])
	}
	return fmt.Sprintf("%s, <%d more>, %s", name(f.callbacks[0]), n-2, name(f.callbacks[n-1]))
}

// futureIter is the iterator behind `await future`: it yields the future
// once (marking it blocking so the Task waits for it), then returns its
// result.
type futureIter struct{ fut *Future }

func (it *futureIter) Type() *py.Type { return futureIterType }

func (it *futureIter) next() (py.Value, error) {
	f := it.fut
	if f == nil {
		return py.Value{}, nil
	}
	if !f.done() {
		f.blocking = true
		return f.value(), nil
	}
	it.fut = nil
	r, err := f.getResult()
	if err != nil {
		return py.Value{}, err
	}
	return py.Value{}, py.NewException(py.StopIterationType, r)
}

func init() {
	t := FutureType
	t.New = func(_ *py.Type, args []py.Value, kwnames []string) (py.Value, error) {
		var loopArg py.Value = py.None
		if err := py.UnpackArgs("Future", args, kwnames, "$loop?", &loopArg); err != nil {
			return py.Value{}, err
		}
		l, err := loopFromArg(loopArg)
		if err != nil {
			return py.Value{}, err
		}
		return newFuture(l).value(), nil
	}
	t.Repr = func(v py.Value) (py.Value, error) {
		f := asFuture(v)
		return py.StrValue("<" + v.Type().Name + " " + strings.Join(f.reprInfo(), " ") + ">"), nil
	}
	py.AddMethods(t, futureMethods())
	py.AddGetters(t, []py.Getter{
		{Name: "_asyncio_future_blocking", Get: func(v py.Value) (py.Value, error) {
			return py.Bool(asFuture(v).blocking), nil
		}, Set: func(v, val py.Value) error {
			b, err := py.Truth(val)
			if err != nil {
				return err
			}
			if b {
				return py.Errorf(py.ValueErrorType, "_asyncio_future_blocking can only be set to False")
			}
			asFuture(v).blocking = false
			return nil
		}},
		{Name: "_state", Get: func(v py.Value) (py.Value, error) { return py.StrValue(asFuture(v).state.String()), nil }},
		{Name: "_loop", Get: func(v py.Value) (py.Value, error) { return py.ObjectValue(asFuture(v).loop), nil }},
		{Name: "_cancel_message", Get: func(v py.Value) (py.Value, error) { return orNone(asFuture(v).cancelMsg), nil },
			Set: func(v, val py.Value) error { asFuture(v).cancelMsg = orNone(val); return nil }},
		{Name: "_log_destroy_pending", Get: func(v py.Value) (py.Value, error) { return py.True, nil },
			Set: func(v, val py.Value) error { return nil }},
		{Name: "_callbacks", Get: func(v py.Value) (py.Value, error) {
			f := asFuture(v)
			var items []py.Value
			for _, cb := range f.callbacks {
				if cb.task != nil {
					items = append(items, py.NewTuple(py.ObjectValue(cb.task), py.None))
				} else {
					items = append(items, py.NewTuple(cb.fn, py.None))
				}
			}
			return py.ListValue(items), nil
		}},
	})

	it := futureIterType
	it.Iter = func(v py.Value) (py.Value, error) { return v, nil }
	it.Next = func(v py.Value) (py.Value, error) { return v.Object().(*futureIter).next() }
	py.AddMethods(it, []py.MethodDef{
		method("__next__", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			r, err := self.Object().(*futureIter).next()
			if err == nil && r.IsNil() {
				return py.Value{}, py.NewException(py.StopIterationType)
			}
			return r, err
		}),
		method("send", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			r, err := self.Object().(*futureIter).next()
			if err == nil && r.IsNil() {
				return py.Value{}, py.NewException(py.StopIterationType)
			}
			return r, err
		}),
		method("throw", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			if len(args) < 1 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "throw expected at least 1 argument, got 0")
			}
			e, err := toException(args[0])
			if err != nil {
				return py.Value{}, err
			}
			return py.Value{}, e
		}),
		method("close", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			self.Object().(*futureIter).fut = nil
			return py.None, nil
		}),
	})
}

func futureMethods() []py.MethodDef {
	return []py.MethodDef{
		method("result", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			if err := noArgs("result", args, kwnames); err != nil {
				return py.Value{}, err
			}
			return asFuture(self).getResult()
		}),
		method("exception", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			if err := noArgs("exception", args, kwnames); err != nil {
				return py.Value{}, err
			}
			return asFuture(self).getException()
		}),
		method("done", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.Bool(asFuture(self).done()), nil
		}),
		method("cancelled", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.Bool(asFuture(self).state == stateCancelled), nil
		}),
		method("get_loop", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.ObjectValue(asFuture(self).loop), nil
		}),
		method("cancel", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var msg py.Value = py.None
			if err := py.UnpackArgs("cancel", args, kwnames, "msg?", &msg); err != nil {
				return py.Value{}, err
			}
			ok, err := cancelAny(self, msg)
			return py.Bool(ok), err
		}),
		method("set_result", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var v py.Value
			if err := py.UnpackArgs("set_result", args, kwnames, "result", &v); err != nil {
				return py.Value{}, err
			}
			if _, ok := self.Object().(*Task); ok {
				return py.Value{}, py.Errorf(py.RuntimeErrorType, "Task does not support set_result operation")
			}
			return py.None, asFuture(self).setResult(v)
		}),
		method("set_exception", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var v py.Value
			if err := py.UnpackArgs("set_exception", args, kwnames, "exception", &v); err != nil {
				return py.Value{}, err
			}
			if _, ok := self.Object().(*Task); ok {
				return py.Value{}, py.Errorf(py.RuntimeErrorType, "Task does not support set_exception operation")
			}
			f := asFuture(self)
			if f.state != statePending {
				return py.Value{}, invalidState("invalid state")
			}
			e, err := toException(v)
			if err != nil {
				return py.Value{}, err
			}
			return py.None, f.setException(e)
		}),
		method("add_done_callback", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var fn, ctx py.Value
			if err := py.UnpackArgs("add_done_callback", args, kwnames, "fn", &fn, "$context?", &ctx); err != nil {
				return py.Value{}, err
			}
			rc, err := runContext(orNone(ctx))
			if err != nil {
				return py.Value{}, err
			}
			asFuture(self).addCallback(callback{fn: fn, ctx: rc})
			return py.None, nil
		}),
		method("remove_done_callback", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var fn py.Value
			if err := py.UnpackArgs("remove_done_callback", args, kwnames, "fn", &fn); err != nil {
				return py.Value{}, err
			}
			n, err := asFuture(self).removeCallback(fn)
			return py.Int(int64(n)), err
		}),
		method("__await__", futureAwait),
		method("__iter__", futureAwait),
		method("_make_cancelled_error", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.ObjectValue(asFuture(self).makeCancelledError()), nil
		}),
		method("_set_cancel_hook", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			if len(args) != 1 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "_set_cancel_hook() takes exactly one argument")
			}
			hook := args[0]
			asFuture(self).cancelHook = &hook
			return py.None, nil
		}),
		method("_plain_cancel", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var msg py.Value = py.None
			if err := py.UnpackArgs("_plain_cancel", args, kwnames, "msg?", &msg); err != nil {
				return py.Value{}, err
			}
			return py.Bool(asFuture(self).cancel(msg)), nil
		}),
	}
}

func futureAwait(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	return py.ObjectValue(&futureIter{fut: asFuture(self)}), nil
}
