package display

import (
	"regexp"
	"strings"
	"testing"
)

var ansiRE = regexp.MustCompile("\x1b\\[[0-9;]*m")

// plainText strips ANSI escapes and joins the elements.
func plainText(tb []string) string {
	return ansiRE.ReplaceAllString(strings.Join(tb, "\n"), "")
}

func goldenByName(t *testing.T, name string) *tracebackGolden {
	t.Helper()
	for _, g := range loadTracebackGoldens(t) {
		if g.name == name {
			return g
		}
	}
	t.Fatalf("no golden %q", name)
	return nil
}

// TestIPythonMarkers checks the CPython-style marker line added under the
// failing line, aligned with the dedented source.
func TestIPythonMarkers(t *testing.T) {
	g := goldenByName(t, "three_deep")
	text := plainText(IPythonTraceback(g.IPythonExc))
	want := "----> 2     return x[3]\n" +
		"                   ~^^^\n"
	if !strings.Contains(text, want) {
		t.Errorf("marker line missing; got\n%s", text)
	}
	// The compat layout has none.
	if strings.Contains(plainText(IPythonTracebackWith(g.IPythonExc, IPythonOptions{Compat: true})), "~^^^") {
		t.Error("compat layout has a marker line")
	}
	// A binary operation in a dedented function body.
	g = goldenByName(t, "chained_context")
	text = plainText(IPythonTraceback(g.IPythonExc))
	if !strings.Contains(text, "----> 5     1 + 'a'\n            ~~^~~~~\n") {
		t.Errorf("binop markers wrong; got\n%s", text)
	}
}

// TestIPythonNotes checks that notes follow the "Name: value" line.
func TestIPythonNotes(t *testing.T) {
	g := goldenByName(t, "notes")
	tb := IPythonTraceback(g.IPythonExc)
	last := ansiRE.ReplaceAllString(tb[len(tb)-1], "")
	if last != "TypeError: bad type\nfirst note\nsecond\nnote" {
		t.Errorf("last element %q", last)
	}
}

// TestIPythonGroup checks that group members are drawn as CPython does.
func TestIPythonGroup(t *testing.T) {
	g := goldenByName(t, "exception_group")
	text := plainText(IPythonTraceback(g.IPythonExc))
	for _, want := range []string{
		"ExceptionGroup: many (3 sub-exceptions)\n+-+---------------- 1 ----------------",
		"  | ValueError: one",
		"  +---------------- 2 ----------------",
		"  | ZeroDivisionError: division by zero",
		"  +---------------- 3 ----------------\n  | ",
		"  | ExceptionGroup: inner (1 sub-exception)\n  | +-+---------------- 1 ----------------",
		"  |   | KeyError: 'k'\n  |   +------------------------------------",
		"\n  +------------------------------------",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
}

// TestIPythonRecursionFolded checks the IPython-style folding of a deep
// recursion: two frames, the summary, the last frame.
func TestIPythonRecursionFolded(t *testing.T) {
	g := goldenByName(t, "recursion")
	tb := IPythonTraceback(g.IPythonExc)
	var skips int
	for _, el := range tb {
		if strings.Contains(el, "[... skipping similar frames: down at line 2 (") {
			skips++
		}
	}
	if skips != 1 || len(tb) != 8 {
		t.Errorf("got %d elements, %d skip lines:\n%s", len(tb), skips, plainText(tb))
	}
}

// TestCollapseRepeatedMutual checks folding of two functions calling each
// other: both keys are counted in one summary, most frequent first.
func TestCollapseRepeatedMutual(t *testing.T) {
	var frames []Frame
	frames = append(frames, Frame{Name: "<module>", Lineno: 9})
	for i := 0; i < 10; i++ {
		frames = append(frames, Frame{Name: "even", Lineno: 2}, Frame{Name: "odd", Lineno: 5})
	}
	frames = append(frames, Frame{Name: "even", Lineno: 3})
	recs := collapseRepeated(frames)
	var desc []string
	shown := 0
	for _, r := range recs {
		if r.repeated != "" {
			desc = append(desc, r.repeated)
		} else {
			shown++
		}
	}
	// module, even, odd, even, odd (first two of each), then the last
	// even and odd, then the final frame.
	if len(desc) != 1 || desc[0] != "even at line 2 (7 times), odd at line 5 (7 times)" || shown != 8 {
		t.Errorf("shown %d, summaries %q", shown, desc)
	}
}

// TestIPythonSyntaxErrorFile checks the SyntaxError element for a file.
func TestIPythonSyntaxErrorFile(t *testing.T) {
	e := &Exception{Type: "SyntaxError", Message: "invalid syntax (m.py, line 1)",
		Syntax: &SyntaxInfo{Msg: "invalid syntax", Filename: "/x/m.py", Lineno: 1, Offset: 3, Text: "a b\n"}}
	got := plainText(IPythonTraceback(e))
	want := "  File /x/m.py:1\n    a b\n      ^\nSyntaxError: invalid syntax\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
