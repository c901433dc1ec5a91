// This file makes the kernel exit when the process that started it (named
// by JPY_PARENT_PID, as jupyter_client sets it) is gone.

package kernel

import (
	"errors"
	"os"
	"strconv"
	"syscall"
	"time"
)

func (k *Kernel) watchParent() {
	pid, err := strconv.Atoi(os.Getenv("JPY_PARENT_PID"))
	if err != nil || pid <= 1 {
		return
	}
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
				k.log.Warn("kernel: parent process is gone, shutting down", "pid", pid)
				k.Stop()
				return
			}
		case <-k.stop:
			return
		}
	}
}
