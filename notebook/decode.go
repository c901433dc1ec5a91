// This file checks the structure of a decoded notebook against nbformat 4's
// schema (required fields and their types) and builds the Notebook.

package notebook

import "fmt"

func (r *reader) notebook(root any) *Notebook {
	top := r.object("", root)
	if top == nil {
		r.err.Msg = "not a notebook: " + r.err.Msg
		return nil
	}
	major, ok := top["nbformat"]
	if !ok {
		if _, v3 := top["worksheets"]; v3 {
			r.fail("", "nbformat 3 notebooks are not supported (convert it with: jupyter nbconvert --to notebook --nbformat 4 %s)", r.file)
		} else {
			r.fail("", "not a notebook: the required field \"nbformat\" is missing")
		}
		return nil
	}
	nb := &Notebook{}
	if nb.Format, ok = r.integer("nbformat", major); !ok {
		return nil
	}
	if nb.Format != Major {
		if nb.Format >= 1 && nb.Format <= 3 {
			r.fail("", "nbformat %d notebooks are not supported (convert it with: jupyter nbconvert --to notebook --nbformat 4 %s)", nb.Format, r.file)
		} else {
			r.fail("", "nbformat %d is not supported: adder reads nbformat 4", nb.Format)
		}
		return nil
	}
	minor, ok := r.field("", top, "nbformat_minor", "the notebook")
	if !ok {
		return nil
	}
	if nb.FormatMinor, ok = r.integer("nbformat_minor", minor); !ok {
		return nil
	}
	if nb.FormatMinor < 0 {
		r.fail("nbformat_minor", "must not be negative, found %d", nb.FormatMinor)
		return nil
	}
	nb.Metadata = r.objectField("", top, "metadata", "the notebook")
	if r.err != nil {
		return nil
	}
	// Transient fields nbformat drops on read and write.
	delete(nb.Metadata, "orig_nbformat")
	delete(nb.Metadata, "orig_nbformat_minor")
	delete(nb.Metadata, "signature")

	cells, ok := r.field("", top, "cells", "the notebook")
	if !ok {
		return nil
	}
	list, ok := cells.([]any)
	if !ok {
		r.fail("cells", "expected an array, found %s", jsonType(cells))
		return nil
	}
	nb.Extra = extra(top, "nbformat", "nbformat_minor", "metadata", "cells")
	for i, c := range list {
		cell := r.cell(index("cells", i), c, nb.FormatMinor)
		if r.err != nil {
			return nil
		}
		nb.Cells = append(nb.Cells, cell)
	}
	if nb.FormatMinor >= 5 {
		nb.repairIDs()
	}
	return nb
}

func (r *reader) cell(path string, v any, minor int) *Cell {
	m := r.object(path, v)
	if m == nil {
		return nil
	}
	c := &Cell{}
	c.Type = r.stringField(path, m, "cell_type", "a cell")
	if r.err != nil {
		return nil
	}
	what := c.Type + " cell"
	if id, ok := m["id"]; ok {
		s, isStr := id.(string)
		if !isStr {
			r.fail(join(path, "id"), "expected a string, found %s", jsonType(id))
			return nil
		}
		if !ValidID(s) {
			r.fail(join(path, "id"), "invalid cell id %q: ids are 1 to 64 letters, digits, '-' or '_'", s)
			return nil
		}
		c.ID = s
	}
	c.Metadata = r.objectField(path, m, "metadata", "a "+what)
	if r.err != nil {
		return nil
	}
	delete(c.Metadata, "trusted") // transient, as in nbformat
	switch c.Type {
	case CodeCell:
		r.source(path, m, c, what)
		c.ExecutionCount = r.optionalCount(path, m, "a "+what)
		outs, ok := r.field(path, m, "outputs", "a "+what)
		if !ok {
			return nil
		}
		list, ok := outs.([]any)
		if !ok {
			r.fail(join(path, "outputs"), "expected an array, found %s", jsonType(outs))
			return nil
		}
		c.Outputs = make([]*Output, 0, len(list))
		for i, o := range list {
			out := r.output(index(join(path, "outputs"), i), o)
			if r.err != nil {
				return nil
			}
			c.Outputs = append(c.Outputs, out)
		}
		c.Extra = extra(m, "id", "cell_type", "metadata", "source", "outputs", "execution_count")
	case MarkdownCell, RawCell:
		r.source(path, m, c, what)
		if att, ok := m["attachments"]; ok {
			c.Attachments = r.attachments(join(path, "attachments"), att)
		}
		c.Extra = extra(m, "id", "cell_type", "metadata", "source", "attachments")
	default:
		// An unrecognized cell type is allowed by the schema; keep it
		// as it is, with its source joined as nbformat's reader does.
		c.Extra = extra(m, "id", "cell_type", "metadata")
		if src, ok := c.Extra["source"].([]any); ok && allStrings(src) {
			c.Extra["source"] = r.multiline(join(path, "source"), src)
		}
	}
	if r.err != nil {
		return nil
	}
	return c
}

func (r *reader) source(path string, m map[string]any, c *Cell, what string) {
	if v, ok := r.field(path, m, "source", "a "+what); ok {
		c.Source = r.multiline(join(path, "source"), v)
	}
}

func (r *reader) attachments(path string, v any) map[string]map[string]any {
	m := r.object(path, v)
	if m == nil {
		return nil
	}
	out := make(map[string]map[string]any, len(m))
	for name, bundle := range m {
		out[name] = r.mimebundle(join(path, fmt.Sprintf("%q", name)), bundle)
	}
	return out
}

func (r *reader) output(path string, v any) *Output {
	m := r.object(path, v)
	if m == nil {
		return nil
	}
	o := &Output{}
	o.Type = r.stringField(path, m, "output_type", "an output")
	if r.err != nil {
		return nil
	}
	what := "a " + o.Type + " output"
	switch o.Type {
	case StreamOutput:
		o.Name = r.stringField(path, m, "name", what)
		if t, ok := r.field(path, m, "text", what); ok {
			o.Text = r.multiline(join(path, "text"), t)
		}
		o.Extra = extra(m, "output_type", "name", "text")
	case DisplayDataOutput, ExecuteResultOutput:
		if o.Type == ExecuteResultOutput {
			what = "an execute_result output"
			o.ExecutionCount = r.optionalCount(path, m, what)
		}
		if d, ok := r.field(path, m, "data", what); ok {
			o.Data = r.mimebundle(join(path, "data"), d)
		}
		o.Metadata = r.objectField(path, m, "metadata", what)
		o.Extra = extra(m, "output_type", "data", "metadata", "execution_count")
	case ErrorOutput:
		what = "an error output"
		o.EName = r.stringField(path, m, "ename", what)
		o.EValue = r.stringField(path, m, "evalue", what)
		if tb, ok := r.field(path, m, "traceback", what); ok {
			o.Traceback = r.stringList(join(path, "traceback"), tb)
		}
		o.Extra = extra(m, "output_type", "ename", "evalue", "traceback")
	default:
		o.Extra = extra(m, "output_type")
		if t, ok := o.Extra["text"].([]any); ok && allStrings(t) {
			o.Extra["text"] = r.multiline(join(path, "text"), t)
		}
	}
	if r.err != nil {
		return nil
	}
	return o
}

func allStrings(list []any) bool {
	for _, v := range list {
		if _, ok := v.(string); !ok {
			return false
		}
	}
	return true
}
