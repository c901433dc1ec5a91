// This file holds the exception reporting mode that IPython's %xmode
// switches (Context, Plain, Verbose, Minimal) and routes IPythonError to
// the layout of the current mode.

package display

import (
	"strings"
	"sync/atomic"

	"adder/interp/py"
)

// A TracebackMode is one of IPython's exception reporting modes. The zero
// value is Context, ipykernel's default.
type TracebackMode int32

// The modes. Context and Verbose use IPython's VerboseTB layout (Verbose
// adds argument and variable values); Plain is a compact CPython-like
// list; Minimal is only "Name: message".
const (
	ModeContext TracebackMode = iota
	ModePlain
	ModeVerbose
	ModeMinimal
)

// modeCycle is IPython's list of valid modes, in the order %xmode without
// an argument cycles through them.
var modeCycle = []TracebackMode{ModePlain, ModeContext, ModeVerbose, ModeMinimal}

// String is the mode's name as IPython prints it.
func (m TracebackMode) String() string {
	switch m {
	case ModePlain:
		return "Plain"
	case ModeVerbose:
		return "Verbose"
	case ModeMinimal:
		return "Minimal"
	}
	return "Context"
}

// Next is the mode %xmode without an argument switches to.
func (m TracebackMode) Next() TracebackMode {
	for i, c := range modeCycle {
		if c == m {
			return modeCycle[(i+1)%len(modeCycle)]
		}
	}
	return ModeContext
}

// ParseTracebackMode reads a mode name as %xmode does: the name is
// capitalized first ("verbose" and "VERBOSE" are Verbose).
func ParseTracebackMode(s string) (TracebackMode, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	name := strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
	for _, m := range modeCycle {
		if m.String() == name {
			return m, true
		}
	}
	return 0, false
}

// ModeNames lists the valid mode names in IPython's order, for messages.
func ModeNames() []string {
	out := make([]string, len(modeCycle))
	for i, m := range modeCycle {
		out[i] = m.String()
	}
	return out
}

// tracebackMode is the process's mode. A kernel process runs one session,
// so the mode, like IPython's InteractiveTB, is per process; it is read on
// the interpreter goroutine and may be set from any goroutine.
var tracebackMode atomic.Int32

// SetTracebackMode sets the mode IPythonError formats with.
func SetTracebackMode(m TracebackMode) {
	tracebackMode.Store(int32(m))
	// Verbose shows the values of a frame's variables, which the
	// interpreter then keeps with each traceback entry.
	py.KeepTracebackLocals.Store(m == ModeVerbose)
}

// CurrentTracebackMode returns the mode IPythonError formats with.
func CurrentTracebackMode() TracebackMode { return TracebackMode(tracebackMode.Load()) }

// IPythonTracebackMode returns the traceback list of e in mode m.
func IPythonTracebackMode(e *Exception, m TracebackMode, o IPythonOptions) []string {
	if e.Syntax != nil {
		// IPython shows every SyntaxError through its SyntaxTB, in every
		// mode (see IPythonTracebackWith).
		return IPythonTracebackWith(e, o)
	}
	switch m {
	case ModePlain:
		return listTraceback(e, o, true)
	case ModeMinimal:
		return listTraceback(e, o, false)
	case ModeVerbose:
		o.Verbose = true
	}
	return IPythonTracebackWith(e, o)
}
