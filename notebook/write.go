// This file writes a notebook in nbformat's on-disk form: multiline text
// split into lists of lines (as nbformat's split_lines), keys sorted, one
// space of indent and a trailing newline.

package notebook

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Marshal returns the notebook's file contents.
func Marshal(nb *Notebook) ([]byte, error) {
	var b strings.Builder
	if err := encodeCanonical(&b, nb.tree(), 0); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return []byte(b.String()), nil
}

// WriteFile writes the notebook to path atomically: a reader never sees a
// half-written file, and a failed write leaves the old file in place.
func WriteFile(path string, nb *Notebook) error {
	data, err := Marshal(nb)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := os.Chmod(tmp.Name(), mode); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// tree converts the notebook to a generic JSON tree in on-disk form.
func (nb *Notebook) tree() map[string]any {
	m := copyMap(nb.Extra)
	m["nbformat"] = nb.Format
	m["nbformat_minor"] = nb.FormatMinor
	meta := copyMap(nb.Metadata)
	delete(meta, "orig_nbformat")
	delete(meta, "orig_nbformat_minor")
	delete(meta, "signature")
	m["metadata"] = meta
	cells := make([]any, len(nb.Cells))
	for i, c := range nb.Cells {
		cells[i] = c.tree()
	}
	m["cells"] = cells
	return m
}

func (c *Cell) tree() map[string]any {
	m := copyMap(c.Extra)
	if c.ID != "" {
		m["id"] = c.ID
	}
	m["cell_type"] = c.Type
	meta := copyMap(c.Metadata)
	delete(meta, "trusted")
	m["metadata"] = meta
	switch c.Type {
	case CodeCell:
		m["source"] = splitLines(c.Source)
		m["execution_count"] = countValue(c.ExecutionCount)
		outs := make([]any, len(c.Outputs))
		for i, o := range c.Outputs {
			outs[i] = o.tree()
		}
		m["outputs"] = outs
	case MarkdownCell, RawCell:
		m["source"] = splitLines(c.Source)
		if c.Attachments != nil {
			att := make(map[string]any, len(c.Attachments))
			for name, bundle := range c.Attachments {
				att[name] = splitBundle(bundle)
			}
			m["attachments"] = att
		}
	default:
		if s, ok := m["source"].(string); ok {
			m["source"] = splitLines(s)
		}
	}
	return m
}

func (o *Output) tree() map[string]any {
	m := copyMap(o.Extra)
	m["output_type"] = o.Type
	switch o.Type {
	case StreamOutput:
		m["name"] = o.Name
		m["text"] = splitLines(o.Text)
	case DisplayDataOutput, ExecuteResultOutput:
		m["data"] = splitBundle(o.Data)
		m["metadata"] = orEmpty(o.Metadata)
		if o.Type == ExecuteResultOutput {
			m["execution_count"] = countValue(o.ExecutionCount)
		}
	case ErrorOutput:
		m["ename"] = o.EName
		m["evalue"] = o.EValue
		tb := o.Traceback
		if tb == nil {
			tb = []string{}
		}
		m["traceback"] = tb
	}
	return m
}

// splitBundle splits text values into lines where nbformat does: text/*
// mimetypes, application/javascript and image/svg+xml. Other strings
// (base64 images) stay whole.
func splitBundle(data map[string]any) map[string]any {
	out := make(map[string]any, len(data))
	for mime, v := range data {
		if s, ok := v.(string); ok && (strings.HasPrefix(mime, "text/") ||
			mime == "application/javascript" || mime == "image/svg+xml") {
			out[mime] = splitLines(s)
			continue
		}
		out[mime] = v
	}
	return out
}

func countValue(n *int) any {
	if n == nil {
		return nil
	}
	return *n
}

func copyMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m)+4)
	for k, v := range m {
		out[k] = v
	}
	return out
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}
