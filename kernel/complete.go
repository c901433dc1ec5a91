// This file handles complete_request.

package kernel

import "adder/messaging"

// handleCompleteRequest implements
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#completion
func (k *Kernel) handleCompleteRequest(r *request) error {
	var c messaging.CompleteRequestContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	res := k.session.Complete(c.Code, c.CursorPos)
	if res.Matches == nil {
		res.Matches = []string{}
	}
	k.reply(r, messaging.CompleteReplyContent{Status: "ok", Matches: res.Matches,
		CursorStart: res.CursorStart, CursorEnd: res.CursorEnd, Metadata: orEmpty(res.Metadata)})
	return nil
}
