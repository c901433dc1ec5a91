// This file defines Client, a Go Jupyter client for tests, benchmarks and
// tools: it connects to a kernel from its connection info and exchanges
// messages on shell, control, stdin, iopub and heartbeat.

package messaging

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"adder/internal/zmtp"

	"github.com/google/uuid"
)

// Channel names a kernel socket.
type Channel string

// The kernel's channels.
const (
	ShellChannel   Channel = "shell"
	ControlChannel Channel = "control"
	StdinChannel   Channel = "stdin"
	IOPubChannel   Channel = "iopub"
)

// Client is connected to one kernel. Messages received on each channel are
// queued without bound for Recv, so the client never stalls the kernel
// however late the test or tool reads them.
type Client struct {
	Info   *ConnectionInfo
	Signer *Signer

	// Session is this client's session id (the identity of its DEALERs).
	Session string

	conns    map[Channel]*zmtp.Conn
	queues   map[Channel]*msgQueue
	hb       *zmtp.Conn
	bad      atomic.Int64
	closed   chan struct{}
	closeErr atomic.Bool
}

// Dial connects to every socket of the kernel described by info.
func Dial(info *ConnectionInfo, opts zmtp.Options) (*Client, error) {
	signer, err := NewSigner(info.SignatureScheme, info.Key)
	if err != nil {
		return nil, err
	}
	c := &Client{Info: info, Signer: signer, Session: uuid.NewString(),
		conns: map[Channel]*zmtp.Conn{}, queues: map[Channel]*msgQueue{}, closed: make(chan struct{})}
	id := []byte(c.Session)
	dial := func(ch Channel, port int, typ zmtp.SocketType) error {
		network, addr := info.Addr(port)
		conn, err := zmtp.Dial(network, addr, typ, id, opts)
		if err != nil {
			return fmt.Errorf("connect %s: %w", ch, err)
		}
		c.conns[ch] = conn
		c.queues[ch] = newMsgQueue()
		return nil
	}
	for _, d := range []struct {
		ch   Channel
		port int
		typ  zmtp.SocketType
	}{
		{IOPubChannel, info.IOPubPort, zmtp.Sub},
		{ShellChannel, info.ShellPort, zmtp.Dealer},
		{ControlChannel, info.ControlPort, zmtp.Dealer},
		{StdinChannel, info.StdinPort, zmtp.Dealer},
	} {
		if err := dial(d.ch, d.port, d.typ); err != nil {
			c.Close()
			return nil, err
		}
	}
	network, addr := info.Addr(info.HBPort)
	if c.hb, err = zmtp.Dial(network, addr, zmtp.Req, nil, opts); err != nil {
		c.Close()
		return nil, fmt.Errorf("connect heartbeat: %w", err)
	}
	for ch, conn := range c.conns {
		go c.readLoop(ch, conn)
	}
	return c, nil
}

// DialFile reads a connection file and connects to its kernel.
func DialFile(path string, opts zmtp.Options) (*Client, error) {
	info, err := ReadConnectionFile(path)
	if err != nil {
		return nil, err
	}
	return Dial(info, opts)
}

func (c *Client) readLoop(ch Channel, conn *zmtp.Conn) {
	q := c.queues[ch]
	defer q.close()
	for {
		frames, err := conn.Recv()
		if err != nil {
			return
		}
		m, err := Decode(frames, c.Signer)
		if err != nil {
			c.bad.Add(1)
			slog.Debug("client: bad message", "channel", string(ch), "err", err)
			continue
		}
		q.push(m)
	}
}

// BadMessages counts received messages that failed to decode.
func (c *Client) BadMessages() int64 { return c.bad.Load() }

// Send signs and sends m on ch.
func (c *Client) Send(ch Channel, m *Message) error {
	conn := c.conns[ch]
	if conn == nil || ch == IOPubChannel {
		return fmt.Errorf("cannot send on %s", ch)
	}
	frames, err := Encode(m, c.Signer)
	if err != nil {
		return err
	}
	return conn.Send(frames)
}

// SendRaw sends frames as they are (tests use it for malformed input).
func (c *Client) SendRaw(ch Channel, frames [][]byte) error {
	return c.conns[ch].Send(frames)
}

