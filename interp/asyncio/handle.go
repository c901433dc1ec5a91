// This file defines Handle and TimerHandle: one scheduled callback of the
// event loop, either a Python callable with its arguments or an internal
// Go step (a Task's __step or wakeup).

package asyncio

import (
	"fmt"
	"strings"

	"adder/interp/py"
)

// Handle is a callback scheduled on the loop (asyncio.Handle, or
// asyncio.TimerHandle when timer is set).
type Handle struct {
	loop *Loop
	fn   py.Value
	args []py.Value
	// ctx is the contextvars.Context fn runs in (nil: the thread's).
	ctx    *py.Value
	gofn   func() error
	goName string
	// Timer fields: the deadline in loop time, the insertion sequence that
	// breaks ties, and the position in the timer heap (-1 when out).
	when float64
	seq  uint64
	// index and the flags share one word: a sleeping task holds a timer
	// handle, so its size is part of every suspended task's.
	index            int32
	cancelled, timer bool
}

// HandleType and TimerHandleType are asyncio.Handle and asyncio.TimerHandle.
var (
	HandleType      = newType("Handle", "asyncio.events", nil)
	TimerHandleType = newType("TimerHandle", "asyncio.events", HandleType)
)

// Type returns Handle or TimerHandle.
func (h *Handle) Type() *py.Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

// run calls the callback.
func (h *Handle) run() error {
	if h.gofn != nil {
		return h.gofn()
	}
	if h.ctx != nil {
		_, err := py.CallMethod(*h.ctx, "run", append([]py.Value{h.fn}, h.args...)...)
		return err
	}
	_, err := py.Call(h.fn, h.args, nil)
	return err
}

func (h *Handle) cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	if h.timer && h.index >= 0 && h.loop != nil {
		h.loop.timerCancelled()
	}
	// Drop references so a cancelled timer keeps nothing alive.
	h.fn, h.args, h.gofn, h.ctx = py.Value{}, nil, nil, nil
}

func (h *Handle) String() string {
	name := h.goName
	if h.gofn == nil && !h.fn.IsNil() {
		name = callbackSource(h.fn, h.args)
	} else if name != "" {
		name += "()"
	}
	s := "<" + h.Type().Name
	if h.cancelled {
		s += " cancelled"
	}
	if h.timer {
		s += fmt.Sprintf(" when=%s", repr(py.Float(h.when)))
	}
	if name != "" {
		s += " " + name
	}
	return s + ">"
}

// callbackSource formats a callback with its arguments, as CPython's
// format_helpers._format_callback_source: "f(1, 'x') at FILE:LINE".
func callbackSource(fn py.Value, args []py.Value) string {
	s := callableName(fn)
	if len(args) == 0 {
		return s
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = repr(a)
	}
	call := "(" + strings.Join(parts, ", ") + ")"
	if i := strings.Index(s, "()"); i >= 0 {
		return s[:i] + call + s[i+2:]
	}
	return s + call
}

func init() {
	HandleType.Repr = func(v py.Value) (py.Value, error) {
		return py.StrValue(v.Object().(*Handle).String()), nil
	}
	TimerHandleType.Repr = HandleType.Repr
	py.AddMethods(HandleType, []py.MethodDef{
		method("cancel", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			self.Object().(*Handle).cancel()
			return py.None, nil
		}),
		method("cancelled", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.Bool(self.Object().(*Handle).cancelled), nil
		}),
		method("get_context", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.None, nil
		}),
	})
	py.AddMethods(TimerHandleType, []py.MethodDef{
		method("when", func(self py.Value, args []py.Value, kwnames []string) (py.Value, error) {
			return py.Float(self.Object().(*Handle).when), nil
		}),
	})
}
