// This file implements asyncio.sleep as a native coroutine. It takes the
// steps of CPython's `async def sleep`: a bare yield when delay <= 0,
// otherwise a future that a timer resolves, with the timer cancelled
// however the sleep ends. A program may keep 100,000 tasks asleep at
// once, so the state is a few words rather than a Python frame.

package asyncio

import (
	"adder/interp/compile"
	"adder/interp/py"
)

// sleepCode names the coroutine objects sleep returns (cr_code, repr).
var sleepCode = &compile.Code{Name: "sleep", Qualname: "sleep"}

// sleepState tells where a sleep coroutine is suspended.
type sleepState uint8

const (
	sleepStart   sleepState = iota
	sleepYielded            // delay <= 0: after the bare yield
	sleepWaiting            // after yielding the future to the task
)

// sleeper is the body of one asyncio.sleep(delay, result) coroutine.
type sleeper struct {
	delay, result py.Value
	fut           *Future
	timer         *Handle
	state         sleepState
}

// newSleep returns the coroutine asyncio.sleep(delay, result) returns.
// Nothing happens until it is first resumed, as with an async def.
func newSleep(delay, result py.Value) py.Value {
	return py.NewNativeCoroutine(sleepCode, &sleeper{delay: delay, result: result})
}

// Resume implements py.NativeCoroutine.
func (s *sleeper) Resume(sent py.Value, exc *py.Exception) (py.Value, bool, error) {
	switch s.state {
	case sleepStart:
		if exc != nil {
			return py.Value{}, true, exc
		}
		return s.start()
	case sleepYielded:
		if exc != nil {
			return py.Value{}, true, exc
		}
		return s.result, true, nil
	}
	// sleepWaiting: leaving the await runs sleep's `finally: h.cancel()`.
	s.timer.cancel()
	if exc != nil {
		return py.Value{}, true, exc
	}
	f := s.fut
	if !f.done() {
		// What CPython's future iterator says when resumed early.
		return py.Value{}, true, py.Errorf(py.RuntimeErrorType, "await wasn't used with future")
	}
	r, err := f.getResult()
	return r, true, err
}

// start runs the coroutine up to its first suspension.
func (s *sleeper) start() (py.Value, bool, error) {
	nonPositive, err := py.CompareBool(s.delay, py.Int(0), py.LE)
	if err != nil {
		return py.Value{}, true, err
	}
	if nonPositive {
		s.state = sleepYielded
		return py.None, false, nil
	}
	l := runningLoop()
	if l == nil {
		return py.Value{}, true, noRunningLoop()
	}
	if err := l.checkClosed(); err != nil {
		return py.Value{}, true, err
	}
	delay, err := py.FloatOf(s.delay)
	if err != nil {
		return py.Value{}, true, err
	}
	s.fut = newFuture(l)
	s.timer = l.callAtGo(l.time()+delay, s.wake, "_set_result_unless_cancelled")
	s.state = sleepWaiting
	s.fut.blocking = true
	return s.fut.value(), false, nil
}

// wake is the timer's callback: the sleep is over unless it was
// cancelled meanwhile.
func (s *sleeper) wake() error {
	if s.fut.done() {
		return nil
	}
	return s.fut.setResult(s.result)
}
