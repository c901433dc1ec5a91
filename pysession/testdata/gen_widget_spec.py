#!/usr/bin/env python3
"""Regenerate widget_spec.json: the attribute names and default values of
every widget model in the ipywidgets 8 model-state specification.

Source: the specification "Model State" (jupyterwidgetmodels.latest.md, for
ipywidgets 8, @jupyter-widgets/base 2.0.0 and controls 2.0.0), whose
machine-readable twin jupyterwidgetmodels.latest.json ships in the npm
package @jupyter-widgets/schema 0.5.6 (the ipywidgets repository's
packages/schema). This script fetches that package with `npm pack` and keeps
only names and defaults; widgets_spec_test.go compares adder's widgets with
it.

Run from the repository root:  python3 pysession/testdata/gen_widget_spec.py
"""

import json
import os
import subprocess
import tarfile
import tempfile

PACKAGE = "@jupyter-widgets/schema@0.5.6"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "widget_spec.json")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        tgz = [f for f in os.listdir(tmp) if f.endswith(".tgz")][0]
        with tarfile.open(os.path.join(tmp, tgz)) as tar:
            spec = json.load(tar.extractfile("package/jupyterwidgetmodels.latest.json"))
    models = {}
    for entry in spec:
        name = entry["model"]["name"]
        models[name] = {a["name"]: a["default"] for a in entry["attributes"]}
    out = {
        "source": PACKAGE + " jupyterwidgetmodels.latest.json (Model State for ipywidgets 8)",
        "models": dict(sorted(models.items())),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
