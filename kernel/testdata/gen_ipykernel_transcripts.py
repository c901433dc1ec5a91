"""Regenerates ipykernel_transcripts.json: what ipykernel answers to each
request, reduced to what adder must match (reply type, reply content keys,
the iopub message sequence under the request).

    /usr/bin/python3 kernel/testdata/gen_ipykernel_transcripts.py > kernel/testdata/ipykernel_transcripts.json

Each case names the equivalent cell for the Go tests' fake session ("fake").
The Go tests read the JSON only; they never need Python.
"""
import json
import queue
import sys

from jupyter_client.manager import start_new_kernel

CASES = [
    # name, channel, msg_type, content, fake equivalent of the code
    ("kernel_info_shell", "shell", "kernel_info_request", {}, None),
    ("kernel_info_control", "control", "kernel_info_request", {}, None),
    ("execute_print", "shell", "execute_request", {"code": "print('hello')"}, "print hello"),
    ("execute_result", "shell", "execute_request", {"code": "42"}, "result 42"),
    ("execute_error", "shell", "execute_request", {"code": "raise ValueError('boom')"}, "error"),
    ("execute_silent", "shell", "execute_request", {"code": "print('s')", "silent": True}, "print s"),
    ("execute_no_history", "shell", "execute_request", {"code": "print('n')", "store_history": False}, "print n"),
    ("execute_empty", "shell", "execute_request", {"code": ""}, ""),
    ("execute_user_expressions", "shell", "execute_request",
     {"code": "x = 1", "user_expressions": {"a": "'abc'"}}, "#"),
    ("complete", "shell", "complete_request", {"code": "pri", "cursor_pos": 3}, "pri"),
    ("inspect_missing", "shell", "inspect_request", {"code": "zzz_nothing", "cursor_pos": 3, "detail_level": 0}, "zzz"),
    ("is_complete_incomplete", "shell", "is_complete_request", {"code": "for x in y:"}, "for x in y:"),
    ("is_complete_complete", "shell", "is_complete_request", {"code": "x = 1"}, "x = 1"),
    ("history_tail", "shell", "history_request", {"hist_access_type": "tail", "n": 2, "output": False, "raw": True}, None),
    ("comm_info", "shell", "comm_info_request", {}, None),
    ("comm_open_unknown", "shell", "comm_open", {"comm_id": "c-1", "target_name": "no-such-target", "data": {}}, None),
    ("interrupt", "control", "interrupt_request", {}, None),
    ("shutdown", "control", "shutdown_request", {"restart": False}, None),
]


def iopub_until_idle(kc, msg_id):
    seq = []
    while True:
        m = kc.get_iopub_msg(timeout=10)
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        t = m["msg_type"]
        if t == "status":
            t += ":" + m["content"]["execution_state"]
        seq.append(t)
        if t == "status:idle":
            return seq


def main():
    km, kc = start_new_kernel(kernel_name="python3")
    out = []
    try:
        for name, channel, msg_type, content, fake in CASES:
            if msg_type == "execute_request":
                # ipykernel drops an execute_request lacking any of these.
                content = {"silent": False, "store_history": True, "user_expressions": {},
                           "allow_stdin": False, "stop_on_error": True, **content}
            msg = kc.session.msg(msg_type, content)
            getattr(kc, channel + "_channel").send(msg)
            reply = None
            if msg_type not in ("comm_open",):
                get = kc.get_control_msg if channel == "control" else kc.get_shell_msg
                while True:
                    reply = get(timeout=10)
                    if reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
                        break
            case = {
                "name": name, "channel": channel, "msg_type": msg_type, "content": content, "fake": fake,
                "iopub": iopub_until_idle(kc, msg["header"]["msg_id"]),
            }
            if reply is not None:
                case["reply_type"] = reply["msg_type"]
                case["reply_keys"] = sorted(reply["content"])
                case["reply_status"] = reply["content"].get("status")
                if "execution_count" in reply["content"]:
                    case["execution_count"] = reply["content"]["execution_count"]
            out.append(case)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


main()
