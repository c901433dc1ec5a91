// This file defines the global interpreter lock (GIL) that lets several
// Python threads, each a goroutine with its own Thread, share one
// interpreter: only the holder runs Python and is the package-level
// current thread.
//
// A thread that wants the GIL queues up; if the holder keeps it for a
// whole switch interval (sys.getswitchinterval(), 5 ms by default), the
// waiter sets a drop request on the holder's Breaker. The eval loop
// already tests the Breaker at backward jumps and calls (one atomic load,
// as it did for the interrupt flag alone); on a drop request the holder
// hands the GIL straight to the first waiter and queues behind it, so a
// busy thread cannot take it back before the other ran (CPython's forced
// switching). Every call that blocks (sleep, lock waits, joins, reads of
// pipes and sockets) releases the GIL while it waits: see Unlocked and
// WaitChan.
//
// Interrupts: KeyboardInterrupt goes to the main thread only (the
// Session's Thread, as in CPython). Its Breaker carries a wake channel, so
// a main thread blocked with the GIL released wakes up at once.

package py

import (
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// Breaker bits.
const (
	breakInterrupt uint32 = 1 << iota // KeyboardInterrupt requested
	breakDrop                         // another thread waits for the GIL
)

// A Breaker is the eval loop's "look up" flag word: an interrupt request
// and a GIL drop request share it, so the loop pays one atomic load for
// both. Load and Store keep the meaning of the interrupt flag it replaced
// (the drop request is invisible to them). The zero value has no wake
// channel; NewThread makes one.
type Breaker struct {
	bits atomic.Uint32
	wake chan struct{}
}

// Load reports whether an interrupt is pending.
func (b *Breaker) Load() bool { return b.bits.Load()&breakInterrupt != 0 }

// Store sets or clears the interrupt request; setting it wakes the
// thread if it is blocked in a wait that released the GIL.
func (b *Breaker) Store(on bool) {
	if !on {
		b.bits.And(^breakInterrupt)
		return
	}
	b.bits.Or(breakInterrupt)
	select {
	case b.wake <- struct{}{}:
	default:
	}
}

// Tripped reports whether the eval loop must look up: an interrupt or a
// GIL drop request is pending. It is the loop's only periodic check.
func (b *Breaker) Tripped() bool { return b.bits.Load() != 0 }

// gil is the global interpreter lock. holder is nil when the lock is
// free; then waiters is empty, because a release hands the lock to the
// first waiter.
type gil struct {
	mu      sync.Mutex
	holder  *Thread
	waiters []*gilWaiter
	// switches counts hand-overs, so a waiter can tell whether the holder
	// changed during its interval.
	switches uint64
}

type gilWaiter struct {
	t     *Thread
	ready chan struct{}
}

var theGIL gil

// switchInterval is sys.getswitchinterval() in nanoseconds.
var switchInterval atomic.Int64

func init() { switchInterval.Store(int64(5 * time.Millisecond)) }

// SwitchInterval returns sys.getswitchinterval().
func SwitchInterval() time.Duration { return time.Duration(switchInterval.Load()) }

// SetSwitchInterval sets sys.setswitchinterval().
func SetSwitchInterval(d time.Duration) { switchInterval.Store(int64(d)) }

// threadIdents numbers threads for get_ident() and native_id.
var threadIdents atomic.Int64

// identBase makes idents look like CPython's (large, pthread_t-like);
// only their identity matters.
const identBase = 139_870_000_000_000

func (t *Thread) initIdent() {
	n := threadIdents.Add(1)
	t.ident = identBase + n*8_392_704
	t.nativeID = int64(os.Getpid()) + n - 1
	t.Interrupt.wake = make(chan struct{}, 1)
}

// Ident returns the thread's get_ident() value.
func (t *Thread) Ident() int64 { return t.ident }

// NativeID returns the thread's get_native_id() value (the process id
// for the first thread, as on Linux).
func (t *Thread) NativeID() int64 { return t.nativeID }

// NewChild makes a thread that shares t's interpreter: sys, modules,
// builtins, streams and recursion limit; it has its own frames and
// handled exception. Start it on a new goroutine with AcquireGIL.
func (t *Thread) NewChild() *Thread {
	c := &Thread{RecursionLimit: t.RecursionLimit, reprBusy: map[Object]int{}, Sys: t.Sys, Modules: t.Modules,
		Builtins: t.Builtins, Stdout: t.Stdout, Stderr: t.Stderr, Stdin: t.Stdin, MainDir: t.MainDir, group: t.group}
	c.initIdent()
	return c
}

// A threadGroup is the threads of one interpreter: its main thread and
// the ones started from it (NewChild).
type threadGroup struct {
	main *Thread
	// finalizing is set when the program ended and its non-daemon threads
	// were joined: any other thread that gets the GIL from then on stops
	// for good (daemon threads are abandoned at exit, as in CPython).
	finalizing atomic.Bool
}

// Finalize marks the end of the interpreter t is the main thread of: the
// threads still running (daemons) park forever the next time they take
// the GIL, so they no longer run Python or write output while the host
// exits.
func (t *Thread) Finalize() {
	if t.group != nil {
		t.group.finalizing.Store(true)
	}
}

// Main returns the main thread of t's interpreter.
func (t *Thread) Main() *Thread {
	if t.group == nil {
		return t
	}
	return t.group.main
}

// IsMain reports whether t is its interpreter's main thread.
func (t *Thread) IsMain() bool { return t.group == nil || t.group.main == t }

// AcquireGIL blocks until t holds the GIL, then installs t as the current
// thread.
func (t *Thread) AcquireGIL() {
	g := &theGIL
	g.mu.Lock()
	if g.holder == nil {
		g.holder = t
		current = t
		g.mu.Unlock()
	} else {
		w := &gilWaiter{t: t, ready: make(chan struct{})}
		g.waiters = append(g.waiters, w)
		g.mu.Unlock()
		g.wait(w)
	}
	t.parkIfFinalizing()
}

// parkIfFinalizing stops a non-main thread of a finished interpreter:
// it gives the GIL back and blocks forever.
func (t *Thread) parkIfFinalizing() {
	if t.group != nil && t.group.finalizing.Load() && t.group.main != t {
		t.ReleaseGIL()
		select {}
	}
}

// wait blocks until w is handed the GIL, asking the holder to drop it
// whenever it kept it for a whole switch interval.
func (g *gil) wait(w *gilWaiter) {
	timer := time.NewTimer(SwitchInterval())
	defer timer.Stop()
	g.mu.Lock()
	seen := g.switches
	g.mu.Unlock()
	for {
		select {
		case <-w.ready:
			current = w.t
			return
		case <-timer.C:
			g.mu.Lock()
			if g.switches == seen && g.holder != nil {
				g.holder.Interrupt.bits.Or(breakDrop)
			}
			seen = g.switches
			g.mu.Unlock()
			timer.Reset(SwitchInterval())
		}
	}
}

// ReleaseGIL gives up the GIL, handing it to the longest waiter. t must
// hold it; t must not run Python until it acquires it again.
func (t *Thread) ReleaseGIL() {
	g := &theGIL
	g.mu.Lock()
	g.handOff()
	g.mu.Unlock()
}

// handOff passes the lock to the first waiter or frees it (g.mu held).
func (g *gil) handOff() {
	if len(g.waiters) == 0 {
		// Free: nobody is current until the next AcquireGIL.
		g.holder = nil
		current = nil
		return
	}
	w := g.waiters[0]
	copy(g.waiters, g.waiters[1:])
	g.waiters[len(g.waiters)-1] = nil
	g.waiters = g.waiters[:len(g.waiters)-1]
	g.holder = w.t
	g.switches++
	close(w.ready)
}

// yieldGIL honours a drop request: the GIL goes to the first waiter and t
// queues behind it. Without waiters t keeps running.
func (t *Thread) yieldGIL() {
	t.Interrupt.bits.And(^breakDrop)
	g := &theGIL
	g.mu.Lock()
	if g.holder != t || len(g.waiters) == 0 {
		g.mu.Unlock()
		return
	}
	g.handOff()
	w := &gilWaiter{t: t, ready: make(chan struct{})}
	g.waiters = append(g.waiters, w)
	g.mu.Unlock()
	g.wait(w)
	t.parkIfFinalizing()
}

// HoldsGIL reports whether t holds the GIL (for assertions and hosts).
func (t *Thread) HoldsGIL() bool {
	g := &theGIL
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.holder == t
}

// Unlocked runs f with the current thread's GIL released, for a call that
// blocks outside Python (a read, a wait on a child process). f must not
// touch Python objects. Without a current thread f just runs.
func Unlocked(f func()) {
	t := current
	if t == nil || !t.heldGIL() {
		f()
		return
	}
	t.ReleaseGIL()
	defer t.AcquireGIL()
	f()
}

// heldGIL is HoldsGIL for the current thread; tests and embedders that
// install a thread with SetCurrent alone do not hold the GIL, and then
// blocking calls simply block.
func (t *Thread) heldGIL() bool {
	g := &theGIL
	g.mu.Lock()
	h := g.holder
	g.mu.Unlock()
	return h == t
}

// WaitChan blocks until ready delivers (or is closed), the timeout passes
// (timeout < 0: no timeout) or, if the current thread is interrupted,
// KeyboardInterrupt is raised. The GIL is released while waiting. It
// reports whether ready delivered.
func WaitChan(ready <-chan struct{}, timeout time.Duration) (bool, error) {
	t := current
	if t == nil {
		t = &Thread{}
	}
	// Fast path: ready already, no need to release the GIL.
	select {
	case <-ready:
		return true, nil
	default:
	}
	if err := checkInterrupt(t); err != nil {
		return false, err
	}
	if timeout == 0 {
		return false, nil
	}
	var tc <-chan time.Time
	if timeout > 0 {
		timer := time.NewTimer(timeout)
		defer timer.Stop()
		tc = timer.C
	}
	got, interrupted := false, false
	Unlocked(func() {
		for {
			select {
			case <-ready:
				got = true
				return
			case <-tc:
				return
			case <-t.Interrupt.wake:
				// A stale wake (its interrupt already taken) is ignored.
				if t.Interrupt.Load() {
					interrupted = true
					return
				}
			}
		}
	})
	if got {
		return true, nil
	}
	if interrupted {
		return false, checkInterrupt(t)
	}
	return false, nil
}

// Sleep is time.sleep: it waits d with the GIL released and raises
// KeyboardInterrupt at once if the thread is interrupted.
func Sleep(d time.Duration) error {
	if d <= 0 {
		// sleep(0) still lets other threads run.
		if t := current; t != nil && t.heldGIL() {
			t.ReleaseGIL()
			t.AcquireGIL()
		}
		return nil
	}
	_, err := WaitChan(nil, d)
	return err
}

// addSwitchInterval adds sys.getswitchinterval and sys.setswitchinterval.
func addSwitchInterval(d *Dict) {
	AddFunc(d, "getswitchinterval", func(args []Value, kwnames []string) (Value, error) {
		if err := ArgRange("getswitchinterval", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return Float(SwitchInterval().Seconds()), nil
	})
	AddFunc(d, "setswitchinterval", func(args []Value, kwnames []string) (Value, error) {
		var x Value
		if err := UnpackArgs("setswitchinterval", args, kwnames, "interval", &x); err != nil {
			return Value{}, err
		}
		secs, err := FloatOf(x)
		if err != nil {
			return Value{}, Errorf(TypeErrorType, "must be real number, not %s", x.Type().Name)
		}
		if !(secs > 0) {
			return Value{}, Errorf(ValueErrorType, "switch interval must be strictly positive")
		}
		SetSwitchInterval(time.Duration(min(secs, 1e9) * 1e9))
		return None, nil
	})
}

// An importState marks a module whose import a thread is running: other
// threads that import it wait for done instead of seeing the module half
// initialised (CPython's per-module import locks).
type importState struct {
	owner *Thread
	done  chan struct{}
}

// importing maps module names being imported to their state; only the
// GIL holder touches it.
var importing = map[string]*importState{}

// beginImport records that t imports name; the returned func ends it.
func (t *Thread) beginImport(name string) func() {
	if _, busy := importing[name]; busy {
		return func() {}
	}
	st := &importState{owner: t, done: make(chan struct{})}
	importing[name] = st
	return func() {
		delete(importing, name)
		close(st.done)
	}
}

// waitImport waits while another thread imports name. A thread's own
// nested (circular) import does not wait: it sees the partial module, as
// in CPython.
func (t *Thread) waitImport(name string) error {
	for {
		st := importing[name]
		if st == nil || st.owner == t {
			return nil
		}
		if _, err := WaitChan(st.done, -1); err != nil {
			return err
		}
	}
}
