package display_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"adder/display"
	"adder/interp"
	"adder/interp/py"
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

// knownResults lists results whose text differs for interpreter reasons.
var knownResults = map[string]string{}

var addrRE = regexp.MustCompile(`0x[0-9a-f]+`)

// checkResult compares the mimebundle of a cell's value with ipykernel's
// execute_result for the same cell.
func checkResult(t *testing.T, s *interp.Session, cell string, v py.Value, msgs []displayMsg) {
	t.Helper()
	var want *displayMsg
	for i := range msgs {
		if msgs[i].MsgType == "execute_result" {
			want = &msgs[i]
		}
	}
	if want == nil {
		t.Errorf("cell %q: adder has a result, ipykernel had none", cell)
		return
	}
	if reason, ok := knownResults[cell]; ok {
		t.Logf("skip result of %q: %s", cell, reason)
		return
	}
	var data, md map[string]any
	if err := s.Do(func() error {
		var err error
		data, md, err = display.Mimebundle(v, nil, nil)
		return err
	}); err != nil {
		t.Errorf("cell %q: %v", cell, err)
		return
	}
	got, _ := json.Marshal(map[string]any{"data": data, "metadata": md})
	exp, _ := json.Marshal(map[string]any{"data": want.Content["data"], "metadata": want.Content["metadata"]})
	var g, w any
	json.Unmarshal([]byte(addrRE.ReplaceAllString(string(got), "0xADDR")), &g)
	json.Unmarshal([]byte(addrRE.ReplaceAllString(string(exp), "0xADDR")), &w)
	if !reflect.DeepEqual(g, w) {
		t.Errorf("result of %q:\n got: %s\nwant: %s", cell, got, exp)
	}
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
	compared, results := 0, 0
	defer func() {
		if results < 10 {
			t.Errorf("only %d results compared", results)
		}
		if compared < 25 {
			t.Errorf("only %d display messages compared", compared)
		}
	}()
	for _, c := range cells {
		rec.msgs = nil
		errb.Reset()
		v, err := s.ExecCell(c.Cell)
		if err != nil {
			t.Errorf("cell %q: %v\nstderr: %s", c.Cell, err, errb.String())
			continue
		}
		// None is not displayed (IPython's displayhook skips it).
		if v.IsValid() && !v.IsNone() {
			checkResult(t, s, c.Cell, v, c.Messages)
			results++
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

// TestDisplayImageFileAndWarnings covers Image(filename=...) (read through
// the interpreter's open) and a raising _repr_html_, which is dropped with
// its traceback on stderr.
func TestDisplayImageFileAndWarnings(t *testing.T) {
	dir := t.TempDir()
	png := "\x89PNG\r\n\x1a\n\x00\x01"
	if err := os.WriteFile(dir+"/pic.png", []byte(png), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &errb})
	rec := &recPub{}
	display.SetPublisher(rec)
	defer display.SetPublisher(nil)
	cell := "from IPython.display import display, Image\n" +
		"display(Image(filename=" + fmt.Sprintf("%q", dir+"/pic.png") + ", width=4))\n" +
		"class Bad:\n    def _repr_html_(self):\n        raise ValueError('broken html')\n    def __repr__(self):\n        return 'Bad()'\n" +
		"display(Bad())\n"
	if _, err := s.ExecCell(cell); err != nil {
		t.Fatalf("%v\nstderr: %s", err, errb.String())
	}
	if len(rec.msgs) != 2 {
		t.Fatalf("messages %+v", rec.msgs)
	}
	img := rec.msgs[0].Content
	data := img["data"].(map[string]any)
	if data["image/png"] != "iVBORw0KGgoAAQ==\n" || data["text/plain"] != "<IPython.core.display.Image object>" {
		t.Errorf("image data %v", data)
	}
	if md := img["metadata"].(map[string]any)["image/png"].(map[string]any); md["width"] != int64(4) {
		t.Errorf("image metadata %v", img["metadata"])
	}
	bad := rec.msgs[1].Content["data"].(map[string]any)
	if _, ok := bad["text/html"]; ok || bad["text/plain"] != "Bad()" {
		t.Errorf("bad object data %v", bad)
	}
	if !strings.Contains(errb.String(), "ValueError: broken html") {
		t.Errorf("stderr %q", errb.String())
	}
}
