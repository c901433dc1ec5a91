// This file tests bad input and misbehaving or multiple peers.

package kernel

import (
	"slices"
	"strings"
	"testing"
	"time"

	"adder/internal/zmtp"
	"adder/messaging"
)

func TestBadInput(t *testing.T) {
	h := start(t)
	good, _ := messaging.NewMessage(messaging.KernelInfoRequest, messaging.Header{}, nil)
	frames, _ := messaging.Encode(good, h.c.Signer)

	// Wrong signature: dropped, no reply, no status.
	bad := slices.Clone(frames)
	bad[1] = []byte(strings.Repeat("0", 64))
	h.c.SendRaw(messaging.ShellChannel, bad)
	// Missing signature.
	nosig := slices.Clone(frames)
	nosig[1] = nil
	h.c.SendRaw(messaging.ShellChannel, nosig)
	// No delimiter, too few frames.
	h.c.SendRaw(messaging.ShellChannel, [][]byte{[]byte("garbage")})
	h.c.SendRaw(messaging.ShellChannel, [][]byte{messaging.Delimiter, []byte("x")})

	// Signed but malformed content: an error reply.
	signer := h.c.Signer
	hdr := []byte(`{"msg_id":"m-bad","msg_type":"execute_request","session":"s","username":"u","date":"2024-01-01T00:00:00.000000Z","version":"5.3"}`)
	parts := [][]byte{hdr, []byte("{}"), []byte("{}"), []byte("{not json")}
	h.c.SendRaw(messaging.ShellChannel, append([][]byte{messaging.Delimiter, []byte(signer.Sign(parts...))}, parts...))
	r, err := h.c.Recv(h.ctx, messaging.ShellChannel)
	if err != nil {
		t.Fatal(err)
	}
	var er messaging.ErrorReplyContent
	if r.Header.MsgType != messaging.ExecuteReply || r.ParentHeader.MsgID != "m-bad" || r.DecodeContent(&er) != nil || er.Status != "error" {
		t.Fatalf("malformed content reply %+v %s", r.Header, r.Content)
	}

	// Valid JSON of the wrong shape: error reply through the dispatcher.
	req := h.request(messaging.ShellChannel, messaging.ExecuteRequest, map[string]any{"code": 12})
	h.reply(messaging.ShellChannel, req, &er)
	if er.Status != "error" {
		t.Fatalf("wrong-shape content: %+v", er)
	}
	h.iopub(req)

	// Missing header fields: logged and dropped.
	parts = [][]byte{[]byte(`{"msg_type":"kernel_info_request"}`), []byte("{}"), []byte("{}"), []byte("{}")}
	h.c.SendRaw(messaging.ShellChannel, append([][]byte{messaging.Delimiter, []byte(signer.Sign(parts...))}, parts...))

	// Unknown type: busy and idle, no reply.
	unk := h.request(messaging.ShellChannel, "frobnicate_request", nil)
	if got := types(h.iopub(unk)); !slices.Equal(got, []string{"status:busy", "status:idle"}) {
		t.Fatalf("unknown type iopub %v", got)
	}
	// A panic in the session becomes an error reply.
	req = h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "panic"})
	h.reply(messaging.ShellChannel, req, &er)
	if er.Status != "error" || er.EName != "SystemError" {
		t.Fatalf("panic reply %+v", er)
	}
	h.iopub(req)

	// The kernel still answers, and nothing else came back on shell.
	req = h.request(messaging.ShellChannel, messaging.KernelInfoRequest, nil)
	r, err = h.c.Recv(h.ctx, messaging.ShellChannel)
	if err != nil || r.ParentHeader.MsgID != req.Header.MsgID {
		t.Fatalf("unexpected shell message %+v %v", r, err)
	}
}

func TestTwoClients(t *testing.T) {
	h := start(t)
	second := h.client()
	req := h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "print shared"})
	h.reply(messaging.ShellChannel, req, nil)
	for _, c := range []*messaging.Client{h.c, second} {
		msgs, err := c.IOPubUntilIdle(h.ctx, req)
		if err != nil || streamText(t, msgs, "stdout") != "shared\n" {
			t.Fatalf("client saw %v %v", types(msgs), err)
		}
	}
	// The second client's own requests are answered to it.
	req2, _ := second.Request(messaging.ShellChannel, messaging.KernelInfoRequest, nil)
	if _, err := second.Reply(h.ctx, messaging.ShellChannel, req2); err != nil {
		t.Fatal(err)
	}
}

