package pysession

// This file tests ipywidgets on the real interpreter through the comm
// flow: the comm_open of a widget and its state, updates both ways
// (echo_update, clamping), request_state, Button clicks, the Output
// widget's capture by the request's msg_id, and interact.

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"adder/kernel"
	"adder/messaging"
)

// widgetEvent is one thing a session sent, in order: a comm message, a
// stream, a display or a clear_output.
type widgetEvent struct {
	kind    string // comm_open, comm_msg, comm_close, stdout, stderr, display, clear
	content map[string]any
	meta    map[string]any
	text    string
	buffers []string
}

// widgetRecorder is a kernel Output that keeps every event in order and
// says which request it belongs to (kernel.RequestOutput), as the kernel's
// output does.
type widgetRecorder struct {
	mu      sync.Mutex
	msgID   string
	events  []widgetEvent
	results []map[string]any
}

func newWidgetRecorder(msgID string) *widgetRecorder { return &widgetRecorder{msgID: msgID} }

func (r *widgetRecorder) add(e widgetEvent) {
	r.mu.Lock()
	defer r.mu.Unlock()
	// Consecutive stream text is one event, as the kernel batches it.
	if n := len(r.events); n > 0 && (e.kind == "stdout" || e.kind == "stderr") && r.events[n-1].kind == e.kind {
		r.events[n-1].text += e.text
		return
	}
	r.events = append(r.events, e)
}

func (r *widgetRecorder) Stream(name, text string) { r.add(widgetEvent{kind: name, text: text}) }
func (r *widgetRecorder) DisplayData(data, _, _ map[string]any, _ bool) {
	r.add(widgetEvent{kind: "display", content: data})
}
func (r *widgetRecorder) ExecuteResult(data, _ map[string]any) { r.results = append(r.results, data) }
func (r *widgetRecorder) ClearOutput(wait bool) {
	r.add(widgetEvent{kind: "clear", content: map[string]any{"wait": wait}})
}
func (r *widgetRecorder) Input(string, bool) (string, error) { return "", kernel.ErrStdinNotAllowed }

func (r *widgetRecorder) Comm(msgType string, content, metadata []byte, buffers [][]byte) {
	e := widgetEvent{kind: msgType}
	if err := json.Unmarshal(content, &e.content); err != nil {
		panic(err)
	}
	if err := json.Unmarshal(metadata, &e.meta); err != nil {
		panic(err)
	}
	for _, b := range buffers {
		e.buffers = append(e.buffers, string(b))
	}
	r.add(e)
}

func (r *widgetRecorder) Request() *messaging.Message {
	return &messaging.Message{Header: messaging.Header{MsgID: r.msgID, MsgType: "execute_request", Session: "s"}}
}

var (
	_ kernel.CommOutput    = (*widgetRecorder)(nil)
	_ kernel.RequestOutput = (*widgetRecorder)(nil)
)

// of returns the events of the given kinds.
func (r *widgetRecorder) of(kinds ...string) []widgetEvent {
	var out []widgetEvent
	for _, e := range r.events {
		for _, k := range kinds {
			if e.kind == k {
				out = append(out, e)
			}
		}
	}
	return out
}

// data is a comm message's data.
func (e widgetEvent) data() map[string]any {
	d, _ := e.content["data"].(map[string]any)
	return d
}

// widgetMsg is a comm_msg from the frontend to a widget.
func widgetMsg(t *testing.T, commID string, data map[string]any, buffers ...string) kernel.CommMessage {
	return frontend(t, "comm_msg", commID, map[string]any{"data": data}, buffers...)
}

// runOK runs a cell and fails the test on an error.
func runOK(t *testing.T, s *Session, n int, code string, out kernel.Output) {
	t.Helper()
	res := run(t, s, n, code, out)
	require.Equal(t, "ok", res.Status, "%s: %s", res.EName, res.EValue)
}

