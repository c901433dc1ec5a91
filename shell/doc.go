// Package shell is adder's IPython layer over the interpreter: it turns
// IPython syntax (%magics, %%cell magics, !shell escapes, obj? help) into
// Python source, decides whether a cell is complete, implements the magics,
// and answers completion and inspection requests from a live namespace.
//
// The kernel's Session adapter calls TransformCell before compiling a cell,
// IsComplete for is_complete_request, and a Shell's Complete and Inspect for
// complete_request and inspect_request. Nothing here knows about ZeroMQ.
package shell
