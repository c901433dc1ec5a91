// This file implements _adder_thread, the Go half of _thread
// (https://docs.python.org/3.12/library/_thread.html): real threads, each
// a goroutine with its own py.Thread that runs Python only while it holds
// the interpreter's GIL (py/gil.go), and the primitive lock every other
// synchronisation object in threading, queue and concurrent.futures is
// built from. A lock is a one-slot channel holding a token while it is
// unlocked; acquire waits for the token with the GIL released, wakes for
// a KeyboardInterrupt of the main thread, and honours its timeout.

package stdlib

import (
	"fmt"
	"log/slog"
	"sync/atomic"
	"syscall"
	"time"

	"adder/interp/py"
)

// timeoutMax is _thread.TIMEOUT_MAX in seconds (what CPython reports on
// Linux: the largest timeout its condition variables accept).
const timeoutMax = 9223372036.0

// threadLock is _thread.lock.
type threadLock struct{ token chan struct{} }

var threadLockType = newGoType("_thread", "lock")

func (l *threadLock) Type() *py.Type { return threadLockType }

func newThreadLock() *threadLock {
	l := &threadLock{token: make(chan struct{}, 1)}
	l.token <- struct{}{}
	return l
}

// tryAcquire takes the lock if it is free, without blocking.
func (l *threadLock) tryAcquire() bool {
	select {
	case <-l.token:
		return true
	default:
		return false
	}
}

// release unlocks; false means it was not locked.
func (l *threadLock) release() bool {
	select {
	case l.token <- struct{}{}:
		return true
	default:
		return false
	}
}

func (l *threadLock) locked() bool { return len(l.token) == 0 }

