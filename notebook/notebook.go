// Package notebook reads, validates and writes Jupyter notebooks (nbformat
// 4.0 to 4.5), runs their code cells in a kernel.Session and compares fresh
// outputs with stored ones. It backs "adder nbrun" and "adder nbtest".
//
// Reading follows nbformat: multiline fields stored as lists of lines are
// joined into strings, transient fields (metadata.signature,
// orig_nbformat*, cell metadata.trusted) are dropped, and a 4.5 notebook's
// missing or duplicate cell ids are replaced by fresh ones. Writing follows
// nbformat's JSON layout (see json.go), so a notebook Jupyter wrote reads and
// writes back byte for byte.
//
// The format: https://nbformat.readthedocs.io/en/latest/format_description.html
package notebook

// This file defines the in-memory notebook: Notebook, Cell and Output.

// Current is the nbformat version this package writes for new notebooks
// and after Upgrade.
const (
	Major = 4
	Minor = 5
)

// Cell types and output types.
const (
	CodeCell     = "code"
	MarkdownCell = "markdown"
	RawCell      = "raw"

	StreamOutput        = "stream"
	DisplayDataOutput   = "display_data"
	ExecuteResultOutput = "execute_result"
	ErrorOutput         = "error"
)

// A Notebook is one nbformat 4 document.
type Notebook struct {
	Format      int            // nbformat, always 4
	FormatMinor int            // nbformat_minor
	Metadata    map[string]any // free-form; kernelspec, language_info, ...
	Cells       []*Cell
	Extra       map[string]any // unknown top-level keys, kept as read
}

// A Cell is one cell. Fields that do not apply to its type are zero.
type Cell struct {
	ID       string // "" when absent (allowed before nbformat 4.5)
	Type     string // CodeCell, MarkdownCell, RawCell or an unknown type
	Metadata map[string]any
	Source   string

	// Attachments maps a file name to its mimebundle (markdown and raw
	// cells). nil means the key is absent, which differs from empty.
	Attachments map[string]map[string]any

	// Code cells only.
	Outputs        []*Output
	ExecutionCount *int // nil is JSON null

	// Extra holds keys this package does not model (for unknown cell types
	// everything besides id, cell_type and metadata), written back as read.
	Extra map[string]any
}

// An Output is one output of a code cell.
type Output struct {
	Type string // StreamOutput, DisplayDataOutput, ExecuteResultOutput, ErrorOutput or unknown

	Name string // stream: "stdout" or "stderr"
	Text string // stream

	Data           map[string]any // display_data, execute_result: mimetype -> value
	Metadata       map[string]any // display_data, execute_result
	ExecutionCount *int           // execute_result

	EName     string   // error
	EValue    string   // error
	Traceback []string // error

	Extra map[string]any // keys not modelled, written back as read
}

// Tags returns the cell's metadata.tags that are strings.
func (c *Cell) Tags() []string {
	list, _ := c.Metadata["tags"].([]any)
	var tags []string
	for _, t := range list {
		if s, ok := t.(string); ok {
			tags = append(tags, s)
		}
	}
	return tags
}

// HasTag reports whether the cell carries tag in metadata.tags.
func (c *Cell) HasTag(tag string) bool {
	for _, t := range c.Tags() {
		if t == tag {
			return true
		}
	}
	return false
}

// New returns an empty nbformat 4.5 notebook.
func New() *Notebook {
	return &Notebook{Format: Major, FormatMinor: Minor, Metadata: map[string]any{}}
}

func intPtr(i int) *int { return &i }
