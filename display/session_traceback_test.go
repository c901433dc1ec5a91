package display_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"adder/display"
	"adder/interp"
	"adder/interp/py"
)

// tracebackCase is the part of a testdata/tracebacks record these tests use.
type tracebackCase struct {
	Main    string            `json:"main"`
	Files   map[string]string `json:"files"`
	Cells   []string          `json:"cells"`
	Plain   string            `json:"plain"`
	IPython []string          `json:"ipython"`
}

func loadCases(t *testing.T) map[string]*tracebackCase {
	t.Helper()
	paths, err := filepath.Glob("testdata/tracebacks/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	out := map[string]*tracebackCase{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c := &tracebackCase{}
		if err := json.Unmarshal(data, c); err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".json")] = c
	}
	return out
}

// describe converts the session's exception with the session's sources.
func describe(s *interp.Session, err error) *display.Exception {
	exc := py.AsException(err)
	if exc == nil {
		return nil
	}
	var d *display.Exception
	s.Do(func() error {
		d = display.FromPy(exc, display.CellSource(s.Source))
		return nil
	})
	return d
}

// Known interpreter differences, each with its reason: the formatter is
// not at fault, the exception the interpreter raised is different.
var knownIPython = map[string]string{
	"lambda_and_comprehension": "ipykernel here runs Python 3.11, whose list comprehensions have a <listcomp> frame; CPython 3.12 inlines them (PEP 709), as adder does",
}

var knownPlain = map[string]string{}

// The recursion depth differs between ipykernel (its own frames count)
// and adder, and between CPython's and adder's stacks: compare counts
// only in shape.
var countRE = regexp.MustCompile(`\((\d+) times\)|repeated \d+ more times`)

// TestSessionIPythonTracebacks runs each case's cells in an interpreter
// session and formats the exception: the result must equal what ipykernel
// sent for the same cells.
func TestSessionIPythonTracebacks(t *testing.T) {
	n := 0
	for name, c := range loadCases(t) {
		if len(c.Files) > 0 {
			continue // needs helper files next to the kernel
		}
		if reason, ok := knownIPython[name]; ok {
			t.Logf("skip %s: %s", name, reason)
			continue
		}
		var out, errb bytes.Buffer
		s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &errb, IncompleteInput: true})
		var err error
		for _, cell := range c.Cells {
			if _, err = s.ExecCell(cell); err != nil {
				break
			}
		}
		d := describe(s, err)
		if d == nil {
			t.Errorf("%s: no Python exception (%v)", name, err)
			continue
		}
		got := strings.Join(display.IPythonTracebackWith(d, display.IPythonOptions{Compat: true}), "\x00")
		want := strings.Join(c.IPython, "\x00")
		got, want = countRE.ReplaceAllString(got, "N"), countRE.ReplaceAllString(want, "N")
		if got != want {
			t.Errorf("%s:\n got: %q\nwant: %q", name, got, want)
		}
		n++
	}
	if n < 10 {
		t.Errorf("only %d cases ran", n)
	}
}

// TestSessionPlainTracebacks runs each case's program as `adder run` would
// and compares PlainTraceback with CPython's stderr.
func TestSessionPlainTracebacks(t *testing.T) {
	n := 0
	for name, c := range loadCases(t) {
		if reason, ok := knownPlain[name]; ok {
			t.Logf("skip %s: %s", name, reason)
			continue
		}
		dir := t.TempDir()
		for fn, src := range c.Files {
			if err := os.WriteFile(filepath.Join(dir, fn), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		var out, errb bytes.Buffer
		s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &errb, MainDir: dir})
		mainPath := filepath.Join(dir, "main.py")
		err := s.ExecFile(mainPath, c.Main)
		d := describe(s, err)
		if d == nil {
			t.Errorf("%s: no Python exception (%v)", name, err)
			continue
		}
		got := strings.ReplaceAll(display.PlainTraceback(d), dir, "DIR")
		got, want := countRE.ReplaceAllString(got, "N"), countRE.ReplaceAllString(c.Plain, "N")
		if got != want {
			t.Errorf("%s:\n got: %s\nwant: %s", name, got, want)
		}
		n++
	}
	if n < 10 {
		t.Errorf("only %d cases ran", n)
	}
}