func TestWidgetOpenSendsTheFullState(t *testing.T) {
	s := newSession(t)
	out := newWidgetRecorder("req-1")
	runOK(t, s, 1, "from ipywidgets import IntSlider\ns = IntSlider(value=7, description='n')\ns", out)
	opens := out.of("comm_open")
	require.Len(t, opens, 3, "layout, style, then the slider")
	for _, o := range opens {
		assert.Equal(t, "jupyter.widget", o.content["target_name"])
		assert.Equal(t, map[string]any{"version": "2.1.0"}, o.meta)
		assert.Equal(t, []any{}, o.data()["buffer_paths"])
	}
	layoutID := opens[0].content["comm_id"].(string)
	styleID := opens[1].content["comm_id"].(string)
	assert.Equal(t, "LayoutModel", opens[0].data()["state"].(map[string]any)["_model_name"])
	assert.Equal(t, "SliderStyleModel", opens[1].data()["state"].(map[string]any)["_model_name"])
	slider := opens[2]
	id := slider.content["comm_id"].(string)
	assert.Equal(t, map[string]any{
		"_dom_classes": []any{}, "_model_module": "@jupyter-widgets/controls", "_model_module_version": "2.0.0",
		"_model_name": "IntSliderModel", "_view_module": "@jupyter-widgets/controls", "_view_module_version": "2.0.0",
		"_view_name": "IntSliderView", "behavior": "drag-tap", "continuous_update": true, "description": "n",
		"description_allow_html": false, "disabled": false, "layout": "IPY_MODEL_" + layoutID, "max": 100.0,
		"min": 0.0, "orientation": "horizontal", "readout": true, "readout_format": "d", "step": 1.0,
		"style": "IPY_MODEL_" + styleID, "tabbable": nil, "tooltip": nil, "value": 7.0,
	}, slider.data()["state"])
	assert.Empty(t, out.of("comm_msg"), "nothing but the opens")

	require.Len(t, out.results, 1)
	view := out.results[0]["application/vnd.jupyter.widget-view+json"].(map[string]any)
	assert.EqualValues(t, 2, view["version_major"])
	assert.EqualValues(t, 0, view["version_minor"])
	assert.Equal(t, id, view["model_id"])
	assert.Len(t, view, 3)
	assert.Equal(t, "IntSlider(value=7, description='n')", out.results[0]["text/plain"])
	assert.Equal(t, map[string]string{layoutID: "jupyter.widget", styleID: "jupyter.widget", id: "jupyter.widget"}, s.CommInfo(""))
}

func TestWidgetUpdatesBothWays(t *testing.T) {
	s := newSession(t)
	out := newWidgetRecorder("req-1")
	runOK(t, s, 1, `from ipywidgets import IntSlider
s = IntSlider(value=5, max=10)
seen = []
s.observe(lambda change: print("changed", change["old"], change["new"], change["owner"] is s, change["type"]), names="value")`, out)
	id := out.of("comm_open")[2].content["comm_id"].(string)

	// From the frontend: the value is set and observers run; the kernel
	// echoes it (protocol 2.1) but sends no 'update' of its own.
	msg := newWidgetRecorder("m1")
	s.HandleComm(widgetMsg(t, id, map[string]any{"method": "update", "state": map[string]any{"value": 8}, "buffer_paths": []any{}}), msg)
	comms := msg.of("comm_msg")
	require.Len(t, comms, 1)
	assert.Equal(t, map[string]any{"method": "echo_update", "state": map[string]any{"value": 8.0}, "buffer_paths": []any{}}, comms[0].data())
	assert.Equal(t, "changed 5 8 True change\n", textOf(msg, "stdout"))

	// A value the widget clamps goes back as an 'update' with the result.
	msg = newWidgetRecorder("m2")
	s.HandleComm(widgetMsg(t, id, map[string]any{"method": "update", "state": map[string]any{"value": 50}, "buffer_paths": []any{}}), msg)
	comms = msg.of("comm_msg")
	require.Len(t, comms, 2)
	assert.Equal(t, "echo_update", comms[0].data()["method"])
	assert.Equal(t, map[string]any{"method": "update", "state": map[string]any{"value": 10.0}, "buffer_paths": []any{}}, comms[1].data())

	// From Python: one 'update' per change, none when the value is equal.
	cell := newWidgetRecorder("req-2")
	runOK(t, s, 2, "s.value = 3\ns.value = 3\nwith s.hold_sync():\n    s.min = 1\n    s.description = 'd'\n", cell)
	comms = cell.of("comm_msg")
	require.Len(t, comms, 2)
	assert.Equal(t, map[string]any{"method": "update", "state": map[string]any{"value": 3.0}, "buffer_paths": []any{}}, comms[0].data())
	assert.Equal(t, map[string]any{"description": "d", "min": 1.0}, comms[1].data()["state"], "hold_sync sends one update")
	assert.Equal(t, "changed 10 3\n", strings.ReplaceAll(textOf(cell, "stdout"), " True change", ""))

	// request_state: the whole state in one update.
	msg = newWidgetRecorder("m3")
	s.HandleComm(widgetMsg(t, id, map[string]any{"method": "request_state"}), msg)
	comms = msg.of("comm_msg")
	require.Len(t, comms, 1)
	state := comms[0].data()["state"].(map[string]any)
	assert.Equal(t, "update", comms[0].data()["method"])
	assert.Len(t, state, 23)
	assert.Equal(t, 3.0, state["value"])
	assert.Equal(t, "d", state["description"])

	// close: comm_close, and the widget is forgotten.
	cell = newWidgetRecorder("req-3")
	runOK(t, s, 3, "s.close()\nprint(s.comm, s._repr_mimebundle_)", cell)
	closes := cell.of("comm_close")
	require.Len(t, closes, 1)
	assert.Equal(t, id, closes[0].content["comm_id"])
	assert.Equal(t, "None None\n", textOf(cell, "stdout"))
}

