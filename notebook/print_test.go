// This file tests the transcript nbrun prints without -o.

package notebook

import (
	"context"
	"strings"
	"testing"

	"adder/kernel"
)

func TestPrinterTranscript(t *testing.T) {
	s := newScripted()
	s.cells["x = 6 * 7\nx"] = func(out kernel.Output) kernel.ExecuteOutcome {
		out.Stream("stdout", "no newline")
		out.ExecuteResult(text("42"), nil)
		return ok
	}
	s.cells["d"] = func(out kernel.Output) kernel.ExecuteOutcome {
		out.DisplayData(map[string]any{"image/png": "AAAA"}, nil, nil, false)
		out.ExecuteResult(text("[1,\n 2]"), nil)
		return kernel.ExecuteOutcome{Status: "error", EName: "E", EValue: "v",
			Traceback: []string{"\x1b[0;31mE\x1b[0m: v"}}
	}
	nb := codeNotebook("x = 6 * 7\nx", "d")
	nb.Cells = append([]*Cell{{Type: MarkdownCell, Source: "# Tour\n"}}, nb.Cells...)
	nb.Cells = append(nb.Cells, &Cell{Type: MarkdownCell, Source: "The end."})
	var b strings.Builder
	p := &Printer{W: &b}
	err := Run(context.Background(), s, nb, Options{AllowErrors: true, CellDone: func(i int, _ *Cell) { p.CellDone(nb, i) }})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "The end.") {
		t.Error("trailing markdown printed before Finish")
	}
	p.Finish(nb)
	want := "# Tour\n\nIn [1]: x = 6 * 7\n   ...: x\nno newline\nOut[1]: 42\n\n" +
		"In [2]: d\n<image/png>\nOut[2]:\n[1,\n 2]\nE: v\n\nThe end.\n\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}
