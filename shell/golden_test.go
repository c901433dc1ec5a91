// This file checks IsComplete and TransformCell against IPython 8.5's
// check_complete and transform_cell (goldens from scripts/gen_shell_goldens.py).

package shell

import (
	"encoding/json"
	"os"
	"testing"
	"time"
)

func loadJSON(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatalf("read golden: %v", err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("decode %s: %v", name, err)
	}
}

func TestIsCompleteGoldens(t *testing.T) {
	var cases []struct{ Code, Status, Indent string }
	loadJSON(t, "is_complete.json", &cases)
	if len(cases) < 50 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		st, indent := IsComplete(c.Code)
		if st != c.Status || indent != c.Indent {
			t.Errorf("IsComplete(%q) = %q, %q; IPython says %q, %q", c.Code, st, indent, c.Status, c.Indent)
		}
	}
}

func TestTransformGoldens(t *testing.T) {
	var cases []struct {
		Code   string
		Python *string
	}
	loadJSON(t, "transform.json", &cases)
	for _, c := range cases {
		if c.Python == nil {
			continue
		}
		if got := TransformCell(c.Code); got != *c.Python {
			t.Errorf("TransformCell(%q)\n got  %q\n want %q", c.Code, got, *c.Python)
		}
	}
}

// TestIsCompleteFast guards jupyter_console's 1 s budget on a large cell.
func TestIsCompleteFast(t *testing.T) {
	big := ""
	for i := 0; i < 5000; i++ {
		big += "x = [1, 2, (3, 4)]  # filler\n"
	}
	start := time.Now()
	st, _ := IsComplete(big + "if x:\n")
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("IsComplete took %v on a 5000-line cell", d)
	}
	if st != StatusIncomplete {
		t.Errorf("status %q, want incomplete", st)
	}
}