// acquireArgs parses acquire(blocking=True, timeout=-1) with CPython's
// checks; the duration is negative for "no timeout".
func acquireArgs(args []py.Value, kwnames []string) (bool, time.Duration, error) {
	blocking := true
	timeout := -1.0
	if err := py.UnpackArgs("acquire", args, kwnames, "blocking?", &blocking, "timeout?", &timeout); err != nil {
		return false, 0, err
	}
	if !blocking && timeout != -1 {
		return false, 0, py.Errorf(py.ValueErrorType, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		return false, 0, py.Errorf(py.ValueErrorType, "timeout value must be a non-negative number")
	}
	if timeout > timeoutMax {
		return false, 0, py.Errorf(py.OverflowErrorType, "timeout value is too large")
	}
	if !blocking {
		return false, 0, nil
	}
	if timeout == -1 {
		return true, -1, nil
	}
	return true, time.Duration(timeout * 1e9), nil
}

// acquire implements lock.acquire: the GIL is released while waiting.
func (l *threadLock) acquire(blocking bool, timeout time.Duration) (bool, error) {
	if l.tryAcquire() {
		return true, nil
	}
	if !blocking {
		return false, nil
	}
	return py.WaitChan(l.token, timeout)
}

func lockSelf(v py.Value) *threadLock { return v.Object().(*threadLock) }

func lock_acquire(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	blocking, timeout, err := acquireArgs(args, kwnames)
	if err != nil {
		return py.Value{}, err
	}
	ok, err := lockSelf(self).acquire(blocking, timeout)
	if err != nil {
		return py.Value{}, err
	}
	return py.Bool(ok), nil
}

func lock_release(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	if err := py.ArgRange("release", args, kwnames, 0, 0); err != nil {
		return py.Value{}, err
	}
	if !lockSelf(self).release() {
		return py.Value{}, py.Errorf(py.RuntimeErrorType, "release unlocked lock")
	}
	return py.None, nil
}

func lock_exit(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	return lock_release(self, nil, nil)
}

func lock_locked(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	return py.Bool(lockSelf(self).locked()), nil
}

func lock_at_fork_reinit(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
	l := lockSelf(self)
	l.release()
	return py.None, nil
}

func init() {
	threadLockType.Repr = func(v py.Value) (py.Value, error) {
		state := "unlocked"
		if lockSelf(v).locked() {
			state = "locked"
		}
		return py.StrValue(fmt.Sprintf("<%s _thread.lock object at %#x>", state, py.ID(v))), nil
	}
	py.AddMethods(threadLockType, []py.MethodDef{
		{Name: "acquire", Fn: lock_acquire},
		{Name: "acquire_lock", Fn: lock_acquire},
		{Name: "__enter__", Fn: lock_acquire},
		{Name: "release", Fn: lock_release},
		{Name: "release_lock", Fn: lock_release},
		{Name: "__exit__", Fn: lock_exit},
		{Name: "locked", Fn: lock_locked},
		{Name: "locked_lock", Fn: lock_locked},
		{Name: "_at_fork_reinit", Fn: lock_at_fork_reinit},
	})
	registerGoModule("_adder_thread", "Threads and locks for _thread (adder).", func(d *py.Dict) {
		d.SetStr("LockType", py.ObjectValue(threadLockType))
		d.SetStr("TIMEOUT_MAX", py.Float(timeoutMax))
		for name, fn := range map[string]py.Func{
			"allocate_lock":    thread_allocate_lock,
			"start_new_thread": thread_start_new_thread,
			"get_ident":        thread_get_ident,
			"get_native_id":    thread_get_native_id,
			"_count":           thread_count,
			"_set_sentinel":    thread_set_sentinel,
			"interrupt_main":   thread_interrupt_main,
			"_is_main_thread":  thread_is_main,
		} {
			d.SetStr(name, py.NewBuiltin(name, fn))
		}
	})
}

func thread_allocate_lock(args []py.Value, kwnames []string) (py.Value, error) {
	if err := py.ArgRange("allocate_lock", args, kwnames, 0, 0); err != nil {
		return py.Value{}, err
	}
	return py.ObjectValue(newThreadLock()), nil
}

func thread_get_ident(args []py.Value, kwnames []string) (py.Value, error) {
	return py.Int(py.Current().Ident()), nil
}

func thread_get_native_id(args []py.Value, kwnames []string) (py.Value, error) {
	return py.Int(py.Current().NativeID()), nil
}

func thread_is_main(args []py.Value, kwnames []string) (py.Value, error) {
	return py.Bool(py.Current().IsMain()), nil
}

// running counts threads started by start_new_thread that have not ended
// (_thread._count()).
var running atomic.Int64

func thread_count(args []py.Value, kwnames []string) (py.Value, error) {
	return py.Int(running.Load()), nil
}

// sentinels holds the locks _set_sentinel gave each thread: they are
// released when the thread ends, which is what Thread.join waits for.
// Only the GIL holder touches it.
var sentinels = map[*py.Thread][]*threadLock{}

func thread_set_sentinel(args []py.Value, kwnames []string) (py.Value, error) {
	// Unlocked, as CPython's: threading acquires it at once.
	l := newThreadLock()
	t := py.Current()
	sentinels[t] = append(sentinels[t], l)
	return py.ObjectValue(l), nil
}

// thread_interrupt_main simulates SIGINT's arrival in the main thread:
// it raises KeyboardInterrupt there at its next check.
func thread_interrupt_main(args []py.Value, kwnames []string) (py.Value, error) {
	signum := int64(syscall.SIGINT)
	if err := py.UnpackArgs("interrupt_main", args, kwnames, "signum?", &signum); err != nil {
		return py.Value{}, err
	}
	if signum < 1 || signum >= 65 {
		return py.Value{}, py.Errorf(py.ValueErrorType, "signal number out of range")
	}
	if signum == int64(syscall.SIGINT) {
		py.Current().Main().Interrupt.Store(true)
	}
	return py.None, nil
}

// thread_start_new_thread is start_new_thread(function, args[, kwargs]):
// the function runs on a new goroutine as a new Python thread.
func thread_start_new_thread(args []py.Value, kwnames []string) (py.Value, error) {
	if len(kwnames) != 0 {
		return py.Value{}, py.Errorf(py.TypeErrorType, "start_new_thread() takes no keyword arguments")
	}
	if len(args) < 2 || len(args) > 3 {
		return py.Value{}, py.Errorf(py.TypeErrorType, "start_new_thread expected at least 2 arguments, got %d", len(args))
	}
	fn := args[0]
	if !py.Callable(fn) {
		return py.Value{}, py.Errorf(py.TypeErrorType, "first arg must be callable")
	}
	tup, ok := args[1].Object().(*py.Tuple)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeErrorType, "2nd arg must be a tuple")
	}
	callArgs := append([]py.Value(nil), tup.Items...)
	var names []string
	if len(args) == 3 && !args[2].IsNone() {
		kw, ok := args[2].Object().(*py.Dict)
		if !ok {
			return py.Value{}, py.Errorf(py.TypeErrorType, "optional 3rd arg must be a dictionary")
		}
		err := kw.Items(func(k, v py.Value) error {
			s, ok := py.AsStr(k)
			if !ok {
				return py.Errorf(py.TypeErrorType, "keywords must be strings")
			}
			names = append(names, s)
			callArgs = append(callArgs, v)
			return nil
		})
		if err != nil {
			return py.Value{}, err
		}
	}
	child := py.Current().NewChild()
	running.Add(1)
	go runThread(child, fn, callArgs, names)
	return py.Int(child.Ident()), nil
}

// runThread is a thread's goroutine: it takes the GIL, calls fn, reports
// an uncaught exception as CPython does (sys.unraisablehook's "Exception
// ignored in thread started by"), releases the thread's sentinels and
// gives the GIL back.
func runThread(t *py.Thread, fn py.Value, args []py.Value, kwnames []string) {
	t.AcquireGIL()
	defer func() {
		if r := recover(); r != nil {
			// A Go panic is an interpreter bug: report it, keep the
			// process alive.
			slog.Error("python thread panicked", "ident", t.Ident(), "panic", r)
			t.ResetStack(0)
		}
		for _, l := range sentinels[t] {
			l.release()
		}
		delete(sentinels, t)
		running.Add(-1)
		t.ReleaseGIL()
	}()
	_, err := py.Call(fn, args, kwnames)
	if err == nil {
		return
	}
	exc := py.AsException(err)
	if exc == nil || exc.Type().IsSubtype(py.SystemExitType) {
		return
	}
	reportThreadException(t, fn, exc)
}

// reportThreadException prints "Exception ignored in thread started by:
// FN" and the traceback through _thread._report.
func reportThreadException(t *py.Thread, fn py.Value, exc *py.Exception) {
	m, err := t.ImportModule("_thread")
	if err == nil {
		var report py.Value
		if report, err = py.GetAttr(m, "_report"); err == nil {
			_, err = py.Call(report, []py.Value{fn, py.ObjectValue(exc)}, nil)
		}
	}
	if err != nil {
		slog.Error("report a thread's exception", "err", err)
	}
}
