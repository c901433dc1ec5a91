package display

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"adder/interp"
)

// TestTextRepr compares textRepr with pydoc.text.repr (testdata/
// textrepr.json, from CPython 3.12) for the same values.
func TestTextRepr(t *testing.T) {
	data, err := os.ReadFile("testdata/textrepr.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Expr, Repr string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &out})
	for _, c := range cases {
		v, err := s.Eval(c.Expr)
		if err != nil {
			t.Errorf("%s: %v", c.Expr, err)
			continue
		}
		var got string
		s.Do(func() error {
			got = textRepr(v, 6)
			return nil
		})
		if got != c.Repr {
			t.Errorf("%s: %q, want %q", c.Expr, got, c.Repr)
		}
	}
	if len(cases) < 20 {
		t.Errorf("only %d cases", len(cases))
	}
}
