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
// CPU time +1%: the extra marking mostly runs on the idle core. The cost
// shows on programs that churn a small heap: nqueens +4% wall at 200
// against 400, for 30 -> 21 MB. Tried and dropped: 100 from 24 MB on (no
// gain beyond noise) and a soft memory limit at 1.25 x the goal + 8 MB
// (none either; gcPercentAfter is what tamed bigint's bursts).

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
	gcSample   = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	gcCurrent  = -1
	gcPrevLive uint64 // live bytes after the previous collection; 0 before
)

// gcPercentAfter returns the GC percentage to set after a collection that
// found live bytes, the previous one having found prev (0 if none).
//
// The live figure counts everything allocated while marking ran, and a
// program that allocates fast (bigint: about 1.5 GB/s of big numbers)
// can add 10 MB or more during a mark whose worker thread waits for a
// core on a busy machine: 12->26->15 MB in gctrace, where 2 MB were
// really live. Go then sets the next goal from those 15 MB, which lets the
// heap triple; peaks of 45-60 MB instead of 20 followed. So the goal comes
// from the smaller of the last two figures: a one-off inflation is ignored,
// while real growth shows up again in the next cycle, at the cost of one
// early collection. Only small heaps get this: they are the ones whose
// peak such a burst multiplies (bigint 50 -> 36 MB).
func gcPercentAfter(live, prev uint64) int {
	pct := gcPercentFor(live)
	if prev == 0 || prev >= live || prev >= 8<<20 {
		// Big heaps are left alone: they grow for real, and basing each
		// goal on the cycle before costs them extra collections while
		// they grow (4% CPU on dicts_lists and strings).
		return pct
	}
	// Go's goal is max(live*(1+pct/100), 4 MB*pct/100); keep it at or
	// under the goal the previous figure would give, never above pct.
	p := gcPercentFor(prev)
	goal := max(prev*uint64(100+p)/100, uint64(4<<20)*uint64(p)/100)
	x := min(pct, int(goal*100/live)-100, int(goal*100/(4<<20)))
	return max(10, x)
}

// armGCTuner re-evaluates the GC percentage after every collection.
func armGCTuner() {
	runtime.SetFinalizer(new(gcSentinel), func(*gcSentinel) {
		metrics.Read(gcSample)
		if gcSample[0].Value.Kind() == metrics.KindUint64 {
			live := gcSample[0].Value.Uint64()
			if pct := gcPercentAfter(live, gcPrevLive); pct != gcCurrent {
				gcCurrent = pct
				debug.SetGCPercent(pct)
			}
			gcPrevLive = live
		}
		armGCTuner()
	})
}
