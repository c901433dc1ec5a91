#!/usr/bin/env bash
# make bench: adder against CPython 3.12 and ipykernel, each measured in the
# same run, printed as ratios (adder / reference; lower is better).
set -uo pipefail
cd "$(dirname "$0")/.."
ADDER_BIN=${ADDER_BIN:-$PWD/bin/adder}
BENCH_BIN=${BENCH_BIN:-$PWD/bin/adder-bench}
SHARED=${SHARED:-$PWD/../shared}
CPY=(env PYENV_VERSION=3.12.1 python3.12)

echo "== kernel: adder / ipykernel (issue 2) =="
/usr/bin/python3 scripts/bench_kernel.py "$ADDER_BIN" "$BENCH_BIN" --runs "${BENCH_RUNS:-3}"

echo
echo "== interpreter: ../shared/bench/programs, adder / CPython 3.12 (issue 4) =="
if [ -d "$SHARED/bench/programs" ]; then
    /usr/bin/python3 scripts/bench_programs.py "$ADDER_BIN" "$SHARED/bench/programs" --runs "${BENCH_RUNS:-3}"
else
    echo "skipped: $SHARED/bench/programs not found"
fi

echo
echo "== parser: the stdlib's top-level modules, adder / CPython ast.parse (issue 3) =="
adder_lps=$(go test -run XXX -bench 'BenchmarkParse$' -benchtime 3x ./interp/syntax | awk '/BenchmarkParse/ {for (i=1;i<=NF;i++) if ($i=="lines/s") print $(i-1)}')
cpy_lps=$("${CPY[@]}" scripts/bench_cpython_parse.py | sed -n 's/.* \([0-9,]*\) lines\/s.*/\1/p' | tr -d ,)
echo "adder ${adder_lps:-?} lines/s, CPython ${cpy_lps:-?} lines/s" |
    awk -v a="${adder_lps:-0}" -v c="${cpy_lps:-0}" '{print; if (c > 0) printf "throughput ratio (adder / CPython): %.2f (target >= 1)\n", a / c}'
go test -run XXX -bench 'BenchmarkParse$' -benchtime 1x -benchmem ./interp/syntax |
    awk '/BenchmarkParse/ {for (i=1;i<=NF;i++) {if ($i=="allocs/line") a=$(i-1); if ($i=="B/line") m=$(i-1)}} END {print "memory per source line: " m " bytes in " a " allocations"}'

echo
echo "== asyncio: memory per suspended task, 100,000 tasks, adder / CPython (issue 5) =="
adder_task=$(go test -run XXX -bench BenchmarkSuspendedTasks -benchtime 1x ./interp/asyncio | awk '{for (i=1;i<=NF;i++) if ($i=="bytes/task") print $(i-1)}')
cpy_task=$("${CPY[@]}" interp/asyncio/testdata/mem_tasks_cpython.py | sed -n 's/.*: \([0-9]*\) bytes\/task/\1/p')
awk -v a="${adder_task:-0}" -v c="${cpy_task:-0}" 'BEGIN {printf "adder %s bytes/task, CPython %s bytes/task, ratio %.2f (target <= 1)\n", a, c, (c > 0 ? a / c : 0)}'
