package display

import (
	"encoding/json"
	"os"
	"testing"
)

// TestHighlightGoldens compares the highlighter with pygments' output for
// the snippets in testdata/highlight.json.
func TestHighlightGoldens(t *testing.T) {
	data, err := os.ReadFile("testdata/highlight.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Source string   `json:"source"`
		Range  []int    `json:"range"`
		Lines  []string `json:"lines"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		var hot [][2]int
		if c.Range != nil {
			hot = [][2]int{{c.Range[0], c.Range[1]}}
		}
		got := highlightPython(c.Source, hot)
		if len(got) != len(c.Lines) {
			t.Errorf("%q: %d lines, want %d\n got: %q\nwant: %q", c.Source, len(got), len(c.Lines), got, c.Lines)
			continue
		}
		for i := range got {
			if got[i] != c.Lines[i] {
				t.Errorf("%q line %d:\n got: %q\nwant: %q", c.Source, i+1, got[i], c.Lines[i])
			}
		}
	}
}
