package interp

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"adder/interp/py"
)

// TestTopLevelAwait runs cells the way the kernel does: awaiting cells on
// the session's persistent loop, with tasks living on between cells.
func TestTopLevelAwait(t *testing.T) {
	var out bytes.Buffer
	s := NewSession(Options{TopLevelAwait: true, Stdout: &out, Stderr: &out})
	cell := func(src string) py.Value {
		t.Helper()
		v, err := s.ExecCell(src)
		if err != nil {
			t.Fatalf("cell %q: %v", src, err)
		}
		return v
	}
	repr := func(v py.Value) string {
		t.Helper()
		var r string
		s.Do(func() error { var err error; r, err = py.ReprString(v); return err })
		return r
	}

	cell("import asyncio")
	if got := repr(cell("await asyncio.sleep(0)\n6 * 7")); got != "42" {
		t.Errorf("awaiting cell's value = %s, want 42", got)
	}
	// A task started in one cell keeps its state and finishes later.
	cell("log = []\nasync def tick():\n    for i in range(3):\n        log.append(i)\n        await asyncio.sleep(0)\n    return 'done'\ntask = asyncio.create_task(tick())")
	if got := repr(cell("await task")); got != "'done'" {
		t.Errorf("await task = %s", got)
	}
	if got := repr(cell("log")); got != "[0, 1, 2]" {
		t.Errorf("log = %s", got)
	}
	// Plain cells run with the loop running, as under ipykernel.
	if got := repr(cell("asyncio.get_running_loop() is asyncio.get_event_loop()")); got != "True" {
		t.Errorf("get_running_loop in a plain cell: %s", got)
	}
	_, err := s.ExecCell("async def main():\n    return 1\ncoro = main()\ntry:\n    asyncio.run(coro)\nfinally:\n    coro.close()")
	if err == nil || !strings.Contains(err.Error(), "asyncio.run() cannot be called from a running event loop") {
		t.Errorf("asyncio.run in a cell: %v", err)
	}
	// A cell whose value is a coroutine shows it: only awaiting cells run.
	if got := repr(cell("main()")); !strings.HasPrefix(got, "<coroutine object main") {
		t.Errorf("cell value %s, want a coroutine", got)
	}
}

// TestBackgroundTasksRunWhileIdle checks that RunBackground lets a task
// started by a finished cell make progress.
func TestBackgroundTasksRunWhileIdle(t *testing.T) {
	var out bytes.Buffer
	s := NewSession(Options{TopLevelAwait: true, Stdout: &out})
	if _, err := s.ExecCell("import asyncio\nasync def later():\n    await asyncio.sleep(0.01)\n    print('background done')\nt = asyncio.create_task(later())"); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		next, ok := s.RunBackground(20 * time.Millisecond)
		if strings.Contains(out.String(), "background done") {
			break
		}
		if !ok || time.Now().After(deadline) {
			t.Fatalf("background task did not finish (scheduled %v); output %q", ok, out.String())
		}
		time.Sleep(next)
	}
	if _, ok := s.RunBackground(time.Millisecond); ok {
		t.Error("work still scheduled after the task finished")
	}
}
