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
