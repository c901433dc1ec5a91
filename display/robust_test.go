package display

import (
	"math/rand"
	"strings"
	"testing"
)

// TestFormattersNeverPanic feeds both layouts frames with inconsistent
// positions and odd sources: they must format something, never panic.
func TestFormattersNeverPanic(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	sources := [][]string{
		nil,
		{""},
		{"x = (1 +", "  2", ")"},
		{"def f():", "\t return 'é' + \"\"\"", "doc\"\"\"", "  # c"},
		{"@d", "@e(1)", "class C:", "    '''", "    x'''", "    def m(self): pass"},
		{"s = f'{a!r:>{w}}' rb'\\d' u'x' '%(k)s %d {0.a[1]!s:^10}'", "case _:", "match x:", "  case [1, *r] if r:"},
		{"\\", "a = [", "", "#", "]"},
	}
	for i := 0; i < 3000; i++ {
		src := sources[rng.Intn(len(sources))]
		n := len(src) + 2
		f := Frame{Filename: "f.py", Name: []string{"<module>", "f", "<lambda>", "<genexpr>"}[rng.Intn(4)],
			Lineno: rng.Intn(n+1) - 1, EndLineno: rng.Intn(n+1) - 1,
			Col: rng.Intn(40) - 2, EndCol: rng.Intn(40) - 2, Source: src, Cell: rng.Intn(2)}
		e := &Exception{Type: "E", Message: "m\nx", Frames: []Frame{f, f}, Notes: []string{"n"}}
		if rng.Intn(3) == 0 {
			e.Syntax = &SyntaxInfo{Msg: "bad", Lineno: rng.Intn(4), Offset: rng.Intn(30) - 3,
				EndOffset: rng.Intn(30) - 3, Text: strings.Join(src, "\n"), HasText: true, Cell: rng.Intn(2)}
			if rng.Intn(2) == 0 {
				e.Frames = nil
			}
		}
		if rng.Intn(4) == 0 {
			e.Group = []*Exception{{Type: "A"}, {Type: "B", Frames: []Frame{f}}}
		}
		if rng.Intn(4) == 0 {
			e.Cause = &Exception{Type: "C", Frames: []Frame{f}}
			e.Cause.Context = e // a cycle
		}
		if PlainTraceback(e) == "" {
			t.Fatalf("empty plain traceback for %+v", f)
		}
		if len(IPythonTraceback(e)) == 0 || len(IPythonTracebackWith(e, IPythonOptions{Compat: true})) == 0 {
			t.Fatalf("empty IPython traceback for %+v", f)
		}
	}
}

// TestDeepGroupsAndChains bounds nesting: 50 nested groups and a chain of
// 5000 exceptions format without trouble.
func TestDeepGroupsAndChains(t *testing.T) {
	e := &Exception{Type: "ValueError", Message: "leaf"}
	for i := 0; i < 50; i++ {
		e = &Exception{Type: "ExceptionGroup", Message: "g", Group: []*Exception{e}}
	}
	if s := PlainTraceback(e); !strings.Contains(s, "... (max_group_depth is 10)") {
		t.Errorf("no depth limit in\n%s", s)
	}
	if s := strings.Join(IPythonTraceback(e), "\n"); !strings.Contains(s, "max_group_depth is 10") {
		t.Errorf("no depth limit in IPython layout")
	}
	c := &Exception{Type: "KeyError", Message: "0"}
	for i := 0; i < 5000; i++ {
		c = &Exception{Type: "KeyError", Message: "x", Context: c}
	}
	if n := strings.Count(PlainTraceback(c), "During handling"); n != 5000 {
		t.Errorf("%d chain separators", n)
	}
	if n := len(IPythonTraceback(c)); n < 5000 {
		t.Errorf("%d elements", n)
	}
}
