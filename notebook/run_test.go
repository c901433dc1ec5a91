// This file tests Run and the output recorder with a scripted session that
// stands in for the interpreter.

package notebook

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"adder/kernel"
)

// scripted is a kernel.Session whose cells are Go functions keyed by the
// cell's source.
type scripted struct {
	cells       map[string]func(out kernel.Output) kernel.ExecuteOutcome
	ran         []string
	interrupted chan struct{}
}

func newScripted() *scripted {
	return &scripted{cells: map[string]func(kernel.Output) kernel.ExecuteOutcome{},
		interrupted: make(chan struct{}, 1)}
}

func (s *scripted) Execute(ctx context.Context, code string, opts kernel.ExecuteOptions, out kernel.Output) kernel.ExecuteOutcome {
	s.ran = append(s.ran, code)
	if f, ok := s.cells[code]; ok {
		return f(out)
	}
	return kernel.ExecuteOutcome{Status: "error", EName: "NameError", EValue: "unscripted cell " + code,
		Traceback: []string{"Traceback", "NameError: unscripted"}}
}
func (s *scripted) Complete(string, int) kernel.CompleteResult    { return kernel.CompleteResult{} }
func (s *scripted) Inspect(string, int, int) kernel.InspectResult { return kernel.InspectResult{} }
func (s *scripted) IsComplete(string) (string, string)            { return "complete", "" }
func (s *scripted) Interrupt() {
	select {
	case s.interrupted <- struct{}{}:
	default:
	}
}

var ok = kernel.ExecuteOutcome{Status: "ok"}

func text(s string) map[string]any { return map[string]any{"text/plain": s} }

func codeNotebook(sources ...string) *Notebook {
	nb := New()
	for _, src := range sources {
		nb.Cells = append(nb.Cells, &Cell{Type: CodeCell, Metadata: map[string]any{}, Source: src})
	}
	return nb
}

