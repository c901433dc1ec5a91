"""Comms (the messaging spec's custom messages) driven by jupyter_client.

A cell registers a target through get_ipython().kernel.comm_manager; the
client opens a comm to it, talks, and closes it; a cell opens a comm to
the frontend. The same test runs against ipykernel (Debian's python3
kernel), the reference adder copies, so the test itself is checked; the
code it runs uses the API both kernels share (ipykernel 6.17 predates the
`comm` package, which adder also has)."""

import os
import uuid

import pytest
from jupyter_client.manager import start_new_kernel

TIMEOUT = 20

KERNELS = ["adder"]
if os.path.exists("/usr/share/jupyter/kernels/python3"):
    KERNELS.append("python3")

ECHO_TARGET = """
def on_open(comm, msg):
    print("opened", msg["content"]["data"])
    comm.send({"opened": msg["content"]["data"], "msg_type": msg["msg_type"]})
    def on_msg(m):
        data = m["content"]["data"]
        if data.get("fail"):
            raise ValueError("handler failed")
        comm.send({"echo": data}, metadata={"n": len(m["buffers"])},
                  buffers=[bytes(b)[::-1] for b in m["buffers"]])
    comm.on_msg(on_msg)
    comm.on_close(lambda m: print("closed", m["content"]["data"]))
get_ipython().kernel.comm_manager.register_target("echo", on_open)
"""


@pytest.fixture(params=KERNELS)
def kernel(request):
    km, kc = start_new_kernel(kernel_name=request.param, startup_timeout=60)
    kc.adder_kernel_name = request.param
    try:
        yield kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def iopub_until_idle(kc, parent_id):
    """The iopub messages under parent_id up to its idle, status aside."""
    out = []
    while True:
        m = kc.get_iopub_msg(timeout=TIMEOUT)
        if m["parent_header"].get("msg_id") != parent_id:
            continue
        if m["msg_type"] == "status":
            if m["content"]["execution_state"] == "idle":
                return out
            continue
        out.append(m)


def shell_reply(kc, msg_id):
    """The reply to msg_id: wait_for_ready may leave extra kernel_info
    replies behind (ipykernel answers each of its retries)."""
    while True:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"]["msg_id"] == msg_id:
            return reply
        assert reply["msg_type"] == "kernel_info_reply", reply


