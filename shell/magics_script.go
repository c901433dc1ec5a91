// This file implements %%script and the magics named after interpreters
// (%%bash, %%sh, %%perl, %%ruby, %%python, %%python3, ...): the cell body
// is the program's standard input, its output and error output stream to
// the cell as they come, and a non-zero exit raises CalledProcessError, as
// IPython's script magics do.

package shell

import (
	"bufio"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"adder/interp/py"
)

func init() {
	magics["script"] = &magic{cell: cellScript, doc: "Run the cell with a program: %%script [--out VAR] [--err VAR] [--no-raise-error] PROGRAM [ARGS...].\n" +
		"The body is the program's standard input. --out and --err store the output and error output in\n" +
		"variables instead of showing them; a non-zero exit raises CalledProcessError unless --no-raise-error."}
	for _, prog := range []string{"sh", "bash", "perl", "ruby", "python", "python2", "python3", "pypy"} {
		magics[prog] = &magic{cell: func(sh *Shell, args, body string) (py.Value, error) {
			return cellScript(sh, prog+" "+args, body)
		}, doc: "Run the cell with " + prog + ", as %%script " + prog + " does."}
	}
}

// scriptOptions are %%script's parsed arguments.
type scriptOptions struct {
	out, err   string
	raiseError bool
	argv       []string
}

// parseScriptArgs reads %%script's options wherever they stand, as
// argparse's parse_known_args does for IPython: everything else is the
// command line of the program.
func parseScriptArgs(args string) (scriptOptions, error) {
	o := scriptOptions{raiseError: true}
	fields, err := splitArgs(args)
	if err != nil {
		return o, UsageError("%s", err)
	}
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		name, val, hasVal := strings.Cut(f, "=")
		switch name {
		case "--out", "--err", "--proc":
			if !hasVal {
				if i+1 >= len(fields) {
					return o, UsageError("argument %s: expected one argument", name)
				}
				i++
				val = fields[i]
			}
			if name == "--out" {
				o.out = val
			} else if name == "--err" {
				o.err = val
			}
		case "--no-raise-error":
			o.raiseError = false
		case "--bg":
			return o, UsageError("%%%%script --bg is not supported by adder: start the program with subprocess.Popen instead")
		default:
			o.argv = append(o.argv, f)
		}
	}
	if len(o.argv) == 0 {
		return o, UsageError("the following arguments are required: cmd")
	}
	return o, nil
}

// A scriptChunk is output read from the program, for the interpreter's
// goroutine to print.
type scriptChunk struct {
	stderr bool
	text   string
}

func cellScript(sh *Shell, args, body string) (py.Value, error) {
	o, err := parseScriptArgs(args)
	if err != nil {
		return py.Value{}, err
	}
	c := exec.Command(o.argv[0], o.argv[1:]...)
	c.Stdin = strings.NewReader(body)
	stdout, err := c.StdoutPipe()
	if err != nil {
		return py.Value{}, py.Errorf(py.OSErrorType, "%v", err)
	}
	stderr, err := c.StderrPipe()
	if err != nil {
		return py.Value{}, py.Errorf(py.OSErrorType, "%v", err)
	}
	if err := c.Start(); err != nil {
		sh.printOut(fmt.Sprintf("Couldn't find program: %s\n", pyRepr(o.argv[0])))
		return py.None, nil
	}
	chunks := make(chan scriptChunk, 64)
	readers := 2
	forward := func(r io.Reader, isErr bool) {
		br := bufio.NewReader(r)
		for {
			line, err := br.ReadString('\n')
			if line != "" {
				chunks <- scriptChunk{isErr, line}
			}
			if err != nil {
				chunks <- scriptChunk{isErr, ""}
				return
			}
		}
	}
	go forward(stdout, false)
	go forward(stderr, true)
	var outText, errText strings.Builder
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	t := py.Current()
	for readers > 0 {
		select {
		case ch := <-chunks:
			switch {
			case ch.text == "":
				readers--
			case ch.stderr && o.err != "":
				errText.WriteString(ch.text)
			case ch.stderr:
				sh.printErr(ch.text)
			case o.out != "":
				outText.WriteString(ch.text)
			default:
				sh.printOut(ch.text)
			}
		case <-tick.C:
			if t != nil && t.Interrupt.Load() {
				t.Interrupt.Store(false)
				sh.printOut(stopScript(c) + "\n")
				return py.None, nil
			}
		}
	}
	c.Wait()
	if o.out != "" {
		sh.Globals.SetStr(o.out, py.StrValue(outText.String()))
	}
	if o.err != "" {
		sh.Globals.SetStr(o.err, py.StrValue(errText.String()))
	}
	if code := c.ProcessState.ExitCode(); o.raiseError && code != 0 {
		if code < 0 {
			code = -9
		}
		return py.Value{}, calledProcessError(code, body)
	}
	return py.None, nil
}

// stopScript ends an interrupted program as IPython does: SIGINT, then
// SIGTERM, then SIGKILL, a tenth of a second apart, and says which one
// worked.
func stopScript(c *exec.Cmd) string {
	exited := make(chan struct{})
	go func() { c.Wait(); close(exited) }()
	steps := []struct {
		sig  syscall.Signal
		text string
	}{{syscall.SIGINT, "Process is interrupted."}, {syscall.SIGTERM, "Process is terminated."}}
	for _, s := range steps {
		c.Process.Signal(s.sig)
		select {
		case <-exited:
			return s.text
		case <-time.After(100 * time.Millisecond):
		}
	}
	c.Process.Kill()
	<-exited
	return "Process is killed."
}

// calledProcessError builds subprocess.CalledProcessError(code, cell),
// the cell as bytes, as IPython raises it.
func calledProcessError(code int, cell string) error {
	mod, err := py.Current().ImportModule("subprocess")
	if err != nil {
		return err
	}
	cls, err := py.GetAttr(mod, "CalledProcessError")
	if err != nil {
		return err
	}
	exc, err := py.Call(cls, []py.Value{py.Int(int64(code)), py.NewBytes(cell)}, nil)
	if err != nil {
		return err
	}
	if e, ok := exc.Object().(*py.Exception); ok {
		return e
	}
	return py.Errorf(py.SystemErrorType, "CalledProcessError() returned %s", py.TypeName(exc))
}
