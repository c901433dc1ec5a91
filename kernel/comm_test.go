// This file tests comms through the real message flow with commSession, a
// fake session hosting one target, "echo": it prints what it gets and
// sends each message's data and buffers back on the same comm.

package kernel

import (
	"encoding/json"
	"slices"
	"sync"
	"testing"

	"adder/messaging"
)

// commSession is the fake session plus an "echo" comm target.
type commSession struct {
	*fakeSession
	mu    sync.Mutex
	comms map[string]string // comm_id -> target_name
	seen  []map[string]any  // the whole messages HandleComm got
}

func (s *commSession) HandleComm(msg CommMessage, out Output) {
	var whole map[string]any
	if err := json.Unmarshal(msg.Message, &whole); err != nil {
		out.Stream("stderr", "bad message: "+err.Error()+"\n")
		return
	}
	s.mu.Lock()
	s.seen = append(s.seen, whole)
	s.mu.Unlock()
	content := whole["content"].(map[string]any)
	send := func(msgType string, c map[string]any, buffers [][]byte) {
		c["comm_id"] = msg.CommID
		b, _ := json.Marshal(c)
		out.(CommOutput).Comm(msgType, b, []byte(`{"echoed": true}`), buffers)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch msg.MsgType {
	case messaging.CommOpen:
		if content["target_name"] != "echo" {
			send(messaging.CommClose, map[string]any{"data": map[string]any{}}, nil)
			return
		}
		s.comms[msg.CommID] = "echo"
		out.Stream("stdout", "opened\n")
		send(messaging.CommMsg, map[string]any{"data": map[string]any{"echo": content["data"]}}, msg.Buffers)
	case messaging.CommMsg:
		if _, ok := s.comms[msg.CommID]; !ok {
			out.Stream("stderr", "No such comm: "+msg.CommID+"\n")
			return
		}
		send(messaging.CommMsg, map[string]any{"data": map[string]any{"echo": content["data"]}}, msg.Buffers)
	case messaging.CommClose:
		delete(s.comms, msg.CommID)
		out.Stream("stdout", "closed\n")
	}
}

func (s *commSession) CommInfo(target string) map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]string{}
	for id, t := range s.comms {
		if target == "" || t == target {
			out[id] = t
		}
	}
	return out
}

func startComms(t *testing.T) (*harness, *commSession) {
	s := &commSession{fakeSession: &fakeSession{}, comms: map[string]string{}}
	h := start(t, func(c *Config) { c.NewSession = func() Session { return s } })
	return h, s
}

func (h *harness) commInfo(target string) map[string]map[string]string {
	h.t.Helper()
	req := h.request(messaging.ShellChannel, messaging.CommInfoRequest, messaging.CommInfoRequestContent{TargetName: target})
	var ci messaging.CommInfoReplyContent
	h.reply(messaging.ShellChannel, req, &ci)
	h.iopub(req)
	if ci.Status != "ok" {
		h.t.Fatalf("comm_info %+v", ci)
	}
	return ci.Comms
}

// sendComm sends a comm message with buffers and returns its iopub.
func (h *harness) sendComm(msgType string, content any, buffers ...[]byte) (*messaging.Message, []*messaging.Message) {
	h.t.Helper()
	m, err := messaging.NewMessage(msgType, messaging.Header{}, content)
	if err != nil {
		h.t.Fatal(err)
	}
	m.Metadata = json.RawMessage(`{"from": "test"}`)
	m.Buffers = buffers
	if err := h.c.Send(messaging.ShellChannel, m); err != nil {
		h.t.Fatal(err)
	}
	return m, h.iopub(m)
}

