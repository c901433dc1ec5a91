package main

// This file tests "adder nbrun" and "adder nbtest" end to end with a fake
// session standing in for the interpreter.

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"adder/kernel"
	"adder/notebook"
)

// echoSession prints each cell's source; a cell "raise" fails.
type echoSession struct{}

func (echoSession) Execute(ctx context.Context, code string, opts kernel.ExecuteOptions, out kernel.Output) kernel.ExecuteOutcome {
	if code == "raise" {
		return kernel.ExecuteOutcome{Status: "error", EName: "ValueError", EValue: "bad",
			Traceback: []string{"\x1b[31mValueError\x1b[0m: bad"}}
	}
	out.Stream("stdout", code+"\n")
	out.ExecuteResult(map[string]any{"text/plain": "'" + code + "'"}, nil)
	return kernel.ExecuteOutcome{Status: "ok"}
}
func (echoSession) Complete(string, int) kernel.CompleteResult    { return kernel.CompleteResult{} }
func (echoSession) Inspect(string, int, int) kernel.InspectResult { return kernel.InspectResult{} }
func (echoSession) IsComplete(string) (string, string)            { return "complete", "" }
func (echoSession) Interrupt()                                    {}

func withEchoSession(t *testing.T) {
	old := newKernelSession
	newKernelSession = func() kernel.Session { return echoSession{} }
	t.Cleanup(func() { newKernelSession = old })
}

func writeNotebook(t *testing.T, sources ...string) string {
	nb := notebook.New()
	for _, s := range sources {
		nb.Cells = append(nb.Cells, &notebook.Cell{ID: notebook.NewID(), Type: notebook.CodeCell,
			Metadata: map[string]any{}, Source: s})
	}
	path := filepath.Join(t.TempDir(), "nb.ipynb")
	if err := notebook.WriteFile(path, nb); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestNbrunWritesNotebook(t *testing.T) {
	withEchoSession(t)
	in := writeNotebook(t, "a", "b")
	out := filepath.Join(filepath.Dir(in), "out.ipynb")
	var stdout, stderr strings.Builder
	if rc := nbrun([]string{in, "-o", out, "--timeout=5"}, &stdout, &stderr); rc != 0 {
		t.Fatalf("rc %d: %s", rc, stderr.String())
	}
	nb, err := notebook.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if o := nb.Cells[1].Outputs; len(o) != 2 || o[0].Text != "b\n" || *nb.Cells[1].ExecutionCount != 2 {
		t.Errorf("outputs %+v", o)
	}
	if !strings.Contains(stderr.String(), "cell 2/2 In [2] ok") || stdout.Len() != 0 {
		t.Errorf("stdout %q stderr %q", stdout.String(), stderr.String())
	}
}

func TestNbrunStopsAtError(t *testing.T) {
	withEchoSession(t)
	in := writeNotebook(t, "a", "raise", "c")
	before, _ := os.ReadFile(in)
	var stdout, stderr strings.Builder
	if rc := nbrun([]string{"--inplace", in}, &stdout, &stderr); rc != 1 {
		t.Fatalf("rc %d", rc)
	}
	after, _ := os.ReadFile(in)
	if string(before) != string(after) {
		t.Error("a failed run must not write the notebook")
	}
	if !strings.Contains(stderr.String(), "ValueError: bad\n") || !strings.Contains(stderr.String(), "cell 2 (In [2]) raised ValueError: bad (use --allow-errors to go on)") {
		t.Errorf("stderr %q", stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	if rc := nbrun([]string{in, "--allow-errors"}, &stdout, &stderr); rc != 0 {
		t.Fatalf("rc %d: %s", rc, stderr.String())
	}
	want := "In [1]: a\na\nOut[1]: 'a'\n\nIn [2]: raise\nValueError: bad\n\nIn [3]: c\nc\nOut[3]: 'c'\n\n"
	if stdout.String() != want {
		t.Errorf("transcript %q, want %q", stdout.String(), want)
	}
}

func TestNbrunUsage(t *testing.T) {
	var stdout, stderr strings.Builder
	for _, args := range [][]string{{}, {"a", "b"}, {"a", "-o", "x", "--inplace"}, {"a", "--timeout", "x"}, {"a", "--bogus"}, {"a", "-o"}} {
		stderr.Reset()
		if rc := nbrun(args, &stdout, &stderr); rc != 2 || stderr.Len() == 0 {
			t.Errorf("nbrun %q: rc %d, stderr %q", args, rc, stderr.String())
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.ipynb")
	os.WriteFile(bad, []byte(`{"nbformat": 3}`), 0o644)
	stderr.Reset()
	if rc := nbrun([]string{bad}, &stdout, &stderr); rc != 2 || !strings.Contains(stderr.String(), "bad.ipynb: nbformat 3 notebooks are not supported") {
		t.Errorf("rc %d stderr %q", rc, stderr.String())
	}
}

func TestNbtest(t *testing.T) {
	withEchoSession(t)
	in := writeNotebook(t, "a", "b")
	var stdout, stderr strings.Builder
	if rc := nbrun([]string{in, "--inplace"}, &stdout, &stderr); rc != 0 {
		t.Fatal(stderr.String())
	}
	stdout.Reset()
	if rc := nbtest([]string{in}, &stdout, &stderr); rc != 0 || stdout.String() != "2 passed, 0 failed\n" {
		t.Fatalf("rc %d stdout %q", rc, stdout.String())
	}
	// Change a stored output: nbtest must fail and show the diff.
	nb, _ := notebook.ReadFile(in)
	nb.Cells[1].Outputs[0].Text = "B\n"
	notebook.WriteFile(in, nb)
	stdout.Reset()
	rc := nbtest([]string{in, in}, &stdout, &stderr)
	if rc != 1 || !strings.HasSuffix(stdout.String(), "2 passed, 2 failed\n") || !strings.Contains(stdout.String(), "-B\n+b\n") {
		t.Errorf("rc %d stdout:\n%s", rc, stdout.String())
	}
}
