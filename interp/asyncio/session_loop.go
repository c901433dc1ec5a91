// This file is the Go API a notebook session uses to drive its persistent
// event loop: cells with top-level await run as a Task until done while
// other tasks keep their state, plain cells run with the loop marked
// running (so get_running_loop() and create_task() work in any cell and
// asyncio.run() refuses, as under ipykernel), and background tasks make
// progress while the kernel is idle.
//
// Wiring (for interp/session.go and the kernel): create one SessionLoop per
// Session; run every cell through it on the interpreter goroutine with the
// session's py.Thread installed (inside Session.Do):
//
//	sl := asyncio.NewSessionLoop()
//	// a cell compiled as a coroutine (top-level await):
//	v, err := sl.RunUntilComplete(coro)
//	// a plain cell:
//	err := sl.Do(func() error { _, err := thread.RunCode(code, globals); return err })
//	// while idle, between requests:
//	if sl.Pending() { err := sl.RunFor(20 * time.Millisecond) }
//
// An interrupt (py.Thread.Interrupt) during RunUntilComplete raises
// KeyboardInterrupt in the cell's coroutine at its await and ends the
// cell with it; background tasks stay scheduled.

package asyncio

import (
	"time"

	"adder/interp/py"
)

// SessionLoop is a session's persistent event loop. Its methods must be
// called on the interpreter goroutine with the session's thread current.
type SessionLoop struct {
	loop *Loop
}

// NewSessionLoop creates the loop and makes it the event loop
// get_event_loop() returns.
func NewSessionLoop() *SessionLoop {
	l := NewLoop()
	l.session = true
	setCurrentLoop(l)
	return &SessionLoop{loop: l}
}

// Wake delivers when another thread schedules work on the loop
// (call_soon_threadsafe), so an idle host can run it at once.
func (s *SessionLoop) Wake() <-chan struct{} { return s.loop.wake }

// Loop returns the loop as a Python value.
func (s *SessionLoop) Loop() py.Value { return py.ObjectValue(s.loop) }

// Running reports whether the loop is running (inside RunUntilComplete,
// Do, RunReady or RunFor).
func (s *SessionLoop) Running() bool { return s.loop.running }

// Pending reports whether any callback or timer is scheduled.
func (s *SessionLoop) Pending() bool {
	return s.loop.readyLen() > 0 || len(s.loop.timers) > s.loop.cancelledTimers
}

// NextWake returns how long until the loop has work: 0 when callbacks are
// ready, the time to the first timer, or ok=false when nothing is
// scheduled.
func (s *SessionLoop) NextWake() (d time.Duration, ok bool) {
	l := s.loop
	if l.readyLen() > 0 {
		return 0, true
	}
	l.dropCancelledTimers()
	if len(l.timers) == 0 {
		return 0, false
	}
	w := l.timers[0].when - l.time()
	if w < 0 {
		w = 0
	}
	return time.Duration(w * float64(time.Second)), true
}

// ensureModule imports asyncio in the current session (its Python half
// provides helpers the loop uses).
func ensureModule() error {
	t := py.Current()
	if t == nil {
		return nil
	}
	_, err := t.ImportModule("asyncio")
	return err
}

// RunUntilComplete runs aw (a coroutine, Task/Future or awaitable) on the
// loop until it is done and returns its result. Other tasks run as the
// loop schedules them and keep their state afterwards.
func (s *SessionLoop) RunUntilComplete(aw py.Value) (py.Value, error) {
	if err := ensureModule(); err != nil {
		return py.Value{}, err
	}
	setCurrentLoop(s.loop)
	if isCoroutine(aw) {
		// A cell's own task runs in the thread's context, like a plain
		// cell: the context variables it sets are there in later cells.
		t, err := s.loop.newTask(aw, py.None)
		if err != nil {
			return py.Value{}, err
		}
		s.loop.scheduleNewTask(t)
		aw = t.value()
	}
	return s.loop.runUntilComplete(aw)
}

// Do runs fn (a plain cell) with the loop marked running: asyncio calls in
// it see this loop, and tasks it creates run later.
func (s *SessionLoop) Do(fn func() error) error {
	l := s.loop
	if l.running {
		return fn()
	}
	if err := l.enter(); err != nil {
		return err
	}
	defer l.leave()
	setCurrentLoop(l)
	return fn()
}

// RunReady runs the callbacks that are ready now, and those they make
// ready, without waiting for timers; it stops after maxReadyRounds
// iterations so a task that only yields cannot hold the kernel.
func (s *SessionLoop) RunReady() error {
	l := s.loop
	if err := l.enter(); err != nil {
		return err
	}
	defer l.leave()
	for i := 0; i < maxReadyRounds && l.readyLen() > 0; i++ {
		l.maxWait = 0
		err := l.runOnce()
		l.maxWait = -1
		if err != nil {
			return err
		}
	}
	return nil
}

const maxReadyRounds = 1000

// RunFor runs the loop for up to d, sleeping until timers are due. It
// returns early when nothing is scheduled or stop() is called.
func (s *SessionLoop) RunFor(d time.Duration) error {
	l := s.loop
	if err := l.enter(); err != nil {
		return err
	}
	defer l.leave()
	deadline := time.Now().Add(d)
	for {
		rem := time.Until(deadline)
		if rem <= 0 || !s.Pending() || l.stopping {
			return nil
		}
		l.maxWait = rem.Seconds()
		err := l.runOnce()
		l.maxWait = -1
		if err != nil {
			return err
		}
	}
}

// Close cancels nothing and closes the loop (kernel shutdown).
func (s *SessionLoop) Close() error { return s.loop.close() }

// enter marks the loop running for a host-driven run.
func (l *Loop) enter() error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	if l.running {
		return py.Errorf(py.RuntimeErrorType, "This event loop is already running")
	}
	if runningLoop() != nil {
		return py.Errorf(py.RuntimeErrorType, "Cannot run the event loop while another loop is running")
	}
	l.running = true
	setRunningLoop(l)
	return nil
}

func (l *Loop) leave() {
	l.running = false
	l.stopping = false
	setRunningLoop(nil)
}
