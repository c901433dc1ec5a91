// This file implements _adder_getpass, the Go half of getpass: the
// host's password prompt (the kernel's input_request with password set),
// else the controlling terminal with echo turned off, and the login name.

package stdlib

import (
	"bufio"
	"os"
	"os/user"
	"strings"
	"syscall"
	"unsafe"

	"adder/interp/py"
)

// ttyGetpass prompts on /dev/tty with echo off; ok is false when there is
// no terminal to use.
func ttyGetpass(prompt string) (line string, ok bool, err error) {
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return "", false, nil
	}
	defer tty.Close()
	fd := tty.Fd()
	var old syscall.Termios
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TCGETS, uintptr(unsafe.Pointer(&old))); e != 0 {
		return "", false, nil
	}
	noecho := old
	noecho.Lflag &^= syscall.ECHO
	syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TCSETS, uintptr(unsafe.Pointer(&noecho)))
	defer syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TCSETS, uintptr(unsafe.Pointer(&old)))
	_, _ = tty.WriteString(prompt)
	s, rerr := bufio.NewReader(tty).ReadString('\n')
	_, _ = tty.WriteString("\n")
	if rerr != nil && s == "" {
		return "", true, py.Errorf(py.EOFErrorType, "")
	}
	return strings.TrimSuffix(s, "\n"), true, nil
}

var getpassFuncs = map[string]py.Func{
	// getpass(prompt) -> str, or None when neither the host nor a
	// terminal can read a password (getpass.py then falls back to stdin).
	"getpass": func(args []py.Value, kw []string) (py.Value, error) {
		prompt, _ := py.AsStr(args[0])
		if py.InputHook != nil {
			return py.InputHook(prompt, true)
		}
		line, ok, err := ttyGetpass(prompt)
		if err != nil {
			return py.Value{}, err
		}
		if !ok {
			return py.None, nil
		}
		return py.StrValue(line), nil
	},
	"username": func(args []py.Value, kw []string) (py.Value, error) {
		u, err := user.Current()
		if err != nil {
			return py.Value{}, py.Errorf(py.KeyErrorType, "getpwuid(): uid not found: %d", os.Getuid())
		}
		return py.StrValue(u.Username), nil
	},
}

func init() {
	registerGoModule("_adder_getpass", "Password prompts for getpass (adder).", func(d *py.Dict) {
		for name, fn := range getpassFuncs {
			py.AddFunc(d, name, fn)
		}
	})
}
