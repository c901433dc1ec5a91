// This file implements asyncio.Task in Go: a Future that drives a
// coroutine one step at a time, following CPython's Task.__step and
// __wakeup: a yielded Future gets the task's wakeup as a done callback, a
// bare yield reschedules the step with call_soon, cancel() cancels the
// awaited future or arms a CancelledError for the next step.

package asyncio

import (
	"fmt"
	"strings"

	"adder/interp/py"
)

// Task is asyncio.Task.
type Task struct {
	Future
	gen *py.Generator
	// name is the task's name, or an int n standing for "Task-n" until
	// someone asks: most tasks are never asked, and the string would be
	// most of a sleeping task's size.
	name py.Value
	// futWaiter is the future the coroutine awaits (nil when it is ready
	// to step or done).
	futWaiter *Future
	// pendingExc is thrown in at the next step (an interrupt that arrived
	// while the task was ready rather than waiting).
	pendingExc *py.Exception
	// ctx is the contextvars.Context the task's steps run in; nil runs
	// them in the thread's context (no context variable was ever in use,
	// or a notebook cell's own task, whose settings outlive the cell).
	ctx           *py.Value
	numCancelsReq int32
	mustCancel    bool
}

// TaskType is asyncio.Task.
var TaskType = newType("Task", "_asyncio", FutureType)

// Type returns asyncio.Task.
func (t *Task) Type() *py.Type { return TaskType }

// taskCounter numbers default task names (Task-1, Task-2, ...).
var taskCounter int64

