#!/usr/bin/env bash
# gen_interp_goldens.sh regenerates the interpreter goldens from CPython 3.12
# (run from anywhere; needs PYENV_VERSION=3.12.1 python3.12):
#   interp/testdata/*.out         stdout of each topic file
#   interp/testdata/errors/*.err  stderr (traceback) and exit status of each
#                                 failing program, paths made relative
set -euo pipefail
cd "$(dirname "$0")/.."
export PYENV_VERSION=3.12.1 PYTHONIOENCODING=utf-8 PYTHONHASHSEED=0
for py in interp/testdata/*.py; do
    out="${py%.py}.out"
    (cd interp/testdata && python3.12 "$(basename "$py")") >"$out" 2>/dev/null || true
    echo "wrote $out"
done
for py in interp/testdata/errors/*.py; do
    base=$(basename "$py" .py)
    dir=$(cd interp/testdata/errors && pwd)
    status=0
    (cd interp/testdata/errors && python3.12 "$base.py") >"${py%.py}.out" 2>"${py%.py}.err.tmp" || status=$?
    sed "s|$dir/||g" "${py%.py}.err.tmp" >"${py%.py}.err"
    echo "exit status $status" >>"${py%.py}.err"
    rm -f "${py%.py}.err.tmp"
    echo "wrote ${py%.py}.err"
done
