// This file defines listener: the accept loop, per-connection handshakes
// under a deadline, and the set of live peers shared by every server socket.

package zmtp

import (
	"bufio"
	"context"
	"errors"
	"log/slog"
	"net"
	"os"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
)

type listener struct {
	typ   zmq4.SocketType
	ln    net.Listener
	opts  Options
	log   *slog.Logger
	onMsg func(p *peer, frames [][]byte) // called from the peer's reader goroutine

	mu      sync.Mutex
	peers   map[*peer]struct{}
	closed  bool
	closing chan struct{}
	wg      sync.WaitGroup
}

func listen(network, addr string, typ zmq4.SocketType, opts Options, onMsg func(*peer, [][]byte)) (*listener, error) {
	opts = opts.withDefaults()
	if network == "unix" {
		os.Remove(addr) // a stale socket file from a dead kernel
	}
	ln, err := net.Listen(network, addr)
	if err != nil {
		return nil, err
	}
	l := &listener{typ: typ, ln: ln, opts: opts, log: opts.Logger, onMsg: onMsg,
		peers: make(map[*peer]struct{}), closing: make(chan struct{})}
	l.wg.Add(1)
	go l.acceptLoop()
	return l, nil
}

// Addr returns the bound address (useful with port 0).
func (l *listener) Addr() net.Addr { return l.ln.Addr() }

func (l *listener) acceptLoop() {
	defer l.wg.Done()
	for {
		c, err := l.ln.Accept()
		if err != nil {
			select {
			case <-l.closing:
				return
			default:
			}
			if errors.Is(err, net.ErrClosed) {
				return
			}
			l.log.Warn("zmtp: accept", "type", string(l.typ), "err", err)
			time.Sleep(10 * time.Millisecond)
			continue
		}
		l.wg.Add(1)
		go l.serve(c)
	}
}

// serve handshakes with one connection, then reads from it until it ends.
func (l *listener) serve(c net.Conn) {
	defer l.wg.Done()
	defer c.Close()
	g := newGuardConn(c, l.opts)
	c.SetDeadline(time.Now().Add(l.opts.HandshakeTimeout))
	zc, err := openZMTP(g, l.typ, nil, false)
	if err != nil {
		l.log.Info("zmtp: handshake failed", "type", string(l.typ), "peer", c.RemoteAddr().String(), "err", err)
		return
	}
	c.SetDeadline(time.Time{})
	id := []byte(zc.Peer.Meta["Identity"])
	if len(id) == 0 {
		id = newIdentity()
	}
	p := newPeer(c, g, id, l.opts.QueueLen, l.log)
	if !l.add(p) {
		return
	}
	defer l.remove(p)
	go p.writeLoop()
	br := bufio.NewReaderSize(g, 64<<10)
	for {
		frames, cmd, err := readMsg(br, l.opts.MaxFrame)
		if err != nil {
			select {
			case <-p.done:
			default:
				var tooLarge *FrameTooLargeError
				if errors.As(err, &tooLarge) {
					l.log.Warn("zmtp: dropping peer", "type", string(l.typ), "err", err)
				} else {
					l.log.Debug("zmtp: peer gone", "type", string(l.typ), "err", err)
				}
			}
			return
		}
		switch cmd {
		case "":
			l.onMsg(p, frames)
		case "PING":
			select {
			case p.out <- outMsg{raw: pongFor(frames[0])}:
			default:
			}
		}
	}
}

func (l *listener) add(p *peer) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		p.close()
		return false
	}
	l.peers[p] = struct{}{}
	return true
}

func (l *listener) remove(p *peer) {
	p.close()
	l.mu.Lock()
	delete(l.peers, p)
	l.mu.Unlock()
}

// snapshot returns the live peers.
func (l *listener) snapshot() []*peer {
	l.mu.Lock()
	defer l.mu.Unlock()
	ps := make([]*peer, 0, len(l.peers))
	for p := range l.peers {
		ps = append(ps, p)
	}
	return ps
}

// Close stops accepting, drops every peer and waits (up to timeout) for the
// goroutines to finish.
func (l *listener) Close(timeout time.Duration) error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.closed = true
	close(l.closing)
	err := l.ln.Close()
	for p := range l.peers {
		p.close()
	}
	l.mu.Unlock()
	done := make(chan struct{})
	go func() { l.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(timeout):
		l.log.Warn("zmtp: close timed out", "type", string(l.typ))
	}
	return err
}

// flush waits until everything queued so far to every live peer has been
// written (or the peer is gone), or ctx ends.
func (l *listener) flush(ctx context.Context) error {
	type pending struct {
		p   *peer
		ack chan struct{}
	}
	var waits []pending
	for _, p := range l.snapshot() {
		ack := make(chan struct{})
		select {
		case p.out <- outMsg{ack: ack}:
			waits = append(waits, pending{p, ack})
		case <-p.done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for _, w := range waits {
		select {
		case <-w.ack:
		case <-w.p.done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
