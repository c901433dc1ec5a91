// This file handles comm_info_request, comm_open, comm_msg and comm_close.
// No comm targets exist yet, so comm_open is answered with comm_close.

package kernel

import "adder/messaging"

// handleCommInfoRequest implements
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#comm-info
func (k *Kernel) handleCommInfoRequest(r *request) error {
	var c messaging.CommInfoRequestContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	k.reply(r, messaging.CommInfoReplyContent{Status: "ok", Comms: map[string]map[string]string{}})
	return nil
}

// handleCommOpen closes a comm whose target is unknown, as ipykernel does,
// so the frontend does not wait on it.
func (k *Kernel) handleCommOpen(r *request) error {
	var c messaging.CommOpenContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	k.log.Warn("kernel: no such comm target registered", "target_name", c.TargetName)
	k.publish(r.msg.Header, messaging.CommClose, messaging.CommMsgContent{CommID: c.CommID, Data: map[string]any{}})
	return nil
}

// handleCommMsg serves comm_msg and comm_close: no comm is ever open.
func (k *Kernel) handleCommMsg(r *request) error {
	var c messaging.CommMsgContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	k.log.Info("kernel: message for unknown comm", "msg_type", r.msg.Header.MsgType, "comm_id", c.CommID)
	return nil
}
