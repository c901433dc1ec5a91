// This file defines Publisher, the PUB socket for iopub, with Flush.

package zmtp

import (
	"context"
	"time"

	"github.com/go-zeromq/zmq4"
)

// Publisher sends each message to every subscriber whose subscriptions match
// its first frame. It is meant to be driven by one goroutine.
type Publisher struct {
	l *listener
}

// ListenPublisher binds a PUB socket.
func ListenPublisher(network, addr string, opts Options) (*Publisher, error) {
	l, err := listen(network, addr, zmq4.Pub, opts, func(p *peer, frames [][]byte) {
		if len(frames) == 1 && len(frames[0]) > 0 && frames[0][0] <= 1 {
			p.subscribe(frames[0])
		}
	})
	if err != nil {
		return nil, err
	}
	return &Publisher{l: l}, nil
}

// Addr returns the bound address.
func (pb *Publisher) Addr() string { return pb.l.Addr().String() }

// Publish queues frames for every matching subscriber. When a subscriber's
// queue is full it waits up to StallTimeout for room, then drops that
// subscriber: a client that reads gets everything, one that stopped
// reading costs the others at most one stall.
func (pb *Publisher) Publish(frames [][]byte) {
	var topic []byte
	if len(frames) > 0 {
		topic = frames[0]
	}
	m := outMsg{frames: frames}
	for _, p := range pb.l.snapshot() {
		if !p.wants(topic) {
			continue
		}
		select {
		case p.out <- m:
			continue
		default:
		}
		t := time.NewTimer(pb.l.opts.StallTimeout)
		select {
		case p.out <- m:
		case <-p.done:
		case <-t.C:
			pb.l.log.Warn("zmtp: dropping stalled subscriber", "peer", p.raw.RemoteAddr().String())
			p.close()
		}
		t.Stop()
	}
}

// Flush waits until every message published so far has been written to
// each live subscriber (or the subscriber is gone), or ctx ends.
func (pb *Publisher) Flush(ctx context.Context) error { return pb.l.flush(ctx) }

// Subscribers returns the number of connected subscribers.
func (pb *Publisher) Subscribers() int { return len(pb.l.snapshot()) }

// Close closes the socket, waiting at most timeout for its goroutines.
func (pb *Publisher) Close(timeout time.Duration) error { return pb.l.Close(timeout) }
