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
)

// Known differences in the %xmode goldens, each with its reason.
var knownXmode = map[string]string{
	"lambda_and_comprehension": "ipykernel here runs Python 3.11, whose list comprehensions have a <listcomp> frame",
	"recursion Verbose":        "RecursionError strikes at another depth (ipykernel's own frames use part of the limit), so n in the last frame differs",
	"msg_attribute Plain":      "the frames inside json differ: ipykernel runs Python 3.11's json module, adder its own 3.12 one (embedded, so no source lines)",
	"msg_attribute Verbose":    "the frames inside json differ: ipykernel runs Python 3.11's json module, adder its own 3.12 one (embedded, so no source lines)",
}

var xmodeAddrRE = regexp.MustCompile(`0x[0-9a-f]+`)

// normalizeList folds runs of equal elements (the depth of a recursion
// differs between ipykernel and adder) and hides counts and addresses.
func normalizeList(tb []string) string {
	var out []string
	for _, s := range tb {
		if strings.Contains(s, "/IPython/core/interactiveshell.py:") {
			continue // IPython's own run_code frame (SyntaxTB has no offset)
		}
		s = countRE.ReplaceAllString(s, "N")
		s = xmodeAddrRE.ReplaceAllString(s, "0xADDR")
		if len(out) > 0 && out[len(out)-1] == s {
			continue
		}
		out = append(out, s)
	}
	return strings.Join(out, "\x00")
}

// TestSessionXmodeTracebacks runs each case's cells in a session in every
// recorded mode and compares IPythonError's list with ipykernel's.
func TestSessionXmodeTracebacks(t *testing.T) {
	defer display.SetTracebackMode(display.CurrentTracebackMode())
	paths, _ := filepath.Glob("testdata/xmode/*.json")
	n := 0
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".json")
		if name == "cycle" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var c struct {
			Cells []string            `json:"cells"`
			Files map[string]string   `json:"files"`
			Modes map[string][]string `json:"modes"`
		}
		if err := json.Unmarshal(data, &c); err != nil {
			t.Fatal(err)
		}
		for mode, want := range c.Modes {
			if reason, ok := knownXmode[name]; ok {
				t.Logf("skip %s: %s", name, reason)
				continue
			}
			if reason, ok := knownXmode[name+" "+mode]; ok {
				t.Logf("skip %s %s: %s", name, mode, reason)
				continue
			}
			m, _ := display.ParseTracebackMode(mode)
			display.SetTracebackMode(m)
			// Helper modules sit in the session's main directory, as they
			// sat in the kernel's working directory ("DIR" in the goldens).
			dir := t.TempDir()
			for fn, src := range c.Files {
				if err := os.WriteFile(filepath.Join(dir, fn), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var out, errb bytes.Buffer
			s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &errb, IncompleteInput: true, MainDir: dir})
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
			got := display.IPythonTracebackMode(d, m, display.IPythonOptions{Compat: true})
			for i := range got {
				got[i] = strings.ReplaceAll(got[i], dir, "DIR")
			}
			if g, w := normalizeList(got), normalizeList(want); g != w {
				t.Errorf("%s %s:\n got: %q\nwant: %q", name, mode, g, w)
			}
			n++
		}
	}
	if n < 30 {
		t.Errorf("only %d comparisons ran", n)
	}
}
