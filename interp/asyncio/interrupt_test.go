package asyncio_test

import (
	"bytes"
	"strings"
	"testing"

	"adder/interp"
	"adder/interp/py"
	_ "adder/interp/stdlib" // os and signal
)

// TestCallbackInterruptReachesTheCell checks that a KeyboardInterrupt
// raised by a loop callback (a cell sending itself SIGINT) interrupts the
// awaiting cell at its await, as the Interrupt button does, and leaves
// other tasks running.
func TestCallbackInterruptReachesTheCell(t *testing.T) {
	var out bytes.Buffer
	s := interp.NewSession(interp.Options{TopLevelAwait: true, Stdout: &out, Stderr: &out})
	setup := "import asyncio, os, signal\n" +
		"async def long_wait():\n    try:\n        await asyncio.sleep(1000)\n    finally:\n        print('cleaned up')\n" +
		"survivor = asyncio.create_task(asyncio.sleep(0.3, result='survived'))\n"
	if _, err := s.ExecCell(setup); err != nil {
		t.Fatal(err)
	}
	_, err := s.ExecCell("asyncio.get_running_loop().call_later(0.05, os.kill, os.getpid(), signal.SIGINT)\nawait long_wait()")
	if err == nil || !strings.Contains(err.Error(), "KeyboardInterrupt") {
		t.Fatalf("cell ended with %v, want KeyboardInterrupt", err)
	}
	if out.String() != "cleaned up\n" {
		t.Errorf("output %q: the awaiting coroutine's finally must run", out.String())
	}
	v, err := s.ExecCell("await survivor")
	if err != nil {
		t.Fatal(err)
	}
	var got string
	s.Do(func() error { got, err = py.ReprString(v); return err })
	if !strings.Contains(got, "survived") {
		t.Errorf("survivor gave %s", got)
	}
}
