package pysession

// This file checks that comms work from a worker thread: a thread of the
// kernel's interpreter finds the kernel session (a progress bar or widget
// updated from a background thread).

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCommFromWorkerThread(t *testing.T) {
	s := newSession(t)
	r := newCommRecorder()
	// The worker is the first to import comm.
	out := run(t, s, 1, `import threading
def work():
    from comm import create_comm
    c = create_comm(target_name='progress', data={'step': 0})
    c.send({'step': 1})
th = threading.Thread(target=work)
th.start()
th.join()
`, r)
	require.Equal(t, "ok", out.Status, "%v", out)
	r.cmu.Lock()
	defer r.cmu.Unlock()
	require.Len(t, r.comms, 2)
	require.Equal(t, "comm_open", r.comms[0].msgType)
	require.Equal(t, "progress", r.comms[0].content["target_name"])
	require.Equal(t, "comm_msg", r.comms[1].msgType)
	require.Equal(t, map[string]any{"step": 1.0}, r.comms[1].content["data"])
}