func TestClientVanishesMidCell(t *testing.T) {
	h := start(t)
	gone := h.client()
	gone.Request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "sleep 200ms\nprint late"})
	time.Sleep(20 * time.Millisecond)
	gone.Close()
	// The reply to the vanished client is dropped; others are served.
	if r, _ := h.run("print next"); r.Status != "ok" {
		t.Fatalf("after vanished client %+v", r)
	}
}

func TestSilentTCPPeer(t *testing.T) {
	h := start(t)
	for _, port := range []int{h.k.Info().ShellPort, h.k.Info().IOPubPort} {
		c, err := zmtp.Dial("tcp", "127.0.0.1:1", zmtp.Dealer, nil, zmtp.Options{HandshakeTimeout: time.Millisecond})
		if err == nil {
			c.Close()
		}
		_ = port
	}
	// Raw silent connections on every port.
	info := h.k.Info()
	for _, p := range []int{info.ShellPort, info.IOPubPort, info.ControlPort, info.StdinPort, info.HBPort} {
		conn, err := netDial(p)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
	}
	start := time.Now()
	h.client() // a new client connects and gets ready
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("new client took %v behind silent peers", d)
	}
}

func TestHugeFrameHeader(t *testing.T) {
	h := start(t)
	conn, err := zmtp.Dial("tcp", "127.0.0.1:"+itoa(h.k.Info().ShellPort), zmtp.Dealer, nil, zmtp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.Raw().Write([]byte{0x02, 0, 0, 1, 0, 0, 0, 0, 0}) // a 1 TiB frame
	if r, _ := h.run("print alive"); r.Status != "ok" {
		t.Fatalf("after huge frame %+v", r)
	}
}

func TestLargeOutput(t *testing.T) {
	h := start(t)
	start := time.Now()
	r, msgs := h.run("lines 100000")
	if r.Status != "ok" {
		t.Fatal(r)
	}
	out := streamText(t, msgs, "stdout")
	if n := strings.Count(out, "\n"); n != 100000 || !strings.HasPrefix(out, "line 0\n") || !strings.HasSuffix(out, "line 99999\n") {
		t.Fatalf("got %d lines", n)
	}
	if len(msgs) > 200 {
		t.Fatalf("stream not batched: %d messages", len(msgs))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("100,000 lines took %v", d)
	}
}

func TestStreamOrderAcrossNames(t *testing.T) {
	h := start(t)
	_, msgs := h.run("print a\neprint b\nprint c")
	var seq []string
	for _, m := range msgs {
		if m.Header.MsgType == messaging.Stream {
			c := content(t, m)
			seq = append(seq, c["name"].(string)+":"+c["text"].(string))
		}
	}
	if !slices.Equal(seq, []string{"stdout:a\n", "stderr:b\n", "stdout:c\n"}) {
		t.Fatalf("streams %q", seq)
	}
}

func TestBackgroundOutputKeepsParent(t *testing.T) {
	h := start(t)
	req := h.request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: "background later"})
	h.reply(messaging.ShellChannel, req, nil)
	h.iopub(req)
	m, err := h.c.Recv(h.ctx, messaging.IOPubChannel)
	if err != nil {
		t.Fatal(err)
	}
	if m.Header.MsgType != messaging.Stream || m.ParentHeader.MsgID != req.Header.MsgID || content(t, m)["text"] != "later\n" {
		t.Fatalf("background output %+v %s", m.ParentHeader, m.Content)
	}
}

// TestStalledSubscriber: a subscriber that never reads is dropped; a
// reading client gets every message of a 50,000-message burst and the idle.
func TestStalledSubscriber(t *testing.T) {
	h := start(t, func(c *Config) {
		c.Transport.StallTimeout = time.Second
		c.Transport.QueueLen = 2048
	})
	stuck, err := zmtp.Dial("tcp", "127.0.0.1:"+itoa(h.k.Info().IOPubPort), zmtp.Sub, nil, zmtp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer stuck.Close()
	start := time.Now()
	r, msgs := h.run("displays 50000")
	if r.Status != "ok" {
		t.Fatal(r)
	}
	n := 0
	for _, m := range msgs {
		if m.Header.MsgType == messaging.DisplayData {
			n++
		}
	}
	if n != 50000 {
		t.Fatalf("got %d of 50000 display_data", n)
	}
	if d := time.Since(start); d > 60*time.Second {
		t.Fatalf("burst took %v", d)
	}
}
