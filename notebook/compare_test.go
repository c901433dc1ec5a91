// This file tests the nbtest comparison: what counts as equal, the diff
// shown for a mismatch and the summary line.

package notebook

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"adder/kernel"
)

// storedNotebook is a notebook as ipykernel would have recorded it, with
// the stream split in two chunks and a traceback adder does not reproduce.
func storedNotebook() *Notebook {
	nb := codeNotebook("hello", "boom", "show", "random", "skipped", "")
	nb.Cells[0].Outputs = []*Output{
		{Type: StreamOutput, Name: "stdout", Text: "hello\n"},
		{Type: StreamOutput, Name: "stdout", Text: "world\n"},
		{Type: ExecuteResultOutput, Data: map[string]any{"text/plain": "3"}, ExecutionCount: intPtr(1)},
	}
	nb.Cells[1].Outputs = []*Output{{Type: ErrorOutput, EName: "ZeroDivisionError", EValue: "division by zero",
		Traceback: []string{"ipykernel's traceback"}}}
	nb.Cells[2].Outputs = []*Output{{Type: DisplayDataOutput, Data: map[string]any{
		"text/plain": "<Figure>", "image/png": "AAAA", "application/json": map[string]any{"a": []any{"1"}}}}}
	nb.Cells[3].Metadata["tags"] = []any{TagSkipOutput}
	nb.Cells[3].Outputs = []*Output{{Type: StreamOutput, Name: "stdout", Text: "0.123\n"}}
	nb.Cells[4].Metadata["tags"] = []any{TagSkip}
	return nb
}

func adderSession() *scripted {
	s := newScripted()
	s.cells["hello"] = func(out kernel.Output) kernel.ExecuteOutcome {
		out.Stream("stdout", "hello\nworld\n")
		out.ExecuteResult(text("3"), map[string]any{"ignored": true})
		return ok
	}
	s.cells["boom"] = func(out kernel.Output) kernel.ExecuteOutcome {
		return kernel.ExecuteOutcome{Status: "error", EName: "ZeroDivisionError", EValue: "division by zero",
			Traceback: []string{"adder's traceback"}}
	}
	s.cells["show"] = func(out kernel.Output) kernel.ExecuteOutcome {
		out.DisplayData(map[string]any{"text/plain": "<Figure>", "image/png": "AAAA",
			"application/json": map[string]any{"a": []string{"1"}}}, nil, nil, false)
		return ok
	}
	s.cells["random"] = func(out kernel.Output) kernel.ExecuteOutcome {
		out.Stream("stdout", "0.987\n")
		return ok
	}
	return s
}

