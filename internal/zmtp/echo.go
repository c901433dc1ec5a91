// This file defines Echo, the heartbeat REP socket.

package zmtp

import (
	"time"

	"github.com/go-zeromq/zmq4"
)

// Echo answers every request with the same frames, from the goroutine that
// read it, as a REP socket with one outstanding request per peer would. A
// malformed message only affects its own connection.
type Echo struct {
	l *listener
}

// ListenEcho binds the heartbeat socket.
func ListenEcho(network, addr string, opts Options) (*Echo, error) {
	l, err := listen(network, addr, zmq4.Rep, opts, func(p *peer, frames [][]byte) {
		select {
		case p.out <- outMsg{frames: frames}:
		default: // the peer is not reading its pongs; skip this one
		}
	})
	if err != nil {
		return nil, err
	}
	return &Echo{l: l}, nil
}

// Addr returns the bound address.
func (e *Echo) Addr() string { return e.l.Addr().String() }

// Close closes the socket, waiting at most timeout for its goroutines.
func (e *Echo) Close(timeout time.Duration) error { return e.l.Close(timeout) }
