// This file defines cellOutput, the Output a cell writes to: it batches
// stream text and turns every other call into an iopub message under the
// cell's request.

package kernel

import (
	"strings"
	"sync"
	"time"

	"adder/messaging"
)

const (
	streamFlushDelay = 20 * time.Millisecond // short: output feels live
	streamFlushSize  = 64 << 10              // bytes: big cells go out in chunks
)

// cellOutput is safe for concurrent use and outlives its cell, so output
// from background tasks goes out under the parent that started them.
type cellOutput struct {
	k          *Kernel
	req        *request
	parent     messaging.Header
	silent     bool
	store      bool // the cell is counted: its result goes into the history
	allowStdin bool
	count      int

	mu    sync.Mutex
	name  string // stream being batched
	buf   strings.Builder
	timer *time.Timer
	armed bool
}

func newCellOutput(k *Kernel, r *request, opts ExecuteOptions) *cellOutput {
	return &cellOutput{k: k, req: r, parent: r.msg.Header, silent: opts.Silent, store: opts.StoreHistory,
		allowStdin: opts.AllowStdin, count: opts.ExecutionCount}
}

func (o *cellOutput) Stream(name, text string) {
	if text == "" {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.name != name && o.buf.Len() > 0 {
		o.flushLocked()
	}
	o.name = name
	o.buf.WriteString(text)
	if o.buf.Len() >= streamFlushSize {
		o.flushLocked()
		return
	}
	if !o.armed {
		o.armed = true
		if o.timer == nil {
			o.timer = time.AfterFunc(streamFlushDelay, o.flush)
		} else {
			o.timer.Reset(streamFlushDelay)
		}
	}
}

// flush sends any batched stream text.
func (o *cellOutput) flush() {
	o.mu.Lock()
	o.flushLocked()
	o.mu.Unlock()
}

func (o *cellOutput) flushLocked() {
	o.armed = false
	if o.buf.Len() == 0 {
		return
	}
	text := o.buf.String()
	o.buf.Reset()
	o.k.publish(o.parent, messaging.Stream, messaging.StreamContent{Name: o.name, Text: text})
}

// send flushes streams, then publishes one message, keeping the cell's
// output in order.
func (o *cellOutput) send(msgType string, content any) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
	o.k.publish(o.parent, msgType, content)
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

func (o *cellOutput) DisplayData(data, metadata, transient map[string]any, update bool) {
	t := messaging.DisplayData
	if update {
		t = messaging.UpdateDisplay
	}
	if transient == nil {
		transient = map[string]any{}
	}
	o.send(t, messaging.DisplayDataContent{Data: orEmpty(data), Metadata: orEmpty(metadata), Transient: transient})
}

func (o *cellOutput) ExecuteResult(data, metadata map[string]any) {
	if o.silent {
		return
	}
	if o.store {
		o.k.recordOutput(o.count, data)
	}
	o.send(messaging.ExecuteResult, messaging.ExecuteResultContent{
		ExecutionCount: o.count, Data: orEmpty(data), Metadata: orEmpty(metadata)})
}

// Error sends an error message in the middle of the cell (ErrorOutput).
func (o *cellOutput) Error(ename, evalue string, traceback []string) {
	if traceback == nil {
		traceback = []string{}
	}
	o.send(messaging.Error, messaging.ErrorContent{EName: ename, EValue: evalue, Traceback: traceback})
}

func (o *cellOutput) ClearOutput(wait bool) {
	o.send(messaging.ClearOutput, messaging.ClearOutputContent{Wait: wait})
}

// Input sends input_request on stdin, addressed with the shell request's
// identities, and waits for input_reply, an interrupt or shutdown.
func (o *cellOutput) Input(prompt string, password bool) (string, error) {
	if !o.allowStdin {
		return "", ErrStdinNotAllowed
	}
	o.flush()
	k := o.k
	// Forget stale replies and interrupts from before this request.
	for drained := false; !drained; {
		select {
		case <-k.inputQ:
		case <-k.intrQ:
		default:
			drained = true
		}
	}
	m, err := messaging.NewMessage(messaging.InputRequest, o.parent,
		messaging.InputRequestContent{Prompt: prompt, Password: password})
	if err != nil {
		return "", err
	}
	m.Identities = o.req.msg.Identities
	if err := k.send(k.stdin, m); err != nil {
		// The frontend has no stdin connection: nobody could answer.
		return "", ErrStdinNotAllowed
	}
	for {
		select {
		case reply := <-k.inputQ:
			var c messaging.InputReplyContent
			if err := reply.DecodeContent(&c); err != nil {
				k.log.Warn("kernel: bad input_reply", "err", err)
				continue
			}
			return c.Value, nil
		case <-k.intrQ:
			return "", ErrInputInterrupted
		case <-k.stop:
			return "", ErrKernelStopping
		}
	}
}
