"""`jupyter kernelspec list` finds what `adder install` wrote."""

import json
import subprocess


def test_jupyter_lists_adder():
    out = subprocess.run(["/usr/bin/jupyter", "kernelspec", "list", "--json"],
                         check=True, capture_output=True, text=True).stdout
    specs = json.loads(out)["kernelspecs"]
    assert "adder" in specs
    spec = specs["adder"]["spec"]
    assert spec["display_name"] == "Python 3 (adder)"
    assert spec["language"] == "python"
    assert spec["interrupt_mode"] == "message"
    assert spec["argv"][1:] == ["kernel", "-f", "{connection_file}"]
