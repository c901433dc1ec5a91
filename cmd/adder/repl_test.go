// This file drives the interactive prompt with scripted input: prompts,
// continuation lines, values, tracebacks, magics, history across sessions,
// and the line editor's keys and Tab completion.

package main

import (
	"bufio"
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"adder/history"
)

func runScript(t *testing.T, input string) (stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	r := &repl{out: &out, errOut: &errOut}
	r.run(&plainReader{in: bufio.NewReader(strings.NewReader(input)), out: &out})
	return out.String(), errOut.String()
}

func TestREPLSession(t *testing.T) {
	data := t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", data)
	out, errOut := runScript(t, "1 + 1\nx = 5\nif x:\n    print('big')\n\nx * 2\n1/0\n%foo\ndef f():\n    return 7\n\nf()\n")
	want := ">>> 2\n>>> >>> ... ... big\n>>> 10\n>>> >>> >>> ... ... >>> 7\n>>> \n"
	if got := out[strings.Index(out, "information.\n")+len("information.\n"):]; got != want {
		t.Errorf("stdout\n got  %q\n want %q", got, want)
	}
	if !strings.Contains(errOut, "Traceback (most recent call last):\n") || !strings.Contains(errOut, "ZeroDivisionError: division by zero\n") {
		t.Errorf("no plain traceback in %q", errOut)
	}
	if strings.Contains(errOut, "\x1b[") {
		t.Errorf("ANSI codes in a non-terminal traceback: %q", errOut)
	}
	if !strings.Contains(errOut, "UsageError: Line magic function `%foo` not found.\n") {
		t.Errorf("no UsageError in %q", errOut)
	}
	// History persisted: a later session sees these inputs.
	h, err := history.OpenFile(filepath.Join(data, "adder", history.FileName))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := h.Range(-1, 1, 0)
	if len(got) != 8 || got[2].Input != "if x:\n    print('big')" || got[0].Input != "1 + 1" {
		t.Errorf("stored history %v", got)
	}
}

func TestREPLExit(t *testing.T) {
	t.Setenv("JUPYTER_DATA_DIR", t.TempDir())
	var out, errOut bytes.Buffer
	r := &repl{out: &out, errOut: &errOut}
	status := r.run(&plainReader{in: bufio.NewReader(strings.NewReader("import sys\nsys.exit(3)\nprint('not here')\n")), out: &out})
	if status != 3 || strings.Contains(out.String(), "not here") {
		t.Errorf("exit status %d, output %q", status, out.String())
	}
}

// keys feeds bytes to the editor.
type keys struct{ r *strings.Reader }

func (k keys) ReadByte() (byte, error) { return k.r.ReadByte() }

func TestEditorKeys(t *testing.T) {
	e := &editor{out: io.Discard, history: []string{"old = 1", "older()"}}
	cases := []struct{ in, want string }{
		{"abc\r", "abc"},
		{"abc\x1b[D\x1b[DX\r", "aXbc"}, // left arrows, insert
		{"abc\x01Z\x05Y\r", "ZabcY"},   // Ctrl-A, Ctrl-E
		{"abc\x7f\r", "ab"},            // backspace
		{"one two\x17\r", "one "},      // Ctrl-W
		{"abc\x02\x02\x0b\r", "a"},     // Ctrl-B, Ctrl-K
		{"\x1b[A\r", "older()"},        // up: newest history entry
		{"\x1b[A\x1b[A\r", "old = 1"},  // up twice
		{"new\x1b[A\x1b[B\r", "new"},   // down returns the edited line
		{"é\x1b[Dx\r", "xé"},           // UTF-8 input, cursor by code point
		{"\t\r", "    "},               // Tab at line start indents
	}
	for _, c := range cases {
		got, err := e.edit(">>> ", keys{strings.NewReader(c.in)})
		if err != nil || got != c.want {
			t.Errorf("keys %q -> %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	if _, err := e.edit(">>> ", keys{strings.NewReader("\x04")}); err != io.EOF {
		t.Errorf("Ctrl-D on empty line: %v", err)
	}
	if _, err := e.edit(">>> ", keys{strings.NewReader("ab\x03")}); err != errInterrupted {
		t.Errorf("Ctrl-C: %v", err)
	}
}

func TestEditorTab(t *testing.T) {
	t.Setenv("JUPYTER_DATA_DIR", t.TempDir())
	var out bytes.Buffer
	r := &repl{out: &out, errOut: &out}
	r.run(&plainReader{in: bufio.NewReader(strings.NewReader("value_one = 1\nvalue_two = 2\n")), out: &out})
	var screen bytes.Buffer
	e := &editor{out: &screen, complete: r.complete}
	got, _ := e.edit(">>> ", keys{strings.NewReader("print(valu\t\r")})
	if got != "print(value_" {
		t.Errorf("common prefix: %q", got)
	}
	got, _ = e.edit(">>> ", keys{strings.NewReader("value_t\t\r")})
	if got != "value_two" {
		t.Errorf("single match: %q", got)
	}
	screen.Reset()
	e.edit(">>> ", keys{strings.NewReader("value_\t\t\r")})
	if !strings.Contains(screen.String(), "value_one  value_two") {
		t.Errorf("second Tab did not list matches: %q", screen.String())
	}
}
