#!/usr/bin/env bash
# gen_async_goldens.sh regenerates the asyncio differential goldens from
# CPython 3.12 (run from anywhere; needs PYENV_VERSION=3.12.1 python3.12):
#   interp/testdata/async/*.out   stdout of each program
# The Go test interp/asyncio/run_test.go compares adder's stdout with them.
set -euo pipefail
cd "$(dirname "$0")/../interp/testdata/async"
export PYENV_VERSION=3.12.1 PYTHONIOENCODING=utf-8 PYTHONHASHSEED=0
for py in *.py; do
    out="${py%.py}.out"
    python3.12 "$py" >"$out" 2>/dev/null || echo "note: $py exited with status $?" >&2
    echo "wrote interp/testdata/async/$out"
done
