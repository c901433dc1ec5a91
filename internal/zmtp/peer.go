// This file defines peer, one accepted connection with its bounded outbound
// queue and writer goroutine.

package zmtp

import (
	"bytes"
	"log/slog"
	"net"
	"sync"
)

// outMsg is one queued message (frames), or pre-encoded bytes (raw, for
// commands), or a flush marker (only ack set).
type outMsg struct {
	frames [][]byte
	raw    []byte
	ack    chan struct{}
}

type peer struct {
	raw  net.Conn
	g    *guardConn
	id   []byte
	out  chan outMsg
	done chan struct{} // closed when the peer is gone
	once sync.Once
	log  *slog.Logger

	mu     sync.Mutex
	topics [][]byte // publisher only; nil with subscribedAll means "everything"
	anySub bool     // a (un)subscribe message has been seen
}

func newPeer(raw net.Conn, g *guardConn, id []byte, queue int, log *slog.Logger) *peer {
	return &peer{raw: raw, g: g, id: id, out: make(chan outMsg, queue), done: make(chan struct{}), log: log}
}

// close drops the connection; safe to call many times from any goroutine.
func (p *peer) close() {
	p.once.Do(func() {
		close(p.done)
		p.raw.Close()
	})
}

// writeLoop owns all writes to the connection. A write that makes no
// progress for StallTimeout (see guardConn.Write) drops the peer.
func (p *peer) writeLoop() {
	defer p.close()
	for {
		select {
		case <-p.done:
			return
		case m := <-p.out:
			buf := m.raw
			if m.frames != nil {
				buf = encodeMsg(m.frames)
			}
			if buf == nil {
				close(m.ack)
				continue
			}
			if _, err := p.g.Write(buf); err != nil {
				p.log.Warn("zmtp: dropping peer after failed write", "peer", p.raw.RemoteAddr().String(), "err", err)
				return
			}
		}
	}
}

// subscribe records a ZMTP 3.0 (un)subscription message: 0x01 or 0x00
// followed by the topic.
func (p *peer) subscribe(frame []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.anySub = true
	topic := append([]byte(nil), frame[1:]...)
	if frame[0] == 1 {
		p.topics = append(p.topics, topic)
		return
	}
	for i, t := range p.topics {
		if bytes.Equal(t, topic) {
			p.topics = append(p.topics[:i], p.topics[i+1:]...)
			return
		}
	}
}

// wants reports whether the subscriber takes a message with this first
// frame. Until the first subscription arrives everything is sent: libzmq's
// SUB filters on its side too, and this closes the "slow joiner" window in
// which the first messages after connecting would be lost.
func (p *peer) wants(topic []byte) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.anySub {
		return true
	}
	for _, t := range p.topics {
		if bytes.HasPrefix(topic, t) {
			return true
		}
	}
	return false
}
