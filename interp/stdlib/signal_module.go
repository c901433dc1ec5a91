// This file implements _adder_signal, the Go half of signal and of
// os.kill/os.killpg: real kill(2) calls, and the process-level signal
// dispositions (default, ignored, caught) behind signal.signal().
//
// The interpreter runs Python only on its own goroutine, so a Python
// handler cannot run the moment a signal arrives from outside: caught
// signals are queued here and signal.py runs their handlers at its next
// call. SIGINT is left to the host (the kernel and `adder run` turn it
// into KeyboardInterrupt), so its disposition is never changed here.

package stdlib

import (
	"os"
	"os/signal"
	"sync"
	"syscall"

	"adder/interp/py"
)

var (
	sigMu      sync.Mutex
	sigPending []int
	sigChan    chan os.Signal
)

// sigIntArgs reads n int arguments.
func sigIntArgs(fname string, args []py.Value, n int) ([]int, error) {
	if len(args) != n {
		return nil, py.Errorf(py.TypeErrorType, "%s expected %d arguments, got %d", fname, n, len(args))
	}
	out := make([]int, n)
	for i, a := range args {
		v, err := py.IndexOf(a, "'%s' object cannot be interpreted as an integer")
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// killError maps kill(2)'s errors to CPython's exceptions.
func killError(err error) error {
	if err == syscall.ESRCH {
		v, cerr := py.Call(py.ObjectValue(py.ProcessLookupErrorType),
			[]py.Value{py.Int(int64(syscall.ESRCH)), py.StrValue("No such process")}, nil)
		if cerr != nil {
			return cerr
		}
		return v.Object().(error)
	}
	return osError(err)
}

var signalFuncs = map[string]py.Func{
	"kill": func(args []py.Value, kw []string) (py.Value, error) {
		a, err := sigIntArgs("kill", args, 2)
		if err != nil {
			return py.Value{}, err
		}
		if err := syscall.Kill(a[0], syscall.Signal(a[1])); err != nil {
			return py.Value{}, killError(err)
		}
		return py.None, nil
	},
	"killpg": func(args []py.Value, kw []string) (py.Value, error) {
		a, err := sigIntArgs("killpg", args, 2)
		if err != nil {
			return py.Value{}, err
		}
		if err := syscall.Kill(-a[0], syscall.Signal(a[1])); err != nil {
			return py.Value{}, killError(err)
		}
		return py.None, nil
	},
	"getpgrp": func(args []py.Value, kw []string) (py.Value, error) {
		return py.Int(int64(syscall.Getpgrp())), nil
	},
	"getpgid": func(args []py.Value, kw []string) (py.Value, error) {
		a, err := sigIntArgs("getpgid", args, 1)
		if err != nil {
			return py.Value{}, err
		}
		g, err := syscall.Getpgid(a[0])
		if err != nil {
			return py.Value{}, killError(err)
		}
		return py.Int(int64(g)), nil
	},
	// disposition(signum, mode): 0 default, 1 ignore, 2 catch (queued).
	"disposition": func(args []py.Value, kw []string) (py.Value, error) {
		a, err := sigIntArgs("disposition", args, 2)
		if err != nil {
			return py.Value{}, err
		}
		sig := syscall.Signal(a[0])
		if sig == syscall.SIGINT {
			return py.None, nil
		}
		switch a[1] {
		case 0:
			signal.Reset(sig)
		case 1:
			signal.Ignore(sig)
		case 2:
			sigMu.Lock()
			if sigChan == nil {
				sigChan = make(chan os.Signal, 16)
				go func() {
					for s := range sigChan {
						sigMu.Lock()
						sigPending = append(sigPending, int(s.(syscall.Signal)))
						sigMu.Unlock()
					}
				}()
			}
			sigMu.Unlock()
			signal.Notify(sigChan, sig)
		}
		return py.None, nil
	},
	// pending() -> list of caught signal numbers not yet handled.
	"pending": func(args []py.Value, kw []string) (py.Value, error) {
		sigMu.Lock()
		p := sigPending
		sigPending = nil
		sigMu.Unlock()
		items := make([]py.Value, len(p))
		for i, s := range p {
			items[i] = py.Int(int64(s))
		}
		return py.ObjectValue(py.NewList(items)), nil
	},
}

func init() {
	registerGoModule("_adder_signal", "Signals and kill(2) for signal and os (adder).", func(d *py.Dict) {
		for name, fn := range signalFuncs {
			py.AddFunc(d, name, fn)
		}
	})
}
