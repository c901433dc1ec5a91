"""ipywidgets over comms, driven by jupyter_client as a frontend would.

A cell makes an IntSlider: its models open on iopub with the full state;
the client moves the slider with an 'update' comm_msg (the kernel echoes it,
protocol 2.1) and a later cell sees the new value. The Output widget takes
the request's msg_id, so the frontend can route the cell's output into it.
Only adder runs this: Debian's ipykernel has no ipywidgets installed."""

import pytest
from jupyter_client.manager import start_new_kernel

from test_comm import comms, execute, iopub_until_idle, send_comm, stdout, TIMEOUT  # noqa: F401


@pytest.fixture
def kc():
    km, kc = start_new_kernel(kernel_name="adder", startup_timeout=60)
    try:
        yield kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def update(comm_id, **state):
    return {"comm_id": comm_id, "data": {"method": "update", "state": state, "buffer_paths": []}}


def test_slider_roundtrip(kc):
    msgs = execute(kc, "from ipywidgets import IntSlider\n"
                       "s = IntSlider(value=3, description='n')\n"
                       "s.observe(lambda change: print('seen', change['new']), 'value')\n"
                       "s")
    opens = [m for m in msgs if m["msg_type"] == "comm_open"]
    assert [m["content"]["data"]["state"]["_model_name"] for m in opens] == [
        "LayoutModel", "SliderStyleModel", "IntSliderModel"]
    for m in opens:
        assert m["content"]["target_name"] == "jupyter.widget"
        assert m["metadata"] == {"version": "2.1.0"}
        assert m["content"]["data"]["buffer_paths"] == []
    slider = opens[2]["content"]
    state = slider["data"]["state"]
    assert state["value"] == 3 and state["description"] == "n" and state["max"] == 100
    assert state["layout"] == "IPY_MODEL_" + opens[0]["content"]["comm_id"]
    assert state["style"] == "IPY_MODEL_" + opens[1]["content"]["comm_id"]
    assert len(state) == 23
    [result] = [m for m in msgs if m["msg_type"] == "execute_result"]
    assert result["content"]["data"]["application/vnd.jupyter.widget-view+json"] == {
        "version_major": 2, "version_minor": 0, "model_id": slider["comm_id"]}
    assert result["content"]["data"]["text/plain"] == "IntSlider(value=3, description='n')"

    # The frontend moves the slider: the kernel echoes the state to every
    # frontend and runs the observer; no 'update' comes back.
    msgs = send_comm(kc, "comm_msg", update(slider["comm_id"], value=42))
    assert [m["content"]["data"] for m in comms(msgs)] == [
        {"method": "echo_update", "state": {"value": 42}, "buffer_paths": []}]
    assert stdout(msgs) == "seen 42\n"
    assert stdout(execute(kc, "print(s.value)")) == "42\n"

    # A value out of range is clamped, and the clamped value is sent.
    msgs = send_comm(kc, "comm_msg", update(slider["comm_id"], value=1000))
    assert [m["content"]["data"]["method"] for m in comms(msgs)] == ["echo_update", "update"]
    assert comms(msgs)[1]["content"]["data"]["state"] == {"value": 100}

    # Python sets the value: one update.
    msgs = execute(kc, "s.value = 7")
    assert [(m["msg_type"], m["content"]["data"]) for m in comms(msgs)] == [
        ("comm_msg", {"method": "update", "state": {"value": 7}, "buffer_paths": []})]

    # comm_info lists the widgets' comms.
    msg_id = kc.comm_info("jupyter.widget")
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
    iopub_until_idle(kc, msg_id)
    assert slider["comm_id"] in reply["content"]["comms"]


def test_output_widget_takes_the_request_msg_id(kc):
    msg_id = kc.execute("import ipywidgets as w\nout = w.Output()\nwith out:\n    print('captured')\n")
    msgs = iopub_until_idle(kc, msg_id)
    seq = []
    for m in msgs:
        if m["msg_type"] == "comm_msg":
            seq.append(("msg_id", m["content"]["data"]["state"]["msg_id"]))
        elif m["msg_type"] == "stream":
            seq.append(("stream", m["content"]["text"]))
    assert seq == [("msg_id", msg_id), ("stream", "captured\n"), ("msg_id", "")]


def test_button_click_runs_on_click(kc):
    msgs = execute(kc, "import ipywidgets as w\nb = w.Button(description='go')\n"
                       "b.on_click(lambda b: print('clicked', b.description))\nb")
    [button] = [m["content"] for m in msgs if m["msg_type"] == "comm_open"
                and m["content"]["data"]["state"]["_model_name"] == "ButtonModel"]
    msgs = send_comm(kc, "comm_msg", {"comm_id": button["comm_id"],
                                      "data": {"method": "custom", "content": {"event": "click"}}})
    assert stdout(msgs) == "clicked go\n"


def test_nbclient_stores_widget_state():
    # nbclient follows the widgets' comm traffic as a frontend does and
    # saves their final state in the notebook's metadata.
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import ipywidgets as w\ns = w.IntSlider(5, description='k')\ns"),
                nbformat.v4.new_code_cell("s.value = 8\nw.HBox([s, w.Label('hi')])")]
    NotebookClient(nb, kernel_name="adder", timeout=60, store_widget_state=True).execute()
    view = nb.cells[0].outputs[0]["data"]["application/vnd.jupyter.widget-view+json"]
    widgets = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]
    assert widgets["version_major"] == 2 and widgets["version_minor"] == 0
    state = widgets["state"][view["model_id"]]
    assert state["model_name"] == "IntSliderModel"
    assert state["model_module"] == "@jupyter-widgets/controls"
    assert state["state"]["value"] == 8 and state["state"]["description"] == "k"
    box = nb.cells[1].outputs[0]["data"]["application/vnd.jupyter.widget-view+json"]["model_id"]
    assert widgets["state"][box]["state"]["children"][0] == "IPY_MODEL_" + view["model_id"]


