package pysession

// This file tests comms on the real interpreter: targets registered by a
// cell, comms opened by the frontend and by Python, handler output and
// exceptions, and comm_info.

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"adder/interp"
	"adder/kernel"
)

// sentComm is one comm message a session published.
type sentComm struct {
	msgType  string
	content  map[string]any
	metadata map[string]any
	buffers  []string
}

// commRecorder is a recorder that also takes comm messages, as the
// kernel's output does.
type commRecorder struct {
	*recorder
	cmu   sync.Mutex
	comms []sentComm
}

func newCommRecorder() *commRecorder { return &commRecorder{recorder: newRecorder()} }

func (r *commRecorder) Comm(msgType string, content, metadata []byte, buffers [][]byte) {
	c := sentComm{msgType: msgType}
	if err := json.Unmarshal(content, &c.content); err != nil {
		panic(err)
	}
	if err := json.Unmarshal(metadata, &c.metadata); err != nil {
		panic(err)
	}
	for _, b := range buffers {
		c.buffers = append(c.buffers, string(b))
	}
	r.cmu.Lock()
	r.comms = append(r.comms, c)
	r.cmu.Unlock()
}

var _ kernel.CommOutput = (*commRecorder)(nil)

// frontend builds a comm message as the kernel hands it over.
func frontend(t *testing.T, msgType, commID string, content map[string]any, buffers ...string) kernel.CommMessage {
	t.Helper()
	content["comm_id"] = commID
	whole, err := json.Marshal(map[string]any{
		"header": map[string]any{"msg_id": "m-" + msgType, "msg_type": msgType, "session": "s"},
		"msg_id": "m-" + msgType, "msg_type": msgType, "parent_header": map[string]any{},
		"metadata": map[string]any{"k": 1}, "content": content,
	})
	require.NoError(t, err)
	m := kernel.CommMessage{MsgType: msgType, CommID: commID, Message: whole}
	for _, b := range buffers {
		m.Buffers = append(m.Buffers, []byte(b))
	}
	return m
}

const echoTarget = `
import comm
opened = []
def on_open(c, msg):
    opened.append(msg)
    print("open", c.comm_id, msg["content"]["data"])
    def on_msg(m):
        print("got", m["content"]["data"], m["buffers"])
        if m["content"]["data"].get("fail"):
            raise ValueError("handler failed")
        c.send({"echo": m["content"]["data"]}, metadata={"m": 1}, buffers=[b"x" + m["buffers"][0]] if m["buffers"] else None)
    c.on_msg(on_msg)
    c.on_close(lambda m: print("closed", m["content"]["data"]))
comm.get_comm_manager().register_target("echo", on_open)
`

func TestCommFromFrontend(t *testing.T) {
	s := newSession(t)
	res := run(t, s, 1, echoTarget, newRecorder())
	require.Equal(t, "ok", res.Status, res.EValue)

	out := newCommRecorder()
	s.HandleComm(frontend(t, "comm_open", "c1", map[string]any{"target_name": "echo", "data": map[string]any{"n": 1}}), out)
	assert.Equal(t, "open c1 {'n': 1}\n", out.streams["stdout"])
	assert.Empty(t, out.comms, "opening from the frontend sends nothing back")
	assert.Equal(t, map[string]string{"c1": "echo"}, s.CommInfo(""))
	assert.Equal(t, map[string]string{"c1": "echo"}, s.CommInfo("echo"))
	assert.Empty(t, s.CommInfo("other"))

	// The open message is the whole message, as ipykernel passes it.
	chk := newRecorder()
	run(t, s, 2, "m = opened[0]\nprint(sorted(m), m['header']['msg_id'], m['metadata'], m['content']['target_name'], m['buffers'])", chk)
	assert.Equal(t, "['buffers', 'content', 'header', 'metadata', 'msg_id', 'msg_type', 'parent_header'] m-comm_open {'k': 1} echo []\n",
		chk.streams["stdout"])

	out = newCommRecorder()
	s.HandleComm(frontend(t, "comm_msg", "c1", map[string]any{"data": map[string]any{"v": []any{1, "two"}}}, "buf"), out)
	assert.Equal(t, "got {'v': [1, 'two']} [b'buf']\n", out.streams["stdout"])
	require.Len(t, out.comms, 1)
	c := out.comms[0]
	assert.Equal(t, "comm_msg", c.msgType)
	assert.Equal(t, map[string]any{"comm_id": "c1", "data": map[string]any{"echo": map[string]any{"v": []any{1.0, "two"}}}}, c.content)
	assert.Equal(t, map[string]any{"m": 1.0}, c.metadata)
	assert.Equal(t, []string{"xbuf"}, c.buffers)

	// An exception in a handler is logged on stderr as the comm package
	// logs it; the session carries on.
	out = newCommRecorder()
	s.HandleComm(frontend(t, "comm_msg", "c1", map[string]any{"data": map[string]any{"fail": true}}), out)
	assert.Contains(t, out.streams["stderr"], "Exception in comm_msg for c1\nTraceback (most recent call last):\n")
	assert.Contains(t, out.streams["stderr"], "ValueError: handler failed\n")
	assert.Empty(t, out.comms)

	out = newCommRecorder()
	s.HandleComm(frontend(t, "comm_close", "c1", map[string]any{"data": map[string]any{"bye": true}}), out)
	assert.Equal(t, "closed {'bye': True}\n", out.streams["stdout"])
	assert.Empty(t, s.CommInfo(""))

	// A message for a comm that is gone is logged, not raised.
	out = newCommRecorder()
	s.HandleComm(frontend(t, "comm_msg", "c1", map[string]any{"data": map[string]any{}}), out)
	assert.Equal(t, "No such comm: c1\n", out.streams["stderr"])
}