func TestCommEchoTarget(t *testing.T) {
	h, s := startComms(t)
	if got := h.commInfo(""); len(got) != 0 {
		t.Fatalf("comms before any open: %v", got)
	}

	open, msgs := h.sendComm(messaging.CommOpen, messaging.CommOpenContent{CommID: "c-1", TargetName: "echo", Data: map[string]any{"n": 1}}, []byte("raw\x00"))
	if got := types(msgs); !slices.Equal(got, []string{"status:busy", "stream", "comm_msg", "status:idle"}) {
		t.Fatalf("comm_open iopub %v", got)
	}
	echo := msgs[2]
	if echo.ParentHeader.MsgID != open.Header.MsgID || msgs[1].ParentHeader.MsgID != open.Header.MsgID {
		t.Fatal("the handler's output must have the comm_open as parent")
	}
	if c := content(t, echo); c["comm_id"] != "c-1" || c["data"].(map[string]any)["echo"].(map[string]any)["n"] != 1.0 {
		t.Fatalf("echo content %v", c)
	}
	if string(echo.Metadata) != `{"echoed": true}` {
		t.Fatalf("echo metadata %s", echo.Metadata)
	}
	if len(echo.Buffers) != 1 || string(echo.Buffers[0]) != "raw\x00" {
		t.Fatalf("echo buffers %q", echo.Buffers)
	}
	if got := streamText(t, msgs, "stdout"); got != "opened\n" {
		t.Fatalf("handler stdout %q", got)
	}

	// The session saw the whole message, as ipykernel passes it on.
	whole := s.seen[0]
	if whole["msg_id"] != open.Header.MsgID || whole["msg_type"] != "comm_open" ||
		whole["header"].(map[string]any)["msg_id"] != open.Header.MsgID ||
		whole["metadata"].(map[string]any)["from"] != "test" || whole["parent_header"] == nil {
		t.Fatalf("message given to the session: %v", whole)
	}

	info := h.commInfo("")
	if len(info) != 1 || info["c-1"]["target_name"] != "echo" {
		t.Fatalf("comm_info %v", info)
	}
	if got := h.commInfo("other"); len(got) != 0 {
		t.Fatalf("comm_info filtered by another target: %v", got)
	}
	if got := h.commInfo("echo"); len(got) != 1 {
		t.Fatalf("comm_info filtered by its target: %v", got)
	}

	_, msgs = h.sendComm(messaging.CommMsg, messaging.CommMsgContent{CommID: "c-1", Data: map[string]any{"x": "y"}}, []byte("a"), []byte("bc"))
	if got := types(msgs); !slices.Equal(got, []string{"status:busy", "comm_msg", "status:idle"}) {
		t.Fatalf("comm_msg iopub %v", got)
	}
	if len(msgs[1].Buffers) != 2 || string(msgs[1].Buffers[1]) != "bc" {
		t.Fatalf("comm_msg buffers %q", msgs[1].Buffers)
	}

	_, msgs = h.sendComm(messaging.CommClose, messaging.CommMsgContent{CommID: "c-1", Data: map[string]any{}})
	if got := streamText(t, msgs, "stdout"); got != "closed\n" {
		t.Fatalf("close handler stdout %q", got)
	}
	if got := h.commInfo(""); len(got) != 0 {
		t.Fatalf("comm still listed after close: %v", got)
	}
}

func TestCommUnknownTargetIsClosedBySession(t *testing.T) {
	h, _ := startComms(t)
	_, msgs := h.sendComm(messaging.CommOpen, messaging.CommOpenContent{CommID: "c-2", TargetName: "nope", Data: map[string]any{}})
	if got := types(msgs); !slices.Equal(got, []string{"status:busy", "comm_close", "status:idle"}) {
		t.Fatalf("comm_open iopub %v", got)
	}
	// A comm message the session cannot place still gets busy/idle and
	// whatever the session prints.
	_, msgs = h.sendComm(messaging.CommMsg, messaging.CommMsgContent{CommID: "c-2", Data: map[string]any{}})
	if got := streamText(t, msgs, "stderr"); got != "No such comm: c-2\n" {
		t.Fatalf("stderr %q (iopub %v)", got, types(msgs))
	}
	// A comm_open without a comm_id is bad content: an error reply, no call.
	req := h.request(messaging.ShellChannel, messaging.CommOpen, map[string]any{"comm_id": 5})
	var reply messaging.ErrorReplyContent
	h.reply(messaging.ShellChannel, req, &reply)
	if reply.Status != "error" {
		t.Fatalf("reply %+v", reply)
	}
}
