// This file defines the iopub writer, the one goroutine that owns the PUB
// socket, and publish, which signs a message and queues it for the writer.

package kernel

import (
	"context"
	"time"

	"adder/messaging"
)

// iopubItem is a signed message, or (frames nil) a flush marker whose ack
// is closed once everything queued before it has been written.
type iopubItem struct {
	frames [][]byte
	ack    chan struct{}
}

func (k *Kernel) iopubWriter() {
	defer close(k.iopubDone)
	for {
		select {
		case it := <-k.iopubQ:
			if it.frames != nil {
				k.iopub.Publish(it.frames)
				continue
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			if err := k.iopub.Flush(ctx); err != nil {
				k.log.Warn("kernel: iopub flush", "err", err)
			}
			cancel()
			close(it.ack)
		case <-k.iopubStop:
			// Serve has flushed what matters; drop the rest.
			return
		}
	}
}

// publish signs and queues one iopub message under parent. It blocks while
// the writer's queue is full (backpressure from slow subscribers) but not
// past shutdown.
func (k *Kernel) publish(parent messaging.Header, msgType string, content any) {
	m, err := messaging.NewMessage(msgType, parent, content)
	if err != nil {
		k.log.Error("kernel: encode iopub content", "msg_type", msgType, "err", err)
		return
	}
	m.Identities = [][]byte{[]byte("kernel." + messaging.ProcessSession + "." + msgType)}
	frames, err := messaging.Encode(m, k.signer)
	if err != nil {
		k.log.Error("kernel: encode iopub message", "msg_type", msgType, "err", err)
		return
	}
	select {
	case k.iopubQ <- iopubItem{frames: frames}:
	case <-k.iopubDone:
	}
}

func (k *Kernel) publishStatus(parent messaging.Header, state string) {
	k.publish(parent, messaging.Status, messaging.StatusContent{ExecutionState: state})
}

// flushIOPub waits until every message queued so far is written to the
// subscribers.
func (k *Kernel) flushIOPub(ctx context.Context) error {
	ack := make(chan struct{})
	select {
	case k.iopubQ <- iopubItem{ack: ack}:
	case <-k.iopubDone:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case <-ack:
		return nil
	case <-k.iopubDone:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
