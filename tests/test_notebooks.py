"""Every notebook in notebooks/ runs under the real nbconvert with adder's
kernel and under `adder nbtest`; both must reproduce the stored outputs
(recorded from ipykernel by scripts/gen_notebooks.py), and the two paths
must produce identical outputs. A tampered stored output must make both
fail."""

import glob
import json
import os
import re
import shutil
import subprocess

import pytest

from conftest import ADDER, ROOT

NOTEBOOKS = sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
SKIP_OUTPUT_TAGS = {"nbtest-skip-output", "nbval-ignore-output"}
SKIP_TAGS = {"nbtest-skip", "nbval-skip"}
# str() of a SyntaxError ends in "(FILE, line N)", FILE being wherever the
# kernel compiled the cell from; notebook/compare.go ignores it the same way.
SYNTAX_FILE = re.compile(r"\((?:[^()]*), line (\d+)\)$")


def rendered(outputs):
    """The compared form of a cell's outputs, as notebook/compare.go renders
    them: consecutive stream chunks merged, every mimetype exactly, errors
    by name and value, metadata ignored."""
    out = []
    for o in outputs:
        kind = o["output_type"]
        if kind == "stream":
            text = "".join(o["text"]) if isinstance(o["text"], list) else o["text"]
            if out and out[-1][0] == "stream" and out[-1][1] == o["name"]:
                out[-1] = ("stream", o["name"], out[-1][2] + text)
            else:
                out.append(("stream", o["name"], text))
        elif kind in ("display_data", "execute_result"):
            data = {m: ("".join(v) if isinstance(v, list) and m.startswith("text/") else v)
                    for m, v in o["data"].items()}
            out.append((kind, json.dumps(data, sort_keys=True)))
        elif kind == "error":
            out.append(("error", o["ename"], SYNTAX_FILE.sub(r"(<cell>, line \1)", o["evalue"])))
        else:
            out.append((kind,))
    return out


def compared_cells(nb):
    for i, cell in enumerate(nb["cells"]):
        tags = set(cell.get("metadata", {}).get("tags", []))
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if cell["cell_type"] != "code" or not source.strip() or tags & (SKIP_TAGS | SKIP_OUTPUT_TAGS):
            continue
        yield i, cell


def mismatches(stored, fresh):
    bad = []
    for i, cell in compared_cells(stored):
        want, got = rendered(cell["outputs"]), rendered(fresh["cells"][i]["outputs"])
        if want != got:
            bad.append(f"cell {i + 1}:\n  stored {want}\n  got    {got}")
    return bad


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def scratch_copy(src, workdir):
    """A copy of the notebook in workdir: kernels run in the notebook's
    directory, and cells may write files there."""
    dst = os.path.join(workdir, os.path.basename(src))
    if os.path.abspath(src) != os.path.abspath(dst):
        shutil.copyfile(src, dst)
    return dst


def nbconvert(src, workdir):
    src = scratch_copy(src, workdir)
    name = os.path.splitext(os.path.basename(src))[0]
    subprocess.run(["/usr/bin/jupyter", "nbconvert", "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.kernel_name=adder", "--ExecutePreprocessor.timeout=60",
                    "--output-dir", str(workdir), "--output", name + ".out", src],
                   check=True, capture_output=True, text=True, timeout=300)
    return load(os.path.join(workdir, name + ".out.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: os.path.basename(p))
def test_nbconvert_reproduces_stored_outputs(path, tmp_path):
    fresh = nbconvert(path, tmp_path)
    assert mismatches(load(path), fresh) == []


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: os.path.basename(p))
def test_nbtest_passes(path, tmp_path):
    r = subprocess.run([ADDER, "nbtest", scratch_copy(path, tmp_path)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert re.search(r"^\d+ passed, 0 failed$", r.stdout, re.M), r.stdout


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: os.path.basename(p))
def test_nbrun_and_nbconvert_agree(path, tmp_path):
    # Each path gets its own directory: cells may write files.
    (tmp_path / "nbrun").mkdir()
    (tmp_path / "nbconvert").mkdir()
    ours = tmp_path / "nbrun.ipynb"
    subprocess.run([ADDER, "nbrun", scratch_copy(path, tmp_path / "nbrun"), "-o", str(ours), "--allow-errors"],
                   check=True, capture_output=True, timeout=300)
    theirs = nbconvert(path, tmp_path / "nbconvert")
    assert mismatches(theirs, load(ours)) == []


def test_tampered_output_fails_both(tmp_path):
    # display.ipynb passes as stored, so the tampered cell is the only failure.
    src = os.path.join(ROOT, "notebooks", "display.ipynb")
    nb = load(src)
    i, cell = next((i, c) for i, c in compared_cells(nb)
                   if any(o["output_type"] == "execute_result" for o in c["outputs"]))
    result = next(o for o in cell["outputs"] if o["output_type"] == "execute_result")
    result["data"]["text/plain"] = "'tampered'"
    bad = tmp_path / "tampered.ipynb"
    bad.write_text(json.dumps(nb), encoding="utf-8")

    r = subprocess.run([ADDER, "nbtest", str(bad)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    assert "'tampered'" in r.stdout
    assert re.search(r"^\d+ passed, 1 failed$", r.stdout, re.M), r.stdout

    fresh = nbconvert(str(bad), tmp_path)
    bad_cells = mismatches(nb, fresh)
    assert len(bad_cells) == 1 and bad_cells[0].startswith(f"cell {i + 1}:"), bad_cells
