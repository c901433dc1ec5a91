"""Generate notebook/testdata/roundtrip/*.ipynb with Debian's nbformat.

Run with /usr/bin/python3 (which has nbformat) from the repository root:

    /usr/bin/python3 notebook/testdata/gen_roundtrip.py

Each NAME.ipynb is written by nbformat.write, so reading it and writing it
back must give the same bytes. Each NAME.in.json is a hand-made notebook
(strings not split, odd numbers, transient fields) and NAME.want.ipynb is
what nbformat writes after reading it.
"""
import json
import os

import nbformat
from nbformat import v4

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "roundtrip")


def write(name, nb):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        nbformat.write(nb, f)


def rich():
    nb = v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (adder)", "language": "python", "name": "adder"},
        "language_info": {"name": "python", "version": "3.12.1",
                          "codemirror_mode": {"name": "ipython", "version": 3}},
        "numbers": {"float": 0.1, "whole": 2.0, "big": 1e16, "small": 1e-05, "tiny": 5e-324,
                    "neg": -0.0, "int": 12345678901234567890, "exp": 1.5e300, "third": 1 / 3},
        "unicode": "h\u00e9llo \u4e16\u754c \U0001f600 \u2028 sep",
        "control": "tab\there\x01\x1f\x7f \"quoted\" back\\slash",
        "empty": {}, "emptylist": [], "nested": [[], {}, [1, [2, {"z": None, "a": True}]]],
        "zkeys": {"b": 1, "B": 2, "\u00e9": 3, "a": 4, "_": 5},
    }
    code = v4.new_code_cell("print('hi')\nx = 1\nx", execution_count=3)
    code.id = "first-cell"
    code.metadata = {"tags": ["a", "b"], "collapsed": False, "scrolled": True}
    code.outputs = [
        v4.new_output("stream", name="stdout", text="hi\nthere\n"),
        v4.new_output("stream", name="stderr", text="no newline at end"),
        v4.new_output("execute_result", data={"text/plain": "1"}, execution_count=3),
        v4.new_output("display_data", data={
            "text/plain": "<Figure>", "text/html": "<b>bold</b>\n<i>x</i>\n",
            "image/png": "iVBORw0KGgo=\n", "application/json": {"a": [1, 2.5, "x\ny"]},
            "application/vnd.custom+json": {"k": "v"},
            "image/svg+xml": "<svg>\n</svg>", "application/javascript": "alert(1);\nalert(2)",
        }, metadata={"image/png": {"width": 100}}),
        v4.new_output("error", ename="ZeroDivisionError", evalue="division by zero",
                      traceback=["\x1b[0;31m---\x1b[0m", "ZeroDivisionError: division by zero"]),
    ]
    md = v4.new_markdown_cell("# Title\n\nSome *text* with ![img](attachment:a.png)\r\nCRLF line\rCR line\u2028LS line")
    md.id = "md-1"
    md.attachments = {"a.png": {"image/png": "iVBORw0KGgoAAAANSUhEUg==", "text/plain": "alt\ntext"}}
    raw = v4.new_raw_cell("raw text\n", metadata={"format": "text/x-rst"})
    raw.id = "raw_1"
    empty = v4.new_code_cell("")
    empty.id = "empty"
    trailing = v4.new_code_cell("a = 1\n\n\n", execution_count=None)
    trailing.id = "trailing"
    nb.cells = [code, md, raw, empty, trailing]
    return nb


def older(minor):
    nb = v4.new_notebook()
    nb.nbformat_minor = minor
    nb.metadata = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}
    cells = [v4.new_markdown_cell("Old notebook"), v4.new_code_cell("1 + 1", execution_count=1)]
    cells[1].outputs = [v4.new_output("execute_result", data={"text/plain": "2"}, execution_count=1)]
    for c in cells:
        del c["id"]
    nb.cells = cells
    return nb


def main():
    os.makedirs(OUT, exist_ok=True)
    write("rich.ipynb", rich())
    write("v44.ipynb", older(4))
    write("v40.ipynb", older(0))
    write("empty.ipynb", v4.new_notebook())

    # Unsplit strings, transient fields, numbers in odd spellings.
    raw = {
        "nbformat": 4, "nbformat_minor": 5,
        "metadata": {"signature": "sha256:x", "orig_nbformat": 3, "n": "NUMS"},
        "cells": [
            {"id": "c1", "cell_type": "code", "metadata": {"trusted": True}, "execution_count": 1,
             "source": "a\nb\n", "outputs": [
                 {"output_type": "stream", "name": "stdout", "text": "x\ny"},
                 {"output_type": "display_data", "metadata": {},
                  "data": {"text/plain": ["a\n", "b"], "image/png": ["AAAA\n", "BBBB\n"]}},
             ]},
            {"id": "c2", "cell_type": "markdown", "metadata": {}, "source": ["one\n", "two"]},
        ],
    }
    # json.dumps would normalise the numbers; splice in odd spellings.
    text = json.dumps(raw).replace('"NUMS"', "[1E2, 1.50, -0, 10e-1, 1e22, 1.0e+16, 0.00001, 123456789012345678901234567890]")
    with open(os.path.join(OUT, "unsplit.in.json"), "w", encoding="utf-8") as f:
        f.write(text)
    write("unsplit.want.ipynb", nbformat.reads(text, as_version=4))


main()
