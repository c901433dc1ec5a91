// This file defines Session, the interpreter as the kernel sees it, and
// Output, the way a running cell talks back. The kernel owns these types; the
// interpreter-backed implementation is wired in by cmd/adder.

package kernel

import (
	"context"
	"errors"
	"time"
)

// Session is one interpreter. The kernel calls Execute, Complete, Inspect,
// IsComplete and History from a single goroutine (the shell executor), one
// request at a time. Interrupt may be called from any goroutine at any time,
// including when nothing runs (then it must do nothing harmful).
//
// Cursor positions are in Unicode code points, as protocol 5.2+ specifies.
type Session interface {
	// Execute runs one cell. It reports output through out, which stays
	// valid after Execute returns: output from background work (asyncio
	// tasks) is sent later under this cell's parent. ctx ends when the
	// kernel shuts down. Execute must not publish the error itself: the
	// kernel sends the error message from the outcome.
	Execute(ctx context.Context, code string, opts ExecuteOptions, out Output) ExecuteOutcome

	// Complete returns completions for the code at cursorPos.
	Complete(code string, cursorPos int) CompleteResult

	// Inspect returns help for the object at cursorPos; detailLevel is 0 or 1.
	Inspect(code string, cursorPos, detailLevel int) InspectResult

	// IsComplete reports "complete", "incomplete" (with the indent for the
	// next line), "invalid" or "unknown".
	IsComplete(code string) (status, indent string)

	// Interrupt raises KeyboardInterrupt in the running cell, if any.
	Interrupt()
}

// Backgrounder is implemented by a Session with work of its own between
// requests (asyncio tasks started by earlier cells). While no request
// runs, the executor calls RunBackground when work is due; output it
// produces goes to the Output of the cell that last ran, as under
// ipykernel.
type Backgrounder interface {
	// RunBackground runs due work for at most max and returns how long
	// until more is due; ok is false when nothing is scheduled.
	RunBackground(max time.Duration) (next time.Duration, ok bool)
}

// BackgroundWaker is a Backgrounder whose work can also be scheduled from
// other threads (Python threads calling call_soon_threadsafe): the idle
// executor runs RunBackground as soon as BackgroundWake delivers. The
// channel may change (nil until the session has a loop), so the executor
// asks for it each time it goes idle.
type BackgroundWaker interface {
	BackgroundWake() <-chan struct{}
}

// ExecuteOptions carries execute_request's flags, defaults applied.
type ExecuteOptions struct {
	Silent          bool              // no execute_input/execute_result, no history
	StoreHistory    bool              // count and record this cell (false when Silent)
	AllowStdin      bool              // Output.Input may be used
	UserExpressions map[string]string // evaluated after the cell, results in the outcome
	ExecutionCount  int               // the number shown as In[n]/Out[n] for this cell
}

// ExecuteOutcome is the result of a cell, turned into execute_reply (and, for
// an error, one iopub error message).
type ExecuteOutcome struct {
	Status    string // "ok", "error" or "aborted"
	EName     string // exception type name, e.g. "ZeroDivisionError"
	EValue    string // str(exception)
	Traceback []string

	// ErrorShown means the session already showed the error as output
	// (IPython prints a UsageError on stderr): no iopub error message is
	// sent, but the reply still says "error".
	ErrorShown bool

	// UserExpressions maps each requested name to its result: a mimebundle
	// reply {"status": "ok", "data": {...}, "metadata": {...}} or an error
	// {"status": "error", "ename", "evalue", "traceback"}.
	UserExpressions map[string]any

	// Payload is execute_reply's (deprecated but still used) payload list,
	// e.g. {"source": "page", ...} or {"source": "set_next_input", ...}.
	Payload []map[string]any
}

// CompleteResult is complete_reply's content without the status.
type CompleteResult struct {
	Matches     []string
	CursorStart int
	CursorEnd   int
	Metadata    map[string]any
}

// InspectResult is inspect_reply's content without the status.
type InspectResult struct {
	Found    bool
	Data     map[string]any
	Metadata map[string]any
}

// Output receives a cell's output. Methods may be called from any goroutine,
// also after Execute returned; the kernel turns each call into an iopub
// message under the cell's request (streams are batched).
type Output interface {
	// Stream appends text to "stdout" or "stderr".
	Stream(name, text string)
	// DisplayData sends display_data, or update_display_data when update
	// is set (transient must then carry display_id).
	DisplayData(data, metadata, transient map[string]any, update bool)
	// ExecuteResult sends the cell's Out[n] value.
	ExecuteResult(data, metadata map[string]any)
	// ClearOutput clears the cell's output, now or (wait) at the next output.
	ClearOutput(wait bool)
	// Input asks the frontend for a line on the stdin channel. It returns
	// ErrStdinNotAllowed when the request had allow_stdin false, and
	// ErrInputInterrupted when the kernel is interrupted while waiting.
	Input(prompt string, password bool) (string, error)
}

// Errors returned by Output.Input. The session maps them to Python
// exceptions (StdinNotImplementedError, KeyboardInterrupt).
var (
	ErrStdinNotAllowed  = errors.New("raw_input was called, but this frontend does not support input requests.")
	ErrInputInterrupted = errors.New("input interrupted")
	ErrKernelStopping   = errors.New("kernel is shutting down")
)

// Comms is implemented by a Session that hosts comms (the messaging spec's
// "Custom Messages"): targets registered by user code, comms opened from
// either side. The executor calls HandleComm for comm_open, comm_msg and
// comm_close, one request at a time like Execute; out is the request's
// output, so what the handlers print, display or send goes out under the
// comm message as parent, and (as for a cell) it stays valid afterwards.
// A Session without Comms has no targets: the kernel closes every comm
// the frontend opens.
type Comms interface {
	// HandleComm runs the Python side of one comm message. It must not
	// fail: a handler's exception is the session's to report on stderr.
	HandleComm(msg CommMessage, out Output)

	// CommInfo lists the open comms as comm_id -> target_name, only
	// those of target when it is not empty.
	CommInfo(target string) map[string]string
}

// CommMessage is a comm message from the frontend, as ipykernel hands it
// to Python: MsgType and CommID are decoded for routing; Message is the
// whole message as one JSON object (header, parent_header, metadata,
// content, msg_id, msg_type) and Buffers its extra binary frames.
type CommMessage struct {
	MsgType string // comm_open, comm_msg or comm_close
	CommID  string
	Message []byte
	Buffers [][]byte
}

// ErrorOutput is implemented by the kernel's Output: an error shown while
// the cell goes on (a display formatter that raised, as ipykernel shows
// it), sent as an iopub error message.
type ErrorOutput interface {
	Error(ename, evalue string, traceback []string)
}

// CommOutput is implemented by the kernel's Output: the session's way to
// put comm_open, comm_msg and comm_close on iopub under the request being
// handled. content and metadata are JSON objects (the session serializes
// Python values its own way); buffers go out as extra frames.
type CommOutput interface {
	Comm(msgType string, content, metadata []byte, buffers [][]byte)
}
