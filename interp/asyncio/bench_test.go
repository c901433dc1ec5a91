// This file measures what a suspended task costs: 100,000 tasks each
// sleeping in asyncio.sleep(1000), heap bytes per task after a GC. Compare
// with CPython's figure from testdata/mem_tasks_cpython.py.

package asyncio_test

import (
	"bytes"
	"runtime"
	"testing"

	"adder/interp"
	"adder/interp/asyncio"
	"adder/interp/py"
)

const suspendedTasks = 100_000

// suspendedTaskBytes starts n sleeping tasks on a session loop and returns
// the live heap growth per task.
func suspendedTaskBytes(t testing.TB, n int) float64 {
	var out bytes.Buffer
	s := interp.NewSession(interp.Options{Stdout: &out})
	var sl *asyncio.SessionLoop
	if err := s.Do(func() error { sl = asyncio.NewSessionLoop(); return nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ExecCell("import asyncio\nasync def sleeper():\n    await asyncio.sleep(1000)\n"); err != nil {
		t.Fatal(err)
	}
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	before := ms.HeapAlloc
	err := s.Do(func() error {
		return sl.Do(func() error {
			_, err := s.ExecCell("tasks = [asyncio.create_task(sleeper()) for _ in range(" + itoa(n) + ")]")
			return err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	// Two rounds: every task reaches its sleep.
	for i := 0; i < 2; i++ {
		if err := s.Do(sl.RunReady); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	after := ms.HeapAlloc
	v, err := s.Eval("sum(1 for t in tasks if not t.done())")
	if err != nil || v.AsInt() != int64(n) {
		t.Fatalf("pending tasks: %v %v", v, err)
	}
	_ = py.None
	runtime.KeepAlive(s)
	return float64(after-before) / float64(n)
}

func BenchmarkSuspendedTasks(b *testing.B) {
	for i := 0; i < b.N; i++ {
		per := suspendedTaskBytes(b, suspendedTasks)
		b.ReportMetric(per, "bytes/task")
	}
}

// TestSuspendedTaskMemory keeps the cost bounded (CPython 3.12 measures
// 1,374 bytes per task with tracemalloc; adder measures about 1,124).
func TestSuspendedTaskMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 100,000 tasks")
	}
	per := suspendedTaskBytes(t, suspendedTasks)
	t.Logf("%d suspended tasks: %.0f bytes/task", suspendedTasks, per)
	if per > 4096 {
		t.Errorf("%.0f bytes per suspended task; want under 4 KiB", per)
	}
}
