"""Record how nbclient stores outputs, as goldens for the Go recorder.

Run with /usr/bin/python3 (Debian's nbclient, ipykernel) from the repository
root:

    /usr/bin/python3 notebook/testdata/gen_replay.py

It executes a notebook under ipykernel with nbclient and writes
testdata/replay/messages.json, each cell's iopub output messages in order
([msg_type, content], transient included), and testdata/replay/want.ipynb,
the notebook nbclient produced. The Go test replays the messages through
Run's recorder and expects the same outputs.
"""
import json
import os

import nbformat
from nbclient import NotebookClient
from nbformat import v4

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "replay")

CELLS = [
    "import sys\nprint('out 1')\nsys.stdout.flush()\nprint('err', file=sys.stderr)\nsys.stderr.flush()\nprint('out 2')\n6 * 7",
    "from IPython.display import display, update_display, clear_output, HTML\n"
    "h = display('first', display_id='d1')\ndisplay('other')\ndisplay('first again', display_id='d1')",
    "update_display('updated', display_id='d1')\nprint('after update')",
    "for i in range(3):\n    clear_output(wait=True)\n    print('step', i, flush=True)",
    "print('gone', flush=True)\nclear_output()\nprint('kept', flush=True)",
    "clear_output(wait=True)\ndisplay(HTML('<b>x</b>'), display_id='d2')\nupdate_display('y', display_id='d2')",
    "display('third', display_id='d1')",
    "1 / 0",
    "print('end')\nclear_output(wait=True)",
]


class Recording(NotebookClient):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.messages = {}

    def process_message(self, msg, cell, cell_index):
        t = msg["msg_type"]
        if t in ("stream", "display_data", "update_display_data", "execute_result", "clear_output", "error"):
            c = dict(msg["content"])
            self.messages.setdefault(cell_index, []).append([t, c])
        return super().process_message(msg, cell, cell_index)


def main():
    os.makedirs(OUT, exist_ok=True)
    nb = v4.new_notebook()
    nb.cells = [v4.new_code_cell(src) for src in CELLS]
    for i, c in enumerate(nb.cells):
        c.id = "cell-%d" % i
    client = Recording(nb, kernel_name="python3", allow_errors=True, record_timing=False, timeout=60)
    client.execute()
    msgs = [client.messages.get(i, []) for i in range(len(nb.cells))]
    with open(os.path.join(OUT, "messages.json"), "w", encoding="utf-8") as f:
        json.dump(msgs, f, indent=1, sort_keys=True)
        f.write("\n")
    nb.metadata = {}
    with open(os.path.join(OUT, "want.ipynb"), "w", encoding="utf-8") as f:
        nbformat.write(nb, f)


main()
