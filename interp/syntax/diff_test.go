package syntax

// This file holds an optional differential test against CPython's error
// reports on randomly mutated sources. It runs only when
// ADDER_SYNTAX_DIFF_CASES names a file made by
// scripts/gen_syntax_diff_cases.py (which needs CPython 3.12), and reports
// how many cases differ; it fails only if the share of differences grows
// past ADDER_SYNTAX_DIFF_MAX percent (default 10).

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"
)

func TestCPythonDiff(t *testing.T) {
	path := os.Getenv("ADDER_SYNTAX_DIFF_CASES")
	if path == "" {
		t.Skip("ADDER_SYNTAX_DIFF_CASES not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Src  string
		Want errorGolden
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	bad, n := 0, 0
	for _, c := range cases {
		if c.Want.Type == "MemoryError" || c.Want.Type == "RecursionError" {
			continue
		}
		n++
		_, perr := Parse("<string>", []byte(c.Src), Exec, 0)
		got := errorGolden{Type: "ok"}
		if perr != nil {
			e := perr.(*Error)
			got = errorGolden{e.Kind, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset}
		}
		if got != c.Want {
			bad++
			if testing.Verbose() {
				t.Logf("%q\n got: %+v\nwant: %+v", c.Src, got, c.Want)
			}
		}
	}
	t.Logf("%d of %d cases differ from CPython", bad, n)
	limit := 10.0
	if s := os.Getenv("ADDER_SYNTAX_DIFF_MAX"); s != "" {
		limit, _ = strconv.ParseFloat(s, 64)
	}
	if n > 0 && float64(bad)*100 > limit*float64(n) {
		t.Errorf("%d of %d cases differ (more than %.1f%%)", bad, n, limit)
	}
}
