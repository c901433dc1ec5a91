package display

import "testing"

// TestPlainTracebackGoldens compares PlainTraceback with CPython 3.12's
// stderr for every golden case.
func TestPlainTracebackGoldens(t *testing.T) {
	for _, g := range loadTracebackGoldens(t) {
		got := PlainTraceback(g.PlainExc)
		diffLines(t, g.name, got, g.Plain)
	}
}
