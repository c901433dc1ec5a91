// This file handles comm_info_request, comm_open, comm_msg and comm_close
// (https://jupyter-client.readthedocs.io/en/latest/messaging.html#custom-messages).
// A Session that implements Comms runs them (user code registers the
// targets); without one there are no targets, and comm_open is answered
// with comm_close so the frontend does not wait on it.

package kernel

import (
	"encoding/json"
	"fmt"

	"adder/messaging"
)

// handleCommInfoRequest implements
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#comm-info
func (k *Kernel) handleCommInfoRequest(r *request) error {
	var c messaging.CommInfoRequestContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	comms := map[string]map[string]string{}
	if cs, ok := k.session.(Comms); ok {
		for id, target := range cs.CommInfo(c.TargetName) {
			comms[id] = map[string]string{"target_name": target}
		}
	}
	k.reply(r, messaging.CommInfoReplyContent{Status: "ok", Comms: comms})
	return nil
}

// handleCommOpen hands comm_open to the session, or, without comm support,
// closes the comm as ipykernel does for an unknown target.
func (k *Kernel) handleCommOpen(r *request) error {
	var c messaging.CommOpenContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	if cs, ok := k.session.(Comms); ok {
		return k.runComm(cs, r, c.CommID)
	}
	k.log.Warn("kernel: no such comm target registered", "target_name", c.TargetName)
	k.publish(r.msg.Header, messaging.CommClose, messaging.CommMsgContent{CommID: c.CommID, Data: map[string]any{}})
	return nil
}

// handleCommMsg serves comm_msg and comm_close.
func (k *Kernel) handleCommMsg(r *request) error {
	var c messaging.CommMsgContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	if cs, ok := k.session.(Comms); ok {
		return k.runComm(cs, r, c.CommID)
	}
	k.log.Info("kernel: message for unknown comm", "msg_type", r.msg.Header.MsgType, "comm_id", c.CommID)
	return nil
}

// runComm gives one comm message to the session with an output of its
// own, as a cell gets: streams, displays and comm messages the handlers
// send have this message as parent.
func (k *Kernel) runComm(cs Comms, r *request, commID string) error {
	whole, err := commMessageJSON(r.msg)
	if err != nil {
		return fmt.Errorf("%s for comm %s: %w", r.msg.Header.MsgType, commID, err)
	}
	out := newCellOutput(k, r, ExecuteOptions{})
	cs.HandleComm(CommMessage{MsgType: r.msg.Header.MsgType, CommID: commID, Message: whole, Buffers: r.msg.Buffers}, out)
	out.flush()
	return nil
}

// commMessageJSON is the message as the dict ipykernel passes to comm
// callbacks (buffers aside: they travel as raw frames).
func commMessageJSON(m *messaging.Message) ([]byte, error) {
	raw := func(b json.RawMessage) json.RawMessage {
		if len(b) == 0 {
			return json.RawMessage("{}")
		}
		return b
	}
	return json.Marshal(struct {
		Header       messaging.Header `json:"header"`
		MsgID        string           `json:"msg_id"`
		MsgType      string           `json:"msg_type"`
		ParentHeader messaging.Header `json:"parent_header"`
		Metadata     json.RawMessage  `json:"metadata"`
		Content      json.RawMessage  `json:"content"`
	}{m.Header, m.Header.MsgID, m.Header.MsgType, m.ParentHeader, raw(m.Metadata), raw(m.Content)})
}
