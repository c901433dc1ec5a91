#!/usr/bin/env python3
"""Time CPython's ast.parse on the same corpus as interp/syntax's
BenchmarkParse (the top-level stdlib modules), for comparison.

Run as: PYENV_VERSION=3.12.1 python3.12 scripts/bench_cpython_parse.py
"""
import ast
import glob
import os
import time

root = os.path.dirname(os.__file__)
srcs = []
for f in sorted(glob.glob(os.path.join(root, "*.py"))):
    with open(f, "rb") as fh:
        src = fh.read()
    try:
        ast.parse(src)
    except SyntaxError:
        continue
    srcs.append(src)
lines = sum(s.count(b"\n") for s in srcs)
size = sum(len(s) for s in srcs)
best = None
for _ in range(5):
    t = time.perf_counter()
    for s in srcs:
        ast.parse(s)
    d = time.perf_counter() - t
    best = d if best is None else min(best, d)
print(f"{len(srcs)} files, {lines} lines, {size} bytes")
print(f"ast.parse: {best*1000:.1f} ms per pass, {lines/best:,.0f} lines/s, {size/best/1e6:.1f} MB/s")