func TestWidgetButtonClickAndCustomMessages(t *testing.T) {
	s := newSession(t)
	out := newWidgetRecorder("req-1")
	runOK(t, s, 1, `import ipywidgets as widgets
b = widgets.Button(description="go")
b.on_click(lambda button: print("clicked", button.description))
b.on_msg(lambda w, content, buffers: print("custom", content, buffers))
b.send({"hello": 1}, buffers=[b"\x00\x01"])`, out)
	opens := out.of("comm_open")
	require.Len(t, opens, 3)
	id := opens[2].content["comm_id"].(string)
	assert.Equal(t, "ButtonModel", opens[2].data()["state"].(map[string]any)["_model_name"])
	sent := out.of("comm_msg")
	require.Len(t, sent, 1)
	assert.Equal(t, map[string]any{"method": "custom", "content": map[string]any{"hello": 1.0}}, sent[0].data())
	assert.Equal(t, []string{"\x00\x01"}, sent[0].buffers)

	msg := newWidgetRecorder("m1")
	s.HandleComm(widgetMsg(t, id, map[string]any{"method": "custom", "content": map[string]any{"event": "click"}}), msg)
	assert.Equal(t, "clicked go\ncustom {'event': 'click'} []\n", textOf(msg, "stdout"))

	// A failing callback shows its traceback (get_ipython().showtraceback(),
	// as under ipykernel; this output has no error messages, so it lands on
	// stderr); the session carries on.
	runOK(t, s, 2, "b.on_click(lambda button: 1/0)", newWidgetRecorder("req-2"))
	msg = newWidgetRecorder("m2")
	s.HandleComm(widgetMsg(t, id, map[string]any{"method": "custom", "content": map[string]any{"event": "click"}}), msg)
	errText := textOf(msg, "stderr")
	assert.Contains(t, errText, "ZeroDivisionError")
	assert.Contains(t, errText, "division by zero")
	assert.Contains(t, errText, "on_click(")
}

