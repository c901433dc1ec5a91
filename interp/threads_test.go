// This file tests Python threads under the GIL through the Session API:
// interrupts reach the main thread while it waits on a busy thread, busy
// threads share the interpreter fairly, a sleeping thread does not block
// the main one, and a program's end waits for its non-daemon threads.

package interp

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"adder/interp/py"
)

func newThreadSession(t *testing.T) (*Session, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	s := NewSession(Options{Stdout: &out, Stderr: &out})
	return s, &out
}

// TestInterruptMainBlockedInJoin: the main thread waits in join() on a
// thread spinning in a busy `while` loop; an interrupt must raise
// KeyboardInterrupt in the main thread well under a second later.
func TestInterruptMainBlockedInJoin(t *testing.T) {
	s, out := newThreadSession(t)
	_, err := s.ExecCell(`
import threading
stop = False
def busy():
    while not stop:
        pass
spin = threading.Thread(target=busy, daemon=True)
spin.start()
`)
	if err != nil {
		t.Fatalf("start spinner: %v\n%s", err, out)
	}
	go func() {
		time.Sleep(100 * time.Millisecond)
		s.Interrupt()
	}()
	start := time.Now()
	_, err = s.ExecCell("spin.join()")
	took := time.Since(start)
	e, ok := err.(*py.Exception)
	if !ok || !e.Type().IsSubtype(py.KeyboardInterruptType) {
		t.Fatalf("join: got %v, want KeyboardInterrupt", err)
	}
	if took > 600*time.Millisecond {
		t.Fatalf("interrupt took %v to land", took)
	}
	// The spinner keeps running in the background; the main thread still
	// gets the GIL for the next cell.
	v, err := s.Eval("spin.is_alive()")
	if err != nil || !v.Is(py.True) {
		t.Fatalf("spinner alive after interrupt: %v %v", v, err)
	}
	if _, err := s.ExecCell("stop = True\nspin.join()"); err != nil {
		t.Fatal(err)
	}
}

// TestInterruptMainBlockedInGetAndSleep: the same for queue.get() and a
// long time.sleep.
func TestInterruptMainBlockedInGetAndSleep(t *testing.T) {
	s, _ := newThreadSession(t)
	for _, cell := range []string{"import queue; queue.Queue().get()", "import time; time.sleep(30)",
		"import threading; threading.Event().wait()"} {
		go func() {
			time.Sleep(50 * time.Millisecond)
			s.Interrupt()
		}()
		start := time.Now()
		_, err := s.ExecCell(cell)
		e, ok := err.(*py.Exception)
		if !ok || !e.Type().IsSubtype(py.KeyboardInterruptType) {
			t.Fatalf("%s: got %v, want KeyboardInterrupt", cell, err)
		}
		if took := time.Since(start); took > 500*time.Millisecond {
			t.Fatalf("%s: interrupt took %v", cell, took)
		}
	}
}

// TestSwitchFairness: two busy threads both progress while they run at
// the same time (the GIL changes hands every switch interval).
func TestSwitchFairness(t *testing.T) {
	s, out := newThreadSession(t)
	_, err := s.ExecCell(`
import threading, time
counts = [0, 0]
stop = False
def spin(i):
    while not stop:
        counts[i] += 1
ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in ts: t.start()
time.sleep(0.3)
stop = True
for t in ts: t.join()
low, high = min(counts), max(counts)
`)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	low, _ := s.Eval("low")
	high, _ := s.Eval("high")
	if low.AsInt() == 0 || high.AsInt() > 20*low.AsInt() {
		t.Fatalf("unfair switching: counts %d and %d", low.AsInt(), high.AsInt())
	}
}

// TestSleepingThreadDoesNotBlockMain: a thread sleeping (GIL released)
// leaves the main thread free to run, and between calls a background
// thread runs without the host doing anything.
func TestSleepingThreadDoesNotBlockMain(t *testing.T) {
	s, out := newThreadSession(t)
	start := time.Now()
	_, err := s.ExecCell(`
import threading, time
log = []
def sleeper():
    time.sleep(0.5)
    log.append("slept")
t = threading.Thread(target=sleeper)
t.start()
n = 0
for i in range(20000):
    n += i
log.append("main done")
`)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if took := time.Since(start); took > 400*time.Millisecond {
		t.Fatalf("main thread waited for the sleeper: %v", took)
	}
	// The sleeper finishes while no Session call runs.
	time.Sleep(700 * time.Millisecond)
	v, err := s.Eval("repr(log)")
	if err != nil {
		t.Fatal(err)
	}
	r, _ := py.AsStr(v)
	if r != "['main done', 'slept']" {
		t.Fatalf("log = %s", r)
	}
}

// TestRunWaitsForNonDaemonThreads: ExecFile (adder run) returns only when
// the program's non-daemon threads ended; daemon threads are abandoned.
func TestRunWaitsForNonDaemonThreads(t *testing.T) {
	s, out := newThreadSession(t)
	err := s.ExecFile("prog.py", `
import threading, time
def late():
    time.sleep(0.2)
    print("worker done")
threading.Thread(target=late).start()
threading.Thread(target=lambda: time.sleep(60), daemon=True).start()
print("main done")
`)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got := out.String(); got != "main done\nworker done\n" {
		t.Fatalf("output %q", got)
	}
	// The interpreter is usable afterwards: the parked daemon does not
	// hold the GIL.
	if _, err := s.Eval("1 + 1"); err != nil {
		t.Fatal(err)
	}
}

// TestThreadOutputBetweenCalls: output a thread prints while no Session
// call runs reaches the session's stdout.
func TestThreadOutputBetweenCalls(t *testing.T) {
	var out lockedBuffer
	s := NewSession(Options{Stdout: &out, Stderr: &out})
	if _, err := s.ExecCell(`
import threading, time
def later():
    time.sleep(0.05)
    print("from thread")
threading.Thread(target=later).start()
`); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for !strings.Contains(out.String(), "from thread") {
		if time.Now().After(deadline) {
			t.Fatalf("no thread output; got %q", out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// lockedBuffer is a bytes.Buffer the test reads while a Python thread
// writes to it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestConcurrentImportWaits: threads importing a module whose body
// another thread is still running wait for it instead of seeing it half
// initialised.
func TestConcurrentImportWaits(t *testing.T) {
	dir := t.TempDir()
	mod := "import time\nx = 1\ntime.sleep(0.05)\ny = 2\n"
	if err := os.WriteFile(filepath.Join(dir, "slowmod.py"), []byte(mod), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	s := NewSession(Options{Stdout: &out, Stderr: &out, MainDir: dir})
	err := s.ExecFile(filepath.Join(dir, "main.py"), `
import threading
got = []
def imp():
    import slowmod
    got.append(slowmod.y)
ts = [threading.Thread(target=imp) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(got)
`)
	if err != nil {
		t.Fatalf("%v\n%s", err, &out)
	}
	if out.String() != "[2, 2, 2]\n" {
		t.Fatalf("output %q", out.String())
	}
}

// TestInterruptMain: _thread.interrupt_main() from a worker raises
// KeyboardInterrupt in the main thread, even while it sleeps.
func TestInterruptMain(t *testing.T) {
	s, _ := newThreadSession(t)
	_, err := s.ExecCell(`
import _thread, threading, time
threading.Timer(0.05, _thread.interrupt_main).start()
time.sleep(10)
`)
	e, ok := err.(*py.Exception)
	if !ok || !e.Type().IsSubtype(py.KeyboardInterruptType) {
		t.Fatalf("got %v, want KeyboardInterrupt", err)
	}
}