// Request builds a msgType message with this client's session and sends it.
func (c *Client) Request(ch Channel, msgType string, content any) (*Message, error) {
	m, err := NewMessage(msgType, Header{}, content)
	if err != nil {
		return nil, err
	}
	m.Header.Session = c.Session
	return m, c.Send(ch, m)
}

// ErrClientClosed is returned by Recv after the channel's connection ended.
var ErrClientClosed = errors.New("client channel closed")

// Recv returns the next message on ch.
func (c *Client) Recv(ctx context.Context, ch Channel) (*Message, error) {
	return c.queues[ch].pop(ctx)
}

// Reply waits on ch for the reply whose parent is req, dropping others.
func (c *Client) Reply(ctx context.Context, ch Channel, req *Message) (*Message, error) {
	for {
		m, err := c.Recv(ctx, ch)
		if err != nil {
			return nil, fmt.Errorf("waiting for %s: %w", ReplyType(req.Header.MsgType), err)
		}
		if m.ParentHeader.MsgID == req.Header.MsgID {
			return m, nil
		}
	}
}

// IOPubUntilIdle collects iopub messages whose parent is req, up to and
// including its status idle. Messages of other parents are dropped.
func (c *Client) IOPubUntilIdle(ctx context.Context, req *Message) ([]*Message, error) {
	var out []*Message
	for {
		m, err := c.Recv(ctx, IOPubChannel)
		if err != nil {
			return out, fmt.Errorf("waiting for idle after %s: %w", req.Header.MsgType, err)
		}
		if m.ParentHeader.MsgID != req.Header.MsgID {
			continue
		}
		out = append(out, m)
		if m.Header.MsgType == Status {
			var s StatusContent
			if m.DecodeContent(&s) == nil && s.ExecutionState == "idle" {
				return out, nil
			}
		}
	}
}

// Execute sends an execute_request and returns its reply and the iopub
// messages of the cell up to idle. Unset fields are sent with the spec's
// defaults (ipykernel drops a request that lacks any of them).
func (c *Client) Execute(ctx context.Context, content ExecuteRequestContent) (*Message, []*Message, error) {
	store, stdin, stop := content.Flags()
	if content.StoreHistory == nil {
		content.StoreHistory = &store
	}
	if content.AllowStdin == nil {
		content.AllowStdin = &stdin
	}
	if content.StopOnError == nil {
		content.StopOnError = &stop
	}
	if content.UserExpressions == nil {
		content.UserExpressions = map[string]string{}
	}
	req, err := c.Request(ShellChannel, ExecuteRequest, content)
	if err != nil {
		return nil, nil, err
	}
	reply, err := c.Reply(ctx, ShellChannel, req)
	if err != nil {
		return nil, nil, err
	}
	iopub, err := c.IOPubUntilIdle(ctx, req)
	return reply, iopub, err
}

// WaitReady sends kernel_info_request until a reply and an iopub message
// arrive, as nbclient does: iopub subscriptions take effect asynchronously.
func (c *Client) WaitReady(ctx context.Context) (*Message, error) {
	for {
		req, err := c.Request(ShellChannel, KernelInfoRequest, nil)
		if err != nil {
			return nil, err
		}
		tctx, cancel := context.WithTimeout(ctx, time.Second)
		reply, err := c.Reply(tctx, ShellChannel, req)
		if err == nil {
			_, err = c.IOPubUntilIdle(tctx, req)
		}
		cancel()
		if err == nil {
			return reply, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
}

// Heartbeat sends one ping and waits for its echo.
func (c *Client) Heartbeat(timeout time.Duration) error {
	ping := []byte(uuid.NewString())
	if err := c.hb.Send([][]byte{ping}); err != nil {
		return err
	}
	c.hb.SetReadDeadline(time.Now().Add(timeout))
	defer c.hb.SetReadDeadline(time.Time{})
	got, err := c.hb.Recv()
	if err != nil {
		return err
	}
	if len(got) != 1 || string(got[0]) != string(ping) {
		return fmt.Errorf("heartbeat echoed %q", got)
	}
	return nil
}

// Close disconnects every channel.
func (c *Client) Close() error {
	if c.closeErr.Swap(true) {
		return nil
	}
	close(c.closed)
	for _, conn := range c.conns {
		conn.Close()
	}
	if c.hb != nil {
		c.hb.Close()
	}
	return nil
}
