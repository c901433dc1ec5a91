// This file handles inspect_request.

package kernel

import "adder/messaging"

// handleInspectRequest implements
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#introspection
func (k *Kernel) handleInspectRequest(r *request) error {
	var c messaging.InspectRequestContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	res := k.session.Inspect(c.Code, c.CursorPos, c.DetailLevel)
	k.reply(r, messaging.InspectReplyContent{Status: "ok", Found: res.Found,
		Data: orEmpty(res.Data), Metadata: orEmpty(res.Metadata)})
	return nil
}
