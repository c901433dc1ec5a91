package pysession

// This file defines the names ipykernel's shell adds in Python: exit and
// quit, which ask the frontend to close (calling either, or typing the bare
// name, which IPython calls for you, puts {"source": "ask_exit"} in the
// execute_reply payload), and StdinNotImplementedError, which input()
// raises when the frontend cannot answer input requests.

import (
	"adder/interp/py"
)

// exitSource builds the objects around _ask_exit, a Go function that adds
// the payload.
const exitSource = `
class ZMQExitAutocall:
    """Exit the frontend: "exit" or "exit()"; "exit(keep_kernel=True)" leaves the kernel running."""
    def __init__(self, ask):
        self._ask = ask
    def __repr__(self):
        return "<IPython.core.autocall.ZMQExitAutocall object at %#x>" % id(self)
    def __call__(self, keep_kernel=False):
        self._ask(keep_kernel)

ZMQExitAutocall.__module__ = "IPython.core.autocall"
exit = quit = ZMQExitAutocall(_ask_exit)

class StdinNotImplementedError(NotImplementedError):
    """input() was called, but the frontend does not support input requests."""

StdinNotImplementedError.__module__ = "IPython.core.error"
`

// installShellNames puts exit and quit into builtins and keeps
// StdinNotImplementedError for input(). It runs on the interpreter's
// thread.
func (s *Session) installShellNames() error {
	ns := py.NewDict()
	ns.SetStr("__name__", py.StrValue("IPython.core.autocall"))
	ns.SetStr("_ask_exit", py.NewBuiltin("_ask_exit", func(args []py.Value, kwnames []string) (py.Value, error) {
		if err := py.ArgRange("_ask_exit", args, kwnames, 1, 1); err != nil {
			return py.Value{}, err
		}
		keep, err := py.Truth(args[0])
		if err != nil {
			return py.Value{}, err
		}
		s.payload = append(s.payload, map[string]any{"source": "ask_exit", "keepkernel": keep})
		return py.None, nil
	}))
	if err := py.ExecSource(ns, "<adder shell names>", exitSource); err != nil {
		return err
	}
	s.stdinNotImplemented, _ = ns.GetStr("StdinNotImplementedError")
	s.exit, _ = ns.GetStr("exit")
	py.BuiltinsDict.SetStr("exit", s.exit)
	py.BuiltinsDict.SetStr("quit", s.exit)
	return nil
}
