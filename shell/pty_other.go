//go:build !linux

package shell

// This file stands in for pseudo-terminals where adder does not open them:
// !cmd then runs on pipes.

import (
	"errors"
	"os"
	"syscall"
)

func openPTY() (master, tty *os.File, err error) {
	return nil, nil, errors.New("pseudo-terminals are not supported on this system")
}

func onTerminal(tty *os.File) *syscall.SysProcAttr { return nil }
