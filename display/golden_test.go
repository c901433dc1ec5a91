// This file loads the goldens written by scripts/gen_display_goldens.py.

package display

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// tracebackGolden is one testdata/tracebacks/*.json record.
type tracebackGolden struct {
	name          string
	Plain         string              `json:"plain"`
	PlainExc      *Exception          `json:"plain_exc"`
	IPython       []string            `json:"ipython"`
	IPythonEname  string              `json:"ipython_ename"`
	IPythonEvalue string              `json:"ipython_evalue"`
	IPythonExc    *Exception          `json:"ipython_exc"`
	Sources       map[string][]string `json:"sources"`
}

// loadTracebackGoldens reads every record and puts the shared sources back
// into the frames (the generator stores each source once).
func loadTracebackGoldens(t *testing.T) []*tracebackGolden {
	t.Helper()
	paths, err := filepath.Glob("testdata/tracebacks/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	sort.Strings(paths)
	var out []*tracebackGolden
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		g := &tracebackGolden{name: strings.TrimSuffix(filepath.Base(p), ".json")}
		if err := json.Unmarshal(data, g); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		g.attachSources(g.PlainExc)
		g.attachSources(g.IPythonExc)
		out = append(out, g)
	}
	return out
}

func (g *tracebackGolden) attachSources(e *Exception) {
	if e == nil {
		return
	}
	for i := range e.Frames {
		f := &e.Frames[i]
		key := f.Filename
		if f.Cell != 0 {
			key = "<cell " + itoa(f.Cell) + ">"
		}
		f.Source = g.Sources[key]
	}
	g.attachSources(e.Cause)
	g.attachSources(e.Context)
	for _, m := range e.Group {
		g.attachSources(m)
	}
	if e.Syntax != nil && e.Syntax.Text != "" {
		e.Syntax.HasText = true
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// diffLines reports the first differing line of two texts.
func diffLines(t *testing.T, name, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Errorf("%s: line %d differs\n got: %q\nwant: %q", name, i+1, gl, wl)
			return
		}
	}
}
