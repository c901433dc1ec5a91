// This file checks token_at_cursor, PyColorize, _format_time, TimeitResult
// and the inspector layout against IPython 8.5 (testdata/misc.json).

package shell

import (
	"strings"
	"testing"
)

type miscGoldens struct {
	TokenAtCursor [][]any `json:"token_at_cursor"`
	Colorize      [][]string
	FormatTime    [][]any `json:"format_time"`
	TimeitResult  [][]any `json:"timeit_result"`
	InspectLen    string  `json:"inspect_len"`
}

func loadMisc(t *testing.T) miscGoldens {
	var g miscGoldens
	loadJSON(t, "misc.json", &g)
	return g
}

func TestTokenAtCursorGoldens(t *testing.T) {
	g := loadMisc(t)
	if len(g.TokenAtCursor) == 0 {
		t.Fatal("no cases")
	}
	for _, c := range g.TokenAtCursor {
		code, pos, want := c[0].(string), int(c[1].(float64)), c[2].(string)
		if got := tokenAtCursor(code, pos); got != want {
			t.Errorf("tokenAtCursor(%q, %d) = %q, IPython %q", code, pos, got, want)
		}
	}
}

func TestColorizeGoldens(t *testing.T) {
	for _, c := range loadMisc(t).Colorize {
		if got := colorizeSource(c[0]); got != c[1] {
			t.Errorf("colorize(%q)\n got  %q\n want %q", c[0], got, c[1])
		}
	}
}

func TestFormatTimeGoldens(t *testing.T) {
	for _, c := range loadMisc(t).FormatTime {
		secs, want := c[0].(float64), c[1].(string)
		if got := FormatTime(secs, 3); got != want {
			t.Errorf("FormatTime(%v) = %q, IPython %q", secs, got, want)
		}
	}
}

func TestTimeitResultGoldens(t *testing.T) {
	for _, c := range loadMisc(t).TimeitResult {
		loops, repeat := int(c[0].(float64)), int(c[1].(float64))
		var runs []float64
		for _, r := range c[2].([]any) {
			runs = append(runs, r.(float64))
		}
		if got := newTimeitResult(loops, repeat, runs, 0, 3).String(); got != c[3].(string) {
			t.Errorf("TimeitResult(%d, %d, %v) = %q, IPython %q", loops, repeat, runs, got, c[3])
		}
	}
}

// TestInspectLenLayout compares the whole report for len with IPython's,
// the docstring aside (ours is written in our own words).
func TestInspectLenLayout(t *testing.T) {
	want := loadMisc(t).InspectLen
	sh := testShell(t)
	r := sh.Inspect("len", 3, 0)
	if !r.Found {
		t.Fatal("len not found")
	}
	got := r.Data["text/plain"].(string)
	ours, _ := builtinDoc("len")
	want = strings.Replace(want, "Return the number of items in a container.", ours.doc, 1)
	if got != want {
		t.Errorf("inspect len\n got  %q\n want %q", got, want)
	}
}
