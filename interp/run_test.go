// This file runs Python programs through a Session and compares their
// stdout with CPython 3.12's: the topic files in testdata/ (goldens made
// by scripts/gen_interp_goldens.sh) and, when present, the shared
// conformance corpus in ../../shared/conformance with
// testdata/conformance_skip.txt listing known failures and why.

package interp

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"adder/interp/py"
)

// runProgram runs src as __main__ and returns stdout, stderr text of an
// uncaught exception (its str), and whether it finished without error.
func runProgram(t *testing.T, dir, name string, timeout time.Duration) (stdout string, errText string, ok bool) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	abs, _ := filepath.Abs(dir)
	s := NewSession(Options{Stdout: &out, Stderr: &errb, Argv: []string{name}, MainDir: abs})
	done := make(chan error, 1)
	go func() { done <- s.ExecFile(name, string(src)) }()
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
	if runErr != nil {
		if code, _, isExit := ExitStatus(runErr); isExit && code == 0 {
			return out.String(), "", true
		}
		return out.String(), runErr.Error(), false
	}
	_ = py.None
	return out.String(), "", true
}

func TestTopicFiles(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no testdata/*.py")
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Skip("no golden")
			}
			got, errText, _ := runProgram(t, "testdata", name, 20*time.Second)
			if got != string(want) {
				t.Errorf("stdout differs (%s)\n%s", errText, firstDiff(got, string(want)))
			}
		})
	}
}

// firstDiff shows the first differing line.
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
			return "line " + itoa(i+1) + ":\n  got:  " + a + "\n  want: " + b
		}
	}
	return "(identical lines; trailing difference)"
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for n >= 10 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	i--
	b[i] = byte('0' + n)
	return string(b[i:])
}

// readSkips parses "name  reason" lines; # starts a comment.
func readSkips(t *testing.T, path string) map[string]string {
	skips := map[string]string{}
	f, err := os.Open(path)
	if err != nil {
		return skips
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		if strings.TrimSpace(reason) == "" {
			t.Errorf("%s: skip entry %q has no reason", path, name)
		}
		skips[name] = strings.TrimSpace(reason)
	}
	return skips
}

func TestConformance(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "conformance")
	if d := os.Getenv("ADDER_CONFORMANCE"); d != "" {
		dir = d
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no shared conformance corpus")
	}
	skips := readSkips(t, "testdata/conformance_skip.txt")
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	passed := 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(dir, name+".out"))
			if err != nil {
				t.Skip("no .out")
			}
			got, errText, ok := runProgram(t, dir, name+".py", 10*time.Second)
			pass := ok && got == string(want)
			reason, skipped := skips[name]
			switch {
			case pass && skipped:
				t.Errorf("passes but is listed in conformance_skip.txt (%s): remove it", reason)
			case pass:
				passed++
			case skipped:
				t.Skipf("known failure: %s", reason)
			default:
				t.Errorf("fails (%s)\n%s", errText, firstDiff(got, string(want)))
			}
		})
	}
	t.Logf("%d of %d conformance cases pass", passed, len(files))
}
