// This file binds the five sockets and runs one reader goroutine per ROUTER,
// which verifies and decodes messages and hands them on.

package kernel

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	"adder/internal/zmtp"
	"adder/messaging"
)

// request is one decoded message with the socket it came on.
type request struct {
	ch     messaging.Channel
	router *zmtp.Router
	msg    *messaging.Message
	after  func() // run by the dispatcher after idle (shutdown)
}

func (k *Kernel) bind() error {
	var err error
	addr := func(port *int) (string, string) { return k.info.Addr(*port) }
	bound := func(port *int, a string) {
		if k.info.Transport == "tcp" {
			if _, p, e := net.SplitHostPort(a); e == nil {
				*port, _ = strconv.Atoi(p)
			}
		}
	}
	o := k.cfg.Transport
	router := func(name string, port *int) (*zmtp.Router, error) {
		n, a := addr(port)
		r, err := zmtp.ListenRouter(n, a, o)
		if err != nil {
			return nil, fmt.Errorf("bind %s %s: %w", name, a, err)
		}
		bound(port, r.Addr())
		return r, nil
	}
	if k.shell, err = router("shell", &k.info.ShellPort); err != nil {
		return err
	}
	if k.control, err = router("control", &k.info.ControlPort); err != nil {
		return err
	}
	if k.stdin, err = router("stdin", &k.info.StdinPort); err != nil {
		return err
	}
	n, a := addr(&k.info.IOPubPort)
	if k.iopub, err = zmtp.ListenPublisher(n, a, o); err != nil {
		return fmt.Errorf("bind iopub %s: %w", a, err)
	}
	bound(&k.info.IOPubPort, k.iopub.Addr())
	n, a = addr(&k.info.HBPort)
	if k.hb, err = zmtp.ListenEcho(n, a, o); err != nil {
		return fmt.Errorf("bind heartbeat %s: %w", a, err)
	}
	bound(&k.info.HBPort, k.hb.Addr())
	return nil
}

func (k *Kernel) closeSockets() {
	const t = time.Second
	if k.shell != nil {
		k.shell.Close(t)
	}
	if k.control != nil {
		k.control.Close(t)
	}
	if k.stdin != nil {
		k.stdin.Close(t)
	}
	if k.iopub != nil {
		k.iopub.Close(t)
	}
	if k.hb != nil {
		k.hb.Close(t)
	}
}

// readLoop receives from r until the kernel stops, handing each valid
// message to deliver. Bad messages are logged and, when the header could be
// read, answered with an error reply.
func (k *Kernel) readLoop(ch messaging.Channel, r *zmtp.Router, deliver func(*request)) {
	for {
		frames, err := r.Recv(k.ctx)
		if err != nil {
			return
		}
		m, err := messaging.Decode(frames, k.signer)
		if err != nil {
			k.badMessage(ch, r, frames, err)
			continue
		}
		deliver(&request{ch: ch, router: r, msg: m})
	}
}

func (k *Kernel) badMessage(ch messaging.Channel, r *zmtp.Router, frames [][]byte, err error) {
	var de *messaging.DecodeError
	if errors.Is(err, messaging.ErrBadSignature) || !errors.As(err, &de) || de.Header.MsgType == "" {
		k.log.Warn("kernel: dropping message", "channel", string(ch), "err", err)
		return
	}
	k.log.Warn("kernel: malformed message", "channel", string(ch), "msg_type", de.Header.MsgType, "err", err)
	var ids [][]byte
	for _, f := range frames {
		if bytes.Equal(f, messaging.Delimiter) {
			break
		}
		ids = append(ids, f)
	}
	req := &request{ch: ch, router: r, msg: &messaging.Message{Identities: ids, Header: de.Header}}
	k.replyError(req, "ValueError", err.Error())
}

func (k *Kernel) readShell() {
	k.readLoop(messaging.ShellChannel, k.shell, func(r *request) {
		select {
		case k.shellQ <- r:
		case <-k.stop:
		}
	})
}

func (k *Kernel) readControl() {
	// Control requests run right here: this goroutine never waits on the
	// shell executor.
	k.readLoop(messaging.ControlChannel, k.control, func(r *request) {
		k.dispatch(r, controlHandlers)
	})
}

func (k *Kernel) readStdin() {
	k.readLoop(messaging.StdinChannel, k.stdin, func(r *request) {
		if r.msg.Header.MsgType != messaging.InputReply {
			k.log.Warn("kernel: unexpected message on stdin", "msg_type", r.msg.Header.MsgType)
			return
		}
		select {
		case k.inputQ <- r.msg:
		default:
			k.log.Warn("kernel: input_reply nobody waits for")
		}
	})
}
