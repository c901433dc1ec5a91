// This file compares a notebook's stored outputs with a fresh run's, for
// "adder nbtest", in the manner of nbval: streams by name with consecutive
// chunks of one stream merged, every mimetype's data exactly, errors by
// ename and evalue (not the traceback), output metadata and execution
// counts ignored.

package notebook

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"adder/kernel"
)

// Tags nbtest honours (nbval's spellings are accepted too).
const (
	// TagSkip: nbtest neither runs the cell nor compares it.
	TagSkip = "nbtest-skip"
	// TagSkipOutput: nbtest runs the cell but does not compare its outputs.
	TagSkipOutput = "nbtest-skip-output"
)

// TestSkipTags are the tags whose cells nbtest does not run.
var TestSkipTags = []string{TagSkip, "nbval-skip"}

// testIgnoreTags are the tags whose cells' outputs nbtest does not compare.
var testIgnoreTags = []string{TagSkipOutput, "nbval-ignore-output"}

// A Mismatch is one code cell whose fresh outputs differ from the stored.
type Mismatch struct {
	Index  int    // position in Notebook.Cells
	ID     string // cell id, "" if none
	Source string
	Diff   string // unified diff, stored to fresh
}

// A Report is the comparison of one notebook.
type Report struct {
	Name       string
	Passed     int
	Failed     int
	Mismatches []Mismatch
}

// Compare checks every code cell that nbtest runs (non-empty, without a
// skip tag) and whose outputs are not ignored: its fresh outputs must
// render the same as the stored ones. stored and fresh must have the same
// cells in the same order (fresh is a run copy of stored).
func Compare(name string, stored, fresh *Notebook) *Report {
	r := &Report{Name: name}
	for i, c := range stored.Cells {
		if c.Type != CodeCell || strings.TrimSpace(c.Source) == "" || skipped(c, TestSkipTags) || skipped(c, testIgnoreTags) {
			continue
		}
		var got []*Output
		if i < len(fresh.Cells) {
			got = fresh.Cells[i].Outputs
		}
		if render(c.Outputs, true) == render(got, true) {
			r.Passed++
			continue
		}
		r.Failed++
		// Show the diff without newline markers on data unless they are
		// the only difference.
		want, have := render(c.Outputs, false), render(got, false)
		if want == have {
			want, have = render(c.Outputs, true), render(got, true)
		}
		label := fmt.Sprintf("cell %d", i+1)
		r.Mismatches = append(r.Mismatches, Mismatch{Index: i, ID: c.ID, Source: c.Source,
			Diff: unifiedDiff("stored "+label, "adder "+label, want, have)})
	}
	return r
}

// Write prints each mismatch: the cell's source, then the diff.
func (r *Report) Write(w io.Writer) {
	for _, m := range r.Mismatches {
		id := ""
		if m.ID != "" {
			id = " (id " + m.ID + ")"
		}
		fmt.Fprintf(w, "FAIL %s: cell %d%s\n", r.Name, m.Index+1, id)
		for _, line := range strings.SplitAfter(strings.TrimRight(m.Source, "\n"), "\n") {
			fmt.Fprintf(w, "    %s", strings.TrimRight(line, "\n"))
			fmt.Fprintln(w)
		}
		fmt.Fprint(w, m.Diff)
		fmt.Fprintln(w)
	}
}

// Summary is the line nbtest ends with: exactly "N passed, M failed".
func Summary(passed, failed int) string {
	return fmt.Sprintf("%d passed, %d failed", passed, failed)
}

// render turns outputs into the text that is compared and diffed: one
// "[kind]" header per output followed by its content. strict marks a
// missing final newline on every value, not only on streams, where it
// matters most.
func render(outs []*Output, strict bool) string {
	var b strings.Builder
	for i := 0; i < len(outs); i++ {
		o := outs[i]
		switch o.Type {
		case StreamOutput:
			text := o.Text
			for i+1 < len(outs) && outs[i+1].Type == StreamOutput && outs[i+1].Name == o.Name {
				i++
				text += outs[i].Text
			}
			fmt.Fprintf(&b, "[%s]\n", o.Name)
			writeBody(&b, text, true)
		case DisplayDataOutput, ExecuteResultOutput:
			mimes := make([]string, 0, len(o.Data))
			for m := range o.Data {
				mimes = append(mimes, m)
			}
			sort.Strings(mimes)
			if len(mimes) == 0 {
				fmt.Fprintf(&b, "[%s]\n", o.Type)
			}
			for _, m := range mimes {
				fmt.Fprintf(&b, "[%s %s]\n", o.Type, m)
				writeBody(&b, bundleText(o.Data[m]), strict)
			}
		case ErrorOutput:
			b.WriteString("[error]\n")
			writeBody(&b, o.EName+": "+syntaxErrorFile.ReplaceAllString(o.EValue, "(<cell>, line $1)")+"\n", strict)
		default:
			fmt.Fprintf(&b, "[%s]\n", o.Type)
			var enc strings.Builder
			if err := encodeCanonical(&enc, o.Extra, 0); err == nil {
				writeBody(&b, enc.String()+"\n", strict)
			}
		}
	}
	return b.String()
}

// syntaxErrorFile matches the "(FILE, line N)" that str() of a SyntaxError
// ends with. FILE is where the kernel compiled the cell from (ipykernel: a
// temporary file named after a hash of the cell), so it differs between
// kernels and is not compared.
var syntaxErrorFile = regexp.MustCompile(`\((?:[^()]*), line (\d+)\)$`)

// bundleText is a mimebundle value as text: strings as they are, JSON data
// in nbformat's layout.
func bundleText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	var b strings.Builder
	if err := encodeCanonical(&b, v, 0); err != nil {
		return fmt.Sprint(v)
	}
	return b.String()
}

// writeBody writes text ending in a newline; with mark, a missing final
// newline is marked so that it still shows up in the comparison.
func writeBody(b *strings.Builder, text string, mark bool) {
	b.WriteString(text)
	if text != "" && !strings.HasSuffix(text, "\n") {
		b.WriteString("\n")
		if mark {
			b.WriteString("[no newline at end]\n")
		}
	}
}

// Check re-runs a copy of stored in s (errors allowed, nbtest-skip cells
// not run) and compares. A run that stops early (timeout, cancellation)
// returns its error with the report of what could be compared; the cells
// not reached then count as failed.
func Check(ctx context.Context, s kernel.Session, name string, stored *Notebook, opts Options) (*Report, error) {
	data, err := Marshal(stored)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	fresh, err := Parse(name, data)
	if err != nil {
		return nil, err
	}
	opts.AllowErrors = true
	opts.SkipTags = append(append([]string(nil), opts.SkipTags...), TestSkipTags...)
	reached := len(fresh.Cells)
	opts.CellDone = chain(opts.CellDone, func(i int, _ *Cell) { reached = i + 1 })
	runErr := Run(ctx, s, fresh, opts)
	if runErr != nil {
		// Cells from the one that stopped the run on were not (fully) run.
		for i := reached; i < len(fresh.Cells); i++ {
			fresh.Cells[i].Outputs = []*Output{{Type: ErrorOutput, EName: "NotRun", EValue: runErr.Error()}}
		}
	}
	return Compare(name, stored, fresh), runErr
}

func chain(a, b func(int, *Cell)) func(int, *Cell) {
	if a == nil {
		return b
	}
	return func(i int, c *Cell) { a(i, c); b(i, c) }
}
