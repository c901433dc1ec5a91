#!/bin/bash
# bench_vs_cpython.sh [PROGRAM...] runs each shared benchmark program under
# adder (ADDER, default ./adder) and CPython 3.12 three times each and
# prints the best user CPU times, their ratio and the geometric mean.
# User CPU time is used because the machines are shared and noisy.
ADDER=${ADDER:-./adder}
BENCH=${BENCH:-../shared/bench/programs}
progs=${@:-fib nbody spectral_norm richards float_points bigint fannkuch nqueens dicts_lists strings oop generators exceptions}
tot=0; n=0
for p in $progs; do
  f=$BENCH/$p.py
  best_a=999; best_c=999
  for i in 1 2 3; do
    a=$( { /usr/bin/time -f "%U" $ADDER run $f >/tmp/bo.txt; } 2>&1 | tail -1 )
    c=$( { PYENV_VERSION=3.12.1 /usr/bin/time -f "%U" python3.12 $f >/tmp/bc.txt; } 2>&1 | tail -1)
    best_a=$(echo "if ($a < $best_a) $a else $best_a" | bc); best_c=$(echo "if ($c < $best_c) $c else $best_c" | bc)
  done
  r=$(echo "scale=3; $best_a/$best_c" | bc)
  echo "$p adder=$best_a cpython=$best_c ratio=$r $(cmp -s /tmp/bo.txt /tmp/bc.txt && echo ok || echo MISMATCH)"
  tot=$(echo "scale=6; $tot + l($r)" | bc -l); n=$((n+1))
done
echo "geomean $(echo "scale=3; e($tot/$n)" | bc -l)"
