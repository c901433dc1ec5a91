package pysession

// This file drives comms both ways through the real message flow: a
// kernel.Kernel serving this package's Session on 127.0.0.1 and the Go
// client from messaging.

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"adder/internal/zmtp"
	"adder/kernel"
	"adder/messaging"
)

// serve starts a kernel on a real Session and returns a ready client.
func serve(t *testing.T) (*messaging.Client, context.Context) {
	t.Helper()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	k, err := kernel.New(kernel.Config{
		Info:   &messaging.ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", Key: "comm-key", SignatureScheme: "hmac-sha256"},
		Logger: quiet,
		NewSession: func() kernel.Session {
			s, err := New()
			if err != nil {
				panic(err)
			}
			return s
		},
	})
	require.NoError(t, err)
	served := make(chan error, 1)
	go func() { served <- k.Serve(context.Background()) }()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	c, err := messaging.Dial(k.Info(), zmtp.Options{Logger: quiet})
	require.NoError(t, err)
	t.Cleanup(func() {
		c.Close()
		k.Stop()
		select {
		case <-served:
		case <-time.After(5 * time.Second):
			t.Error("kernel did not stop")
		}
		cancel()
	})
	_, err = c.WaitReady(ctx)
	require.NoError(t, err)
	return c, ctx
}

func decoded(t *testing.T, m *messaging.Message) map[string]any {
	t.Helper()
	var v map[string]any
	require.NoError(t, json.Unmarshal(m.Content, &v))
	return v
}

func ofType(msgs []*messaging.Message, types ...string) []*messaging.Message {
	var out []*messaging.Message
	for _, m := range msgs {
		for _, t := range types {
			if m.Header.MsgType == t {
				out = append(out, m)
			}
		}
	}
	return out
}

func TestCommsThroughTheKernel(t *testing.T) {
	c, ctx := serve(t)
	reply, _, err := c.Execute(ctx, messaging.ExecuteRequestContent{Code: `
def on_open(comm, msg):
    print("open", msg["content"]["data"])
    comm.on_msg(lambda m: comm.send({"echo": m["content"]["data"]}, buffers=m["buffers"]))
get_ipython().kernel.comm_manager.register_target("echo", on_open)
`})
	require.NoError(t, err)
	require.Equal(t, "ok", decoded(t, reply)["status"])

	// The frontend opens a comm to the cell's target.
	open, err := c.Request(messaging.ShellChannel, messaging.CommOpen,
		messaging.CommOpenContent{CommID: "f1", TargetName: "echo", Data: map[string]any{"n": 1}})
	require.NoError(t, err)
	msgs, err := c.IOPubUntilIdle(ctx, open)
	require.NoError(t, err)
	streams := ofType(msgs, messaging.Stream)
	require.Len(t, streams, 1)
	assert.Equal(t, "open {'n': 1}\n", decoded(t, streams[0])["text"])

	// comm_info lists it.
	info, err := c.Request(messaging.ShellChannel, messaging.CommInfoRequest, map[string]any{})
	require.NoError(t, err)
	r, err := c.Reply(ctx, messaging.ShellChannel, info)
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"f1": map[string]any{"target_name": "echo"}}, decoded(t, r)["comms"])
	_, err = c.IOPubUntilIdle(ctx, info)
	require.NoError(t, err)

	// A comm_msg with a buffer comes back under the message as parent.
	m, err := messaging.NewMessage(messaging.CommMsg, messaging.Header{}, messaging.CommMsgContent{CommID: "f1", Data: map[string]any{"x": "y"}})
	require.NoError(t, err)
	m.Buffers = [][]byte{[]byte("bin")}
	require.NoError(t, c.Send(messaging.ShellChannel, m))
	msgs, err = c.IOPubUntilIdle(ctx, m)
	require.NoError(t, err)
	echoes := ofType(msgs, messaging.CommMsg)
	require.Len(t, echoes, 1)
	assert.Equal(t, map[string]any{"comm_id": "f1", "data": map[string]any{"echo": map[string]any{"x": "y"}}}, decoded(t, echoes[0]))
	assert.Equal(t, [][]byte{[]byte("bin")}, echoes[0].Buffers)

	// A cell opens a comm to the frontend; its messages have the cell as
	// parent.
	req, err := c.Request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{
		Code: "from comm import create_comm\nk = create_comm(target_name='front', data={'a': 1})\nk.send({'b': 2})\nk.close()"})
	require.NoError(t, err)
	msgs, err = c.IOPubUntilIdle(ctx, req)
	require.NoError(t, err)
	sent := ofType(msgs, messaging.CommOpen, messaging.CommMsg, messaging.CommClose)
	require.Len(t, sent, 3)
	opened := decoded(t, sent[0])
	assert.Equal(t, "front", opened["target_name"])
	assert.Equal(t, map[string]any{"a": 1.0}, opened["data"])
	assert.Equal(t, map[string]any{"b": 2.0}, decoded(t, sent[1])["data"])
	assert.Equal(t, messaging.CommClose, sent[2].Header.MsgType)
	for _, s := range sent {
		assert.Equal(t, req.Header.MsgID, s.ParentHeader.MsgID)
	}

	// The frontend closes its comm; it is gone from comm_info.
	closeMsg, err := c.Request(messaging.ShellChannel, messaging.CommClose, messaging.CommMsgContent{CommID: "f1", Data: map[string]any{}})
	require.NoError(t, err)
	_, err = c.IOPubUntilIdle(ctx, closeMsg)
	require.NoError(t, err)
	info, err = c.Request(messaging.ShellChannel, messaging.CommInfoRequest, map[string]any{})
	require.NoError(t, err)
	r, err = c.Reply(ctx, messaging.ShellChannel, info)
	require.NoError(t, err)
	assert.Equal(t, map[string]any{}, decoded(t, r)["comms"])
}
