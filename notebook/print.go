// This file prints a notebook's cells as a terminal transcript, the form
// "adder nbrun NB.ipynb" shows when it does not write a notebook:
// markdown as it is, code as IPython's In/Out prompts, outputs as text.

package notebook

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
)

// A Printer prints cells in notebook order as they finish. Color keeps ANSI
// escapes in tracebacks; without it they are removed.
type Printer struct {
	W     io.Writer
	Color bool
	next  int // first cell not yet printed
}

// CellDone prints every cell up to and including index i. It fits
// Options.CellDone.
func (p *Printer) CellDone(nb *Notebook, i int) {
	for ; p.next <= i && p.next < len(nb.Cells); p.next++ {
		p.printCell(nb.Cells[p.next])
	}
}

// Finish prints the cells after the last one run.
func (p *Printer) Finish(nb *Notebook) {
	p.CellDone(nb, len(nb.Cells)-1)
}

var ansiEscape = regexp.MustCompile("\x1b\\[[0-9;]*[A-Za-z]")

func (p *Printer) printCell(c *Cell) {
	w := p.W
	switch c.Type {
	case CodeCell:
		prompt := "In [ ]: "
		if c.ExecutionCount != nil {
			prompt = fmt.Sprintf("In [%d]: ", *c.ExecutionCount)
		}
		cont := strings.Repeat(" ", len(prompt)-5) + "...: "
		for i, line := range strings.Split(strings.TrimRight(c.Source, "\n"), "\n") {
			if i == 0 {
				fmt.Fprintf(w, "%s%s\n", prompt, line)
			} else {
				fmt.Fprintf(w, "%s%s\n", cont, line)
			}
		}
		for _, o := range c.Outputs {
			p.Output(o)
		}
	default:
		if s := strings.TrimRight(c.Source, "\n"); s != "" {
			fmt.Fprintln(w, s)
		}
	}
	fmt.Fprintln(w)
}

// Output prints one output as text.
func (p *Printer) Output(o *Output) {
	w := p.W
	switch o.Type {
	case StreamOutput:
		fmt.Fprint(w, o.Text)
		if !strings.HasSuffix(o.Text, "\n") {
			fmt.Fprintln(w)
		}
	case ExecuteResultOutput, DisplayDataOutput:
		text, ok := o.Data["text/plain"].(string)
		if !ok {
			mimes := make([]string, 0, len(o.Data))
			for m := range o.Data {
				mimes = append(mimes, m)
			}
			sort.Strings(mimes)
			text = "<" + strings.Join(mimes, ", ") + ">"
		}
		if o.Type == ExecuteResultOutput {
			n := 0
			if o.ExecutionCount != nil {
				n = *o.ExecutionCount
			}
			sep := " "
			if strings.Contains(text, "\n") {
				sep = "\n" // as IPython shows a multi-line repr
			}
			text = fmt.Sprintf("Out[%d]:%s%s", n, sep, text)
		}
		fmt.Fprintln(w, strings.TrimSuffix(text, "\n"))
	case ErrorOutput:
		tb := strings.Join(o.Traceback, "\n")
		if len(o.Traceback) == 0 {
			tb = o.EName + ": " + o.EValue
		}
		if !p.Color {
			tb = ansiEscape.ReplaceAllString(tb, "")
		}
		fmt.Fprintln(w, strings.TrimSuffix(tb, "\n"))
	default:
		fmt.Fprintf(w, "<%s output>\n", o.Type)
	}
}
