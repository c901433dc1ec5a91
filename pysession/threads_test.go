package pysession

// This file checks the session with Python threads: a thread goes on
// printing while the cell waits for input() from the frontend.

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// waitingRecorder answers input() only once a thread has printed "tick"
// three more times while it waits (or after two seconds, "timeout").
type waitingRecorder struct{ *recorder }

func (r waitingRecorder) ticks() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Count(r.streams["stdout"], "tick")
}

func (r waitingRecorder) Input(prompt string, _ bool) (string, error) {
	start := r.ticks()
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) {
		if r.ticks() >= start+3 {
			return "answered", nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	return "timeout", nil
}

func TestThreadsRunDuringInput(t *testing.T) {
	s := newSession(t)
	r := waitingRecorder{newRecorder()}
	out := run(t, s, 1, `import threading, time
stop = threading.Event()
def ticker():
    while not stop.is_set():
        print('tick')
        time.sleep(0.01)
th = threading.Thread(target=ticker, daemon=True)
th.start()
reply = input('? ')
stop.set()
th.join()
print(reply)
`, r)
	require.Equal(t, "ok", out.Status, "%v", out)
	r.mu.Lock()
	defer r.mu.Unlock()
	require.True(t, strings.HasSuffix(r.streams["stdout"], "tick\nanswered\n"), "stdout %q", r.streams["stdout"])
}
