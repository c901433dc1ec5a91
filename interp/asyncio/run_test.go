// This file runs the async differential programs (testdata/async in
// interp, goldens from CPython 3.12 by scripts/gen_async_goldens.sh) and
// the shared conformance corpus's async_* programs through a Session with
// this package linked, comparing stdout byte for byte.

package asyncio_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"adder/display"
	"adder/interp"
	_ "adder/interp/asyncio"
	"adder/interp/py"
)

// runFile runs a program as __main__ and returns its stdout and, when it
// failed, the traceback text.
func runFile(t testing.TB, path string, timeout time.Duration) (string, string) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	abs, _ := filepath.Abs(filepath.Dir(path))
	s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &errb, Argv: []string{path}, MainDir: abs})
	done := make(chan error, 1)
	go func() { done <- s.ExecFile(path, string(src)) }()
	var runErr error
	select {
	case runErr = <-done:
	case <-time.After(timeout):
		s.Interrupt()
		runErr = <-done
		if runErr == nil {
			runErr = errors.New("timeout")
		}
	}
	if runErr == nil {
		return out.String(), ""
	}
	if code, _, isExit := interp.ExitStatus(runErr); isExit && code == 0 {
		return out.String(), ""
	}
	text := runErr.Error()
	if exc, ok := runErr.(*py.Exception); ok {
		_ = s.Do(func() error {
			d := display.FromPy(exc, func(filename string) ([]string, int) { return s.Source(filename), 0 })
			text = display.PlainTraceback(d)
			return nil
		})
	}
	return out.String(), errb.String() + text
}

// TestRunFile runs the program named by $ASYNC_FILE (a debugging aid).
func TestRunFile(t *testing.T) {
	f := os.Getenv("ASYNC_FILE")
	if f == "" {
		t.Skip("ASYNC_FILE not set")
	}
	out, errText := runFile(t, f, 30*time.Second)
	os.Stdout.WriteString(out)
	if errText != "" {
		os.Stdout.WriteString("--- error:\n" + errText)
	}
}

func compareDir(t *testing.T, pattern string, skip map[string]string) {
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		t.Skipf("no files match %s", pattern)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		t.Run(name, func(t *testing.T) {
			if why, ok := skip[name]; ok {
				t.Skip(why)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Skip("no golden")
			}
			got, errText := runFile(t, f, 20*time.Second)
			if got != string(want) || errText != "" {
				t.Errorf("stdout differs or failed\n%s\n%s", errText, firstDiff(got, string(want)))
			}
		})
	}
}

func firstDiff(got, want string) string {
	g := strings.Split(got, "\n")
	w := strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return "line " + itoa(i+1) + ":\n got:  " + a + "\n want: " + b
		}
	}
	return "(same lines)"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func TestAsyncPrograms(t *testing.T) {
	compareDir(t, "../testdata/async/*.py", asyncSkips)
}

func TestConformanceAsync(t *testing.T) {
	compareDir(t, "../../../shared/conformance/async_*.py", conformanceSkips)
}

// asyncSkips lists known failures: name → reason. Each is a VM gap owned
// by interp/py or interp/compile, listed in the asyncio report.
var asyncSkips = map[string]string{}

var conformanceSkips = map[string]string{}