def execute(kc, code):
    msg_id = kc.execute(code)
    reply = shell_reply(kc, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    return iopub_until_idle(kc, msg_id)


def send_comm(kc, msg_type, content, buffers=None):
    msg = kc.session.msg(msg_type, content)
    if buffers:
        msg["buffers"] = buffers
    kc.shell_channel.send(msg)
    return iopub_until_idle(kc, msg["header"]["msg_id"])


def stdout(msgs, name="stdout"):
    return "".join(m["content"]["text"] for m in msgs
                   if m["msg_type"] == "stream" and m["content"]["name"] == name)


def comms(msgs):
    return [m for m in msgs if m["msg_type"].startswith("comm_")]


def comm_info(kc, target=None):
    msg_id = kc.comm_info(target)
    reply = shell_reply(kc, msg_id)
    iopub_until_idle(kc, msg_id)
    return reply["content"]["comms"]


def test_client_opens_comm_to_cell_target(kernel):
    kc = kernel
    execute(kc, ECHO_TARGET)
    comm_id = uuid.uuid4().hex

    msgs = send_comm(kc, "comm_open", {"comm_id": comm_id, "target_name": "echo", "data": {"x": 1}})
    assert stdout(msgs) == "opened {'x': 1}\n"
    [echo] = comms(msgs)
    assert echo["msg_type"] == "comm_msg"
    assert echo["content"] == {"comm_id": comm_id, "data": {"opened": {"x": 1}, "msg_type": "comm_open"}}

    assert comm_info(kc) == {comm_id: {"target_name": "echo"}}
    assert comm_info(kc, "echo") == {comm_id: {"target_name": "echo"}}
    assert comm_info(kc, "elsewhere") == {}

    msgs = send_comm(kc, "comm_msg", {"comm_id": comm_id, "data": {"s": "hé", "l": [1, 2.5, None]}},
                     buffers=[b"abc", b"\x00\x01"])
    [echo] = comms(msgs)
    assert echo["content"]["data"] == {"echo": {"s": "hé", "l": [1, 2.5, None]}}
    assert echo["metadata"] == {"n": 2}
    assert [bytes(b) for b in echo["buffers"]] == [b"cba", b"\x01\x00"]

    # A failing handler is logged; the comm and kernel go on. The comm
    # package (ipykernel >= 6.18, and adder) logs to sys.stderr, which the
    # frontend sees; ipykernel 6.17 logs to the kernel process's stderr.
    msgs = send_comm(kc, "comm_msg", {"comm_id": comm_id, "data": {"fail": True}})
    if kc.adder_kernel_name == "adder":
        err = stdout(msgs, "stderr")
        assert err.startswith(f"Exception in comm_msg for {comm_id}\nTraceback (most recent call last):\n"), err
        assert err.endswith("ValueError: handler failed\n"), err
    assert comms(msgs) == []
    msgs = send_comm(kc, "comm_msg", {"comm_id": comm_id, "data": {"again": 1}})
    assert [m["content"]["data"] for m in comms(msgs)] == [{"echo": {"again": 1}}]

    msgs = send_comm(kc, "comm_close", {"comm_id": comm_id, "data": {"bye": True}})
    assert stdout(msgs) == "closed {'bye': True}\n"
    assert comms(msgs) == []
    assert comm_info(kc) == {}


def test_unknown_target_is_closed(kernel):
    comm_id = uuid.uuid4().hex
    msgs = send_comm(kernel, "comm_open", {"comm_id": comm_id, "target_name": "no.such.target", "data": {}})
    assert [(m["msg_type"], m["content"]["comm_id"]) for m in comms(msgs)] == [("comm_close", comm_id)]
    assert comm_info(kernel) == {}


def test_cell_opens_comm_to_frontend(kernel):
    kc = kernel
    msgs = execute(kc, """
from ipykernel.comm import Comm
c = Comm(target_name="frontend.target", data={"hello": [1, 2]}, metadata={"version": "2"})
c.send({"step": 1}, buffers=[b"xy"])
print("sent")
c.close({"done": True})
""")
    sent = comms(msgs)
    assert [m["msg_type"] for m in sent] == ["comm_open", "comm_msg", "comm_close"]
    opened, step, closed = sent
    comm_id = opened["content"]["comm_id"]
    assert opened["content"] == {"comm_id": comm_id, "target_name": "frontend.target",
                                 "target_module": None, "data": {"hello": [1, 2]}}
    assert opened["metadata"] == {"version": "2"}
    assert step["content"] == {"comm_id": comm_id, "data": {"step": 1}}
    assert [bytes(b) for b in step["buffers"]] == [b"xy"]
    assert closed["content"] == {"comm_id": comm_id, "data": {"done": True}}
    assert stdout(msgs) == "sent\n"
    # adder flushes printed text before each comm message, so output keeps
    # its order around them (ipykernel sends its buffered stream later).
    if kc.adder_kernel_name == "adder":
        kinds = [m["msg_type"] for m in msgs if m["msg_type"] in ("comm_msg", "stream", "comm_close")]
        assert kinds == ["comm_msg", "stream", "comm_close"]

    # An open comm is listed, and its on_msg sees the frontend's messages.
    execute(kc, "c2 = Comm(target_name='frontend.other')\n"
                "c2.on_msg(lambda m: c2.send({'pong': m['content']['data']['ping']}))")
    info = comm_info(kc)
    assert list(info.values()) == [{"target_name": "frontend.other"}]
    [comm_id2] = info
    msgs = send_comm(kc, "comm_msg", {"comm_id": comm_id2, "data": {"ping": 7}})
    assert [m["content"]["data"] for m in comms(msgs)] == [{"pong": 7}]
