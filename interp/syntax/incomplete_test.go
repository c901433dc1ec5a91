package syntax

// This file checks the AllowIncompleteInput flag against CPython's
// compile(src, "<input>", "exec", PyCF_ALLOW_INCOMPLETE_INPUT) errors
// (testdata/incomplete/cases.golden, made by scripts/gen_syntax_goldens.py).

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

func TestAllowIncompleteInput(t *testing.T) {
	f, err := os.Open("testdata/incomplete/cases.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, incomplete := 0, 0
	for sc.Scan() {
		var c struct {
			Src string
			errorGolden
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		if c.Msg == "incomplete input" {
			incomplete++
		}
		_, perr := Parse("<input>", []byte(c.Src), Exec, AllowIncompleteInput)
		got := errorGolden{Type: "ok"}
		if perr != nil {
			e := perr.(*Error)
			got = errorGolden{e.Kind, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset}
		}
		if got != c.errorGolden {
			t.Errorf("Parse(%q, AllowIncompleteInput):\n got: %+v\nwant: %+v", c.Src, got, c.errorGolden)
		}
	}
	if n < 100 || incomplete < 30 {
		t.Fatalf("only %d cases, %d incomplete", n, incomplete)
	}
}

// Without the flag the same sources keep their ordinary errors.
func TestIncompleteNeedsFlag(t *testing.T) {
	for _, src := range []string{"if x:", "x = (", "try:\n    pass\n", "x = '''abc"} {
		_, err := Parse("<input>", []byte(src), Exec, 0)
		if err == nil || err.(*Error).Msg == "incomplete input" {
			t.Errorf("Parse(%q) without the flag = %v", src, err)
		}
	}
}
