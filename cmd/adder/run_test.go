// This file tests the traceback of `adder run`: frames of imported .py
// files show their source lines, as CPython's do.

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"adder/interp"
)

func TestTracebackShowsImportedSource(t *testing.T) {
	dir := t.TempDir()
	mod := "def boom():\n    raise ValueError('bad value')\n"
	if err := os.WriteFile(filepath.Join(dir, "helpermod.py"), []byte(mod), 0o644); err != nil {
		t.Fatal(err)
	}
	main := filepath.Join(dir, "main.py")
	src := "import helpermod\nhelpermod.boom()\n"
	s := interp.NewSession(interp.Options{MainDir: dir, Argv: []string{main}})
	err := s.ExecFile(main, src)
	if err == nil {
		t.Fatal("program did not fail")
	}
	text := tracebackText(s, err)
	for _, want := range []string{"    helpermod.boom()\n", "    raise ValueError('bad value')\n", "ValueError: bad value\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("traceback lacks %q:\n%s", want, text)
		}
	}
}

// TestGCPercentSteps checks the GC percentage steps down as the live heap
// grows (small heaps collect rarely; big ones keep the peak bounded).
func TestGCPercentSteps(t *testing.T) {
	prev := gcPercentFor(0)
	if prev != 200 {
		t.Errorf("small heap: %d, want 200", prev)
	}
	for _, mb := range []uint64{8, 16, 32, 64, 256, 2048} {
		p := gcPercentFor(mb << 20)
		if p > prev || p < 100 {
			t.Errorf("%d MB: %d after %d", mb, p, prev)
		}
		prev = p
	}
	if prev >= 400 {
		t.Errorf("large heaps keep GOGC %d", prev)
	}
}