func TestCommUnknownOrFailingTarget(t *testing.T) {
	s := newSession(t)
	out := newCommRecorder()
	s.HandleComm(frontend(t, "comm_open", "c2", map[string]any{"target_name": "nope", "data": map[string]any{}}), out)
	assert.Equal(t, "No such comm target registered: nope\n", out.streams["stderr"])
	require.Len(t, out.comms, 1)
	assert.Equal(t, "comm_close", out.comms[0].msgType)
	assert.Equal(t, "c2", out.comms[0].content["comm_id"])
	assert.Empty(t, s.CommInfo(""))

	run(t, s, 1, "def bad(c, msg):\n    raise KeyError('x')\nget_ipython().kernel.comm_manager.register_target('bad', bad)", newRecorder())
	out = newCommRecorder()
	s.HandleComm(frontend(t, "comm_open", "c3", map[string]any{"target_name": "bad", "data": map[string]any{}}), out)
	assert.Contains(t, out.streams["stderr"], "Exception opening comm with target: bad\n")
	assert.Contains(t, out.streams["stderr"], "KeyError: 'x'\n")
	require.Len(t, out.comms, 1)
	assert.Equal(t, "comm_close", out.comms[0].msgType)
	assert.Empty(t, s.CommInfo(""))
}

func TestCommFromKernel(t *testing.T) {
	s := newSession(t)
	out := newCommRecorder()
	code := `from comm import create_comm
c = create_comm(target_name="frontend.t", data={"hello": [1, 2]}, metadata={"version": "1"}, buffers=[b"\x00\x01"])
c.send({"step": 1})
c.send(data={"raw": b"ab"})
c.close({"done": True})
c.close()
(type(c).__module__, type(c).__name__, len(c.comm_id))`
	res := run(t, s, 1, code, out)
	require.Equal(t, "ok", res.Status, res.EValue)
	assert.Equal(t, "('ipykernel.comm.comm', 'Comm', 32)", out.results[0]["text/plain"])
	require.Len(t, out.comms, 4)
	open := out.comms[0]
	id := open.content["comm_id"].(string)
	assert.Equal(t, "comm_open", open.msgType)
	assert.Equal(t, map[string]any{"comm_id": id, "data": map[string]any{"hello": []any{1.0, 2.0}},
		"target_name": "frontend.t", "target_module": nil}, open.content)
	assert.Equal(t, map[string]any{"version": "1"}, open.metadata)
	assert.Equal(t, []string{"\x00\x01"}, open.buffers)
	assert.Equal(t, map[string]any{"comm_id": id, "data": map[string]any{"step": 1.0}}, out.comms[1].content)
	assert.Equal(t, map[string]any{"raw": "YWI="}, out.comms[2].content["data"], "bytes in data are base64, as ipykernel's json_clean does")
	assert.Equal(t, "comm_close", out.comms[3].msgType)
	assert.Equal(t, map[string]any{"done": true}, out.comms[3].content["data"])
	assert.Empty(t, s.CommInfo(""), "closed comms are forgotten")

	// ipykernel's import path and the kernel's comm_manager are the same
	// machinery; an open comm is listed until closed.
	out = newCommRecorder()
	res = run(t, s, 2, `from ipykernel.comm import Comm, CommManager
import comm
c2 = Comm(target_name="other", data={})
(get_ipython().kernel.comm_manager is comm.get_comm_manager(), isinstance(comm.get_comm_manager(), CommManager), c2.comm_id in comm.get_comm_manager().comms, c2.kernel is get_ipython().kernel)`, out)
	require.Equal(t, "ok", res.Status, res.EValue)
	assert.Equal(t, "(True, True, True, True)", out.results[0]["text/plain"])
	out2 := newCommRecorder()
	res = run(t, s, 3, "import comm.base_comm, ipykernel.comm.manager\nfrom comm.base_comm import BaseComm\nprint(isinstance(c2, BaseComm), comm.base_comm.CommManager is ipykernel.comm.manager.CommManager, BaseComm.__module__)", out2)
	require.Equal(t, "ok", res.Status, res.EValue)
	assert.Equal(t, "True True comm.base_comm\n", out2.streams["stdout"])
	require.Len(t, out.comms, 1)
	id2 := out.comms[0].content["comm_id"].(string)
	assert.Equal(t, map[string]string{id2: "other"}, s.CommInfo(""))

	// Comm messages sent by a comm handler go to that message's output.
	run(t, s, 3, "c2.on_msg(lambda m: c2.send({'pong': m['content']['data']['ping']}))", newRecorder())
	out = newCommRecorder()
	s.HandleComm(frontend(t, "comm_msg", id2, map[string]any{"data": map[string]any{"ping": 7}}), out)
	require.Len(t, out.comms, 1)
	assert.Equal(t, map[string]any{"pong": 7.0}, out.comms[0].content["data"])

	// Data that is not JSON raises in the cell, and nothing is sent.
	out = newCommRecorder()
	res = run(t, s, 4, "c2.send({'x': object()})", out)
	assert.Equal(t, "TypeError", res.EName)
	assert.Equal(t, "Object of type object is not JSON serializable", res.EValue)
	assert.Empty(t, out.comms)
}