func TestWidgetOutputCapturesByMsgID(t *testing.T) {
	s := newSession(t)
	out := newWidgetRecorder("req-7")
	runOK(t, s, 1, `import ipywidgets as widgets
out = widgets.Output()
print("before")
with out:
    print("inside")
print("after")
out.append_stdout("more\n")
print(get_ipython().kernel.get_parent()["header"]["msg_id"], get_ipython().kernel._parent_header["msg_type"])`, out)
	var got []string
	for _, e := range out.events {
		switch e.kind {
		case "comm_msg":
			got = append(got, "update "+mustJSON(t, e.data()["state"]))
		case "stdout":
			got = append(got, "stdout "+e.text)
		default:
			got = append(got, e.kind)
		}
	}
	assert.Equal(t, []string{
		"comm_open", "comm_open",
		"stdout before\n",
		`update {"msg_id":"req-7"}`,
		"stdout inside\n",
		`update {"msg_id":""}`,
		"stdout after\n",
		`update {"outputs":[{"name":"stdout","output_type":"stream","text":"more\n"}]}`,
		"stdout req-7 execute_request\n",
	}, got)

	// An exception inside `with out:` is shown (in the widget) and
	// swallowed, as under ipykernel.
	cell := newWidgetRecorder("req-8")
	runOK(t, s, 2, "with out:\n    raise KeyError('k')\nprint('still here')", cell)
	assert.Contains(t, textOf(cell, "stderr"), "KeyError: 'k'")
	assert.Equal(t, "still here\n", textOf(cell, "stdout"))
}

func TestInteractRerunsIntoItsOutput(t *testing.T) {
	s := newSession(t)
	out := newWidgetRecorder("req-1")
	runOK(t, s, 1, `from ipywidgets import interact
@interact(x=(0, 10), word="hi", flag=True, pick=["a", "b"])
def f(x, word, flag, pick):
    print("f", x, word, flag, pick)
    return x * 2`, out)
	// The frontend's view of each model: the open's state with the
	// updates that followed applied.
	models := map[string]map[string]any{}
	byID := map[string]map[string]any{}
	var order []string
	for _, e := range out.of("comm_open", "comm_msg") {
		id := e.content["comm_id"].(string)
		st := e.data()["state"].(map[string]any)
		if e.kind == "comm_open" {
			name := st["_model_name"].(string)
			st["id"] = id
			byID[id] = st
			if !strings.HasSuffix(name, "StyleModel") && name != "LayoutModel" {
				order = append(order, name)
				models[name] = st
			}
			continue
		}
		for k, v := range st {
			byID[id][k] = v
		}
	}
	// The VBox is made first, its children given after theirs are made.
	assert.Equal(t, []string{"VBoxModel", "IntSliderModel", "TextModel", "CheckboxModel", "DropdownModel", "OutputModel"}, order)
	slider := models["IntSliderModel"]
	assert.Equal(t, "x", slider["description"])
	assert.Equal(t, []any{0.0, 10.0, 5.0}, []any{slider["min"], slider["max"], slider["value"]})
	assert.Equal(t, []any{"a", "b"}, models["DropdownModel"]["_options_labels"])
	assert.Equal(t, []any{"widget-interact"}, models["VBoxModel"]["_dom_classes"])
	var children []string
	for _, c := range models["VBoxModel"]["children"].([]any) {
		children = append(children, c.(string))
	}
	assert.Equal(t, []string{"IPY_MODEL_" + slider["id"].(string), "IPY_MODEL_" + models["TextModel"]["id"].(string),
		"IPY_MODEL_" + models["CheckboxModel"]["id"].(string), "IPY_MODEL_" + models["DropdownModel"]["id"].(string),
		"IPY_MODEL_" + models["OutputModel"]["id"].(string)}, children)
	// The first run printed into the Output (its msg_id was the cell's),
	// and the interactive was displayed.
	assert.Equal(t, "f 5 hi True a\n", textOf(out, "stdout"))
	displays := out.of("display")
	require.Len(t, displays, 2, "the result of f, then the widget")
	assert.Equal(t, "10", displays[0].content["text/plain"])
	view := displays[1].content["application/vnd.jupyter.widget-view+json"].(map[string]any)
	assert.Equal(t, models["VBoxModel"]["id"], view["model_id"])

	// Moving the slider reruns f; its output is captured under the
	// comm_msg's id, after a clear_output(wait=True).
	msg := newWidgetRecorder("m-comm_msg")
	s.HandleComm(widgetMsg(t, slider["id"].(string), map[string]any{"method": "update", "state": map[string]any{"value": 9}, "buffer_paths": []any{}}), msg)
	var got []string
	outputID := models["OutputModel"]["id"].(string)
	for _, e := range msg.events {
		switch {
		case e.kind == "comm_msg" && e.content["comm_id"] == outputID:
			got = append(got, "output "+mustJSON(t, e.data()["state"]))
		case e.kind == "comm_msg":
			got = append(got, e.data()["method"].(string))
		case e.kind == "stdout":
			got = append(got, "stdout "+e.text)
		case e.kind == "display":
			got = append(got, "display "+e.content["text/plain"].(string))
		default:
			got = append(got, mustJSON(t, map[string]any{e.kind: e.content}))
		}
	}
	assert.Equal(t, []string{"echo_update", `output {"msg_id":"m-comm_msg"}`, `{"clear":{"wait":true}}`,
		"stdout f 9 hi True a\n", "display 18", `output {"msg_id":""}`}, got)
	res := newWidgetRecorder("req-2")
	runOK(t, s, 2, "print(f.widget.result, f.widget.kwargs)", res)
	assert.Equal(t, "18 {'x': 9, 'word': 'hi', 'flag': True, 'pick': 'a'}\n", textOf(res, "stdout"))
}

