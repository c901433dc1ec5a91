// This file implements the event loop's scheduling core, following
// CPython's BaseEventLoop._run_once: a FIFO ready queue of handles, a timer
// heap ordered by deadline then insertion sequence, one iteration that
// waits for the first timer (or not at all when handles are ready), moves
// expired timers to the ready queue and runs exactly the handles that were
// ready when the iteration started.
//
// Waiting is a real sleep in short slices that watch the interpreter's
// interrupt flag, so an idle loop burns no CPU and an interrupt is seen
// within milliseconds.

package asyncio

import (
	"container/heap"
	"fmt"
	"sort"
	"time"

	"adder/interp/py"
)

// Loop is an asyncio event loop. It is owned by the interpreter goroutine.
type Loop struct {
	// session marks a notebook session's persistent loop (SessionLoop).
	session   bool
	ready     []*Handle
	readyHead int
	timers    timerHeap
	// cancelledTimers counts cancelled handles still in the heap.
	cancelledTimers int
	seq             uint64
	running         bool
	stopping        bool
	closed          bool
	debug           bool
	current         *Task
	// tasks holds the pending tasks by creation number (all_tasks).
	tasks     map[*Task]uint64
	taskSeq   uint64
	asyncgens []*py.Generator
	// excHandler is the Python exception handler (zero: the default one).
	excHandler py.Value
	// target is the task run_until_complete waits for: an interrupt is
	// delivered to it.
	target *Task
	// maxWait caps one iteration's sleep in seconds (negative: no cap);
	// SessionLoop.RunFor uses it.
	maxWait float64
	// wake ends the loop's sleep when another thread schedules work
	// (call_soon_threadsafe); it holds at most one token.
	wake chan struct{}
	// defaultExecutor is run_in_executor's executor for None (a
	// ThreadPoolExecutor made on first use); nil until then.
	defaultExecutor py.Value
}

// LoopType is the class of event loops (named as CPython's on Unix).
var LoopType = newType("_UnixSelectorEventLoop", "asyncio.unix_events", nil)

// Type returns the loop class.
func (l *Loop) Type() *py.Type { return LoopType }

// NewLoop returns a new, empty event loop.
func NewLoop() *Loop {
	ensureExcTypes()
	return &Loop{tasks: map[*Task]uint64{}, maxWait: -1, wake: make(chan struct{}, 1)}
}

// threadLoops is one Python thread's asyncio state (py.Thread.Async):
// the loop running in it and the loop set_event_loop gave it.
type threadLoops struct {
	running   *Loop
	current   *Loop
	setCalled bool
}

// loopsOf returns t's asyncio state, creating it on first use.
func loopsOf(t *py.Thread) *threadLoops {
	st, _ := t.Async.(*threadLoops)
	if st == nil {
		st = &threadLoops{}
		t.Async = st
	}
	return st
}

// runningLoop returns the loop whose run_forever is active in the current
// Python thread: each thread has its own, so asyncio.run works in a
// worker thread while the main thread runs none or another.
func runningLoop() *Loop {
	if t := py.Current(); t != nil {
		if st, _ := t.Async.(*threadLoops); st != nil {
			return st.running
		}
	}
	return nil
}

// setRunningLoop makes l the current thread's running loop (nil: none).
func setRunningLoop(l *Loop) {
	if t := py.Current(); t != nil {
		loopsOf(t).running = l
	}
}

// setCurrentLoop is set_event_loop for the current thread.
func setCurrentLoop(l *Loop) {
	if t := py.Current(); t != nil {
		st := loopsOf(t)
		st.current, st.setCalled = l, true
	}
}

// clockStart anchors loop.time(): seconds on Go's monotonic clock.
var clockStart = time.Now()

// clockResolution is CPython's time.get_clock_info('monotonic').resolution.
const clockResolution = 1e-9

func (l *Loop) time() float64 { return time.Since(clockStart).Seconds() }

func (l *Loop) checkClosed() error {
	if l.closed {
		return py.Errorf(py.RuntimeErrorType, "Event loop is closed")
	}
	return nil
}

func (l *Loop) readyLen() int { return len(l.ready) - l.readyHead }

func (l *Loop) pushReady(h *Handle) { l.ready = append(l.ready, h) }

func (l *Loop) popReady() *Handle {
	h := l.ready[l.readyHead]
	l.ready[l.readyHead] = nil
	l.readyHead++
	if l.readyHead == len(l.ready) {
		l.ready = l.ready[:0]
		l.readyHead = 0
	} else if l.readyHead > 1024 && l.readyHead*2 > len(l.ready) {
		n := copy(l.ready, l.ready[l.readyHead:])
		for i := n; i < len(l.ready); i++ {
			l.ready[i] = nil
		}
		l.ready = l.ready[:n]
		l.readyHead = 0
	}
	return h
}

