package py_test

import (
	"io"
	"strings"
	"testing"
	"time"

	"adder/interp"
)

// This file checks that time.sleep wakes up for an interrupt.

func TestSleepInterrupt(t *testing.T) {
	s := interp.NewSession(interp.Options{Stdout: io.Discard, Stderr: io.Discard})
	go func() {
		time.Sleep(50 * time.Millisecond)
		s.Interrupt()
	}()
	start := time.Now()
	err := s.ExecFile("sleep.py", "import time\ntime.sleep(10)\n")
	if err == nil || !strings.Contains(err.Error(), "KeyboardInterrupt") {
		t.Fatalf("sleep returned %v, want KeyboardInterrupt", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("interrupt took %v", d)
	}
}
