// This file handles is_complete_request.

package kernel

import "adder/messaging"

// handleIsCompleteRequest implements
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#code-completeness
// The reply must be quick: jupyter_console waits 1 s and, after one miss,
// stops asking for the rest of the session.
func (k *Kernel) handleIsCompleteRequest(r *request) error {
	var c messaging.IsCompleteRequestContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	status, indent := k.session.IsComplete(c.Code)
	reply := messaging.IsCompleteReplyContent{Status: status}
	if status == "incomplete" {
		reply.Indent = indent
	}
	k.reply(r, reply)
	return nil
}
