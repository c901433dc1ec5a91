package pysession

// This file routes the interpreter's output to the running cell: the
// sys.stdout/sys.stderr writers, display()'s publisher, and input().

import (
	"errors"
	"strings"

	"adder/interp/py"
	"adder/kernel"
)

// streamWriter is sys.stdout or sys.stderr.
type streamWriter struct {
	s    *Session
	name string
}

func (w streamWriter) Write(p []byte) (int, error) {
	w.s.out.Stream(w.name, string(p))
	return len(p), nil
}

// publisher sends display() output to the running cell.
type publisher struct{ s *Session }

func (p publisher) PublishDisplayData(data, metadata, transient map[string]any, update bool) {
	p.s.out.DisplayData(data, metadata, transient, update)
}

func (p publisher) ClearOutput(wait bool) { p.s.out.ClearOutput(wait) }

// PublishError shows a failing display formatter's exception as an error
// output while the cell goes on, as ipykernel does (display.ErrorPublisher).
func (p publisher) PublishError(ename, evalue string, traceback []string) {
	if eo, ok := p.s.out.(kernel.ErrorOutput); ok {
		eo.Error(ename, evalue, traceback)
		return
	}
	p.s.out.Stream("stderr", strings.Join(traceback, "\n")+"\n")
}

// discard is the output before the first cell.
type discard struct{}

func (discard) Stream(string, string)                      {}
func (discard) DisplayData(_, _, _ map[string]any, _ bool) {}
func (discard) ExecuteResult(_, _ map[string]any)          {}
func (discard) ClearOutput(bool)                           {}
func (discard) Input(string, bool) (string, error)         { return "", kernel.ErrStdinNotAllowed }

// readInput answers input() and getpass() through the stdin channel.
func (s *Session) readInput(prompt string, password bool) (py.Value, error) {
	// Other Python threads go on while the frontend is asked.
	out := s.out
	var line string
	var err error
	py.Unlocked(func() { line, err = out.Input(prompt, password) })
	switch {
	case errors.Is(err, kernel.ErrStdinNotAllowed):
		exc, cerr := py.Call(s.stdinNotImplemented, []py.Value{py.StrValue(err.Error())}, nil)
		if cerr != nil {
			return py.Value{}, cerr
		}
		return py.Value{}, exc.Object().(*py.Exception)
	case errors.Is(err, kernel.ErrInputInterrupted):
		return py.Value{}, py.Errorf(py.KeyboardInterruptType, "Interrupted by user")
	case err != nil:
		return py.Value{}, py.Errorf(py.EOFErrorType, "%v", err)
	}
	return py.StrValue(line), nil
}
