#!/usr/bin/env bash
# gen_stdlib_goldens.sh regenerates the standard-library goldens: the
# stdout of each interp/testdata/stdlib/*.py under CPython 3.12 (run from
# anywhere; needs PYENV_VERSION=3.12.1 python3.12). Pass module names to
# regenerate only those.
set -euo pipefail
cd "$(dirname "$0")/../interp/testdata/stdlib"
export PYENV_VERSION=3.12.1 PYTHONIOENCODING=utf-8 PYTHONHASHSEED=0
if [ $# -gt 0 ]; then files=("${@/%/.py}"); else files=(*.py); fi
for py in "${files[@]}"; do
    python3.12 "$py" >"${py%.py}.out" 2>/dev/null || echo "warning: $py exited non-zero" >&2
    echo "wrote ${py%.py}.out"
done
