// This file defines Conn, the client side of one connection (DEALER, SUB or
// REQ), used by messaging's Go client.

package zmtp

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
)

// Conn is a client connection to one kernel socket. Send and Recv may be
// called from different goroutines; each from one goroutine at a time.
type Conn struct {
	typ  zmq4.SocketType
	raw  net.Conn
	g    *guardConn
	br   *bufio.Reader
	opts Options
	wmu  sync.Mutex
}

// Dial connects to a server socket and performs the handshake. identity may
// be nil. A Sub connection subscribes to every topic.
func Dial(network, addr string, typ zmq4.SocketType, identity []byte, opts Options) (*Conn, error) {
	opts = opts.withDefaults()
	raw, err := net.DialTimeout(network, addr, opts.HandshakeTimeout)
	if err != nil {
		return nil, fmt.Errorf("dial %s %s: %w", typ, addr, err)
	}
	raw.SetDeadline(time.Now().Add(opts.HandshakeTimeout))
	g := newGuardConn(raw, opts)
	if _, err := openZMTP(g, typ, identity, false); err != nil {
		raw.Close()
		return nil, fmt.Errorf("handshake %s %s: %w", typ, addr, err)
	}
	raw.SetDeadline(time.Time{})
	c := &Conn{typ: typ, raw: raw, g: g, br: bufio.NewReaderSize(g, 64<<10), opts: opts}
	if typ == zmq4.Sub {
		if err := c.send([][]byte{{1}}); err != nil {
			raw.Close()
			return nil, fmt.Errorf("subscribe %s: %w", addr, err)
		}
	}
	return c, nil
}

// Send writes one message. A Req connection adds the empty delimiter frame.
func (c *Conn) Send(frames [][]byte) error {
	if c.typ == zmq4.Req {
		frames = append([][]byte{{}}, frames...)
	}
	return c.send(frames)
}

func (c *Conn) send(frames [][]byte) error {
	return c.write(encodeMsg(frames))
}

func (c *Conn) write(b []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_, err := c.g.Write(b)
	return err
}

// Recv reads the next message. A Req connection strips the envelope.
func (c *Conn) Recv() ([][]byte, error) {
	var frames [][]byte
	for {
		f, cmd, err := readMsg(c.br, c.opts.MaxFrame)
		if err != nil {
			return nil, err
		}
		if cmd == "" {
			frames = f
			break
		}
		if cmd == "PING" {
			c.write(pongFor(f[0]))
		}
	}
	if c.typ == zmq4.Req {
		for i, f := range frames {
			if len(f) == 0 {
				return frames[i+1:], nil
			}
		}
		return nil, errors.New("zmtp: reply without envelope")
	}
	return frames, nil
}

// SetReadDeadline bounds the next Recv.
func (c *Conn) SetReadDeadline(t time.Time) error { return c.raw.SetReadDeadline(t) }

// Close closes the connection.
func (c *Conn) Close() error { return c.raw.Close() }

// Raw exposes the underlying connection (tests use it to misbehave).
func (c *Conn) Raw() net.Conn { return c.raw }
