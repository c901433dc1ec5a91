"""Measures adder and ipykernel with cmd/adder-bench (the same Go client for
both, through the wire protocol) in the same run, and prints each figure's
ratio (adder / ipykernel) against the target of issue 2.

usage: bench_kernel.py ADDER_BIN ADDER_BENCH_BIN [--runs N]
"""

import argparse
import json
import statistics
import subprocess
import sys

IPYKERNEL = ["/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"]

# (field, label, target ratio or None, unit)
FIGURES = [
    ("startup_ms", "start-up to first kernel_info_reply", 1 / 10, "ms"),
    ("execute_median_ms", "trivial cell round trip (median)", 1 / 3, "ms"),
    ("rss_kib", "idle resident memory", 1 / 4, "KiB"),
    ("lines_100k_ms", "cell printing 100,000 lines", 1 / 2, "ms"),
    ("interrupt_ms", "interrupt of while True: pass", None, "ms"),
    ("shutdown_ms", "shutdown_request to exit", None, "ms"),
]


def measure(bench, argv, n):
    out = subprocess.run([bench, "-json", "-n", str(n), "--"] + argv,
                         check=True, capture_output=True, text=True, timeout=600).stdout
    return json.loads(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("adder")
    ap.add_argument("bench")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    adder_argv = [a.adder, "kernel", "-f", "{connection_file}"]
    runs = {"adder": [], "ipykernel": []}
    for _ in range(a.runs):  # alternate, so both see the same machine load
        runs["adder"].append(measure(a.bench, adder_argv, 200))
        runs["ipykernel"].append(measure(a.bench, IPYKERNEL, 100))
    lost = [r["lines_100k_received"] for r in runs["adder"] if r["lines_100k_received"] != 100000]
    print(f"{'figure':40} {'adder':>10} {'ipykernel':>10} {'ratio':>7} {'target':>7}")
    failed = 0
    for field, label, target, unit in FIGURES:
        ad = statistics.median(r[field] for r in runs["adder"])
        ip = statistics.median(r[field] for r in runs["ipykernel"])
        ratio = ad / ip if ip else float("nan")
        tgt = f"<={target:.2f}" if target else ""
        mark = ""
        if target and ratio > target:
            mark, failed = "  MISSED", failed + 1
        print(f"{label:40} {ad:8.1f}{unit[:2]:>2} {ip:8.1f}{unit[:2]:>2} {ratio:7.3f} {tgt:>7}{mark}")
    print(f"interrupt target: <= 50 ms; 100,000-line cell: all lines arrived in every run: {not lost}")
    print(f"kernel targets missed: {failed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
