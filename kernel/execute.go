// This file handles execute_request: execute_input, the cell's outputs, the
// error message, the reply, history, and aborting queued cells after an
// error when stop_on_error is set.

package kernel

import (
	"encoding/json"
	"strings"
	"time"

	"adder/messaging"
)

// handleExecuteRequest implements
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#execute
//
// Counting follows ipykernel: execute_input shows the number this cell
// would get; the counter only advances for a stored, non-empty cell; the
// reply carries the counter after the cell.
func (k *Kernel) handleExecuteRequest(r *request) error {
	var c messaging.ExecuteRequestContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	store, allowStdin, stopOnError := c.Flags()
	next := k.executionCount + 1
	if !c.Silent {
		k.publish(r.msg.Header, messaging.ExecuteInput, messaging.ExecuteInputContent{Code: c.Code, ExecutionCount: next})
	}
	if strings.TrimSpace(c.Code) == "" {
		store = false
	}
	if store {
		k.executionCount = next
	}
	opts := ExecuteOptions{Silent: c.Silent, StoreHistory: store, AllowStdin: allowStdin,
		UserExpressions: c.UserExpressions, ExecutionCount: next}
	if store {
		k.recordInput(next, c.Code)
	}
	out := newCellOutput(k, r, opts)
	started := messaging.FormatDate(time.Now())
	res := k.session.Execute(k.ctx, c.Code, opts, out)
	out.flush()
	if res.Status == "" {
		res.Status = "ok"
	}
	if res.Status == "error" && !res.ErrorShown {
		tb := res.Traceback
		if tb == nil {
			tb = []string{}
		}
		out.send(messaging.Error, messaging.ErrorContent{EName: res.EName, EValue: res.EValue, Traceback: tb})
	}

	reply := messaging.ExecuteReplyContent{
		Status: res.Status, ExecutionCount: k.executionCount,
		UserExpressions: res.UserExpressions, Payload: res.Payload,
		EName: res.EName, EValue: res.EValue, Traceback: res.Traceback,
	}
	if reply.UserExpressions == nil {
		reply.UserExpressions = map[string]any{}
	}
	if reply.Payload == nil {
		reply.Payload = []map[string]any{}
	}
	if res.Status == "error" && reply.Traceback == nil {
		reply.Traceback = []string{}
	}
	md, _ := json.Marshal(map[string]any{"started": started, "dependencies_met": true,
		"engine": messaging.ProcessSession, "status": res.Status})
	k.replyWith(r, reply, md)
	if res.Status == "error" && stopOnError {
		k.abortQueued()
	}
	return nil
}

// abortQueued answers every execute_request already waiting in the shell
// queue with status "aborted" (as ipykernel does after an error with
// stop_on_error); other queued requests keep their place and run normally.
func (k *Kernel) abortQueued() {
	for {
		select {
		case r := <-k.shellQ:
			k.pending = append(k.pending, r)
			continue
		default:
		}
		break
	}
	kept := k.pending[:0]
	for _, r := range k.pending {
		if r.msg.Header.MsgType != messaging.ExecuteRequest {
			kept = append(kept, r)
			continue
		}
		k.publishStatus(r.msg.Header, "busy")
		md, _ := json.Marshal(map[string]any{"status": "aborted", "engine": messaging.ProcessSession})
		k.replyWith(r, messaging.ExecuteReplyContent{Status: "aborted", ExecutionCount: k.executionCount,
			UserExpressions: map[string]any{}, Payload: []map[string]any{}}, md)
		k.publishStatus(r.msg.Header, "idle")
	}
	k.pending = kept
}
