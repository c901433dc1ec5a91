// This file defines recorder, the kernel.Output a cell writes to when run
// by Run. It stores outputs the way nbclient (and so nbconvert --execute)
// does from the kernel's iopub messages: clear_output now or at the next
// output (wait=True), display ids that update every output shown with the
// same id (in any cell), and consecutive stream text of one name merged as
// the kernel's batching and every frontend do.

package notebook

import (
	"encoding/json"
	"strings"
	"sync"

	"adder/kernel"
)

// displayRef locates an output shown with a display id.
type displayRef struct {
	cell  *Cell
	index int
}

// displays is the notebook-wide display id map, shared by the recorders of
// one run and guarded by its mutex.
type displays struct {
	mu   sync.Mutex
	refs map[string][]displayRef
}

// recorder records one cell's output. It is safe for concurrent use; once
// closed (the cell finished) further output is dropped, as nbclient ignores
// messages that arrive after the cell's idle.
type recorder struct {
	d         *displays
	cell      *Cell
	count     int
	clearNext bool // clear_output(wait=True) pending
	closed    bool
}

var _ kernel.Output = (*recorder)(nil)

func newRecorder(d *displays, c *Cell, count int) *recorder {
	return &recorder{d: d, cell: c, count: count}
}

// close stops recording; later calls are ignored.
func (r *recorder) close() {
	r.d.mu.Lock()
	r.closed = true
	r.d.mu.Unlock()
}

func (r *recorder) Stream(name, text string) {
	if text == "" {
		return
	}
	r.d.mu.Lock()
	defer r.d.mu.Unlock()
	if r.closed {
		return
	}
	r.applyPendingClear()
	outs := r.cell.Outputs
	if n := len(outs); n > 0 && outs[n-1].Type == StreamOutput && outs[n-1].Name == name {
		outs[n-1].Text += text
		return
	}
	r.cell.Outputs = append(outs, &Output{Type: StreamOutput, Name: name, Text: text})
}

func (r *recorder) DisplayData(data, metadata, transient map[string]any, update bool) {
	id, _ := transient["display_id"].(string)
	r.d.mu.Lock()
	defer r.d.mu.Unlock()
	if r.closed {
		return
	}
	out := &Output{Type: DisplayDataOutput, Data: normalizeBundle(data), Metadata: normalizeJSON(metadata)}
	if id != "" {
		r.updateDisplay(id, out)
	}
	if update {
		return // update_display_data only changes earlier outputs
	}
	r.add(out, id)
}

func (r *recorder) ExecuteResult(data, metadata map[string]any) {
	r.d.mu.Lock()
	defer r.d.mu.Unlock()
	if r.closed {
		return
	}
	r.add(&Output{Type: ExecuteResultOutput, Data: normalizeBundle(data),
		Metadata: normalizeJSON(metadata), ExecutionCount: intPtr(r.count)}, "")
}

func (r *recorder) ClearOutput(wait bool) {
	r.d.mu.Lock()
	defer r.d.mu.Unlock()
	if r.closed {
		return
	}
	if wait {
		r.clearNext = true
		return
	}
	r.clearNow()
}

// Input fails: a notebook run has nobody to type an answer, which the
// session turns into StdinNotImplementedError as under nbconvert.
func (r *recorder) Input(prompt string, password bool) (string, error) {
	return "", kernel.ErrStdinNotAllowed
}

// addError records the cell's error from its outcome.
func (r *recorder) addError(o kernel.ExecuteOutcome) {
	r.Error(o.EName, o.EValue, o.Traceback)
}

// Error records an error output (kernel.ErrorOutput): the cell's own, or
// one shown while it went on.
func (r *recorder) Error(ename, evalue string, traceback []string) {
	r.d.mu.Lock()
	defer r.d.mu.Unlock()
	if r.closed {
		return
	}
	if traceback == nil {
		traceback = []string{}
	}
	r.add(&Output{Type: ErrorOutput, EName: ename, EValue: evalue, Traceback: traceback}, "")
}

// add appends an output, first doing any pending clear. Called with the
// lock held.
func (r *recorder) add(out *Output, displayID string) {
	r.applyPendingClear()
	if displayID != "" {
		r.d.refs[displayID] = append(r.d.refs[displayID], displayRef{r.cell, len(r.cell.Outputs)})
	}
	r.cell.Outputs = append(r.cell.Outputs, out)
}

func (r *recorder) applyPendingClear() {
	if r.clearNext {
		r.clearNext = false
		r.clearNow()
	}
}

// clearNow empties the cell and forgets its display id positions.
func (r *recorder) clearNow() {
	r.cell.Outputs = nil
	for id, refs := range r.d.refs {
		kept := refs[:0]
		for _, ref := range refs {
			if ref.cell != r.cell {
				kept = append(kept, ref)
			}
		}
		r.d.refs[id] = kept
	}
}

// updateDisplay replaces data and metadata of every output shown with id.
func (r *recorder) updateDisplay(id string, out *Output) {
	for _, ref := range r.d.refs[id] {
		if ref.index < len(ref.cell.Outputs) {
			o := ref.cell.Outputs[ref.index]
			o.Data, o.Metadata = out.Data, out.Metadata
		}
	}
}

// normalizeJSON turns Go values from the session into the generic JSON
// tree the writer handles (maps, slices, strings, json.Number, bools, nil).
func normalizeJSON(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	b, err := json.Marshal(m)
	if err != nil {
		return map[string]any{"adder/unencodable": err.Error()}
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.UseNumber()
	var out map[string]any
	if err := dec.Decode(&out); err != nil {
		return map[string]any{"adder/unencodable": err.Error()}
	}
	return out
}

// normalizeBundle is normalizeJSON for a mimebundle: text values given as
// lists of lines are joined, as nbformat stores them in memory.
func normalizeBundle(m map[string]any) map[string]any {
	out := normalizeJSON(m)
	for mime, v := range out {
		if list, ok := v.([]any); ok && !isJSONMime(mime) && allStrings(list) {
			var b strings.Builder
			for _, s := range list {
				b.WriteString(s.(string))
			}
			out[mime] = b.String()
		}
	}
	return out
}