func TestCheckPasses(t *testing.T) {
	stored := storedNotebook()
	s := adderSession()
	rep, err := Check(context.Background(), s, "ok.ipynb", stored, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Passed != 3 || rep.Failed != 0 {
		var b strings.Builder
		rep.Write(&b)
		t.Fatalf("%d passed, %d failed:\n%s", rep.Passed, rep.Failed, b.String())
	}
	if strings.Contains(strings.Join(s.ran, ","), "skipped") {
		t.Errorf("an nbtest-skip cell ran: %v", s.ran)
	}
	if stored.Cells[3].Outputs[0].Text != "0.123\n" {
		t.Errorf("Check modified the stored notebook")
	}
}

func TestCheckFailsOnChangedOutput(t *testing.T) {
	stored := storedNotebook()
	stored.Cells[0].Outputs[1].Text = "World\n"                    // deliberately changed
	stored.Cells[1].Outputs[0].EValue = "integer division by zero" // evalue matters
	stored.Cells[2].Outputs[0].Data["image/png"] = "AAAB"
	rep, err := Check(context.Background(), adderSession(), "bad.ipynb", stored, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Passed != 0 || rep.Failed != 3 {
		t.Fatalf("%d passed, %d failed", rep.Passed, rep.Failed)
	}
	var b strings.Builder
	rep.Write(&b)
	want := `FAIL bad.ipynb: cell 1
    hello
--- stored cell 1
+++ adder cell 1
@@ -1,5 +1,5 @@
 [stdout]
 hello
-World
+world
 [execute_result text/plain]
 3
`
	if !strings.HasPrefix(b.String(), want) {
		t.Errorf("report:\n%s\nwant it to start with:\n%s", b.String(), want)
	}
	for _, frag := range []string{"-ZeroDivisionError: integer division by zero\n+ZeroDivisionError: division by zero\n",
		"-AAAB\n+AAAA\n", "FAIL bad.ipynb: cell 3"} {
		if !strings.Contains(b.String(), frag) {
			t.Errorf("report lacks %q:\n%s", frag, b.String())
		}
	}
	if got := Summary(rep.Passed, rep.Failed); got != "0 passed, 3 failed" {
		t.Errorf("summary %q", got)
	}
}

func TestCompareDetails(t *testing.T) {
	out := func(o ...*Output) *Notebook { nb := codeNotebook("x"); nb.Cells[0].Outputs = o; return nb }
	stream := func(name, s string) *Output { return &Output{Type: StreamOutput, Name: name, Text: s} }
	cases := []struct {
		name       string
		a, b       *Notebook
		equal      bool
		diffSubstr string
	}{
		{"merged streams", out(stream("stdout", "a"), stream("stdout", "b\n")), out(stream("stdout", "ab\n")), true, ""},
		{"stream names", out(stream("stdout", "a\n")), out(stream("stderr", "a\n")), false, "-[stdout]\n+[stderr]"},
		{"interleaved", out(stream("stdout", "a\n"), stream("stderr", "b\n")), out(stream("stderr", "b\n"), stream("stdout", "a\n")), false, "[stderr]"},
		{"missing newline", out(stream("stdout", "a")), out(stream("stdout", "a\n")), false, "-[no newline at end]"},
		{"text/plain newline", out(&Output{Type: DisplayDataOutput, Data: text("a")}), out(&Output{Type: DisplayDataOutput, Data: text("a\n")}), false, "[no newline at end]"},
		{"result vs display", out(&Output{Type: DisplayDataOutput, Data: text("a")}), out(&Output{Type: ExecuteResultOutput, Data: text("a")}), false, "-[display_data text/plain]"},
		{"extra mimetype", out(&Output{Type: DisplayDataOutput, Data: text("a")}), out(&Output{Type: DisplayDataOutput, Data: map[string]any{"text/plain": "a", "text/html": "<p>a</p>"}}), false, "+[display_data text/html]"},
		{"metadata ignored", out(&Output{Type: DisplayDataOutput, Data: text("a"), Metadata: map[string]any{"x": 1}}), out(&Output{Type: DisplayDataOutput, Data: text("a")}), true, ""},
		{"no output", out(stream("stdout", "a\n")), out(), false, "-[stdout]\n-a"},
		{"syntax error file", out(&Output{Type: ErrorOutput, EName: "SyntaxError", EValue: "invalid syntax (1850221797.py, line 1)"}),
			out(&Output{Type: ErrorOutput, EName: "SyntaxError", EValue: "invalid syntax (<cell-8>, line 1)"}), true, ""},
		{"syntax error line", out(&Output{Type: ErrorOutput, EName: "SyntaxError", EValue: "invalid syntax (a.py, line 1)"}),
			out(&Output{Type: ErrorOutput, EName: "SyntaxError", EValue: "invalid syntax (a.py, line 2)"}), false, "line 2"},
		{"error value", out(&Output{Type: ErrorOutput, EName: "KeyError", EValue: "'a'"}),
			out(&Output{Type: ErrorOutput, EName: "KeyError", EValue: "'b'"}), false, "+KeyError: 'b'"},
	}
	for _, c := range cases {
		rep := Compare("n", c.a, c.b)
		if (rep.Failed == 0) != c.equal || rep.Passed+rep.Failed != 1 {
			t.Errorf("%s: passed %d failed %d", c.name, rep.Passed, rep.Failed)
			continue
		}
		if !c.equal && !strings.Contains(rep.Mismatches[0].Diff, c.diffSubstr) {
			t.Errorf("%s: diff lacks %q:\n%s", c.name, c.diffSubstr, rep.Mismatches[0].Diff)
		}
	}
}

func TestCheckTimeoutFailsRemainingCells(t *testing.T) {
	s := adderSession()
	s.cells["boom"] = func(out kernel.Output) kernel.ExecuteOutcome {
		<-s.interrupted
		return kernel.ExecuteOutcome{Status: "error", EName: "KeyboardInterrupt"}
	}
	rep, err := Check(context.Background(), s, "slow.ipynb", storedNotebook(), Options{Timeout: 20 * time.Millisecond})
	var te *TimeoutError
	if !errors.As(err, &te) {
		t.Fatalf("err %v", err)
	}
	if rep.Passed != 1 || rep.Failed != 2 {
		t.Errorf("%d passed, %d failed", rep.Passed, rep.Failed)
	}
}

func TestUnifiedDiff(t *testing.T) {
	a := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n"
	b := "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13"
	want := "--- a\n+++ b\n@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n@@ -10,3 +10,4 @@\n 10\n 11\n 12\n+13\n\\ No newline at end of text\n"
	if got := unifiedDiff("a", "b", a, b); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if unifiedDiff("a", "b", a, a) != "" {
		t.Error("equal texts must give no diff")
	}
	if got := unifiedDiff("a", "b", "", "x\n"); got != "--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n" {
		t.Errorf("from empty: %q", got)
	}
}
