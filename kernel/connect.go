// This file handles the deprecated connect_request, still sent by some tools.

package kernel

import "adder/messaging"

// handleConnectRequest replies with the kernel's ports.
func (k *Kernel) handleConnectRequest(r *request) error {
	k.reply(r, messaging.ConnectReplyContent{Status: "ok", ShellPort: k.info.ShellPort, IOPubPort: k.info.IOPubPort,
		StdinPort: k.info.StdinPort, HBPort: k.info.HBPort, ControlPort: k.info.ControlPort})
	return nil
}
