package display

import (
	"encoding/json"
	"os"
	"testing"
)

// TestCaretAnchorsGoldens compares caretAnchors with CPython 3.12's
// traceback._extract_caret_anchors_from_line_segment.
func TestCaretAnchorsGoldens(t *testing.T) {
	data, err := os.ReadFile("testdata/anchors.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Segment string `json:"segment"`
		Anchors []int  `json:"anchors"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 50 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		l, r, ok := caretAnchors(c.Segment)
		if c.Anchors == nil {
			if ok {
				t.Errorf("%q: got anchors [%d %d], want none", c.Segment, l, r)
			}
			continue
		}
		got := []int{charOffset(c.Segment, l), charOffset(c.Segment, r)}
		if !ok || got[0] != c.Anchors[0] || got[1] != c.Anchors[1] {
			t.Errorf("%q: got %v (ok=%v), want %v", c.Segment, got, ok, c.Anchors)
		}
	}
}