// callSoon schedules a Python callback (loop.call_soon).
func (l *Loop) callSoon(fn py.Value, args []py.Value, ctx *py.Value) *Handle {
	h := &Handle{loop: l, fn: fn, args: args, ctx: ctx, index: -1}
	l.pushReady(h)
	return h
}

// callSoonGo schedules an internal step; name shows in the handle's repr.
func (l *Loop) callSoonGo(fn func() error, name string) *Handle {
	h := &Handle{loop: l, gofn: fn, goName: name, index: -1}
	l.pushReady(h)
	return h
}

// callAt schedules a Python callback at loop time when.
func (l *Loop) callAt(when float64, fn py.Value, args []py.Value, ctx *py.Value) *Handle {
	return l.pushTimer(&Handle{loop: l, fn: fn, args: args, ctx: ctx, timer: true, when: when})
}

// callAtGo schedules an internal Go step at loop time when.
func (l *Loop) callAtGo(when float64, fn func() error, name string) *Handle {
	return l.pushTimer(&Handle{loop: l, gofn: fn, goName: name, timer: true, when: when})
}

// pushTimer numbers a timer handle, which breaks ties between equal
// deadlines in scheduling order, and adds it to the heap.
func (l *Loop) pushTimer(h *Handle) *Handle {
	l.seq++
	h.seq = l.seq
	heap.Push(&l.timers, h)
	return h
}

func (l *Loop) timerCancelled() { l.cancelledTimers++ }

// runOnce is one iteration of the loop (CPython's _run_once).
func (l *Loop) runOnce() error {
	l.dropCancelledTimers()
	timeout := -1.0
	if l.readyLen() > 0 || l.stopping {
		timeout = 0
	} else if len(l.timers) > 0 {
		timeout = l.timers[0].when - l.time()
		if timeout < 0 {
			timeout = 0
		}
		// CPython's MAXIMUM_SELECT_TIMEOUT; also keeps the Duration from
		// overflowing for sleep(1e10).
		if timeout > maxSelectTimeout {
			timeout = maxSelectTimeout
		}
	}
	if l.maxWait >= 0 && (timeout < 0 || timeout > l.maxWait) {
		timeout = l.maxWait
	}
	if err := l.wait(timeout); err != nil {
		return err
	}
	end := l.time() + clockResolution
	for len(l.timers) > 0 {
		h := l.timers[0]
		if h.when >= end {
			break
		}
		heap.Pop(&l.timers)
		if h.cancelled {
			l.cancelledTimers--
		}
		l.pushReady(h)
	}
	for n := l.readyLen(); n > 0; n-- {
		h := l.popReady()
		if h.cancelled {
			continue
		}
		if err := h.run(); err != nil {
			e := py.AsException(err)
			if l.session && e.Type().IsSubtype(py.KeyboardInterruptType) && l.target != nil && !l.target.done() {
				// In a notebook, a callback that interrupts (say
				// os.kill(os.getpid(), SIGINT)) interrupts the awaiting
				// cell as the Interrupt button does: at its await, so
				// its finally blocks run. (asyncio.run lets it escape,
				// as CPython's does.)
				if err := l.throwIntoTarget(e); err != nil {
					return err
				}
				continue
			}
			if e.Type().IsSubtype(py.KeyboardInterruptType) || e.Type().IsSubtype(py.SystemExitType) {
				return err
			}
			if err := l.callbackError(h, e); err != nil {
				return err
			}
		}
	}
	return nil
}

// dropCancelledTimers removes cancelled timers: all of them when they are
// many, else those at the top of the heap (as CPython does).
func (l *Loop) dropCancelledTimers() {
	if n := len(l.timers); n > 100 && l.cancelledTimers*2 > n {
		kept := l.timers[:0]
		for _, h := range l.timers {
			if !h.cancelled {
				h.index = int32(len(kept))
				kept = append(kept, h)
			} else {
				h.index = -1
			}
		}
		for i := len(kept); i < n; i++ {
			l.timers[i] = nil
		}
		l.timers = kept
		heap.Init(&l.timers)
		l.cancelledTimers = 0
		return
	}
	for len(l.timers) > 0 && l.timers[0].cancelled {
		heap.Pop(&l.timers)
		l.cancelledTimers--
	}
}

