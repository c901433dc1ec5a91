#!/usr/bin/env python3
"""Regenerate traitlets_behaviour.out: the output of traitlets_behaviour.py
under CPython with the real traitlets package (Debian's python3-traitlets,
5.x, at /usr/bin/python3). traitlets_test.go runs the same program on
adder's traitlets and compares.

Run from the repository root:  python3 pysession/testdata/gen_traitlets_golden.py
"""

import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = os.environ.get("TRAITLETS_PYTHON", "/usr/bin/python3")


def main():
    out = subprocess.run([PYTHON, os.path.join(HERE, "traitlets_behaviour.py")], check=True,
                         capture_output=True, text=True).stdout
    with open(os.path.join(HERE, "traitlets_behaviour.out"), "w", encoding="utf-8") as f:
        f.write(out)


if __name__ == "__main__":
    main()
