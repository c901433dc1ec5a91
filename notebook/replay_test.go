// This file replays iopub messages ipykernel sent for a notebook (recorded
// by gen_replay.py) through Run's recorder and expects the outputs nbclient
// stored for the same messages.

package notebook

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"adder/kernel"
)

func TestReplayMatchesNbclient(t *testing.T) {
	data, err := os.ReadFile("testdata/replay/messages.json")
	if err != nil {
		t.Fatal(err)
	}
	var cells [][][2]json.RawMessage
	if err := json.Unmarshal(data, &cells); err != nil {
		t.Fatal(err)
	}
	want, err := ReadFile("testdata/replay/want.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if len(cells) != len(want.Cells) {
		t.Fatalf("%d message lists for %d cells", len(cells), len(want.Cells))
	}
	s := newScripted()
	nb := New()
	for i, msgs := range cells {
		src := want.Cells[i].Source
		nb.Cells = append(nb.Cells, &Cell{ID: want.Cells[i].ID, Type: CodeCell, Metadata: map[string]any{}, Source: src})
		s.cells[src] = replay(t, msgs)
	}
	if err := Run(context.Background(), s, nb, Options{AllowErrors: true}); err != nil {
		t.Fatal(err)
	}
	for i, c := range nb.Cells {
		w := want.Cells[i]
		if *c.ExecutionCount != *w.ExecutionCount {
			t.Errorf("cell %d: count %d, nbclient %d", i, *c.ExecutionCount, *w.ExecutionCount)
		}
		// Streams are merged here (nbclient keeps the kernel's chunks), so
		// merge nbclient's too; everything else must be identical JSON.
		got, exp := outputsJSON(t, c.Outputs), outputsJSON(t, mergeStreams(w.Outputs))
		if got != exp {
			t.Errorf("cell %d differs from nbclient:\n%s", i, unifiedDiff("nbclient", "adder", exp, got))
		}
	}
	// The stderr chunk between two stdout chunks keeps them apart.
	if n := len(nb.Cells[0].Outputs); n != 4 {
		t.Errorf("first cell has %d outputs, want 4", n)
	}
}

// replay returns a scripted cell that sends msgs to the output.
func replay(t *testing.T, msgs [][2]json.RawMessage) func(kernel.Output) kernel.ExecuteOutcome {
	return func(out kernel.Output) kernel.ExecuteOutcome {
		outcome := kernel.ExecuteOutcome{Status: "ok"}
		for _, m := range msgs {
			var typ string
			var c struct {
				Name, Text     string
				Wait           bool
				Data, Metadata map[string]any
				Transient      map[string]any
				EName          string   `json:"ename"`
				EValue         string   `json:"evalue"`
				Traceback      []string `json:"traceback"`
			}
			if err := json.Unmarshal(m[0], &typ); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(m[1], &c); err != nil {
				t.Fatal(err)
			}
			switch typ {
			case "stream":
				out.Stream(c.Name, c.Text)
			case "display_data", "update_display_data":
				out.DisplayData(c.Data, c.Metadata, c.Transient, typ == "update_display_data")
			case "execute_result":
				out.ExecuteResult(c.Data, c.Metadata)
			case "clear_output":
				out.ClearOutput(c.Wait)
			case "error":
				outcome = kernel.ExecuteOutcome{Status: "error", EName: c.EName, EValue: c.EValue, Traceback: c.Traceback}
			default:
				t.Fatalf("unexpected message %s", typ)
			}
		}
		return outcome
	}
}

func mergeStreams(outs []*Output) []*Output {
	var merged []*Output
	for _, o := range outs {
		if n := len(merged); n > 0 && o.Type == StreamOutput && merged[n-1].Type == StreamOutput && merged[n-1].Name == o.Name {
			cp := *merged[n-1]
			cp.Text += o.Text
			merged[n-1] = &cp
			continue
		}
		merged = append(merged, o)
	}
	return merged
}

func outputsJSON(t *testing.T, outs []*Output) string {
	list := make([]any, len(outs))
	for i, o := range outs {
		list[i] = o.tree()
	}
	var b strings.Builder
	if err := encodeCanonical(&b, list, 0); err != nil {
		t.Fatal(err)
	}
	return b.String() + "\n"
}
