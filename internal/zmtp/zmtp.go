// Package zmtp is the only place that touches github.com/go-zeromq/zmq4. It
// uses zmq4 for the ZMTP 3 greeting and NULL handshake of single
// connections only, does its own framing afterwards, and builds the socket
// behaviour Jupyter needs on top, with the guards zmq4 v0.17.0 lacks (see
// DESIGN.md, "ZeroMQ with zmq4"):
//
//   - it owns the listener and runs each handshake in its own goroutine with
//     a deadline, so a silent TCP peer blocks nobody;
//   - every peer has a bounded outbound queue drained by its own writer
//     goroutine; a write that makes no progress for StallTimeout drops the
//     peer, so one client that stops reading never blocks the others;
//   - a net.Conn wrapper parses frame headers as bytes arrive and refuses
//     absurd sizes before anything is allocated;
//   - Publisher.Flush and Router.Flush wait until queued messages are
//     written, so the last replies before exit arrive;
//   - peer metadata is parsed with bounds checks, and a panic inside zmq4
//     closes only that connection;
//   - a message is written with one system call; PING is answered by the
//     writer goroutine, never interleaved with a message.
//
// Server sockets: Router (shell, control, stdin), Publisher (iopub), Echo
// (heartbeat REP). Client connections: Dial with Dealer, Sub or Req.
package zmtp

// This file defines Options and shared helpers.

import (
	"crypto/rand"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/go-zeromq/zmq4"
)

// Options tune a socket's guards. The zero value gives the defaults.
type Options struct {
	HandshakeTimeout time.Duration // ZMTP handshake deadline per connection (default 5 s)
	StallTimeout     time.Duration // write deadline, and how long Publish waits on a full queue (default 5 s)
	QueueLen         int           // per-peer outbound queue, in messages (default 8192)
	MaxFrame         uint64        // largest accepted frame (default 128 MiB)
	MaxMessage       uint64        // largest accepted multipart message (default 512 MiB)
	Logger           *slog.Logger  // default slog.Default()
}

func (o Options) withDefaults() Options {
	if o.HandshakeTimeout <= 0 {
		o.HandshakeTimeout = 5 * time.Second
	}
	if o.StallTimeout <= 0 {
		o.StallTimeout = 5 * time.Second
	}
	if o.QueueLen <= 0 {
		o.QueueLen = 8192
	}
	if o.MaxFrame == 0 {
		o.MaxFrame = 128 << 20
	}
	if o.MaxMessage == 0 {
		o.MaxMessage = 512 << 20
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// Socket types a client can dial.
const (
	Dealer = zmq4.Dealer
	Sub    = zmq4.Sub
	Req    = zmq4.Req
)

// SocketType names a ZMTP socket type.
type SocketType = zmq4.SocketType

// openZMTP runs zmq4's handshake on c. zmq4 parses peer metadata without
// bounds checks, so a panic there is turned into an error for this
// connection only.
func openZMTP(c net.Conn, typ zmq4.SocketType, id []byte, server bool) (zc *zmq4.Conn, err error) {
	defer func() {
		if r := recover(); r != nil {
			zc, err = nil, fmt.Errorf("zmtp handshake panicked: %v", r)
		}
	}()
	return zmq4.Open(c, nullSecurity{}, typ, zmq4.SocketIdentity(id), server, nil)
}

// newIdentity returns a routing id for a peer that did not set one, shaped
// like libzmq's (a zero byte then four random bytes).
func newIdentity() []byte {
	id := make([]byte, 5)
	rand.Read(id[1:])
	return id
}