func TestWidgetControlCommListsAllStates(t *testing.T) {
	s := newSession(t)
	cell := newWidgetRecorder("req-1")
	runOK(t, s, 1, "import ipywidgets as w\nt = w.Text('hey')\nimg = w.Image(value=b'PNG')\nprint(t.model_id, img.model_id)", cell)
	ids := strings.Fields(textOf(cell, "stdout"))
	require.Len(t, ids, 2)

	// The frontend opens the control comm (metadata version 1.0.0) and
	// asks for every widget's state.
	whole, err := json.Marshal(map[string]any{
		"header": map[string]any{"msg_id": "o1", "msg_type": "comm_open", "session": "s"},
		"msg_id": "o1", "msg_type": "comm_open", "parent_header": map[string]any{},
		"metadata": map[string]any{"version": "1.0.0"},
		"content":  map[string]any{"comm_id": "ctl", "target_name": "jupyter.widget.control", "data": map[string]any{}},
	})
	require.NoError(t, err)
	open := newWidgetRecorder("o1")
	s.HandleComm(kernel.CommMessage{MsgType: "comm_open", CommID: "ctl", Message: whole}, open)
	assert.Empty(t, open.events)
	msg := newWidgetRecorder("c2")
	s.HandleComm(widgetMsg(t, "ctl", map[string]any{"method": "request_states"}), msg)
	comms := msg.of("comm_msg")
	require.Len(t, comms, 1)
	data := comms[0].data()
	assert.Equal(t, "update_states", data["method"])
	states := data["states"].(map[string]any)
	assert.Len(t, states, 5, "Text, Image, their layouts and the Text's style")
	text := states[ids[0]].(map[string]any)
	assert.Equal(t, "TextModel", text["model_name"])
	assert.Equal(t, "@jupyter-widgets/controls", text["model_module"])
	assert.Equal(t, "2.0.0", text["model_module_version"])
	assert.Equal(t, "hey", text["state"].(map[string]any)["value"])
	_, hasValue := states[ids[1]].(map[string]any)["state"].(map[string]any)["value"]
	assert.False(t, hasValue, "bytes travel as buffers")
	assert.Equal(t, []any{[]any{ids[1], "state", "value"}}, data["buffer_paths"])
	assert.Equal(t, []string{"PNG"}, comms[0].buffers)
}