RENDER_CELLS = [
    "import ipywidgets as w\n"
    "s = w.IntSlider(5, description='count')\n"
    "s",
    "s.value = 8\n"
    "w.VBox([w.HBox([w.Button(description='Press me', button_style='success'),\n"
    "                w.Dropdown(options=['red', 'green'], value='green', description='pick')]),\n"
    "        w.Text('typed', description='txt'), w.Checkbox(True, description='tick'),\n"
    "        w.Tab([w.Label('page one'), w.HTML('<b>page two</b>')], titles=['T1', 'T2']),\n"
    "        w.FloatProgress(0.25, max=1.0), w.IntRangeSlider(value=(2, 4), max=10)])",
    "out = w.Output()\n"
    "with out:\n"
    "    print('captured line')\n"
    "out",
    "w.AppLayout(header=w.Label('head area'), center=w.Button(description='middle'), footer=w.Label('foot area'))",
]


def _html_manager_embed(tmp_path):
    """dist/embed.js of @jupyter-widgets/html-manager 1.x (ipywidgets 8), from npm."""
    import subprocess
    import tarfile
    try:
        subprocess.run(["npm", "pack", "@jupyter-widgets/html-manager@1.0.15"], cwd=tmp_path, check=True,
                       capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return None
    [tgz] = list(tmp_path.glob("*.tgz"))
    with tarfile.open(tgz) as tar:
        data = tar.extractfile("package/dist/embed.js").read()
    (tmp_path / "embed.js").write_bytes(data)
    return tmp_path / "embed.js"


def _chromium_dom(chromium, tmp_path, page):
    """The DOM of page after its scripts ran, from headless Chromium."""
    import subprocess
    return subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--user-data-dir=" + str(tmp_path / "profile"), "--allow-file-access-from-files",
         "--virtual-time-budget=10000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120).stdout


def test_widget_state_renders_in_chromium(tmp_path):
    # The frontend's own code (html-manager, the @jupyter-widgets/controls
    # views ipywidgets 8 uses) renders the state adder's widgets produced,
    # in headless Chromium: a wrong attribute or default would show as an
    # error or a missing control here.
    import html
    import json
    import os
    import shutil
    import subprocess

    import nbformat
    from nbclient import NotebookClient

    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed")
    embed = _html_manager_embed(tmp_path)
    if embed is None:
        pytest.skip("npm cannot fetch @jupyter-widgets/html-manager")

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in RENDER_CELLS]
    NotebookClient(nb, kernel_name="adder", timeout=60, store_widget_state=True).execute()
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]
    views = [out["data"]["application/vnd.jupyter.widget-view+json"] for cell in nb.cells for out in cell.outputs
             if "application/vnd.jupyter.widget-view+json" in out.get("data", {})]
    assert len(views) == 4
    page = ['<!DOCTYPE html><html><head><meta charset="utf-8"><script src="embed.js"></script>',
            '<script type="application/vnd.jupyter.widget-state+json">', html.escape(json.dumps(state), quote=False),
            "</script></head><body>"]
    for view in views:
        page.append('<div class="cell"><script type="application/vnd.jupyter.widget-view+json">%s</script></div>'
                    % json.dumps(view))
    page.append("</body></html>")
    (tmp_path / "page.html").write_text("".join(page), encoding="utf-8")

    dom = _chromium_dom(chromium, tmp_path, tmp_path / "page.html")
    if os.environ.get("ADDER_KEEP_DOM"):
        # Where to keep the rendered page, to look at it.
        with open(os.environ["ADDER_KEEP_DOM"], "w", encoding="utf-8") as f:
            f.write(dom)
    assert "Error" not in dom.replace("widget-error", ""), dom[-3000:]
    for piece in ["widget-slider", ">count<", ">8<", "widget-button", "Press me", "mod-success",
                  "widget-dropdown", ">green<", "widget-text", ">txt<",
                  "widget-checkbox", ">tick<", "widget-tab", ">T1<", ">T2<", "page one",
                  "widget-hprogress", "width: 25%", "widget-hslider", "2 \u2013 4", "captured line",
                  "widget-gridbox", ">head area<", ">middle<", ">foot area<", "grid-area: header"]:
        assert piece in dom, (piece, dom[-3000:])


def test_embed_minimal_html_renders_in_chromium(tmp_path, adder_bin):
    # ipywidgets.embed writes a static page (states without their default
    # values); the html-manager fills the defaults in and renders it.
    import shutil
    import subprocess

    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed")
    if _html_manager_embed(tmp_path) is None:
        pytest.skip("npm cannot fetch @jupyter-widgets/html-manager")
    page = tmp_path / "embedded.html"
    subprocess.run([adder_bin, "-c", f"""
import ipywidgets as w
box = w.VBox([w.IntSlider(12, description='embedded'), w.ToggleButtons(options=['left', 'right'], value='right'),
              w.Textarea('multi', rows=3)])
w.embed_minimal_html({str(page)!r}, views=[box], title='adder', requirejs=False, embed_url='embed.js')
"""], check=True, timeout=60)
    dom = _chromium_dom(chromium, tmp_path, page)
    for piece in ["widget-slider", ">embedded<", ">12<", "widget-toggle-buttons", ">right<", "mod-active",
                  "widget-textarea", "<title>adder</title>"]:
        assert piece in dom, (piece, dom[-3000:])
