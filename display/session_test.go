package display_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"

	"adder/display"
	"adder/interp"
)

// displayMsg is one display message as the goldens hold it.
type displayMsg struct {
	MsgType string         `json:"msg_type"`
	Content map[string]any `json:"content"`
}

// recPub records display messages in the goldens' form.
type recPub struct{ msgs []displayMsg }

func (r *recPub) PublishDisplayData(data, metadata, transient map[string]any, update bool) {
	t := "display_data"
	if update {
		t = "update_display_data"
	}
	r.msgs = append(r.msgs, displayMsg{t, map[string]any{"data": data, "metadata": metadata, "transient": transient}})
}

func (r *recPub) ClearOutput(wait bool) {
	r.msgs = append(r.msgs, displayMsg{"clear_output", map[string]any{"wait": wait}})
}

// normalize makes messages comparable: JSON round trip (numbers become
// float64) and display ids renamed ID1, ID2... in order of appearance.
func normalize(t *testing.T, msgs []displayMsg) []any {
	t.Helper()
	ids := map[string]string{}
	var out []any
	for _, m := range msgs {
		if m.MsgType != "display_data" && m.MsgType != "update_display_data" && m.MsgType != "clear_output" {
			continue
		}
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var x map[string]any
		if err := json.Unmarshal(b, &x); err != nil {
			t.Fatal(err)
		}
		content := x["content"].(map[string]any)
		if tr, ok := content["transient"].(map[string]any); ok {
			if id, ok := tr["display_id"].(string); ok {
				if _, seen := ids[id]; !seen {
					ids[id] = fmt.Sprintf("ID%d", len(ids)+1)
				}
				tr["display_id"] = ids[id]
			}
		}
		out = append(out, x)
	}
	return out
}

// TestDisplayAPIGoldens runs the display cells of testdata/display_api.json
// in an interpreter session and compares the display messages with those
// ipykernel sent for the same cells.
func TestDisplayAPIGoldens(t *testing.T) {
	data, err := os.ReadFile("testdata/display_api.json")
	if err != nil {
		t.Fatal(err)
	}
	var cells []struct {
		Cell     string       `json:"cell"`
		Messages []displayMsg `json:"messages"`
	}
	if err := json.Unmarshal(data, &cells); err != nil {
		t.Fatal(err)
	}
	if len(cells) < 20 {
		t.Fatalf("only %d cells", len(cells))
	}
	var out, errb bytes.Buffer
	s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &errb})
	rec := &recPub{}
	display.SetPublisher(rec)
	defer display.SetPublisher(nil)
	compared := 0
	defer func() {
		if compared < 25 {
			t.Errorf("only %d display messages compared", compared)
		}
	}()
	for _, c := range cells {
		rec.msgs = nil
		errb.Reset()
		if _, err := s.ExecCell(c.Cell); err != nil {
			t.Errorf("cell %q: %v\nstderr: %s", c.Cell, err, errb.String())
			continue
		}
		got, want := normalize(t, rec.msgs), normalize(t, c.Messages)
		compared += len(want)
		if !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			t.Errorf("cell %q:\n got: %s\nwant: %s\nstderr: %s", c.Cell, g, w, errb.String())
		}
	}
}
