package syntax

// This file checks CheckComplete against codeop.compile_command goldens
// (testdata/complete/cases.golden, made by scripts/gen_syntax_goldens.py).

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

func TestCheckCompleteGoldens(t *testing.T) {
	f, err := os.Open("testdata/complete/cases.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var c struct{ Src, Status, Exec string }
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		got, _ := CheckComplete(c.Src, 0)
		if got.String() != c.Status {
			t.Errorf("CheckComplete(%q) = %s, CPython's codeop says %s", c.Src, got, c.Status)
		}
		got, _ = CheckCompleteMode(c.Src, Exec, 0)
		if got.String() != c.Exec {
			t.Errorf("CheckCompleteMode(%q, Exec) = %s, CPython's codeop says %s", c.Src, got, c.Exec)
		}
	}
	if n < 120 {
		t.Fatalf("only %d cases", n)
	}
}

func TestCheckCompleteIndent(t *testing.T) {
	for _, c := range []struct{ src, indent string }{
		{"if x:", "    "},
		{"def f():\n    if y:", "        "},
		{"for i in x:\n    a = 1", "    "},
		{"x = (1,", ""},
	} {
		st, ind := CheckComplete(c.src, 0)
		if st != Incomplete || ind != c.indent {
			t.Errorf("CheckComplete(%q) = %s %q, want incomplete %q", c.src, st, ind, c.indent)
		}
	}
}

func TestCheckCompleteTopLevelAwait(t *testing.T) {
	if st, _ := CheckComplete("await x", 0); st != Invalid {
		t.Errorf("await without flag: %s", st)
	}
	if st, _ := CheckComplete("await x", AllowTopLevelAwait); st != Complete {
		t.Errorf("await with flag: %s", st)
	}
	if st, _ := CheckComplete("async for x in y:\n    pass\n", AllowTopLevelAwait); st != Complete {
		t.Errorf("async for with flag: %s", st)
	}
}

func TestCheckCompleteModeExecCell(t *testing.T) {
	for _, c := range []struct {
		src  string
		want Completeness
	}{
		{"await x\nprint(1)", Complete},
		{"async with x:\n    pass", Complete},
		{"x = [1,\n", Incomplete},
		{"foo(a b", Invalid},
	} {
		if st, _ := CheckCompleteMode(c.src, Exec, AllowTopLevelAwait); st != c.want {
			t.Errorf("CheckCompleteMode(%q, Exec, AllowTopLevelAwait) = %s, want %s", c.src, st, c.want)
		}
	}
}
