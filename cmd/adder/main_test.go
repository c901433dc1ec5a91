package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDispatchVersionAndUnknown(t *testing.T) {
	var out, errb bytes.Buffer
	if code := dispatch([]string{"--version"}, nil, &out, &errb); code != 0 || !strings.HasPrefix(out.String(), "adder ") {
		t.Errorf("--version: %d %q", code, out.String())
	}
	out.Reset()
	if code := dispatch([]string{"frobnicate"}, nil, &out, &errb); code != 2 || !strings.Contains(errb.String(), `unknown command "frobnicate"`) {
		t.Errorf("unknown command: %d %q", code, errb.String())
	}
	out.Reset()
	if code := dispatch([]string{"install", "--help"}, nil, &out, &errb); code != 0 || !strings.Contains(out.String(), "--sys-prefix") {
		t.Errorf("install --help: %d %q", code, out.String())
	}
}

// TestArgv checks sys.argv for code from -c and from standard input, as
// python3 sets it (the program writes it to a file, since it prints to the
// process's own stdout).
func TestArgv(t *testing.T) {
	out := filepath.Join(t.TempDir(), "argv")
	prog := "import sys\nopen(" + quote(out) + ", 'w').write(repr(sys.argv))\n"
	cases := []struct {
		args  []string
		stdin string
		want  string
	}{
		{[]string{"-c", prog, "x"}, "", "['-c', 'x']"},
		{[]string{"-", "a", "b"}, prog, "['-', 'a', 'b']"},
		{nil, prog, "['']"},
	}
	for _, c := range cases {
		var o, e bytes.Buffer
		if code := dispatch(c.args, strings.NewReader(c.stdin), &o, &e); code != 0 {
			t.Fatalf("%v: exit %d, stderr %q", c.args, code, e.String())
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != c.want {
			t.Errorf("%v: sys.argv = %s, want %s", c.args, got, c.want)
		}
	}
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }
