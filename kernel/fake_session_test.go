// This file defines fakeSession, the test double the protocol tests drive:
// a tiny line-oriented script language instead of Python.
//
//	print X        stdout "X\n"          eprint X     stderr "X\n"
//	lines N        N lines on stdout     displays N   N display_data messages
//	result X       execute_result X      display X    display_data X
//	update X       update_display_data   clear        clear_output
//	error          raises ValueError     sleep D      sleeps (interruptible)
//	loop           spins until interrupted
//	input P        reads a line, prints "got: V"
//	background X   prints X 100 ms after the cell ends
//	panic          panics (a kernel must survive it)

package kernel

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

type fakeSession struct {
	interrupted atomic.Bool
	running     atomic.Bool
	calls       atomic.Int32 // Interrupt calls
}

func newFakeSession() Session { return &fakeSession{} }

func (s *fakeSession) Interrupt() {
	s.calls.Add(1)
	if s.running.Load() {
		s.interrupted.Store(true)
	}
}

func keyboardInterrupt() ExecuteOutcome {
	return ExecuteOutcome{Status: "error", EName: "KeyboardInterrupt", EValue: "",
		Traceback: []string{"KeyboardInterrupt"}}
}

func (s *fakeSession) Execute(ctx context.Context, code string, opts ExecuteOptions, out Output) ExecuteOutcome {
	s.interrupted.Store(false)
	s.running.Store(true)
	defer s.running.Store(false)
	for _, line := range strings.Split(code, "\n") {
		cmd, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch cmd {
		case "", "#":
		case "print":
			out.Stream("stdout", arg+"\n")
		case "eprint":
			out.Stream("stderr", arg+"\n")
		case "lines":
			n, _ := strconv.Atoi(arg)
			for i := 0; i < n; i++ {
				out.Stream("stdout", "line "+strconv.Itoa(i)+"\n")
			}
		case "displays":
			n, _ := strconv.Atoi(arg)
			for i := 0; i < n; i++ {
				out.DisplayData(map[string]any{"text/plain": strconv.Itoa(i)}, nil, nil, false)
			}
		case "result":
			out.ExecuteResult(map[string]any{"text/plain": arg}, nil)
		case "display":
			out.DisplayData(map[string]any{"text/plain": arg}, nil, map[string]any{"display_id": "d1"}, false)
		case "update":
			out.DisplayData(map[string]any{"text/plain": arg}, nil, map[string]any{"display_id": "d1"}, true)
		case "clear":
			out.ClearOutput(false)
		case "error":
			return ExecuteOutcome{Status: "error", EName: "ValueError", EValue: "boom",
				Traceback: []string{"Traceback (most recent call last):", "ValueError: boom"}}
		case "sleep":
			d, _ := time.ParseDuration(arg)
			deadline := time.Now().Add(d)
			for time.Now().Before(deadline) {
				if s.interrupted.Load() {
					return keyboardInterrupt()
				}
				select {
				case <-ctx.Done():
					return ExecuteOutcome{Status: "aborted"}
				case <-time.After(2 * time.Millisecond):
				}
			}
		case "loop":
			for i := 0; !s.interrupted.Load(); i++ {
				if i%1000 == 0 && ctx.Err() != nil {
					return ExecuteOutcome{Status: "aborted"}
				}
			}
			return keyboardInterrupt()
		case "input":
			v, err := out.Input(arg, false)
			if errors.Is(err, ErrInputInterrupted) {
				return keyboardInterrupt()
			}
			if err != nil {
				return ExecuteOutcome{Status: "error", EName: "StdinNotImplementedError", EValue: err.Error(), Traceback: []string{}}
			}
			out.Stream("stdout", "got: "+v+"\n")
		case "background":
			go func() {
				time.Sleep(100 * time.Millisecond)
				out.Stream("stdout", arg+"\n")
			}()
		case "panic":
			panic("fake session panic")
		default:
			return ExecuteOutcome{Status: "error", EName: "NameError", EValue: fmt.Sprintf("name '%s' is not defined", cmd), Traceback: []string{}}
		}
	}
	res := ExecuteOutcome{Status: "ok"}
	if len(opts.UserExpressions) > 0 {
		res.UserExpressions = map[string]any{}
		for name, expr := range opts.UserExpressions {
			res.UserExpressions[name] = map[string]any{"status": "ok",
				"data": map[string]any{"text/plain": strings.ToUpper(expr)}, "metadata": map[string]any{}}
		}
	}
	return res
}

var fakeWords = []string{"print", "eprint", "lines", "loop", "sleep", "result", "error"}

func (s *fakeSession) Complete(code string, cursorPos int) CompleteResult {
	r := []rune(code)[:cursorPos]
	start := len(r)
	for start > 0 && r[start-1] != ' ' && r[start-1] != '\n' {
		start--
	}
	prefix := string(r[start:])
	var m []string
	for _, w := range fakeWords {
		if strings.HasPrefix(w, prefix) {
			m = append(m, w)
		}
	}
	return CompleteResult{Matches: m, CursorStart: start, CursorEnd: cursorPos}
}

func (s *fakeSession) Inspect(code string, cursorPos, detailLevel int) InspectResult {
	if strings.Contains(code, "print") {
		return InspectResult{Found: true, Data: map[string]any{"text/plain": "print X: writes X" + strings.Repeat("!", detailLevel)}}
	}
	return InspectResult{}
}

func (s *fakeSession) IsComplete(code string) (string, string) {
	switch {
	case strings.HasSuffix(code, ":"):
		return "incomplete", "    "
	case strings.Contains(code, "("):
		return "invalid", ""
	}
	return "complete", ""
}
