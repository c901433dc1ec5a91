// This file tests interrupts, stdin, shutdown and restart.

package kernel

import (
	"context"
	"net"
	"os/exec"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"adder/internal/zmtp"
	"adder/messaging"
)

func TestInterruptMessage(t *testing.T) {
	h := start(t)
	for _, code := range []string{"loop", "sleep 20s"} {
		req := h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: code})
		time.Sleep(50 * time.Millisecond)
		// The control channel is served while the cell runs.
		ki := h.request(messaging.ControlChannel, messaging.KernelInfoRequest, nil)
		h.reply(messaging.ControlChannel, ki, nil)
		start := time.Now()
		ir := h.request(messaging.ControlChannel, messaging.InterruptRequest, nil)
		var st messaging.StatusReplyContent
		h.reply(messaging.ControlChannel, ir, &st)
		if st.Status != "ok" {
			t.Fatalf("interrupt_reply %+v", st)
		}
		var r messaging.ExecuteReplyContent
		h.reply(messaging.ShellChannel, req, &r)
		if r.Status != "error" || r.EName != "KeyboardInterrupt" {
			t.Fatalf("%s: reply %+v", code, r)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("%s: interrupt took %v", code, d)
		}
		h.iopub(req)
	}
	// The kernel still works.
	if r, _ := h.run("print ok"); r.Status != "ok" {
		t.Fatalf("after interrupt %+v", r)
	}
}

func TestInterruptSignal(t *testing.T) {
	h := start(t, func(c *Config) { c.HandleSIGINT = true })
	req := h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "loop"})
	time.Sleep(50 * time.Millisecond)
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	var r messaging.ExecuteReplyContent
	h.reply(messaging.ShellChannel, req, &r)
	if r.EName != "KeyboardInterrupt" {
		t.Fatalf("reply %+v", r)
	}
}

func TestStdin(t *testing.T) {
	h := start(t)
	req := h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "print before\ninput name? "})
	ir, err := h.c.Recv(h.ctx, messaging.StdinChannel)
	if err != nil {
		t.Fatal(err)
	}
	var ic messaging.InputRequestContent
	if ir.Header.MsgType != messaging.InputRequest || ir.DecodeContent(&ic) != nil || ic.Prompt != "name?" || ir.ParentHeader.MsgID != req.Header.MsgID {
		t.Fatalf("input_request %+v %+v", ir.Header, ic)
	}
	reply, _ := messaging.NewMessage(messaging.InputReply, ir.Header, messaging.InputReplyContent{Value: "Ada"})
	if err := h.c.Send(messaging.StdinChannel, reply); err != nil {
		t.Fatal(err)
	}
	var r messaging.ExecuteReplyContent
	h.reply(messaging.ShellChannel, req, &r)
	msgs := h.iopub(req)
	if r.Status != "ok" || streamText(t, msgs, "stdout") != "before\ngot: Ada\n" {
		t.Fatalf("reply %+v, stdout %q", r, streamText(t, msgs, "stdout"))
	}
	// allow_stdin false: the session gets ErrStdinNotAllowed.
	r, _ = h.exec(messaging.ExecuteRequestContent{Code: "input x", AllowStdin: boolp(false)})
	if r.Status != "error" || r.EName != "StdinNotImplementedError" {
		t.Fatalf("allow_stdin=false: %+v", r)
	}
	// An interrupt while waiting for input ends the wait.
	req = h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "input x"})
	if _, err := h.c.Recv(h.ctx, messaging.StdinChannel); err != nil {
		t.Fatal(err)
	}
	h.reply(messaging.ControlChannel, h.request(messaging.ControlChannel, messaging.InterruptRequest, nil), nil)
	h.reply(messaging.ShellChannel, req, &r)
	if r.EName != "KeyboardInterrupt" {
		t.Fatalf("interrupted input: %+v", r)
	}
}

func TestShutdown(t *testing.T) {
	for _, restart := range []bool{false, true} {
		h := start(t)
		info := h.k.Info()
		start := time.Now()
		req := h.request(messaging.ControlChannel, messaging.ShutdownRequest, messaging.ShutdownContent{Restart: restart})
		var sr messaging.ShutdownContent
		h.reply(messaging.ControlChannel, req, &sr)
		if sr.Status != "ok" || sr.Restart != restart {
			t.Fatalf("shutdown_reply %+v", sr)
		}
		got := types(h.iopub(req))
		if !slices.Equal(got, []string{"status:busy", "shutdown_reply", "status:idle"}) {
			t.Fatalf("iopub %v", got)
		}
		select {
		case <-h.served:
		case <-time.After(3 * time.Second):
			t.Fatal("Serve did not return")
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("shutdown took %v", d)
		}
		if h.k.RestartRequested() != restart {
			t.Fatalf("RestartRequested = %v", h.k.RestartRequested())
		}
		// The ports are free again.
		for _, p := range []int{info.ShellPort, info.IOPubPort, info.StdinPort, info.ControlPort, info.HBPort} {
			ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p))
			if err != nil {
				t.Fatalf("port %d still taken: %v", p, err)
			}
			ln.Close()
		}
		h.served <- nil // for the cleanup
	}
}

