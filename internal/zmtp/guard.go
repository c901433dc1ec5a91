// This file defines guardConn, a net.Conn wrapper that follows the ZMTP byte
// stream on the read side and refuses frames or messages larger than allowed
// before zmq4 sees the size (zmq4 allocates whatever a header announces).

package zmtp

import (
	"errors"
	"fmt"
	"net"
	"time"
)

const greetingLen = 64 // ZMTP 3.x greeting

type guardState uint8

const (
	stFlags guardState = iota
	stShortSize
	stLongSize
	stBody
)

// guardConn is used by one reader and one writer goroutine at a time.
type guardConn struct {
	net.Conn
	maxFrame, maxMessage uint64
	stall                time.Duration // a write fails only after this long without progress

	greeting int // greeting bytes still to skip
	state    guardState
	more     bool   // current frame has the MORE flag
	need     int    // long-size bytes still to read
	size     uint64 // size being assembled
	body     uint64 // body bytes still to skip
	msgTotal uint64 // bytes of the current multipart message so far
}

func newGuardConn(c net.Conn, o Options) *guardConn {
	return &guardConn{Conn: c, maxFrame: o.MaxFrame, maxMessage: o.MaxMessage, stall: o.StallTimeout, greeting: greetingLen}
}

// Write writes all of p. Each attempt has a deadline of stall; an attempt
// that timed out after writing something is retried, so a slow reader that
// keeps reading is never dropped, and one that stopped is dropped after
// stall.
func (g *guardConn) Write(p []byte) (int, error) {
	total := 0
	for {
		g.Conn.SetWriteDeadline(time.Now().Add(g.stall))
		n, err := g.Conn.Write(p)
		total += n
		p = p[n:]
		if err == nil || len(p) == 0 {
			return total, err
		}
		var ne net.Error
		if n == 0 || !errors.As(err, &ne) || !ne.Timeout() {
			return total, err
		}
	}
}

// FrameTooLargeError is returned by Read when a peer announces a frame or
// message over the limit; the connection is closed.
type FrameTooLargeError struct {
	Size, Limit uint64
	Message     bool
}

func (e *FrameTooLargeError) Error() string {
	what := "frame"
	if e.Message {
		what = "message"
	}
	return fmt.Sprintf("zmtp: peer announced a %d-byte %s, limit %d", e.Size, what, e.Limit)
}

func (g *guardConn) Read(p []byte) (int, error) {
	n, err := g.Conn.Read(p)
	if ferr := g.scan(p[:n]); ferr != nil {
		g.Conn.Close()
		return 0, ferr
	}
	return n, err
}

// scan advances the frame state machine over b.
func (g *guardConn) scan(b []byte) error {
	for i := 0; i < len(b); {
		if g.greeting > 0 {
			k := min(g.greeting, len(b)-i)
			g.greeting -= k
			i += k
			continue
		}
		switch g.state {
		case stFlags:
			fl := b[i]
			i++
			g.more = fl&0x1 != 0
			if fl&0x2 != 0 {
				g.state, g.need, g.size = stLongSize, 8, 0
			} else {
				g.state = stShortSize
			}
		case stShortSize:
			g.size = uint64(b[i])
			i++
			if err := g.startBody(); err != nil {
				return err
			}
		case stLongSize:
			g.size = g.size<<8 | uint64(b[i])
			i++
			g.need--
			if g.need == 0 {
				if err := g.startBody(); err != nil {
					return err
				}
			}
		case stBody:
			k := uint64(len(b) - i)
			if k > g.body {
				k = g.body
			}
			g.body -= k
			i += int(k)
			if g.body == 0 {
				g.endFrame()
			}
		}
	}
	return nil
}

func (g *guardConn) startBody() error {
	if g.size > g.maxFrame {
		return &FrameTooLargeError{Size: g.size, Limit: g.maxFrame}
	}
	g.msgTotal += g.size
	if g.msgTotal > g.maxMessage {
		return &FrameTooLargeError{Size: g.msgTotal, Limit: g.maxMessage, Message: true}
	}
	g.body = g.size
	if g.body == 0 {
		g.endFrame()
	} else {
		g.state = stBody
	}
	return nil
}

func (g *guardConn) endFrame() {
	g.state = stFlags
	if !g.more {
		g.msgTotal = 0
	}
}
