"""Runs ../shared/bench/programs under adder and CPython 3.12, alternating, in
the same run, and prints each program's time and peak-memory ratio
(adder / CPython) with the geometric mean. Ratios, not absolute times, are
what matter on a shared, noisy machine.

usage: bench_programs.py ADDER_BIN PROGRAMS_DIR [--runs N] [--only NAME,...]
"""

import argparse
import math
import os
import statistics
import subprocess
import sys
import time

CPYTHON = ["python3.12"]
CPYTHON_ENV = dict(os.environ, PYENV_VERSION="3.12.1")


def run_once(argv, env, timeout):
    """Returns (seconds or None on timeout, stdout, exit status)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return None, b"", "timeout"
    return time.perf_counter() - start, out, proc.returncode


def peak_rss(argv, env, timeout):
    """Runs argv once more and returns its peak RSS in KiB (wait4's rusage
    is per child, unlike getrusage's running maximum)."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = status
            return usage.ru_maxrss
        if time.monotonic() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return None
        time.sleep(0.01)


def checksum(out):
    lines = out.decode(errors="replace").strip().splitlines()
    return lines[-1] if lines else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("adder")
    ap.add_argument("programs")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", default="")
    ap.add_argument("--timeout", type=float, default=60)
    a = ap.parse_args()

    names = sorted(f[:-3] for f in os.listdir(a.programs) if f.endswith(".py"))
    if a.only:
        names = [n for n in names if n in a.only.split(",")]
    print(f"{'program':16} {'adder s':>9} {'cpython s':>9} {'time x':>7} {'adder MiB':>9} {'cpy MiB':>8} {'mem x':>6}  check")
    time_ratios, mem_ratios = [], []
    for name in names:
        path = os.path.join(a.programs, name + ".py")
        adder_argv = [a.adder, "run", path]
        cpy_argv = CPYTHON + [path]
        at, ct = [], []
        aout = cout = b""
        status = "ok"
        for _ in range(a.runs):
            t, aout, rc = run_once(adder_argv, os.environ, a.timeout)
            if t is None or rc != 0:
                status = "adder " + ("timeout" if t is None else f"exit {rc}")
                break
            at.append(t)
            t, cout, rc = run_once(cpy_argv, CPYTHON_ENV, a.timeout)
            ct.append(t)
        if status == "ok" and checksum(aout) != checksum(cout):
            status = "CHECKSUM DIFFERS"
        if status != "ok":
            print(f"{name:16} {'-':>9} {'-':>9} {'-':>7} {'-':>9} {'-':>8} {'-':>6}  {status}")
            continue
        am, cm = statistics.median(at), statistics.median(ct)
        amem, cmem = peak_rss(adder_argv, os.environ, a.timeout), peak_rss(cpy_argv, CPYTHON_ENV, a.timeout)
        tr = am / cm
        mr = amem / cmem if amem and cmem else float("nan")
        time_ratios.append(tr)
        if not math.isnan(mr):
            mem_ratios.append(mr)
        print(f"{name:16} {am:9.3f} {cm:9.3f} {tr:7.2f} {amem/1024:9.1f} {cmem/1024:8.1f} {mr:6.2f}  ok")
    if time_ratios:
        gm = math.exp(sum(map(math.log, time_ratios)) / len(time_ratios))
        print(f"programs run: {len(time_ratios)}/{len(names)}; time ratio geometric mean {gm:.2f}, worst {max(time_ratios):.2f}")
    if mem_ratios:
        gm = math.exp(sum(map(math.log, mem_ratios)) / len(mem_ratios))
        print(f"peak memory ratio geometric mean {gm:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
