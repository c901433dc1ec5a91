package display

import "testing"

// TestIPythonTracebackGoldens compares the compat layout with the
// traceback lists ipykernel 6.17 sent for the same cells.
func TestIPythonTracebackGoldens(t *testing.T) {
	for _, g := range loadTracebackGoldens(t) {
		got := IPythonTracebackWith(g.IPythonExc, IPythonOptions{Compat: true})
		if len(got) != len(g.IPython) {
			t.Errorf("%s: %d elements, want %d\n got: %q\nwant: %q", g.name, len(got), len(g.IPython), got, g.IPython)
			continue
		}
		for i := range got {
			if got[i] != g.IPython[i] {
				t.Errorf("%s: element %d\n got: %q\nwant: %q", g.name, i, got[i], g.IPython[i])
			}
		}
		ename, _, _ := IPythonError(g.IPythonExc)
		if ename != g.IPythonEname {
			t.Errorf("%s: ename %q, want %q", g.name, ename, g.IPythonEname)
		}
	}
}
