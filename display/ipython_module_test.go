package display

import (
	"strings"
	"testing"

	"adder/interp/py"
)

// recordingPublisher records what display functions publish.
type recordingPublisher struct {
	data, metadata, transient []map[string]any
	updates                   []bool
	clears                    []bool
}

func (r *recordingPublisher) PublishDisplayData(data, metadata, transient map[string]any, update bool) {
	r.data = append(r.data, data)
	r.metadata = append(r.metadata, metadata)
	r.transient = append(r.transient, transient)
	r.updates = append(r.updates, update)
}

func (r *recordingPublisher) ClearOutput(wait bool) { r.clears = append(r.clears, wait) }

func adderDisplayModule(t *testing.T) *py.Module {
	t.Helper()
	m := py.NewModule("_adder_display")
	if err := initAdderDisplay(m); err != nil {
		t.Fatal(err)
	}
	return m
}

func callIn(t *testing.T, m *py.Module, name string, args []py.Value, kwnames []string) py.Value {
	t.Helper()
	fn, ok := m.Dict.GetStr(name)
	if !ok {
		t.Fatalf("no %s", name)
	}
	r, err := py.Call(fn, args, kwnames)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return r
}

func TestAdderDisplayPublish(t *testing.T) {
	defer py.SetCurrent(py.SetCurrent(py.NewThread()))
	rec := &recordingPublisher{}
	SetPublisher(rec)
	defer SetPublisher(nil)
	m := adderDisplayModule(t)

	// format() gives the mimebundle as Python dicts.
	r := callIn(t, m, "format", []py.Value{py.ListValue([]py.Value{py.Int(1), py.Int(2)}), py.None, py.None}, nil)
	items, err := py.ToSlice(r)
	if err != nil || len(items) != 2 {
		t.Fatalf("format returned %v %v", items, err)
	}
	data := items[0].Object().(*py.Dict)
	if v, _ := data.GetStr("text/plain"); !v.IsValid() || mustStr(t, v) != "[1, 2]" {
		t.Errorf("text/plain %v", v)
	}

	transient := py.NewDict()
	transient.SetStr("display_id", py.StrValue("abc"))
	callIn(t, m, "publish", []py.Value{items[0], items[1], py.ObjectValue(transient), py.True}, nil)
	if len(rec.data) != 1 || rec.data[0]["text/plain"] != "[1, 2]" || !rec.updates[0] ||
		rec.transient[0]["display_id"] != "abc" {
		t.Errorf("published %+v", rec)
	}
	callIn(t, m, "clear_output", []py.Value{py.True}, nil)
	if len(rec.clears) != 1 || !rec.clears[0] {
		t.Errorf("clears %v", rec.clears)
	}
	id := mustStr(t, callIn(t, m, "new_id", nil, nil))
	id2 := mustStr(t, callIn(t, m, "new_id", nil, nil))
	if len(id) != 32 || strings.Trim(id, "0123456789abcdef") != "" || id == id2 {
		t.Errorf("ids %q %q", id, id2)
	}
	if b := mustStr(t, callIn(t, m, "b64encode", []py.Value{py.StrValue("hi")}, nil)); b != "aGk=" {
		t.Errorf("b64 %q", b)
	}
}

func mustStr(t *testing.T, v py.Value) string {
	t.Helper()
	s, ok := py.AsStr(v)
	if !ok {
		t.Fatalf("not a str: %v", v.Type().Name)
	}
	return s
}

// TestIPythonDisplaySourceEmbedded guards the embedded module source.
func TestIPythonDisplaySourceEmbedded(t *testing.T) {
	for _, name := range []string{"def display(", "class HTML(", "class Image(", "class ProgressBar(", "class DisplayHandle"} {
		if !strings.Contains(ipythonDisplaySource, name) {
			t.Errorf("ipython_display.py lacks %q", name)
		}
	}
}