func TestFileUploadTakesBuffers(t *testing.T) {
	s := newSession(t)
	cell := newWidgetRecorder("req-1")
	runOK(t, s, 1, "import ipywidgets as w\nup = w.FileUpload(accept='.txt')\nup.observe(lambda c: print('files', len(c['new'])), 'value')\nprint(up.model_id)", cell)
	id := strings.TrimSpace(textOf(cell, "stdout"))
	file := map[string]any{"name": "a.txt", "type": "text/plain", "size": 4, "last_modified": 1700000000000, "content": nil}
	msg := newWidgetRecorder("m1")
	s.HandleComm(widgetMsg(t, id, map[string]any{"method": "update", "state": map[string]any{"value": []any{file}},
		"buffer_paths": []any{[]any{"value", 0, "content"}}}, "data"), msg)
	assert.Equal(t, "files 1\n", textOf(msg, "stdout"))
	assert.Empty(t, msg.of("comm_msg"), "value is not echoed (echo_update=False), and not sent back")

	cell = newWidgetRecorder("req-2")
	runOK(t, s, 2, "f = up.value[0]\nprint(f['name'], f['content'], f['size'], f['last_modified'].isoformat())\nup.clear()", cell)
	assert.Equal(t, "a.txt b'data' 4 2023-11-14T22:13:20+00:00\nfiles 0\n", textOf(cell, "stdout"))
	comms := cell.of("comm_msg")
	require.Len(t, comms, 1)
	assert.Equal(t, map[string]any{"value": []any{}}, comms[0].data()["state"])
}

func textOf(r *widgetRecorder, kind string) string {
	var b strings.Builder
	for _, e := range r.of(kind) {
		b.WriteString(e.text)
	}
	return b.String()
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func TestWidgetAwaitedByATask(t *testing.T) {
	// The "asynchronous widgets" pattern of the ipywidgets docs: a task
	// awaits a future that a widget's observer resolves.
	s := newSession(t)
	cell := newWidgetRecorder("req-1")
	runOK(t, s, 1, `import asyncio, ipywidgets as w
slider = w.IntSlider()
def wait_for_change(widget, name):
    future = asyncio.Future()
    def getvalue(change):
        future.set_result(change.new)
        widget.unobserve(getvalue, name)
    widget.observe(getvalue, name)
    return future
async def f():
    for i in range(2):
        x = await wait_for_change(slider, "value")
        print("got", x)
task = asyncio.ensure_future(f())
print(slider.model_id)`, cell)
	id := strings.TrimSpace(textOf(cell, "stdout"))
	// The kernel is idle before the user moves the slider: the task
	// starts and waits.
	s.RunBackground(20 * time.Millisecond)
	for i, v := range []int{4, 9} {
		msg := newWidgetRecorder("m")
		s.HandleComm(widgetMsg(t, id, map[string]any{"method": "update", "state": map[string]any{"value": v}, "buffer_paths": []any{}}), msg)
		for j := 0; j < 20 && !strings.Contains(textOf(msg, "stdout"), "got"); j++ {
			s.RunBackground(10 * time.Millisecond)
		}
		assert.Equal(t, fmt.Sprintf("got %d\n", v), textOf(msg, "stdout"), "update %d", i)
	}
	done := newWidgetRecorder("req-2")
	runOK(t, s, 2, "print(task.done())", done)
	assert.Equal(t, "True\n", textOf(done, "stdout"))
}

func TestFrontendCreatesAWidget(t *testing.T) {
	// A frontend may create a model itself (comm_open to 'jupyter.widget'
	// with its state): the kernel makes the matching widget class.
	s := newSession(t)
	runOK(t, s, 1, "import ipywidgets", newWidgetRecorder("req-1"))
	state := map[string]any{
		"_model_module": "@jupyter-widgets/controls", "_model_module_version": "2.0.0", "_model_name": "IntSliderModel",
		"_view_module": "@jupyter-widgets/controls", "_view_module_version": "2.0.0", "_view_name": "IntSliderView",
		"value": 33, "description": "from js",
	}
	open := newWidgetRecorder("o1")
	s.HandleComm(frontend(t, "comm_open", "js-1", map[string]any{"target_name": "jupyter.widget",
		"data": map[string]any{"state": state, "buffer_paths": []any{}}}), open)
	assert.Empty(t, textOf(open, "stderr"))
	cell := newWidgetRecorder("req-2")
	runOK(t, s, 2, "w = ipywidgets.Widget.widgets['js-1']\nprint(type(w).__name__, w.value, w.description, w.model_id)", cell)
	assert.Equal(t, "IntSlider 33 from js js-1\n", textOf(cell, "stdout"))
}
