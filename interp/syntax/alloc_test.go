package syntax

// This file holds a small helper for counting allocations in benchmarks.

import "runtime"

// testingAllocs counts what a function allocates: objects and bytes.
type testingAllocs struct{ allocs, bytes uint64 }

func (t *testingAllocs) measure(f func()) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	t.allocs = after.Mallocs - before.Mallocs
	t.bytes = after.TotalAlloc - before.TotalAlloc
}
