// This file handles shutdown_request.

package kernel

import "adder/messaging"

// handleShutdownRequest implements
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#kernel-shutdown
// The reply goes on the request's socket and, as ipykernel does, on iopub;
// Serve stops after the idle that follows, flushing iopub first. A restart
// is the manager's job: the kernel exits and reports RestartRequested.
func (k *Kernel) handleShutdownRequest(r *request) error {
	var c messaging.ShutdownContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	k.restart.Store(c.Restart)
	reply := messaging.ShutdownContent{Status: "ok", Restart: c.Restart}
	k.reply(r, reply)
	k.publish(r.msg.Header, messaging.ShutdownReply, reply)
	r.after = k.Stop
	return nil
}
