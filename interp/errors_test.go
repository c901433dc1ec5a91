// This file checks uncaught-exception output against CPython 3.12: each
// testdata/errors/*.py program's traceback (formatted by display, as
// "adder run" prints it) and exit status must equal its .err golden.

package interp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"adder/display"
	"adder/interp/py"
)

func TestErrorGoldens(t *testing.T) {
	files, _ := filepath.Glob("testdata/errors/*.py")
	if len(files) == 0 {
		t.Fatal("no testdata/errors/*.py")
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".err")
			if err != nil {
				t.Skip("no golden")
			}
			src, _ := os.ReadFile(f)
			var out strings.Builder
			s := NewSession(Options{Stdout: &out, Argv: []string{name}})
			runErr := s.ExecFile(name, string(src))
			got := ""
			status := 0
			if runErr != nil {
				code, msg, isExit := ExitStatus(runErr)
				status = code
				if isExit {
					if msg != "" {
						got = msg + "\n"
					}
				} else {
					_ = s.Do(func() error {
						exc := py.AsException(runErr)
						d := display.FromPy(exc, func(fn string) ([]string, int) { return s.Source(fn), 0 })
						got = display.PlainTraceback(d)
						return nil
					})
				}
			}
			got += "exit status " + itoa(status) + "\n"
			if got != string(want) {
				t.Errorf("stderr differs\n--- got\n%s--- want\n%s", got, want)
			}
		})
	}
}
