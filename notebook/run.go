// This file defines Run, which executes a notebook's code cells in order in
// one kernel.Session, in-process, recording outputs as nbclient does.

package notebook

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"adder/kernel"
)

// Tags that change how cells run.
const (
	// TagSkipExecution (nbclient's) leaves a cell unrun, outputs untouched.
	TagSkipExecution = "skip-execution"
	// TagRaisesException (nbclient's) allows this cell to fail.
	TagRaisesException = "raises-exception"
)

// interruptGrace is how long a timed-out cell gets to stop after the
// interrupt before the run gives up on it.
const interruptGrace = 5 * time.Second

// Options configures Run. The zero value runs every cell with no timeout
// and stops at the first error.
type Options struct {
	// Timeout bounds each cell; 0 means no limit. A cell that times out is
	// interrupted and ends the run with a *TimeoutError.
	Timeout time.Duration
	// AllowErrors records a failing cell's error and carries on.
	AllowErrors bool
	// SkipTags lists tags whose cells are not run (their stored outputs
	// stay). TagSkipExecution is always honoured.
	SkipTags []string
	// Progress receives one line per code cell (nil: none).
	Progress io.Writer
	// Name is the notebook's name in progress lines.
	Name string
	// CellDone, if set, is called after each code cell runs.
	CellDone func(index int, c *Cell)
	// LanguageInfo, if set, becomes metadata.language_info, as nbclient
	// stores the kernel's.
	LanguageInfo map[string]any
}

// A CellError reports a cell that raised while errors were not allowed.
type CellError struct {
	Index   int // position in Notebook.Cells
	Count   int // execution count
	Outcome kernel.ExecuteOutcome
}

func (e *CellError) Error() string {
	return fmt.Sprintf("cell %d (In [%d]) raised %s: %s", e.Index+1, e.Count, e.Outcome.EName, e.Outcome.EValue)
}

// A TimeoutError reports a cell that ran past Options.Timeout.
type TimeoutError struct {
	Index   int
	Timeout time.Duration
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("cell %d timed out after %s", e.Index+1, e.Timeout)
}

// Run executes nb's code cells in order in s, replacing each run cell's
// outputs and execution count. Empty cells and cells with a skip tag keep
// what they had, as under nbclient. The notebook is upgraded to nbformat
// 4.5. Run stops at the first error (a *CellError) unless AllowErrors or
// the cell is tagged raises-exception, at a timeout (*TimeoutError), or
// when ctx ends (the running cell is interrupted; ctx.Err() is returned).
func Run(ctx context.Context, s kernel.Session, nb *Notebook, opts Options) error {
	nb.Upgrade()
	if opts.LanguageInfo != nil {
		nb.Metadata["language_info"] = normalizeJSON(opts.LanguageInfo)
	}
	d := &displays{refs: map[string][]displayRef{}}
	total := 0
	for _, c := range nb.Cells {
		if c.Type == CodeCell {
			total++
		}
	}
	count, seen := 0, 0
	for i, c := range nb.Cells {
		if c.Type != CodeCell {
			continue
		}
		seen++
		if strings.TrimSpace(c.Source) == "" || skipped(c, opts.SkipTags) {
			progress(opts, "%scell %d/%d skipped", prefix(opts), seen, total)
			continue
		}
		count++
		start := time.Now()
		outcome, err := runCell(ctx, s, d, c, count, opts.Timeout)
		if err != nil {
			var te *TimeoutError
			if errors.As(err, &te) {
				te.Index = i
			}
			progress(opts, "%scell %d/%d In [%d] %v", prefix(opts), seen, total, count, err)
			return err
		}
		status := "ok"
		if outcome.Status == "error" {
			status = outcome.EName
		}
		progress(opts, "%scell %d/%d In [%d] %s (%s)", prefix(opts), seen, total, count, status,
			time.Since(start).Round(time.Millisecond))
		if opts.CellDone != nil {
			opts.CellDone(i, c)
		}
		if outcome.Status == "error" && !opts.AllowErrors && !c.HasTag(TagRaisesException) {
			return &CellError{Index: i, Count: count, Outcome: outcome}
		}
	}
	return nil
}

// runCell executes one cell in a goroutine so a timeout or cancellation
// can interrupt it.
func runCell(ctx context.Context, s kernel.Session, d *displays, c *Cell, count int, timeout time.Duration) (kernel.ExecuteOutcome, error) {
	c.Outputs = nil
	c.ExecutionCount = intPtr(count)
	rec := newRecorder(d, c, count)
	done := make(chan kernel.ExecuteOutcome, 1)
	go func() {
		done <- s.Execute(ctx, c.Source, kernel.ExecuteOptions{StoreHistory: true, ExecutionCount: count}, rec)
	}()
	var timer <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		timer = t.C
	}
	var stopErr error
	select {
	case o := <-done:
		return finishCell(rec, o), nil
	case <-timer:
		stopErr = &TimeoutError{Timeout: timeout}
	case <-ctx.Done():
		stopErr = ctx.Err()
	}
	s.Interrupt()
	select {
	case o := <-done:
		finishCell(rec, o)
	case <-time.After(interruptGrace):
		rec.close() // the cell is abandoned; ignore whatever it still says
	}
	return kernel.ExecuteOutcome{}, stopErr
}

func finishCell(rec *recorder, o kernel.ExecuteOutcome) kernel.ExecuteOutcome {
	if o.Status == "error" && !o.ErrorShown {
		rec.addError(o)
	}
	rec.close()
	return o
}

func skipped(c *Cell, tags []string) bool {
	if c.HasTag(TagSkipExecution) {
		return true
	}
	for _, t := range tags {
		if c.HasTag(t) {
			return true
		}
	}
	return false
}

func prefix(opts Options) string {
	if opts.Name == "" {
		return ""
	}
	return opts.Name + ": "
}

func progress(opts Options, format string, args ...any) {
	if opts.Progress != nil {
		fmt.Fprintf(opts.Progress, format+"\n", args...)
	}
}
