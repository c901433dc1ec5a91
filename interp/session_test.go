// This file tests the Session API the kernel uses: cell results,
// interrupts, output redirection, recursion limits and panics.

package interp

import (
	"strings"
	"testing"
	"time"

	"adder/interp/py"
)

func TestExecCellValue(t *testing.T) {
	s := NewSession(Options{})
	if _, err := s.ExecCell("x = 20"); err != nil {
		t.Fatal(err)
	}
	v, err := s.ExecCell("y = x + 1\ny * 2")
	if err != nil {
		t.Fatal(err)
	}
	if !v.IsInt() || v.AsInt() != 42 {
		t.Fatalf("cell value = %v", v)
	}
	v, err = s.ExecCell("print('side effect')")
	if err != nil {
		t.Fatal(err)
	}
	if !v.IsNone() {
		t.Fatalf("print cell value should be None, got %v", v)
	}
	v, err = s.ExecCell("z = 1")
	if err != nil || v.IsValid() {
		t.Fatalf("assignment cell returned %v, %v", v, err)
	}
}

func TestOutputRedirect(t *testing.T) {
	var out, errb strings.Builder
	s := NewSession(Options{Stdout: &out, Stderr: &errb})
	if _, err := s.ExecCell("import sys\nprint('a', 1)\nprint('e', file=sys.stderr)"); err != nil {
		t.Fatal(err)
	}
	if out.String() != "a 1\n" || errb.String() != "e\n" {
		t.Fatalf("stdout %q stderr %q", out.String(), errb.String())
	}
}

func TestInterrupt(t *testing.T) {
	s := NewSession(Options{})
	go func() {
		time.Sleep(100 * time.Millisecond)
		s.Interrupt()
	}()
	_, err := s.ExecCell("while True:\n    pass")
	e, ok := err.(*py.Exception)
	if !ok || !e.Type().IsSubtype(py.KeyboardInterruptType) {
		t.Fatalf("want KeyboardInterrupt, got %v", err)
	}
	// The session stays usable.
	v, err := s.ExecCell("1 + 1")
	if err != nil || v.AsInt() != 2 {
		t.Fatalf("after interrupt: %v %v", v, err)
	}
}

func TestRecursionLimits(t *testing.T) {
	s := NewSession(Options{})
	cases := []string{
		"def f(n): return f(n + 1)\nf(0)",
		"class A:\n    def __repr__(self): return repr(self)\nrepr(A())",
		"l = []\nfor _ in range(100000): l = [l]\nrepr(l)",
		"def g(x): return sorted([1, 2], key=g)\ng(1)",
	}
	for _, c := range cases {
		_, err := s.ExecCell(c)
		e, ok := err.(*py.Exception)
		if !ok || !e.Type().IsSubtype(py.RecursionErrorType) {
			t.Errorf("%q: want RecursionError, got %v", c, err)
		}
	}
}

func TestHugeAllocations(t *testing.T) {
	s := NewSession(Options{})
	for _, c := range []string{"[0] * 10**12", "'x' * 2**62", "10 ** 10 ** 10"} {
		_, err := s.ExecCell(c)
		e, ok := err.(*py.Exception)
		if !ok || !(e.Type().IsSubtype(py.MemoryErrorType) || e.Type().IsSubtype(py.OverflowErrorType)) {
			t.Errorf("%q: want MemoryError/OverflowError, got %v", c, err)
		}
	}
}

func TestSyntaxErrorCell(t *testing.T) {
	s := NewSession(Options{})
	_, err := s.ExecCell("x = (1,\n")
	e, ok := err.(*py.Exception)
	if !ok || !e.Type().IsSubtype(py.SyntaxErrorType) {
		t.Fatalf("want SyntaxError, got %v", err)
	}
	_, err = s.ExecCell("nonlocal q")
	if err == nil || !strings.Contains(err.Error(), "nonlocal declaration not allowed at module level") {
		t.Fatalf("got %v", err)
	}
}

func TestNames(t *testing.T) {
	s := NewSession(Options{})
	if _, err := s.ExecCell("my_variable = 1"); err != nil {
		t.Fatal(err)
	}
	names := s.Names()
	found := map[string]bool{}
	for _, n := range names {
		found[n] = true
	}
	if !found["my_variable"] || !found["print"] {
		t.Fatalf("names missing: %v", names[:5])
	}
}

func TestInterruptInBuiltin(t *testing.T) {
	s := NewSession(Options{})
	go func() {
		time.Sleep(100 * time.Millisecond)
		s.Interrupt()
	}()
	start := time.Now()
	_, err := s.ExecCell("sum(range(10**12))")
	e, ok := err.(*py.Exception)
	if !ok || !e.Type().IsSubtype(py.KeyboardInterruptType) {
		t.Fatalf("want KeyboardInterrupt, got %v", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatalf("interrupt took %v", time.Since(start))
	}
}

// TestMainBuiltinsIsModule guards the __main__ namespace's __builtins__:
// it must be the builtins module itself, so attribute lookups on it work.
func TestMainBuiltinsIsModule(t *testing.T) {
	s := NewSession(Options{})
	v, err := s.ExecCell("(type(__builtins__).__name__, hasattr(__builtins__, 'len'), __builtins__.len('ab'))")
	if err != nil {
		t.Fatal(err)
	}
	r, err := py.ReprString(v)
	if err != nil || r != "('module', True, 2)" {
		t.Fatalf("got %q, %v", r, err)
	}
}
