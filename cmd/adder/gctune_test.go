// This file tests the GC tuner's choice after a collection.

package main

import "testing"

func TestGCPercentAfterBurst(t *testing.T) {
	const mb = 1 << 20
	// A mark that counted a burst of allocation (2 MB live, then 15):
	// the next goal is as low as GOGC 10 allows (16.5 MB), not the
	// 33 MB of 15 MB at the step function's 120.
	pct := gcPercentAfter(15*mb, 2*mb)
	if goal := 15 * mb * (100 + pct) / 100; pct != 10 || goal > 17*mb {
		t.Errorf("after a burst: GOGC %d, goal %d MB; want 10, 16 MB", pct, goal/mb)
	}
	// A smaller burst (2 MB, then 5): the goal is what 2 MB gives, 8 MB.
	pct = gcPercentAfter(5*mb, 2*mb)
	if goal := 5 * mb * (100 + pct) / 100; goal > 8*mb || goal < 7*mb {
		t.Errorf("after 2 then 5 MB: GOGC %d, goal %d MB; want 8 MB", pct, goal/mb)
	}
	// Steady or shrinking heaps, the first cycle and big heaps keep the
	// step function's percentage.
	for _, c := range [][2]uint64{{2 * mb, 2 * mb}, {2 * mb, 6 * mb}, {15 * mb, 0}, {200 * mb, 100 * mb}} {
		if got, want := gcPercentAfter(c[0], c[1]), gcPercentFor(c[0]); got != want {
			t.Errorf("live %d MB after %d MB: GOGC %d, want %d", c[0]/mb, c[1]/mb, got, want)
		}
	}
	// Never above the step function, never below 10.
	for _, live := range []uint64{1 * mb, 5 * mb, 9 * mb, 30 * mb} {
		for _, prev := range []uint64{mb / 4, 1 * mb, 7 * mb} {
			if p := gcPercentAfter(live, prev); p > gcPercentFor(live) || p < 10 {
				t.Errorf("live %d MB after %d KB: GOGC %d", live/mb, prev>>10, p)
			}
		}
	}
}