const maxSelectTimeout = 24 * 3600

// wait sleeps up to timeout seconds (forever when negative), returning
// early when another thread wakes the loop, or on an interrupt, which it
// delivers.
func (l *Loop) wait(timeout float64) error {
	if py.Current() == nil || timeout == 0 {
		return nil
	}
	d := time.Duration(-1)
	if timeout > 0 {
		d = time.Duration(timeout * float64(time.Second))
	}
	// Other Python threads run while the loop sleeps; one of them may
	// wake it with call_soon_threadsafe.
	if _, err := py.WaitChan(l.wake, d); err != nil {
		return l.throwIntoTarget(py.AsException(err))
	}
	return nil
}

// wakeup ends a wait in progress, or the next one, at once.
func (l *Loop) wakeup() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// throwIntoTarget delivers an interrupt (ki, a KeyboardInterrupt): into
// the task run_until_complete waits for, at its await (so its finally
// blocks run and the exception surfaces in the awaiting code); with no
// such task it ends the loop with ki.
func (l *Loop) throwIntoTarget(ki *py.Exception) error {
	task := l.target
	if task == nil || task.done() {
		return ki
	}
	if w := task.futWaiter; w != nil {
		w.removeTaskCallback(task)
		task.futWaiter = nil
		return task.step(ki)
	}
	task.pendingExc = ki
	return nil
}

// callbackError reports an exception raised by a callback through the
// loop's exception handler.
func (l *Loop) callbackError(h *Handle, e *py.Exception) error {
	ctx := py.NewDict()
	ctx.SetStr("message", py.StrValue("Exception in callback "+h.callbackDesc()))
	ctx.SetStr("exception", py.ObjectValue(e))
	ctx.SetStr("handle", py.ObjectValue(h))
	return l.callExceptionHandler(ctx)
}

func (h *Handle) callbackDesc() string {
	if h.gofn != nil || h.fn.IsNil() {
		return h.goName + "()"
	}
	return callableName(h.fn)
}

// callExceptionHandler is loop.call_exception_handler(context).
func (l *Loop) callExceptionHandler(ctx *py.Dict) error {
	if !l.excHandler.IsNil() && !l.excHandler.IsNone() {
		_, err := py.Call(l.excHandler, []py.Value{py.ObjectValue(l), py.ObjectValue(ctx)}, nil)
		if err == nil {
			return nil
		}
		e := py.AsException(err)
		if e.Type().IsSubtype(py.KeyboardInterruptType) || e.Type().IsSubtype(py.SystemExitType) {
			return err
		}
		ctx = py.NewDict()
		ctx.SetStr("message", py.StrValue("Unhandled error in exception handler"))
		ctx.SetStr("exception", py.ObjectValue(e))
	}
	l.defaultExceptionHandler(ctx)
	return nil
}

// defaultExceptionHandler writes the context to stderr, as asyncio's
// logger does by default.
func (l *Loop) defaultExceptionHandler(ctx *py.Dict) {
	t := py.Current()
	if t == nil || t.Stderr == nil {
		return
	}
	msg, _ := ctx.GetStr("message")
	s, ok := py.AsStr(msg)
	if !ok {
		s = "Unhandled exception in event loop"
	}
	out := s + "\n"
	for _, k := range ctx.Keys() {
		name, _ := py.AsStr(k)
		if name == "message" || name == "exception" {
			continue
		}
		v, _ := ctx.GetItem(k)
		out += name + ": " + repr(v) + "\n"
	}
	if ev, ok := ctx.GetStr("exception"); ok {
		if e, ok := ev.Object().(*py.Exception); ok {
			out += e.Error() + "\n"
		}
	}
	fmt.Fprint(t.Stderr, out)
}

// runForever runs iterations until stop() is called.
func (l *Loop) runForever() error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	if l.running {
		return py.Errorf(py.RuntimeErrorType, "This event loop is already running")
	}
	if runningLoop() != nil {
		return py.Errorf(py.RuntimeErrorType, "Cannot run the event loop while another loop is running")
	}
	prev := runningLoop()
	l.running = true
	setRunningLoop(l)
	defer func() {
		l.stopping = false
		l.running = false
		setRunningLoop(prev)
	}()
	for {
		if err := l.runOnce(); err != nil {
			return err
		}
		if l.stopping {
			return nil
		}
	}
}

