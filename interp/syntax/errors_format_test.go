package syntax

// This file checks how errors print.

import "testing"

func TestErrorFormat(t *testing.T) {
	_, err := Parse("/tmp/x.py", []byte("if True:\n    x = (1 2)\n"), Exec, 0)
	e := err.(*Error)
	want := "  File \"/tmp/x.py\", line 2\n    x = (1 2)\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
	if got := e.Format(); got != want {
		t.Errorf("Format:\n%s\nwant:\n%s", got, want)
	}
	if got := e.Error(); got != "invalid syntax. Perhaps you forgot a comma? (x.py, line 2)" {
		t.Errorf("Error() = %q", got)
	}
	_, err = Parse("<string>", []byte("x = )\n"), Exec, 0)
	want = "  File \"<string>\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n"
	if got := err.(*Error).Format(); got != want {
		t.Errorf("Format:\n%s\nwant:\n%s", got, want)
	}
}
