#!/usr/bin/env bash
# make bench: adder against CPython 3.12 and ipykernel, in the same run,
# printed as ratios (adder / reference; lower is better).
set -uo pipefail
cd "$(dirname "$0")/.."
ADDER_BIN=${ADDER_BIN:-$PWD/bin/adder}
SHARED=${SHARED:-$PWD/../shared}

echo "== interpreter: ../shared/bench/programs (adder / CPython 3.12) =="
if [ -d "$SHARED/bench/programs" ]; then
    /usr/bin/python3 scripts/bench_programs.py "$ADDER_BIN" "$SHARED/bench/programs" --runs "${BENCH_RUNS:-3}"
else
    echo "skipped: $SHARED/bench/programs not found"
fi
