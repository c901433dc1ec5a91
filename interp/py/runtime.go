// This file defines the per-interpreter runtime state reached by the
// generic operations: recursion accounting, repr recursion guards,
// allocation limits, the interrupt flag and object addresses.

package py

import (
	"io"
	"os"
	"reflect"
)

// Thread is the state of one Python thread of an interpreter: the VM frame
// stack, recursion counters, the handled-exception stack, and the sys
// module it shares with the interpreter's other threads (NewChild). A
// Session owns the main one; whoever holds the GIL (gil.go) is current.
type Thread struct {
	frames []*Frame // the VM's frame stack, innermost last
	// depth counts Python frames (across nested VM runs) for RecursionError.
	depth int
	// goDepth counts Go-level re-entries (builtins calling Python).
	goDepth        int
	RecursionLimit int
	// handled is the exception being handled (sys.exception()), or
	// zero/None.
	handled  Value
	reprBusy map[Object]int
	// framePool recycles returned frames.
	framePool []*Frame
	// Interrupt is set from any goroutine to raise KeyboardInterrupt; it
	// also carries GIL drop requests (gil.go).
	Interrupt Breaker
	Sys       *Module
	Modules   *Dict // sys.modules
	Builtins  *Dict
	Stdout    io.Writer
	Stderr    io.Writer
	Stdin     io.Reader
	// Path is sys.path for .py imports (kept in sync with sys.path list).
	MainDir string

	// ident and nativeID are get_ident() and get_native_id(); group is
	// the interpreter's threads (gil.go).
	ident, nativeID int64
	group           *threadGroup
	// Async is interp/asyncio's per-thread state (the running loop).
	Async any
}

// maxGoDepth bounds Go-level re-entry (each costs Go stack).
const maxGoDepth = 2500

// maxAlloc bounds the bytes a single allocation may request before
// MemoryError is raised instead of letting the Go runtime abort.
const maxAlloc = int64(1) << 32

var current *Thread

// Current returns the current thread (nil before any session): the GIL's
// holder.
func Current() *Thread { return current }

// SetCurrent installs t as the current thread; it returns the previous one.
func SetCurrent(t *Thread) *Thread {
	prev := current
	current = t
	return prev
}

// NewThread makes a thread with fresh sys/builtins state.
func NewThread() *Thread {
	finishTypes()
	t := &Thread{RecursionLimit: 1000, reprBusy: map[Object]int{}, Stdout: os.Stdout, Stderr: os.Stderr, Stdin: os.Stdin}
	t.initIdent()
	t.nativeID = int64(os.Getpid())
	t.group = &threadGroup{main: t}
	t.Modules = NewDict()
	t.Builtins = BuiltinsDict
	initSys(t)
	return t
}

func enterGo() error {
	t := current
	if t == nil {
		return nil
	}
	t.goDepth++
	if t.goDepth > maxGoDepth {
		t.goDepth--
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	return nil
}

func leaveGo() {
	if current != nil {
		current.goDepth--
	}
}

// EnterGo/LeaveGo let library code that recurses in Go (e.g. deep
// comparisons) share the re-entry cap.
func EnterGo() error { return enterGo() }

// LeaveGo undoes EnterGo.
func LeaveGo() { leaveGo() }

func reprEnter(v Value) bool {
	t := current
	if t == nil {
		return true
	}
	if t.reprBusy[v.obj] > 0 {
		return false
	}
	t.reprBusy[v.obj]++
	return true
}

func reprLeave(v Value) {
	if t := current; t != nil {
		if t.reprBusy[v.obj]--; t.reprBusy[v.obj] <= 0 {
			delete(t.reprBusy, v.obj)
		}
	}
}

// ReprEnter/ReprLeave guard recursive reprs of containers (library types).
func ReprEnter(v Value) bool { return reprEnter(v) }

// ReprLeave undoes a successful ReprEnter.
func ReprLeave(v Value) { reprLeave(v) }

// checkSize raises MemoryError when n bytes are too many to allocate.
func checkSize(n int64) error {
	if n > maxAlloc || n < 0 {
		return Errorf(MemoryErrorType, "")
	}
	return nil
}

// CheckSize is checkSize for the library.
func CheckSize(n int64) error { return checkSize(n) }

// addressOf returns a stable pseudo address for id() and reprs.
func addressOf(v Value) uintptr {
	switch o := v.obj.(type) {
	case *kindMarker:
		return uintptr(0x7f0000000000 + (v.bits&0xffffffff)*32 + uint64(reflect.ValueOf(o).Pointer()&0xfff))
	case nil:
		return 0
	}
	rv := reflect.ValueOf(v.obj)
	if rv.Kind() == reflect.Pointer {
		return rv.Pointer()
	}
	return 0
}

// ID returns id(v).
func ID(v Value) int64 { return int64(addressOf(v)) }

// checkInterrupt raises KeyboardInterrupt if the interrupt flag is set,
// after handing the GIL over if another thread asked for it.
func checkInterrupt(t *Thread) error {
	if t.Interrupt.bits.Load()&breakDrop != 0 {
		t.yieldGIL()
	}
	if t.Interrupt.Load() {
		t.Interrupt.Store(false)
		return NewException(KeyboardInterruptType)
	}
	return nil
}

// currentGlobals returns the globals of the innermost running frame.
func currentGlobals() *Dict {
	t := current
	if t == nil || len(t.frames) == 0 {
		return nil
	}
	return t.frames[len(t.frames)-1].Globals
}

func isNilFunc(a any) bool {
	rv := reflect.ValueOf(a)
	return rv.Kind() == reflect.Func && rv.IsNil()
}

// Depth returns the number of active Python frames.
func (t *Thread) Depth() int { return len(t.frames) }

// ResetStack drops frames above n after a Go panic unwound the VM (the
// embedding session recovers the panic and reports SystemError).
func (t *Thread) ResetStack(n int) {
	if n < len(t.frames) {
		clear(t.frames[n:])
		t.frames = t.frames[:n]
	}
	t.depth = len(t.frames)
	t.goDepth = 0
	t.handled = Value{}
}
