#!/usr/bin/env bash
# gen_interp_goldens.sh regenerates interp/testdata/*.out: CPython 3.12's
# stdout for each interp/testdata/*.py topic file (run from the repo root).
set -euo pipefail
cd "$(dirname "$0")/.."
export PYENV_VERSION=3.12.1 PYTHONIOENCODING=utf-8 PYTHONHASHSEED=0
for py in interp/testdata/*.py; do
    out="${py%.py}.out"
    (cd interp/testdata && python3.12 "$(basename "$py")") >"$out" 2>/dev/null || true
    echo "wrote $out"
done
