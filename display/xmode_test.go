package display

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// xmodeGolden is one testdata/xmode/*.json record, written by
// scripts/gen_xmode_goldens.py.
type xmodeGolden struct {
	name    string
	Cells   []string            `json:"cells"`
	Files   map[string]string   `json:"files"`
	Exc     *Exception          `json:"exc"`
	Modes   map[string][]string `json:"modes"`
	Sources map[string][]string `json:"sources"`
}

func loadXmodeGoldens(t *testing.T) []*xmodeGolden {
	t.Helper()
	paths, err := filepath.Glob("testdata/xmode/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	sort.Strings(paths)
	var out []*xmodeGolden
	for _, p := range paths {
		if filepath.Base(p) == "cycle.json" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		g := &xmodeGolden{name: strings.TrimSuffix(filepath.Base(p), ".json")}
		if err := json.Unmarshal(data, g); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		tg := &tracebackGolden{Sources: g.Sources}
		tg.attachSources(g.Exc)
		out = append(out, g)
	}
	return out
}

// TestXmodeGoldens formats each recorded exception in every mode: the
// list must equal what ipykernel sent in that mode.
func TestXmodeGoldens(t *testing.T) {
	n := 0
	for _, g := range loadXmodeGoldens(t) {
		for name, want := range g.Modes {
			m, ok := ParseTracebackMode(name)
			if !ok {
				t.Fatalf("%s: unknown mode %q", g.name, name)
			}
			want = withoutIPythonFrames(want)
			got := IPythonTracebackMode(g.Exc, m, IPythonOptions{Compat: true})
			if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
				t.Errorf("%s %s:\n got: %q\nwant: %q", g.name, name, got, want)
			}
			n++
		}
	}
	if n < 30 {
		t.Errorf("only %d comparisons", n)
	}
}

// TestXmodeCycle checks the order %xmode without argument cycles in and
// the parsing of names, against the recorded %xmode output.
func TestXmodeCycle(t *testing.T) {
	data, err := os.ReadFile("testdata/xmode/cycle.json")
	if err != nil {
		t.Fatal(err)
	}
	var steps []struct {
		Arg    string `json:"arg"`
		Stdout string `json:"stdout"`
	}
	if err := json.Unmarshal(data, &steps); err != nil {
		t.Fatal(err)
	}
	m := ModeContext
	for _, s := range steps {
		if s.Arg == "" {
			m = m.Next()
		} else if p, ok := ParseTracebackMode(s.Arg); ok {
			m = p
		} else {
			if s.Stdout != "" {
				t.Errorf("%%xmode %s printed %q", s.Arg, s.Stdout)
			}
			continue
		}
		if got := "Exception reporting mode: " + m.String() + "\n"; got != s.Stdout {
			t.Errorf("%%xmode %s: %q, want %q", s.Arg, got, s.Stdout)
		}
	}
}

// TestSetTracebackMode checks that IPythonError follows the mode.
func TestSetTracebackMode(t *testing.T) {
	defer SetTracebackMode(CurrentTracebackMode())
	e := &Exception{Type: "ValueError", Message: "bad", Frames: []Frame{{Filename: "f.py", Name: "g", Lineno: 1}}}
	SetTracebackMode(ModeMinimal)
	_, _, tb := IPythonError(e)
	if len(tb) != 1 || tb[0] != "\x1b[0;31mValueError\x1b[0m\x1b[0;31m:\x1b[0m bad\n" {
		t.Errorf("Minimal: %q", tb)
	}
	SetTracebackMode(ModeContext)
	if _, _, tb := IPythonError(e); len(tb) != 4 {
		t.Errorf("Context: %q", tb)
	}
}

// withoutIPythonFrames drops the frame of IPython's own run_code, which
// IPython shows in the list layout of a SyntaxError raised by running code
// (its SyntaxTB applies no frame offset); adder has no such frame.
func withoutIPythonFrames(tb []string) []string {
	var out []string
	for _, s := range tb {
		if !strings.Contains(s, "/IPython/core/interactiveshell.py:") {
			out = append(out, s)
		}
	}
	return out
}