// stopCallback is the done callback run_until_complete adds: it stops the
// loop once the future is done.
var stopCallback = py.NewBuiltin("_run_until_complete_cb", func(args []py.Value, kwnames []string) (py.Value, error) {
	if len(args) == 1 {
		if f := asFuture(args[0]); f != nil {
			// A KeyboardInterrupt or SystemExit already ended run_forever:
			// stopping now would stop the next run instead.
			if f.state == stateFinished && f.exc != nil &&
				(f.exc.Type().IsSubtype(py.KeyboardInterruptType) || f.exc.Type().IsSubtype(py.SystemExitType)) {
				return py.None, nil
			}
			f.loop.stopping = true
		}
	}
	return py.None, nil
})

// runUntilComplete is loop.run_until_complete(future).
func (l *Loop) runUntilComplete(arg py.Value) (py.Value, error) {
	if err := l.checkClosed(); err != nil {
		return py.Value{}, err
	}
	if l.running {
		return py.Value{}, py.Errorf(py.RuntimeErrorType, "This event loop is already running")
	}
	if runningLoop() != nil {
		return py.Value{}, py.Errorf(py.RuntimeErrorType, "Cannot run the event loop while another loop is running")
	}
	fv, err := l.ensureFuture(arg)
	if err != nil {
		return py.Value{}, err
	}
	f := asFuture(fv)
	if f == nil {
		return py.Value{}, py.Errorf(py.TypeErrorType, "An asyncio.Future, a coroutine or an awaitable is required")
	}
	f.addCallback(callback{fn: stopCallback})
	prevTarget := l.target
	if t, ok := fv.Object().(*Task); ok {
		l.target = t
	}
	err = l.runForever()
	l.target = prevTarget
	if _, rerr := f.removeCallback(stopCallback); rerr != nil && err == nil {
		err = rerr
	}
	if err != nil {
		return py.Value{}, err
	}
	if !f.done() {
		return py.Value{}, py.Errorf(py.RuntimeErrorType, "Event loop stopped before Future completed.")
	}
	return f.getResult()
}

// ensureFuture wraps a coroutine or awaitable in a Task on l; futures
// pass through.
func (l *Loop) ensureFuture(arg py.Value) (py.Value, error) {
	if f := asFuture(arg); f != nil {
		if f.loop != l {
			return py.Value{}, py.Errorf(py.ValueErrorType, "The future belongs to a different loop than the one specified as the loop argument")
		}
		return arg, nil
	}
	if isCoroutine(arg) {
		t, err := l.createTask(arg, py.None, py.None)
		if err != nil {
			return py.Value{}, err
		}
		return py.ObjectValue(t), nil
	}
	if aw, _ := py.GetAttrOpt(arg, "__await__"); !aw.IsNil() {
		wrap, ok := moduleDict.GetStr("_wrap_awaitable")
		if ok {
			coro, err := py.Call(wrap, []py.Value{arg}, nil)
			if err != nil {
				return py.Value{}, err
			}
			t, err := l.createTask(coro, py.None, py.None)
			if err != nil {
				return py.Value{}, err
			}
			return py.ObjectValue(t), nil
		}
	}
	return py.Value{}, py.Errorf(py.TypeErrorType, "An asyncio.Future, a coroutine or an awaitable is required")
}

// isCoroutine reports whether v is a native coroutine object.
func isCoroutine(v py.Value) bool {
	g, ok := v.Object().(*py.Generator)
	return ok && g.Type() == py.CoroutineType
}

// allTasks lists the loop's pending tasks in creation order.
func (l *Loop) allTasks() []*Task {
	out := make([]*Task, 0, len(l.tasks))
	for t := range l.tasks {
		if !t.done() {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return l.tasks[out[i]] < l.tasks[out[j]] })
	return out
}

func (l *Loop) close() error {
	if l.running {
		return py.Errorf(py.RuntimeErrorType, "Cannot close a running event loop")
	}
	if l.closed {
		return nil
	}
	l.closed = true
	for l.readyLen() > 0 {
		l.popReady()
	}
	l.ready, l.readyHead = nil, 0
	for _, h := range l.timers {
		h.index = -1
	}
	l.timers = nil
	l.cancelledTimers = 0
	return nil
}

// timerHeap orders timer handles by deadline, then insertion sequence.
type timerHeap []*Handle

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when != h[j].when {
		return h[i].when < h[j].when
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = int32(i)
	h[j].index = int32(j)
}
func (h *timerHeap) Push(x any) {
	e := x.(*Handle)
	e.index = int32(len(*h))
	*h = append(*h, e)
}
func (h *timerHeap) Pop() any {
	old := *h
	n := len(old)
	e := old[n-1]
	old[n-1] = nil
	e.index = -1
	*h = old[:n-1]
	return e
}
