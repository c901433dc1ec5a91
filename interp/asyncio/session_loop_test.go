// This file tests SessionLoop, the host API for top-level await: cells as
// tasks on a persistent loop, background tasks across cells, asyncio.run()
// refused inside a running loop, and interrupts that end the awaiting cell
// promptly while background tasks survive.

package asyncio_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"adder/interp"
	"adder/interp/asyncio"
	"adder/interp/py"
)

type sessionFixture struct {
	t   *testing.T
	s   *interp.Session
	sl  *asyncio.SessionLoop
	out *bytes.Buffer
}

func newSessionFixture(t *testing.T) *sessionFixture {
	var out, errb bytes.Buffer
	s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &errb})
	f := &sessionFixture{t: t, s: s, out: &out}
	if err := s.Do(func() error { f.sl = asyncio.NewSessionLoop(); return nil }); err != nil {
		t.Fatal(err)
	}
	f.exec("import asyncio")
	return f
}

func (f *sessionFixture) exec(src string) {
	f.t.Helper()
	err := f.s.Do(func() error {
		return f.sl.Do(func() error { _, err := f.s.ExecCell(src); return err })
	})
	if err != nil {
		f.t.Fatalf("cell %q: %v", src, err)
	}
}

// await runs "await <expr>" as a cell would: the coroutine returned by
// expr, run until complete on the session loop.
func (f *sessionFixture) await(expr string) (py.Value, error) {
	f.t.Helper()
	coro, err := f.s.Eval(expr)
	if err != nil {
		f.t.Fatalf("eval %q: %v", expr, err)
	}
	var v py.Value
	err = f.s.Do(func() error {
		var err error
		v, err = f.sl.RunUntilComplete(coro)
		return err
	})
	return v, err
}

func (f *sessionFixture) eval(expr string) string {
	f.t.Helper()
	v, err := f.s.Eval(expr)
	if err != nil {
		f.t.Fatalf("eval %q: %v", expr, err)
	}
	var s string
	_ = f.s.Do(func() error { s, _ = py.ReprString(v); return nil })
	return s
}

func TestSessionLoopBackgroundTasks(t *testing.T) {
	f := newSessionFixture(t)
	f.exec(`
ticks = []
async def ticker():
    while True:
        ticks.append(len(ticks))
        await asyncio.sleep(0.005)

async def cell1():
    global bg
    bg = asyncio.create_task(ticker(), name="bg")
    await asyncio.sleep(0)
    return len(ticks)
`)
	v, err := f.await("cell1()")
	if err != nil {
		t.Fatal(err)
	}
	if got := f.eval("ticks"); got != "[0]" {
		t.Fatalf("after cell1 ticks = %s (result %v)", got, v)
	}
	// A plain cell sees the running loop and can schedule tasks.
	f.exec("loop_in_cell = asyncio.get_running_loop() is asyncio.get_event_loop()\nt2 = asyncio.create_task(asyncio.sleep(0, 'x'))")
	if got := f.eval("loop_in_cell"); got != "True" {
		t.Fatalf("get_running_loop in a plain cell: %s", got)
	}
	if err := f.s.Do(func() error { return f.sl.RunFor(60 * time.Millisecond) }); err != nil {
		t.Fatal(err)
	}
	if got := f.eval("(len(ticks) > 3, bg.done(), t2.result())"); got != "(True, False, 'x')" {
		t.Fatalf("background progress: %s", got)
	}
}

func TestSessionLoopAsyncioRunRefused(t *testing.T) {
	f := newSessionFixture(t)
	f.exec(`
async def inner():
    return 1
async def cell():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        c.close()
        return str(e)
`)
	v, err := f.await("cell()")
	if err != nil {
		t.Fatal(err)
	}
	want := "asyncio.run() cannot be called from a running event loop"
	if s, _ := py.AsStr(v); s != want {
		t.Fatalf("asyncio.run in an await cell: %q", s)
	}
	f.exec(`
c = inner()
try:
    asyncio.run(c)
except RuntimeError as e:
    msg = str(e)
    c.close()
`)
	if got := f.eval("msg"); got != "'"+want+"'" {
		t.Fatalf("asyncio.run in a plain cell: %s", got)
	}
}

func TestSessionLoopInterrupt(t *testing.T) {
	f := newSessionFixture(t)
	f.exec(`
log = []
async def forever():
    while True:
        await asyncio.sleep(0.01)

async def cell():
    global bg
    bg = asyncio.create_task(forever())
    try:
        await asyncio.sleep(1000)
    finally:
        log.append("finally ran")
`)
	go func() {
		time.Sleep(50 * time.Millisecond)
		f.s.Interrupt()
	}()
	start := time.Now()
	_, err := f.await("cell()")
	elapsed := time.Since(start)
	if !py.IsInstanceError(err, py.KeyboardInterruptType) {
		t.Fatalf("want KeyboardInterrupt, got %v", err)
	}
	if elapsed > 500*time.Millisecond {
		t.Fatalf("interrupt took %v", elapsed)
	}
	if got := f.eval("(log, bg.done())"); got != "(['finally ran'], False)" {
		t.Fatalf("after interrupt: %s", got)
	}
	// The loop still works afterwards.
	v, err := f.await("asyncio.sleep(0, 'again')")
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := py.AsStr(v); s != "again" {
		t.Fatalf("after interrupt the loop returned %v", v)
	}
	if !strings.Contains(f.eval("bg"), "pending") {
		t.Fatalf("background task: %s", f.eval("bg"))
	}
}

func TestRunInterruptRaisesInAwaitingCode(t *testing.T) {
	var out bytes.Buffer
	s := interp.NewSession(interp.Options{Stdout: &out})
	go func() {
		time.Sleep(50 * time.Millisecond)
		s.Interrupt()
	}()
	start := time.Now()
	err := s.ExecFile("prog.py", `
import asyncio
async def main():
    try:
        await asyncio.sleep(1000)
    except KeyboardInterrupt:
        print("KeyboardInterrupt at the await")
        raise
asyncio.run(main())
`)
	if !py.IsInstanceError(err, py.KeyboardInterruptType) {
		t.Fatalf("want KeyboardInterrupt, got %v", err)
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Fatalf("interrupt took %v", d)
	}
	if out.String() != "KeyboardInterrupt at the await\n" {
		t.Fatalf("output %q", out.String())
	}
}

func TestHugeSleepDoesNotSpin(t *testing.T) {
	f := newSessionFixture(t)
	f.exec("async def cell():\n    t = asyncio.create_task(asyncio.sleep(1e10))\n    await asyncio.sleep(0.05)\n    return t.done()\n")
	start := time.Now()
	v, err := f.await("cell()")
	if err != nil || !v.IsBool() || v.AsBool() {
		t.Fatalf("cell: %v %v", v, err)
	}
	if d := time.Since(start); d < 40*time.Millisecond || d > 2*time.Second {
		t.Fatalf("took %v", d)
	}
}