func TestRunRecordsLikeNbclient(t *testing.T) {
	s := newScripted()
	s.cells["print"] = func(out kernel.Output) kernel.ExecuteOutcome {
		out.Stream("stdout", "a")
		out.Stream("stdout", "b\n")
		out.Stream("stderr", "warn\n")
		out.Stream("stdout", "c\n")
		out.ExecuteResult(map[string]any{"text/plain": "42", "text/html": []string{"<b>\n", "42</b>"}}, nil)
		return ok
	}
	s.cells["fail"] = func(out kernel.Output) kernel.ExecuteOutcome {
		out.Stream("stdout", "before\n")
		return kernel.ExecuteOutcome{Status: "error", EName: "ZeroDivisionError", EValue: "division by zero",
			Traceback: []string{"tb1", "tb2"}}
	}
	s.cells["input"] = func(out kernel.Output) kernel.ExecuteOutcome {
		_, err := out.Input("name? ", false)
		if !errors.Is(err, kernel.ErrStdinNotAllowed) {
			t.Errorf("Input error %v", err)
		}
		return ok
	}
	nb := codeNotebook("print", "  \n", "fail", "input")
	nb.FormatMinor = 4
	nb.Cells[3].Outputs = []*Output{{Type: StreamOutput, Name: "stdout", Text: "stale"}}
	var progress strings.Builder
	err := Run(context.Background(), s, nb, Options{Progress: &progress, Name: "t.ipynb",
		LanguageInfo: map[string]any{"name": "python"}})
	var ce *CellError
	if !errors.As(err, &ce) || ce.Index != 2 || ce.Count != 2 || ce.Outcome.EName != "ZeroDivisionError" {
		t.Fatalf("Run error %v, want a CellError for the third cell", err)
	}
	if strings.Join(s.ran, ",") != "print,fail" {
		t.Errorf("ran %v: the empty cell must be skipped and the run must stop at the error", s.ran)
	}
	c := nb.Cells[0]
	if len(c.Outputs) != 4 || c.Outputs[0].Text != "ab\n" || c.Outputs[1].Name != "stderr" || c.Outputs[2].Text != "c\n" {
		t.Fatalf("outputs %s", render(c.Outputs, false))
	}
	r := c.Outputs[3]
	if r.Type != ExecuteResultOutput || *r.ExecutionCount != 1 || r.Data["text/html"] != "<b>\n42</b>" || *c.ExecutionCount != 1 {
		t.Errorf("execute_result %+v", r)
	}
	if nb.Cells[1].ExecutionCount != nil {
		t.Errorf("empty cell got a count")
	}
	e := nb.Cells[2].Outputs
	if len(e) != 2 || e[1].Type != ErrorOutput || e[1].EValue != "division by zero" || len(e[1].Traceback) != 2 {
		t.Errorf("error cell outputs %s", render(e, false))
	}
	if nb.Cells[3].Outputs[0].Text != "stale" {
		t.Errorf("cells after the error must keep their outputs")
	}
	if nb.FormatMinor != 5 || !ValidID(nb.Cells[0].ID) || nb.Metadata["language_info"] == nil {
		t.Errorf("not upgraded: minor %d id %q", nb.FormatMinor, nb.Cells[0].ID)
	}
	wantProgress := "t.ipynb: cell 1/4 In [1] ok"
	if !strings.HasPrefix(progress.String(), wantProgress) || !strings.Contains(progress.String(), "cell 2/4 skipped") ||
		!strings.Contains(progress.String(), "cell 3/4 In [2] ZeroDivisionError") {
		t.Errorf("progress:\n%s", progress.String())
	}
	data, err := Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse("out.ipynb", data); err != nil {
		t.Errorf("written notebook does not read back: %v", err)
	}

	// With AllowErrors the run goes on, and counts keep rising.
	s.ran = nil
	if err := Run(context.Background(), s, nb, Options{AllowErrors: true}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(s.ran, ",") != "print,fail,input" || *nb.Cells[3].ExecutionCount != 3 || len(nb.Cells[3].Outputs) != 0 {
		t.Errorf("ran %v, last count %v", s.ran, *nb.Cells[3].ExecutionCount)
	}
}

func TestRaisesExceptionTagAndSkip(t *testing.T) {
	s := newScripted()
	nb := codeNotebook("boom", "skipme", "later")
	nb.Cells[0].Metadata["tags"] = []any{"raises-exception"}
	nb.Cells[1].Metadata["tags"] = []any{"nbtest-skip"}
	s.cells["later"] = func(out kernel.Output) kernel.ExecuteOutcome { return ok }
	if err := Run(context.Background(), s, nb, Options{SkipTags: []string{"nbtest-skip"}}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(s.ran, ",") != "boom,later" {
		t.Errorf("ran %v", s.ran)
	}
}

func TestClearOutput(t *testing.T) {
	s := newScripted()
	s.cells["clear"] = func(out kernel.Output) kernel.ExecuteOutcome {
		out.Stream("stdout", "gone\n")
		out.ClearOutput(false)
		out.Stream("stdout", "1\n")
		out.ClearOutput(true)
		out.ClearOutput(true)
		out.Stream("stdout", "2\n") // replaces "1"
		out.ClearOutput(true)       // pending at the end: output stays
		return ok
	}
	nb := codeNotebook("clear")
	if err := Run(context.Background(), s, nb, Options{}); err != nil {
		t.Fatal(err)
	}
	if got := render(nb.Cells[0].Outputs, false); got != "[stdout]\n2\n" {
		t.Errorf("outputs:\n%s", got)
	}
}

func TestUpdateDisplayData(t *testing.T) {
	s := newScripted()
	id := map[string]any{"display_id": "d1"}
	s.cells["show"] = func(out kernel.Output) kernel.ExecuteOutcome {
		out.DisplayData(text("v1"), nil, id, false)
		out.DisplayData(text("other"), nil, nil, false)
		out.DisplayData(text("v1"), nil, id, false) // same id shown twice
		return ok
	}
	s.cells["update"] = func(out kernel.Output) kernel.ExecuteOutcome {
		out.DisplayData(text("v2"), map[string]any{"m": 1}, id, true)
		out.Stream("stdout", "updated\n")
		return ok
	}
	s.cells["again"] = func(out kernel.Output) kernel.ExecuteOutcome {
		out.ClearOutput(true)
		out.DisplayData(text("v3"), nil, id, false) // updates the first cell, then shows here
		out.DisplayData(text("v4"), nil, id, true)
		return ok
	}
	nb := codeNotebook("show", "update", "again")
	if err := Run(context.Background(), s, nb, Options{}); err != nil {
		t.Fatal(err)
	}
	first := render(nb.Cells[0].Outputs, false)
	if first != "[display_data text/plain]\nv4\n[display_data text/plain]\nother\n[display_data text/plain]\nv4\n" {
		t.Errorf("first cell:\n%s", first)
	}
	if got := render(nb.Cells[1].Outputs, false); got != "[stdout]\nupdated\n" {
		t.Errorf("update cell:\n%s", got)
	}
	if got := render(nb.Cells[2].Outputs, false); got != "[display_data text/plain]\nv4\n" {
		t.Errorf("third cell:\n%s", got)
	}
}

func TestTimeoutInterrupts(t *testing.T) {
	s := newScripted()
	s.cells["loop"] = func(out kernel.Output) kernel.ExecuteOutcome {
		<-s.interrupted
		return kernel.ExecuteOutcome{Status: "error", EName: "KeyboardInterrupt", Traceback: []string{"KeyboardInterrupt"}}
	}
	nb := codeNotebook("1", "loop", "never")
	s.cells["1"] = func(kernel.Output) kernel.ExecuteOutcome { return ok }
	start := time.Now()
	err := Run(context.Background(), s, nb, Options{Timeout: 30 * time.Millisecond, AllowErrors: true})
	var te *TimeoutError
	if !errors.As(err, &te) || te.Index != 1 || err.Error() != "cell 2 timed out after 30ms" {
		t.Fatalf("err %v", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("timeout took %s", time.Since(start))
	}
	if got := nb.Cells[1].Outputs; len(got) != 1 || got[0].EName != "KeyboardInterrupt" {
		t.Errorf("interrupted cell outputs %s", render(got, false))
	}
}

func TestLateOutputDropped(t *testing.T) {
	s := newScripted()
	var saved kernel.Output
	s.cells["bg"] = func(out kernel.Output) kernel.ExecuteOutcome { saved = out; return ok }
	nb := codeNotebook("bg")
	if err := Run(context.Background(), s, nb, Options{}); err != nil {
		t.Fatal(err)
	}
	saved.Stream("stdout", "late\n")
	if len(nb.Cells[0].Outputs) != 0 {
		t.Errorf("late output recorded: %s", render(nb.Cells[0].Outputs, false))
	}
}
