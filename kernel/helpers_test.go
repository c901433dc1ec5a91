// This file holds the test harness: an in-process kernel on 127.0.0.1 with
// the fake session, and a connected Go client.

package kernel

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"os"
	"strconv"
	"testing"
	"time"

	"adder/internal/zmtp"
	"adder/messaging"
)

type harness struct {
	t      testing.TB
	k      *Kernel
	c      *messaging.Client
	served chan error
	ctx    context.Context
}

func quietLogger() *slog.Logger {
	if os.Getenv("ADDER_KERNEL_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func testConfig() Config {
	return Config{
		Info:       &messaging.ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", Key: "test-key", SignatureScheme: "hmac-sha256"},
		NewSession: newFakeSession,
		Logger:     quietLogger(),
	}
}

// start runs a kernel and connects a ready client; both end with the test.
func start(t testing.TB, mod ...func(*Config)) *harness {
	t.Helper()
	cfg := testConfig()
	for _, f := range mod {
		f(&cfg)
	}
	k, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, k: k, served: make(chan error, 1)}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	h.ctx = ctx
	go func() { h.served <- k.Serve(context.Background()) }()
	t.Cleanup(func() {
		k.Stop()
		select {
		case <-h.served:
		case <-time.After(5 * time.Second):
			t.Error("kernel did not stop")
		}
		cancel()
	})
	h.c = h.client()
	return h
}

// client connects another ready client.
func (h *harness) client() *messaging.Client {
	h.t.Helper()
	c, err := messaging.Dial(h.k.Info(), zmtp.Options{Logger: quietLogger()})
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() { c.Close() })
	if _, err := c.WaitReady(h.ctx); err != nil {
		h.t.Fatal(err)
	}
	return c
}

func (h *harness) request(ch messaging.Channel, msgType string, content any) *messaging.Message {
	h.t.Helper()
	m, err := h.c.Request(ch, msgType, content)
	if err != nil {
		h.t.Fatal(err)
	}
	return m
}

func (h *harness) reply(ch messaging.Channel, req *messaging.Message, into any) *messaging.Message {
	h.t.Helper()
	r, err := h.c.Reply(h.ctx, ch, req)
	if err != nil {
		h.t.Fatal(err)
	}
	if r.Header.MsgType != messaging.ReplyType(req.Header.MsgType) {
		h.t.Fatalf("reply type %s to %s", r.Header.MsgType, req.Header.MsgType)
	}
	if into != nil {
		if err := r.DecodeContent(into); err != nil {
			h.t.Fatal(err)
		}
	}
	return r
}

func (h *harness) iopub(req *messaging.Message) []*messaging.Message {
	h.t.Helper()
	msgs, err := h.c.IOPubUntilIdle(h.ctx, req)
	if err != nil {
		h.t.Fatal(err)
	}
	return msgs
}

// exec runs code and returns the reply content and the cell's iopub messages.
func (h *harness) exec(c messaging.ExecuteRequestContent) (messaging.ExecuteReplyContent, []*messaging.Message) {
	h.t.Helper()
	req := h.request(messaging.ShellChannel, messaging.ExecuteRequest, c)
	var reply messaging.ExecuteReplyContent
	h.reply(messaging.ShellChannel, req, &reply)
	return reply, h.iopub(req)
}

func (h *harness) run(code string) (messaging.ExecuteReplyContent, []*messaging.Message) {
	h.t.Helper()
	return h.exec(messaging.ExecuteRequestContent{Code: code})
}

func types(msgs []*messaging.Message) []string {
	var out []string
	for _, m := range msgs {
		t := m.Header.MsgType
		if t == messaging.Status {
			var s messaging.StatusContent
			m.DecodeContent(&s)
			t += ":" + s.ExecutionState
		}
		out = append(out, t)
	}
	return out
}

func content(t *testing.T, m *messaging.Message) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(m.Content, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func streamText(t *testing.T, msgs []*messaging.Message, name string) string {
	var s string
	for _, m := range msgs {
		if m.Header.MsgType == messaging.Stream {
			var c messaging.StreamContent
			m.DecodeContent(&c)
			if c.Name == name {
				s += c.Text
			}
		}
	}
	return s
}

func boolp(b bool) *bool { return &b }

func itoa(i int) string { return strconv.Itoa(i) }

func netDial(port int) (net.Conn, error) { return net.Dial("tcp", "127.0.0.1:"+itoa(port)) }