// runContext returns the context a new task or scheduled callback runs
// in: ctx when given, else a copy of the current one, as CPython's Task
// and Handle take; nil (no switching, no cost) while the program has not
// imported contextvars.
func runContext(ctx py.Value) (*py.Value, error) {
	if ctx.IsValid() && !ctx.IsNone() {
		return &ctx, nil
	}
	t := py.Current()
	if t == nil {
		return nil, nil
	}
	mod, ok := t.Modules.GetStr("contextvars")
	if !ok {
		return nil, nil
	}
	c, err := py.CallMethod(mod, "copy_context")
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// createTask wraps coro in a new Task scheduled on l, running in a copy of
// the current context (or ctx, when given).
func (l *Loop) createTask(coro py.Value, name py.Value, ctx py.Value) (*Task, error) {
	t, err := l.newTask(coro, name)
	if err != nil {
		return nil, err
	}
	if t.ctx, err = runContext(ctx); err != nil {
		return nil, err
	}
	l.scheduleNewTask(t)
	return t, nil
}

// newTask makes a Task for coro without scheduling it.
func (l *Loop) newTask(coro py.Value, name py.Value) (*Task, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	if !isCoroutine(coro) {
		return nil, py.Errorf(py.TypeErrorType, "a coroutine was expected, got %s", repr(coro))
	}
	t := &Task{gen: coro.Object().(*py.Generator)}
	t.loop = l
	t.cancelMsg = py.None
	t.self = t
	if name.IsNil() || name.IsNone() {
		taskCounter++
		t.name = py.Int(taskCounter)
	} else if _, ok := py.AsStr(name); ok {
		t.name = name
	} else {
		s, err := py.StrOf(name)
		if err != nil {
			return nil, err
		}
		t.name = s
	}
	return t, nil
}

// scheduleNewTask schedules a new task's first step and records it.
func (l *Loop) scheduleNewTask(t *Task) {
	l.callSoonGo(func() error { return t.step(nil) }, "Task.task_step")
	l.taskSeq++
	l.tasks[t] = l.taskSeq
}

func (t *Task) value() py.Value { return py.ObjectValue(t) }

// coro is the task's coroutine.
func (t *Task) coro() py.Value { return py.ObjectValue(t.gen) }

// getName returns the task's name, making the default one on first use.
func (t *Task) getName() py.Value {
	if t.name.IsInt() {
		t.name = py.StrValue(fmt.Sprintf("Task-%d", t.name.AsInt()))
	}
	return t.name
}

// cancel is Task.cancel(msg).
func (t *Task) cancel(msg py.Value) (bool, error) {
	if t.done() {
		return false, nil
	}
	t.numCancelsReq++
	if w := t.futWaiter; w != nil {
		ok, err := cancelAny(py.ObjectValue(w.self), msg)
		if err != nil {
			return false, err
		}
		if ok {
			return true, nil
		}
	}
	t.mustCancel = true
	t.cancelMsg = orNone(msg)
	return true, nil
}

// finished forgets a done task in all_tasks.
func (t *Task) finished() { delete(t.loop.tasks, t) }

// step is Task.__step: resume the coroutine, sending None or throwing
// exc, and act on what it yields.
func (t *Task) step(exc *py.Exception) error {
	if t.done() {
		return invalidState("_step(): already done: %s, %s", repr(t.value()), repr(excValue(exc)))
	}
	if t.pendingExc != nil {
		exc, t.pendingExc = t.pendingExc, nil
	}
	if t.mustCancel {
		if exc == nil || !exc.Type().IsSubtype(cancelledErrorType) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.futWaiter = nil
	l := t.loop
	prev := l.current
	if prev != nil {
		return py.Errorf(py.RuntimeErrorType, "Cannot enter into task %s while another task %s is being executed.", repr(t.value()), repr(prev.value()))
	}
	l.current = t
	var err error
	if t.ctx != nil {
		err = t.runInContext(exc)
	} else {
		err = t.runAndHandle(exc)
	}
	l.current = nil
	return err
}

// runInContext runs one step inside the task's context (Context.run).
func (t *Task) runInContext(exc *py.Exception) error {
	var stepErr error
	step := py.NewBuiltin("task_step", func(args []py.Value, kwnames []string) (py.Value, error) {
		stepErr = t.runAndHandle(exc)
		return py.None, stepErr
	})
	if _, err := py.CallMethod(*t.ctx, "run", step); err != nil && stepErr == nil {
		return err
	}
	return stepErr
}

func excValue(e *py.Exception) py.Value {
	if e == nil {
		return py.None
	}
	return py.ObjectValue(e)
}

func (t *Task) runAndHandle(exc *py.Exception) error {
	var (
		result py.Value
		done   bool
		err    error
	)
	if exc == nil {
		result, done, err = t.gen.Resume(py.None, nil)
	} else {
		result, err = t.gen.Throw(exc)
		if e, ok := err.(*py.Exception); ok && e.Type().IsSubtype(py.StopIterationType) {
			result, done, err = orNone(e.Attr("value")), true, nil
		}
	}
	l := t.loop
	switch {
	case err != nil:
		e := py.AsException(err)
		switch {
		case e.Type().IsSubtype(cancelledErrorType):
			t.cancelledExc = e
			t.Future.cancel(py.None)
		case e.Type().IsSubtype(py.KeyboardInterruptType) || e.Type().IsSubtype(py.SystemExitType):
			t.Future.setException(e)
			t.finished()
			return err
		default:
			t.Future.setException(e)
		}
		t.finished()
		return nil
	case done:
		if t.mustCancel {
			t.mustCancel = false
			t.Future.cancel(t.cancelMsg)
		} else {
			t.Future.setResult(result)
		}
		t.finished()
		return nil
	}
	if f := asFuture(result); f != nil {
		switch {
		case f.loop != l:
			e := py.Errorf(py.RuntimeErrorType, "Task %s got Future %s attached to a different loop", repr(t.value()), repr(result))
			t.scheduleStep(py.AsException(e))
		case !f.blocking:
			e := py.Errorf(py.RuntimeErrorType, "yield was used instead of yield from in task %s with %s", repr(t.value()), repr(result))
			t.scheduleStep(py.AsException(e))
		case f == &t.Future:
			e := py.Errorf(py.RuntimeErrorType, "Task cannot await on itself: %s", repr(t.value()))
			t.scheduleStep(py.AsException(e))
		default:
			f.blocking = false
			f.addCallback(callback{task: t})
			t.futWaiter = f
			if t.mustCancel {
				ok, err := cancelAny(result, t.cancelMsg)
				if err != nil {
					return err
				}
				if ok {
					t.mustCancel = false
				}
			}
		}
		return nil
	}
	if result.IsNone() {
		t.scheduleStep(nil)
		return nil
	}
	if g, ok := result.Object().(*py.Generator); ok && g.Type() == py.GeneratorType {
		e := py.Errorf(py.RuntimeErrorType, "yield was used instead of yield from for generator in task %s with %s", repr(t.value()), repr(result))
		t.scheduleStep(py.AsException(e))
		return nil
	}
	e := py.Errorf(py.RuntimeErrorType, "Task got bad yield: %s", repr(result))
	t.scheduleStep(py.AsException(e))
	return nil
}

func (t *Task) scheduleStep(exc *py.Exception) {
	t.loop.callSoonGo(func() error { return t.step(exc) }, "Task.task_step")
}

// wakeup is Task.__wakeup: the awaited future is done; step with its
// outcome.
func (t *Task) wakeup(f *Future) error {
	if t.done() {
		return nil
	}
	if _, err := f.getResult(); err != nil {
		return t.step(py.AsException(err))
	}
	return t.step(nil)
}

// removeTaskCallback removes the wakeup of task from f's callbacks.
func (f *Future) removeTaskCallback(task *Task) {
	kept := f.callbacks[:0]
	for _, cb := range f.callbacks {
		if cb.task != task {
			kept = append(kept, cb)
		}
	}
	for i := len(kept); i < len(f.callbacks); i++ {
		f.callbacks[i] = callback{}
	}
	f.callbacks = kept
}

// coroRepr describes the coroutine as CPython's task reprs do: where it
// is suspended, or where it was defined once done.
func (t *Task) coroRepr() string {
	name := t.gen.Qualname()
	file, first := "", 0
	if c, err := py.GetAttr(t.coro(), "cr_code"); err == nil {
		if co, ok := c.Object().(*py.CodeObject); ok && co.Code != nil {
			file, first = co.Code.Filename, co.Code.FirstLine
		}
	}
	if t.gen.Done() || t.done() {
		if file == "" {
			return name + "() done"
		}
		return fmt.Sprintf("%s() done, defined at %s:%d", name, file, first)
	}
	line := first
	if t.gen.Started() {
		if fr, err := py.GetAttr(t.coro(), "cr_frame"); err == nil && !fr.IsNone() {
			if ln, err := py.GetAttr(fr, "f_lineno"); err == nil && ln.IsInt() {
				line = int(ln.AsInt())
			}
		}
	}
	if file == "" {
		return name + "() running"
	}
	return fmt.Sprintf("%s() running at %s:%d", name, file, line)
}

func (t *Task) repr() string {
	info := []string{strings.ToLower(t.state.String())}
	if t.mustCancel && !t.done() {
		info[0] = "cancelling"
	}
	info = append(info, "name="+repr(t.getName()))
	info = append(info, "coro=<"+t.coroRepr()+">")
	if t.state == stateFinished {
		if t.exc != nil {
			info = append(info, "exception="+repr(py.ObjectValue(t.exc)))
		} else {
			info = append(info, "result="+repr(orNone(t.result)))
		}
	}
	if t.futWaiter != nil {
		info = append(info, "wait_for="+repr(py.ObjectValue(t.futWaiter.self)))
	}
	if len(t.callbacks) > 0 {
		info = append(info, "cb=["+t.formatCallbacks()+"]")
	}
	return "<Task " + strings.Join(info, " ") + ">"
}

func asTask(v py.Value) *Task {
	t, _ := v.Object().(*Task)
	return t
}

func init() {
	t := TaskType
	t.New = func(_ *py.Type, args []py.Value, kwnames []string) (py.Value, error) {
		var coro, loopArg, name, ctx py.Value = py.Value{}, py.None, py.None, py.None
		var eager bool
		if err := py.UnpackArgs("Task", args, kwnames, "coro", &coro, "$loop?", &loopArg, "$name?", &name, "$context?", &ctx, "$eager_start?", &eager); err != nil {
			return py.Value{}, err
		}
		l, err := loopFromArg(loopArg)
		if err != nil {
			return py.Value{}, err
		}
		task, err := l.createTask(coro, name, ctx)
		if err != nil {
			return py.Value{}, err
		}
		return task.value(), nil
	}
	t.Repr = func(v py.Value) (py.Value, error) { return py.StrValue(asTask(v).repr()), nil }
	py.AddMethods(t, []py.MethodDef{
		method("cancel", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			var msg py.Value = py.None
			if err := py.UnpackArgs("cancel", args, kwnames, "msg?", &msg); err != nil {
				return py.Value{}, err
			}
			ok, err := asTask(self).cancel(msg)
			return py.Bool(ok), err
		}),
		method("cancelling", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.Int(int64(asTask(self).numCancelsReq)), nil
		}),
		method("uncancel", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			task := asTask(self)
			if task.numCancelsReq > 0 {
				task.numCancelsReq--
				if task.numCancelsReq == 0 {
					task.mustCancel = false
				}
			}
			return py.Int(int64(task.numCancelsReq)), nil
		}),
		method("get_coro", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return asTask(self).coro(), nil
		}),
		method("get_context", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.None, nil
		}),
		method("get_name", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return asTask(self).getName(), nil
		}),
		method("set_name", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			if len(args) != 1 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "set_name() takes exactly one argument (%d given)", len(args))
			}
			s, err := py.StrOf(args[0])
			if err != nil {
				return py.Value{}, err
			}
			asTask(self).name = s
			return py.None, nil
		}),
		method("get_stack", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.ListValue(nil), nil
		}),
	})
	py.AddGetters(t, []py.Getter{
		{Name: "_coro", Get: func(v py.Value) (py.Value, error) { return asTask(v).coro(), nil }},
		{Name: "_must_cancel", Get: func(v py.Value) (py.Value, error) { return py.Bool(asTask(v).mustCancel), nil }},
		{Name: "_fut_waiter", Get: func(v py.Value) (py.Value, error) {
			if w := asTask(v).futWaiter; w != nil {
				return py.ObjectValue(w.self), nil
			}
			return py.None, nil
		}},
		{Name: "_num_cancels_requested", Get: func(v py.Value) (py.Value, error) {
			return py.Int(int64(asTask(v).numCancelsReq)), nil
		}},
	})
}
