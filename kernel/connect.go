// This file handles the deprecated connect_request, still sent by some tools.

package kernel

// handleConnectRequest replies with the kernel's ports.
func (k *Kernel) handleConnectRequest(r *request) error {
	k.reply(r, map[string]any{"status": "ok", "shell_port": k.info.ShellPort, "iopub_port": k.info.IOPubPort,
		"stdin_port": k.info.StdinPort, "hb_port": k.info.HBPort, "control_port": k.info.ControlPort})
	return nil
}
