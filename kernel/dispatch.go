// This file holds the handler tables and the one dispatcher that wraps every
// request in busy/idle, logs unknown types and recovers handler panics.

package kernel

import (
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"adder/internal/zmtp"
	"adder/messaging"
)

// handler answers one request type. It decodes the content, calls the
// Session and replies through k.reply; it never touches a socket.
type handler func(k *Kernel, r *request) error

// shellHandlers serve the shell socket, in order, on the executor goroutine.
var shellHandlers = map[string]handler{
	messaging.ExecuteRequest:    (*Kernel).handleExecuteRequest,
	messaging.InspectRequest:    (*Kernel).handleInspectRequest,
	messaging.CompleteRequest:   (*Kernel).handleCompleteRequest,
	messaging.HistoryRequest:    (*Kernel).handleHistoryRequest,
	messaging.IsCompleteRequest: (*Kernel).handleIsCompleteRequest,
	messaging.CommInfoRequest:   (*Kernel).handleCommInfoRequest,
	messaging.KernelInfoRequest: (*Kernel).handleKernelInfoRequest,
	messaging.CommOpen:          (*Kernel).handleCommOpen,
	messaging.CommMsg:           (*Kernel).handleCommMsg,
	messaging.CommClose:         (*Kernel).handleCommMsg,
	messaging.ShutdownRequest:   (*Kernel).handleShutdownRequest,
	messaging.InterruptRequest:  (*Kernel).handleInterruptRequest,
	"connect_request":           (*Kernel).handleConnectRequest,
}

// controlHandlers serve the control socket on its reader goroutine, even
// while a cell runs.
var controlHandlers = map[string]handler{
	messaging.KernelInfoRequest: (*Kernel).handleKernelInfoRequest,
	messaging.ShutdownRequest:   (*Kernel).handleShutdownRequest,
	messaging.InterruptRequest:  (*Kernel).handleInterruptRequest,
	"connect_request":           (*Kernel).handleConnectRequest,
}

// dispatch runs one request: busy, handler, idle (all with the request as
// parent). A content that does not decode gets an error reply.
func (k *Kernel) dispatch(r *request, table map[string]handler) {
	t := r.msg.Header.MsgType
	k.log.Debug("kernel: request", "channel", string(r.ch), "msg_type", t)
	k.publishStatus(r.msg.Header, "busy")
	if h, ok := table[t]; !ok {
		k.log.Warn("kernel: unknown message type", "channel", string(r.ch), "msg_type", t)
	} else if err := k.call(h, r); err != nil {
		var ce *messaging.ContentError
		if errors.As(err, &ce) {
			k.log.Warn("kernel: bad request content", "msg_type", t, "err", err)
			k.replyError(r, "ValueError", err.Error())
		} else {
			k.log.Error("kernel: handler failed", "msg_type", t, "err", err)
		}
	}
	k.publishStatus(r.msg.Header, "idle")
	if r.after != nil {
		r.after()
	}
}

// call runs h, turning a panic (an interpreter or kernel bug) into an error
// reply so the kernel keeps serving.
func (k *Kernel) call(h handler, r *request) (err error) {
	defer func() {
		if p := recover(); p != nil {
			k.log.Error("kernel: handler panicked", "msg_type", r.msg.Header.MsgType, "panic", p, "stack", string(debug.Stack()))
			k.replyError(r, "SystemError", fmt.Sprint("internal error: ", p))
			err = nil
		}
	}()
	return h(k, r)
}

// reply sends content as the reply to r on r's socket.
func (k *Kernel) reply(r *request, content any) {
	k.replyWith(r, content, nil)
}

func (k *Kernel) replyWith(r *request, content any, metadata []byte) {
	m, err := messaging.NewMessage(messaging.ReplyType(r.msg.Header.MsgType), r.msg.Header, content)
	if err != nil {
		k.log.Error("kernel: encode reply", "msg_type", r.msg.Header.MsgType, "err", err)
		return
	}
	m.Identities = r.msg.Identities
	m.Metadata = metadata
	k.send(r.router, m)
}

// replyError sends a status "error" reply.
func (k *Kernel) replyError(r *request, ename, evalue string) {
	k.reply(r, messaging.ErrorReplyContent{Status: "error", EName: ename, EValue: evalue, Traceback: []string{}})
}

// send signs and routes m on a ROUTER. Send errors are logged, never fatal:
// a stale connection with the same identity can fail although the live one
// got the message.
func (k *Kernel) send(router *zmtp.Router, m *messaging.Message) error {
	frames, err := messaging.Encode(m, k.signer)
	if err != nil {
		k.log.Error("kernel: encode", "msg_type", m.Header.MsgType, "err", err)
		return err
	}
	if err := router.Send(frames); err != nil {
		k.log.Warn("kernel: send", "msg_type", m.Header.MsgType, "err", err)
		return err
	}
	return nil
}

// backgroundSlice bounds one turn of background work, so a request that
// arrives meanwhile waits at most this long.
const backgroundSlice = 20 * time.Millisecond

// idleTrimDelay is how long the kernel waits without requests before it
// hands memory freed by the last cells back to the operating system: a
// notebook's kernel spends most of its life idle.
const idleTrimDelay = time.Second

// executor runs shell requests one at a time, in arrival order, and the
// session's background work while none is waiting.
func (k *Kernel) executor() {
	bg, _ := k.session.(Backgrounder)
	waker, _ := k.session.(BackgroundWaker)
	wake := time.NewTimer(time.Hour)
	defer wake.Stop()
	trim := time.NewTimer(idleTrimDelay)
	defer trim.Stop()
	due := false // background work is scheduled: wake is armed for it
	for {
		var r *request
		if len(k.pending) > 0 {
			r, k.pending = k.pending[0], k.pending[1:]
		} else {
			if !due {
				wake.Stop()
			}
			var woken <-chan struct{}
			if waker != nil {
				woken = waker.BackgroundWake()
			}
			select {
			case r = <-k.shellQ:
			case <-k.stop:
				return
			case <-wake.C:
				due = k.runBackground(bg, wake)
				continue
			case <-woken:
				due = k.runBackground(bg, wake)
				continue
			case <-trim.C:
				debug.FreeOSMemory()
				continue
			}
		}
		k.busy.Store(true)
		k.dispatch(r, shellHandlers)
		k.busy.Store(false)
		trim.Reset(idleTrimDelay)
		// A cell may have left tasks behind: look at once.
		due = bg != nil
		if due {
			wake.Reset(0)
		}
	}
}

// runBackground gives the session one slice of background work and arms
// wake for the next; it reports whether more work is scheduled.
func (k *Kernel) runBackground(bg Backgrounder, wake *time.Timer) bool {
	if bg == nil {
		return false
	}
	next, ok := bg.RunBackground(backgroundSlice)
	if ok {
		wake.Reset(next)
	}
	return ok
}
