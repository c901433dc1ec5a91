// This file handles interrupt_request and SIGINT.

package kernel

import (
	"os"
	"os/signal"

	"adder/messaging"
)

// handleInterruptRequest implements
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#kernel-interrupt
// ("message" interrupt mode; it arrives on control).
func (k *Kernel) handleInterruptRequest(r *request) error {
	k.interrupt()
	k.reply(r, messaging.StatusReplyContent{Status: "ok"})
	return nil
}

// interrupt raises KeyboardInterrupt in the running cell and wakes a cell
// waiting for input. When the kernel is idle it does nothing, so a stray
// SIGINT cannot leave a pending interrupt that kills the next cell.
func (k *Kernel) interrupt() {
	if !k.busy.Load() {
		k.log.Info("kernel: interrupt while idle ignored")
		return
	}
	k.log.Info("kernel: interrupt")
	k.session.Interrupt()
	select {
	case k.intrQ <- struct{}{}:
	default:
	}
}

// handleSIGINT makes SIGINT ("signal" interrupt mode: jupyter_client signals
// the process group) interrupt the cell instead of killing the process. It
// returns a function that removes the handler.
func (k *Kernel) handleSIGINT() func() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				k.interrupt()
			case <-done:
				return
			}
		}
	}()
	return func() { signal.Stop(ch); close(done) }
}
