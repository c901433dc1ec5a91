"""Regenerates wire_golden.json: messages signed by jupyter_client's Session.

Run with the system Python that has jupyter_client:
    /usr/bin/python3 messaging/testdata/gen_wire_golden.py > messaging/testdata/wire_golden.json
The Go tests read the JSON only; they never need Python.
"""
import base64
import json
import sys

from jupyter_client.session import Session

cases = []
for key in (b"5a8c1d2e-secret", b""):
    s = Session(key=key, username="golden", session="golden-session")
    for msg_type, content, ids, buffers in [
        ("execute_request", {"code": "print('héllo')\n", "silent": False, "store_history": True,
                             "user_expressions": {}, "allow_stdin": True, "stop_on_error": True}, [b"client-id"], []),
        ("kernel_info_request", {}, [], []),
        ("comm_msg", {"comm_id": "c1", "data": {"x": [1, 2.5, None, True]}}, [b"a", b"b"], [b"\x00\x01binary"]),
    ]:
        msg = s.msg(msg_type, content=content, metadata={"note": "golden"})
        frames = s.serialize(msg, ident=ids)
        frames = [f if isinstance(f, bytes) else f.encode() for f in frames] + buffers
        cases.append({
            "key": key.decode(),
            "msg_type": msg_type,
            "msg_id": msg["header"]["msg_id"],
            "content": content,
            "identities": len(ids),
            "frames": [base64.b64encode(f).decode() for f in frames],
        })
json.dump(cases, sys.stdout, indent=1)
sys.stdout.write("\n")
