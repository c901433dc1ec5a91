// Package shell is adder's IPython layer over the interpreter: it turns
// IPython syntax (%magics, %%cell magics, !shell escapes, obj? help) into
// Python source, decides whether a cell is complete, implements the magics,
// and answers completion and inspection requests from a live namespace.
//
// # Wiring
//
// The kernel's Session adapter (and the terminal prompt) use it so:
//
//	sh, err := shell.New(session)       // installs get_ipython and help
//	sh.Page = func(p map[string]any)    // append p to execute_reply's payload
//	sh.Display = func(d map[string]any) // Output.DisplayData(d, {}, nil, false)
//	sh.SetNextInput = ...               // payload {"source": "set_next_input", "text": t, "replace": false}
//	code := shell.TransformCell(cell)   // then compile and run code as the cell
//	if text, ok := shell.IsUsageError(err); ok { /* print text on stderr; status "error", no traceback */ }
//	status, indent := shell.IsComplete(code)
//	session.Do(func() error { res = sh.Complete(code, pos); return nil })
//	session.Do(func() error { res = sh.Inspect(code, pos, detail); return nil })
//
// Complete and Inspect read live objects (dir(), getattr), so they must run
// with the session's thread installed, between cells. Magics print through
// sys.stdout unless Stdout is set, so their output interleaves with print().
// IsComplete and TransformCell are pure functions of the text.
package shell
