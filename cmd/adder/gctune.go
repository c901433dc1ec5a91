// This file tunes the garbage collector of `adder run` by live heap size.
// A high GOGC makes collections rare, but a program's peak memory is its
// live heap times (1 + GOGC/100), and Go's minimum heap goal is 4 MB times
// GOGC/100; so the percentage steps down as the live heap grows.
//
// Measured on ../shared/bench/programs (2 cores, alternating runs): the
// previous steps (400 below 16 MB, 200 below 64 MB, then 150) against
// these: peak RSS geometric mean 42.7 -> 33.4 MB (small-heap programs
// 31 -> 23 MB, oop 93 -> 59, generators 82 -> 66, dicts_lists 194 ->
// 160), wall time equal within noise (0.908 -> 0.894 s geometric mean),
// CPU time +1%: the extra marking mostly runs on the idle core.

package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// gcPercentFor returns the GC percentage for a live heap of live bytes.
func gcPercentFor(live uint64) int {
	switch {
	case live < 8<<20:
		return 200 // heap goal 8 MB: Go's minimum at this percentage
	case live < 64<<20:
		return 120
	default:
		return 100
	}
}

// gcSentinel's finalizer runs once per GC cycle (it re-arms itself).
type gcSentinel struct{ _ [16]byte }

var (
	gcSample  = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	gcCurrent = -1
)

// armGCTuner re-evaluates the GC percentage after every collection.
func armGCTuner() {
	runtime.SetFinalizer(new(gcSentinel), func(*gcSentinel) {
		metrics.Read(gcSample)
		if gcSample[0].Value.Kind() == metrics.KindUint64 {
			if pct := gcPercentFor(gcSample[0].Value.Uint64()); pct != gcCurrent {
				gcCurrent = pct
				debug.SetGCPercent(pct)
			}
		}
		armGCTuner()
	})
}
