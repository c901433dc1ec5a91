package pysession

// This file checks, through a real kernel, that work a Python thread
// schedules on the notebook's event loop (call_soon_threadsafe) runs while
// the kernel is idle, its output under the cell that started the thread.

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"adder/messaging"
)

func TestCallSoonThreadsafeWhileIdle(t *testing.T) {
	c, ctx := serve(t)
	req, err := c.Request(messaging.ShellChannel, messaging.ExecuteRequest, messaging.ExecuteRequestContent{Code: `
import asyncio, threading, time
loop = asyncio.get_event_loop()
def later():
    time.sleep(0.2)
    loop.call_soon_threadsafe(print, 'from the loop')
threading.Thread(target=later).start()
`})
	require.NoError(t, err)
	_, err = c.IOPubUntilIdle(ctx, req)
	require.NoError(t, err)
	// The cell is over; the callback arrives while the kernel is idle,
	// well before the polling of background timers would find it (there
	// are no timers at all).
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		m, err := c.Recv(ctx, messaging.IOPubChannel)
		require.NoError(t, err)
		if m.Header.MsgType == messaging.Stream {
			require.Equal(t, "from the loop\n", decoded(t, m)["text"])
			require.Equal(t, req.Header.MsgID, m.ParentHeader.MsgID)
			return
		}
	}
	t.Fatal("the thread's callback never ran")
}
