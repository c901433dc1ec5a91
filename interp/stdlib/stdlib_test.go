// This file runs the differential programs in interp/testdata/stdlib (one
// per module, goldens from CPython 3.12 by scripts/gen_stdlib_goldens.sh)
// and compares their stdout line by line.

package stdlib_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"adder/interp"
	"adder/interp/stdlib"
)

const testdir = "../testdata/stdlib"

// run executes one program as __main__ with a timeout.
func run(t *testing.T, name string) (stdout, errText string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(testdir, name))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	abs, _ := filepath.Abs(testdir)
	s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &errb, Argv: []string{name}, MainDir: abs})
	done := make(chan error, 1)
	go func() { done <- s.ExecFile(filepath.Join(abs, name), string(src)) }()
	var runErr error
	select {
	case runErr = <-done:
	case <-time.After(30 * time.Second):
		s.Interrupt()
		if runErr = <-done; runErr == nil {
			runErr = errors.New("timeout")
		}
	}
	if runErr != nil {
		if code, _, isExit := interp.ExitStatus(runErr); !(isExit && code == 0) {
			errText = runErr.Error() + "\n" + errb.String()
		}
	}
	return out.String(), errText
}

func TestModules(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testdir, "*.py"))
	if len(files) == 0 {
		t.Fatal("no programs in " + testdir)
	}
	only := os.Getenv("STDLIB_ONLY")
	skips := readSkips(t)
	for _, f := range files {
		name := filepath.Base(f)
		mod := strings.TrimSuffix(name, ".py")
		if only != "" && !strings.Contains(","+only+",", ","+mod+",") {
			continue
		}
		t.Run(mod, func(t *testing.T) {
			if reason, ok := skips[mod]; ok && only == "" {
				t.Skip(reason)
			}
			if mod == "test_sqlite3" && !stdlib.SQLiteBuilt {
				t.Skip("SQLite is opt-in: go test -tags sqlite")
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Fatalf("no golden: %v", err)
			}
			got, errText := run(t, name)
			g, w := strings.Split(got, "\n"), strings.Split(string(want), "\n")
			same := 0
			for same < len(g) && same < len(w) && g[same] == w[same] {
				same++
			}
			if got == string(want) && errText != "" {
				// The programs are written to finish cleanly under CPython.
				t.Errorf("output matches but the program raised: %s", errText)
			}
			if got != string(want) {
				gl, wl := "<end>", "<end>"
				if same < len(g) {
					gl = g[same]
				}
				if same < len(w) {
					wl = w[same]
				}
				t.Errorf("%d/%d lines match; first difference at line %d:\n got: %q\nwant: %q\n%s",
					same, len(w)-1, same+1, gl, wl, errText)
			}
		})
	}
}

// readSkips reads skip.txt: known failures, each with its reason.
func readSkips(t *testing.T) map[string]string {
	out := map[string]string{}
	b, err := os.ReadFile(filepath.Join(testdir, "skip.txt"))
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		out[name] = strings.TrimSpace(reason)
	}
	return out
}

func TestModuleNames(t *testing.T) {
	names := strings.Join(stdlibNames(), " ")
	for _, want := range []string{"functools", "collections", "collections.abc"} {
		if !strings.Contains(" "+names+" ", " "+want+" ") {
			t.Errorf("ModuleNames lacks %s: %s", want, names)
		}
	}
}
