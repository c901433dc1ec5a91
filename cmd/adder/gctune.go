// This file tunes the garbage collector of `adder run` by live heap size.
// A high GOGC makes small heaps cheap to collect (bigint-style churn of
// short-lived objects), but multiplies the peak of programs that keep a
// large heap; so the percentage steps down as the live heap grows.

package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// gcPercentFor returns the GC percentage for a live heap of live bytes.
func gcPercentFor(live uint64) int {
	switch {
	case live < 16<<20:
		return 400
	case live < 64<<20:
		return 200
	default:
		return 150
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