func TestCommHandlerOnEventLoop(t *testing.T) {
	s := newSession(t)
	res := run(t, s, 1, `import asyncio, comm
async def later(c):
    await asyncio.sleep(0.01)
    print("later")
    c.send({"late": 1})
def on_open(c, msg):
    print("loop running:", asyncio.get_running_loop() is not None)
    asyncio.ensure_future(later(c))
comm.get_comm_manager().register_target("a", on_open)
`, newRecorder())
	require.Equal(t, "ok", res.Status, res.EValue)
	out := newCommRecorder()
	s.HandleComm(frontend(t, "comm_open", "c1", map[string]any{"target_name": "a", "data": map[string]any{}}), out)
	assert.Equal(t, "loop running: True\n", out.streams["stdout"])
	assert.Empty(t, out.streams["stderr"])
	// The task the handler started runs between requests, as under
	// ipykernel, and its output goes to the comm message's output.
	for i := 0; i < 20 && len(out.comms) == 0; i++ {
		s.RunBackground(20 * time.Millisecond)
	}
	assert.Equal(t, "loop running: True\nlater\n", out.streams["stdout"])
	require.Len(t, out.comms, 1)
	assert.Equal(t, map[string]any{"late": 1.0}, out.comms[0].content["data"])
}

func TestCommOutsideKernel(t *testing.T) {
	// Without a kernel session (adder run), comm exists but its comms send
	// nothing, like the comm package without ipykernel; ipykernel is
	// not importable.
	in := interp.NewSession(interp.Options{})
	var buf strings.Builder
	in.SetOutput(&buf, &buf)
	require.NoError(t, in.ExecFile("prog.py", `import comm
c = comm.create_comm(target_name="t", data={"a": 1})
c.send({"b": 2})
print(type(c).__name__, c.comm_id in comm.get_comm_manager().comms)
c.close()
print(comm.get_comm_manager().comms)
try:
    import ipykernel
except ImportError as e:
    print(type(e).__name__, e)
`))
	assert.Equal(t, "DummyComm True\n{}\nModuleNotFoundError No module named 'ipykernel'\n", buf.String())
}