func TestShutdownOnShellWhileIdle(t *testing.T) {
	h := start(t)
	req := h.request(messaging.ShellChannel, messaging.ShutdownRequest, messaging.ShutdownContent{})
	h.reply(messaging.ShellChannel, req, nil)
	select {
	case <-h.served:
		h.served <- nil
	case <-time.After(3 * time.Second):
		t.Fatal("Serve did not return")
	}
}

func TestShutdownDuringCell(t *testing.T) {
	h := start(t)
	h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "loop"})
	time.Sleep(50 * time.Millisecond)
	req := h.request(messaging.ControlChannel, messaging.ShutdownRequest, messaging.ShutdownContent{})
	h.reply(messaging.ControlChannel, req, nil)
	select {
	case <-h.served:
		h.served <- nil
	case <-time.After(3 * time.Second):
		t.Fatal("Serve did not return while a cell ran")
	}
}

func TestIPCTransport(t *testing.T) {
	dir := t.TempDir()
	h := start(t, func(c *Config) {
		c.Info.Transport = "ipc"
		c.Info.IP = dir + "/kernel"
		c.Info.ShellPort, c.Info.IOPubPort, c.Info.StdinPort, c.Info.ControlPort, c.Info.HBPort = 1, 2, 3, 4, 5
	})
	if r, msgs := h.run("print over ipc"); r.Status != "ok" || streamText(t, msgs, "stdout") != "over ipc\n" {
		t.Fatalf("ipc: %+v", r)
	}
}

func TestServeEndsWithContext(t *testing.T) {
	k, err := New(testConfig())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- k.Serve(ctx) }()
	time.Sleep(20 * time.Millisecond)
	cancel()
	select {
	case <-done:
	case <-time.After(3 * time.Second):
		t.Fatal("Serve ignored its context")
	}
}

func TestExitWhenParentDies(t *testing.T) {
	parent := exec.Command("sleep", "30")
	if err := parent.Start(); err != nil {
		t.Skip("no sleep binary:", err)
	}
	t.Setenv("JPY_PARENT_PID", strconv.Itoa(parent.Process.Pid))
	h := start(t, func(c *Config) { c.WatchParent = true })
	parent.Process.Kill()
	parent.Wait()
	select {
	case <-h.served:
		h.served <- nil
	case <-time.After(4 * time.Second):
		t.Fatal("kernel outlived JPY_PARENT_PID")
	}
}

// TestShutdownReliable: shutdown_reply and the final idle arrive every time
// (zmq4 alone lost them in a third of shutdowns).
func TestShutdownReliable(t *testing.T) {
	for i := 0; i < 20; i++ {
		h := start(t)
		req := h.request(messaging.ControlChannel, messaging.ShutdownRequest, messaging.ShutdownContent{})
		h.reply(messaging.ControlChannel, req, nil)
		if got := types(h.iopub(req)); got[len(got)-1] != "status:idle" {
			t.Fatalf("cycle %d: iopub %v", i, got)
		}
		<-h.served
		h.served <- nil
	}
}

// TestInputWithoutStdinConnection: a client that never connected stdin
// cannot answer, so input fails at once instead of hanging the cell.
func TestInputWithoutStdinConnection(t *testing.T) {
	h := start(t)
	conn, err := zmtp.Dial("tcp", "127.0.0.1:"+itoa(h.k.Info().ShellPort), zmtp.Dealer, []byte("shell-only"), zmtp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	req, _ := messaging.NewMessage(messaging.ExecuteRequest, messaging.Header{}, messaging.ExecuteRequestContent{Code: "input x"})
	frames, _ := messaging.Encode(req, h.c.Signer)
	if err := conn.Send(frames); err != nil {
		t.Fatal(err)
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	got, err := conn.Recv()
	if err != nil {
		t.Fatal(err)
	}
	m, err := messaging.Decode(got, h.c.Signer)
	if err != nil {
		t.Fatal(err)
	}
	var r messaging.ExecuteReplyContent
	if m.DecodeContent(&r); r.EName != "StdinNotImplementedError" {
		t.Fatalf("reply %+v", r)
	}
}

// TestInterruptWhileIdle: an interrupt with nothing running is not passed
// on, so no stale interrupt can hit the next cell.
func TestInterruptWhileIdle(t *testing.T) {
	h := start(t)
	h.reply(messaging.ControlChannel, h.request(messaging.ControlChannel, messaging.InterruptRequest, nil), nil)
	if n := h.k.session.(*fakeSession).calls.Load(); n != 0 {
		t.Fatalf("idle interrupt reached the session %d times", n)
	}
	if r, _ := h.run("print fine"); r.Status != "ok" {
		t.Fatalf("next cell %+v", r)
	}
}
