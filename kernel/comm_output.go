// This file lets a cell's output carry comm messages: cellOutput
// implements CommOutput, so comms opened, written to and closed by Python
// code go out on iopub under the request being handled, with buffers.

package kernel

import (
	"encoding/json"

	"adder/messaging"
)

var _ CommOutput = (*cellOutput)(nil)

// Comm publishes comm_open, comm_msg or comm_close. Batched stream text
// goes first, so the frontend sees output and comm traffic in the order
// the code produced them.
func (o *cellOutput) Comm(msgType string, content, metadata []byte, buffers [][]byte) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
	m, err := messaging.NewMessage(msgType, o.parent, json.RawMessage(content))
	if err != nil {
		o.k.log.Error("kernel: comm message", "msg_type", msgType, "err", err)
		return
	}
	if len(metadata) > 0 {
		m.Metadata = metadata
	}
	m.Buffers = buffers
	o.k.publishMessage(m)
}

// publishMessage signs and queues an iopub message built by the caller
// (publish builds its own; comm messages carry metadata and buffers).
func (k *Kernel) publishMessage(m *messaging.Message) {
	m.Identities = [][]byte{[]byte("kernel." + messaging.ProcessSession + "." + m.Header.MsgType)}
	frames, err := messaging.Encode(m, k.signer)
	if err != nil {
		k.log.Error("kernel: encode iopub message", "msg_type", m.Header.MsgType, "err", err)
		return
	}
	select {
	case k.iopubQ <- iopubItem{frames: frames}:
	case <-k.iopubDone:
	}
}
