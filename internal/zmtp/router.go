// This file defines Router, the ROUTER socket for shell, control and stdin.

package zmtp

import (
	"bytes"
	"context"
	"errors"
	"time"

	"github.com/go-zeromq/zmq4"
)

// ErrNoPeer is returned by Router.Send when no connection has the identity.
var ErrNoPeer = errors.New("zmtp: no peer with that identity")

// ErrClosed is returned by operations on a closed socket.
var ErrClosed = errors.New("zmtp: socket closed")

// Router receives messages prefixed with the sender's identity and routes
// replies by their first frame. Recv and Send may be used from different
// goroutines.
type Router struct {
	l  *listener
	in chan [][]byte
}

// ListenRouter binds a ROUTER socket.
func ListenRouter(network, addr string, opts Options) (*Router, error) {
	r := &Router{in: make(chan [][]byte, 256)}
	l, err := listen(network, addr, zmq4.Router, opts, r.deliver)
	if err != nil {
		return nil, err
	}
	r.l = l
	return r, nil
}

func (r *Router) deliver(p *peer, frames [][]byte) {
	msg := make([][]byte, 0, len(frames)+1)
	msg = append(msg, p.id)
	msg = append(msg, frames...)
	select {
	case r.in <- msg:
	case <-p.done:
	case <-r.l.closing:
	}
}

// Addr returns the bound address.
func (r *Router) Addr() string { return r.l.Addr().String() }

// Recv returns the next message: the sender's identity, then its frames.
func (r *Router) Recv(ctx context.Context) ([][]byte, error) {
	select {
	case m := <-r.in:
		return m, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-r.l.closing:
		return nil, ErrClosed
	}
}

// Send queues frames[1:] for every connection whose identity is frames[0].
// It never blocks: a peer whose queue is full has stopped reading and is
// dropped, so it cannot hold up replies to others.
func (r *Router) Send(frames [][]byte) error {
	if len(frames) < 2 {
		return errors.New("zmtp: router send needs an identity and a frame")
	}
	sent := false
	for _, p := range r.l.snapshot() {
		if !bytes.Equal(p.id, frames[0]) {
			continue
		}
		select {
		case p.out <- outMsg{frames: frames[1:]}:
			sent = true
		default:
			r.l.log.Warn("zmtp: dropping router peer with a full queue", "peer", p.raw.RemoteAddr().String())
			p.close()
		}
	}
	if !sent {
		return ErrNoPeer
	}
	return nil
}

// Flush waits until every reply queued so far has been written, or ctx ends.
func (r *Router) Flush(ctx context.Context) error { return r.l.flush(ctx) }

// Close closes the socket, waiting at most timeout for its goroutines.
func (r *Router) Close(timeout time.Duration) error { return r.l.Close(timeout) }
