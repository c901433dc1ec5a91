// This file connects a Shell to an interp.Session: the namespace, the
// sources of cells (for obj??), and a Runner that runs magics' code on the
// session's thread.

package shell

import (
	"strings"

	"adder/interp"
	"adder/interp/py"
)

// New returns a Shell over the session s, with get_ipython installed in
// builtins and the names __main__ holds now hidden from %who. Callers set
// the output hooks (Stdout, Display, Page, SetNextInput) as they need.
// It runs Python (get_ipython's events), so call it inside s.Do.
func New(s *interp.Session) (*Shell, error) {
	sh := &Shell{
		Globals: s.Globals(),
		Runner:  sessionRunner{s},
		Source: func(filename string) (string, bool) {
			lines := s.Source(filename)
			if lines == nil {
				return "", false
			}
			return joinSourceLines(lines), true
		},
	}
	if err := sh.Install(nil); err != nil {
		return nil, err
	}
	ApplyBuiltinDocs(nil)
	return sh, nil
}

// joinSourceLines rebuilds source text from lines with or without their
// newlines.
func joinSourceLines(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
		if !strings.HasSuffix(l, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// sessionRunner runs magics' code through the session.
type sessionRunner struct{ s *interp.Session }

// sessionCode is source waiting to run: the session compiles when it runs.
type sessionCode struct{ src, filename, mode string }

func (r sessionRunner) Compile(src, filename, mode string) (Code, error) {
	if err := parseCheck(src); err != nil && mode == "exec" {
		return nil, err
	}
	if mode == "eval" && parseEval(src) != nil {
		return nil, parseEval(src)
	}
	return sessionCode{src, filename, mode}, nil
}

func (r sessionRunner) Run(c Code) (py.Value, error) {
	sc := c.(sessionCode)
	if sc.mode == "eval" {
		return r.s.Eval(sc.src)
	}
	if _, err := r.s.ExecCellAs(sc.filename, sc.src); err != nil {
		return py.Value{}, err
	}
	return py.None, nil
}

func (r sessionRunner) RunFile(filename, src string, argv []string) error {
	return r.s.RunFile(filename, src, argv)
}
