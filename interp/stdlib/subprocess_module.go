// This file implements _adder_subprocess, the Go half of subprocess:
// child processes on os/exec whose pipes are drained by goroutines into
// buffers, so the single interpreter thread only ever waits in loops that
// notice an interrupt (KeyboardInterrupt) and honour timeouts.

package stdlib

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"adder/interp/py"
)

// Stream codes shared with subprocess.py.
const (
	spPipe     = -1 // subprocess.PIPE
	spStdout   = -2 // subprocess.STDOUT (stderr only)
	spDevnull  = -3 // subprocess.DEVNULL
	spInherit  = -4 // None: collected and written to sys.stdout/sys.stderr
	pollPeriod = 20 * time.Millisecond
)

// pipeBuf is the output of one child stream, filled by a goroutine.
type pipeBuf struct {
	mu   sync.Mutex
	data []byte
	eof  bool
	more chan struct{} // closed and replaced whenever data or eof arrives
}

func newPipeBuf() *pipeBuf { return &pipeBuf{more: make(chan struct{})} }

func (b *pipeBuf) Write(p []byte) (int, error) {
	b.mu.Lock()
	b.data = append(b.data, p...)
	close(b.more)
	b.more = make(chan struct{})
	b.mu.Unlock()
	return len(p), nil
}

func (b *pipeBuf) finish() {
	b.mu.Lock()
	b.eof = true
	close(b.more)
	b.more = make(chan struct{})
	b.mu.Unlock()
}

// take removes up to n bytes (all for n < 0; up to and including the first
// newline if line) when that much is there or the stream ended; ok is
// false when the caller must wait on the returned channel.
func (b *pipeBuf) take(n int, line bool) (out []byte, ok bool, wait chan struct{}) {
	b.mu.Lock()
	defer b.mu.Unlock()
	end := -1
	switch {
	case line:
		if i := bytes.IndexByte(b.data, '\n'); i >= 0 {
			end = i + 1
		}
	case n >= 0 && len(b.data) >= n:
		end = n
	}
	if end < 0 && b.eof {
		end = len(b.data)
	}
	if end < 0 {
		return nil, false, b.more
	}
	out = append([]byte(nil), b.data[:end]...)
	b.data = b.data[end:]
	return out, true, nil
}

// child is one started process.
type child struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	out    [2]*pipeBuf // stdout, stderr buffers (nil when not collected)
	copied sync.WaitGroup
	done   chan struct{}
	status int
}

var (
	children  = map[int]*child{}
	nextChild = 1
)

// waitChan waits for ch, a timeout (negative: none) or an interrupt;
// it reports whether ch was closed. Other threads run meanwhile (the GIL
// is released).
func waitChan(ch chan struct{}, timeout time.Duration) (bool, error) {
	return py.WaitChan(ch, timeout)
}

func getChild(v py.Value) (*child, error) {
	c, ok := children[int(v.AsInt())]
	if !v.IsInt() || !ok {
		return nil, py.Errorf(py.ValueErrorType, "no such child process handle")
	}
	return c, nil
}

func timeoutArg(v py.Value) time.Duration {
	switch {
	case v.IsFloat():
		return time.Duration(v.AsFloat() * float64(time.Second))
	case v.IsInt():
		return time.Duration(v.AsInt()) * time.Second
	}
	return -1
}

func strList(v py.Value, what string) ([]string, error) {
	l, ok := v.Object().(*py.List)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "%s must be a list", what)
	}
	out := make([]string, len(l.Items))
	for i, it := range l.Items {
		s, err := strArg(what, it)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

// lookPath finds a program as execvpe does: names with a slash are used
// as they are, others are searched for along PATH.
func lookPath(name, path string) (string, error) {
	if strings.Contains(name, "/") {
		if _, err := os.Stat(name); err != nil {
			return "", osError(err, name)
		}
		return name, nil
	}
	var firstErr error
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, name)
		st, err := os.Stat(p)
		if err != nil || st.IsDir() {
			continue
		}
		if st.Mode()&0o111 == 0 {
			if firstErr == nil {
				firstErr = osError(syscall.EACCES, name)
			}
			continue
		}
		return p, nil
	}
	if firstErr != nil {
		return "", firstErr
	}
	return "", osError(syscall.ENOENT, name)
}

// spawn(argv, executable, cwd, env, stdin, stdout, stderr, new_session) -> handle
func spSpawn(args []py.Value, kw []string) (py.Value, error) {
	if len(args) != 8 {
		return py.Value{}, py.Errorf(py.TypeErrorType, "spawn() takes 8 arguments")
	}
	argv, err := strList(args[0], "args")
	if err != nil {
		return py.Value{}, err
	}
	if len(argv) == 0 {
		return py.Value{}, py.Errorf(py.IndexErrorType, "list index out of range")
	}
	c := &child{done: make(chan struct{})}
	cmd := &exec.Cmd{Args: argv}
	if !args[3].IsNone() {
		if cmd.Env, err = strList(args[3], "env"); err != nil {
			return py.Value{}, err
		}
	}
	path := os.Getenv("PATH")
	if cmd.Env != nil {
		path = ""
		for _, kv := range cmd.Env {
			if strings.HasPrefix(kv, "PATH=") {
				path = kv[5:]
			}
		}
	}
	if !args[2].IsNone() {
		if cmd.Dir, err = strArg("cwd", args[2]); err != nil {
			return py.Value{}, err
		}
		if st, err := os.Stat(cmd.Dir); err != nil {
			return py.Value{}, osError(err, cmd.Dir)
		} else if !st.IsDir() {
			return py.Value{}, osError(syscall.ENOTDIR, cmd.Dir)
		}
	}
	prog := argv[0]
	if !args[1].IsNone() {
		if prog, err = strArg("executable", args[1]); err != nil {
			return py.Value{}, err
		}
	}
	if cmd.Dir != "" && strings.Contains(prog, "/") && !filepath.IsAbs(prog) {
		// A relative program path is looked up from the child's cwd.
		if cmd.Path, err = lookPath(filepath.Join(cmd.Dir, prog), path); err == nil {
			cmd.Path = filepath.Join(cmd.Dir, prog)
		}
	} else {
		cmd.Path, err = lookPath(prog, path)
	}
	if err != nil {
		return py.Value{}, err
	}
	if args[7].AsBool() {
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	}
	// stdin
	switch v := args[4]; {
	case v.IsInt() && v.AsInt() == spPipe:
		if c.stdin, err = cmd.StdinPipe(); err != nil {
			return py.Value{}, osError(err)
		}
	case v.IsInt() && v.AsInt() == spDevnull:
		cmd.Stdin = nil
	case v.IsInt() && v.AsInt() >= 0:
		f, err := dupFile(int(v.AsInt()))
		if err != nil {
			return py.Value{}, err
		}
		defer f.Close()
		cmd.Stdin = f
	default:
		cmd.Stdin = os.Stdin
	}
	// stdout and stderr
	for i, v := range args[5:7] {
		var w io.Writer
		switch {
		case v.IsInt() && (v.AsInt() == spPipe || v.AsInt() == spInherit):
			c.out[i] = newPipeBuf()
			w = c.out[i]
		case v.IsInt() && v.AsInt() == spDevnull:
			w = nil
		case v.IsInt() && v.AsInt() == spStdout && i == 1:
			w = cmd.Stdout
		case v.IsInt() && v.AsInt() >= 0:
			f, err := dupFile(int(v.AsInt()))
			if err != nil {
				return py.Value{}, err
			}
			defer f.Close()
			w = f
		default:
			return py.Value{}, py.Errorf(py.ValueErrorType, "bad stream argument")
		}
		if i == 0 {
			cmd.Stdout = w
		} else {
			cmd.Stderr = w
		}
	}
	if err := cmd.Start(); err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return py.Value{}, osError(pe.Err, prog)
		}
		return py.Value{}, osError(err, prog)
	}
	c.cmd = cmd
	go func() {
		_ = cmd.Wait() // also waits for the output copies
		c.status = exitStatus(cmd.ProcessState)
		for _, b := range c.out {
			if b != nil {
				b.finish()
			}
		}
		close(c.done)
	}()
	h := nextChild
	nextChild++
	children[h] = c
	return py.Int(int64(h)), nil
}

// dupFile duplicates a descriptor Python owns, so the child gets it and
// closing our copy after the start leaves Python's open.
func dupFile(fd int) (*os.File, error) {
	nfd, err := syscall.Dup(fd)
	if err != nil {
		return nil, osError(err)
	}
	syscall.CloseOnExec(nfd)
	return os.NewFile(uintptr(nfd), "fd"), nil
}

// exitStatus is Popen.returncode: the exit code, or -N for signal N.
func exitStatus(ps *os.ProcessState) int {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return -int(ws.Signal())
	}
	return ps.ExitCode()
}

var subprocessFuncs = map[string]py.Func{
	"spawn": spSpawn,
	"pid": func(args []py.Value, kw []string) (py.Value, error) {
		c, err := getChild(args[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(c.cmd.Process.Pid)), nil
	},
	// wait(h, timeout) -> returncode, or None on timeout
	"wait": func(args []py.Value, kw []string) (py.Value, error) {
		c, err := getChild(args[0])
		if err != nil {
			return py.Value{}, err
		}
		ok, err := waitChan(c.done, timeoutArg(args[1]))
		if err != nil || !ok {
			return py.None, err
		}
		return py.Int(int64(c.status)), nil
	},
	// read(h, which, n, line) -> bytes: blocks until n bytes, a line or EOF
	"read": func(args []py.Value, kw []string) (py.Value, error) {
		c, err := getChild(args[0])
		if err != nil {
			return py.Value{}, err
		}
		b := c.out[args[1].AsInt()]
		if b == nil {
			return py.NewBytes(""), nil
		}
		for {
			out, ok, ch := b.take(int(args[2].AsInt()), args[3].AsBool())
			if ok {
				return py.NewBytes(string(out)), nil
			}
			if _, err := waitChan(ch, -1); err != nil {
				return py.Value{}, err
			}
		}
	},
	// drain(h, which) -> bytes: whatever has arrived so far
	"drain": func(args []py.Value, kw []string) (py.Value, error) {
		c, err := getChild(args[0])
		if err != nil {
			return py.Value{}, err
		}
		b := c.out[args[1].AsInt()]
		if b == nil {
			return py.NewBytes(""), nil
		}
		b.mu.Lock()
		out := string(b.data)
		b.data = nil
		b.mu.Unlock()
		return py.NewBytes(out), nil
	},
	"write": func(args []py.Value, kw []string) (py.Value, error) {
		c, err := getChild(args[0])
		if err != nil {
			return py.Value{}, err
		}
		data, _ := py.AsBytes(args[1])
		if c.stdin == nil {
			return py.Value{}, py.Errorf(py.ValueErrorType, "write to closed file")
		}
		// Written from a goroutine so a child that does not read cannot
		// block the interpreter; waits are interruptible.
		done := make(chan struct{})
		var werr error
		go func() {
			_, werr = io.WriteString(c.stdin, data)
			close(done)
		}()
		if _, err := waitChan(done, -1); err != nil {
			return py.Value{}, err
		}
		if werr != nil && !errors.Is(werr, syscall.EPIPE) && !errors.Is(werr, os.ErrClosed) {
			return py.Value{}, osError(werr)
		}
		return py.Int(int64(len(data))), nil
	},
	"close_stdin": func(args []py.Value, kw []string) (py.Value, error) {
		c, err := getChild(args[0])
		if err != nil {
			return py.Value{}, err
		}
		if c.stdin != nil {
			_ = c.stdin.Close()
			c.stdin = nil
		}
		return py.None, nil
	},
	"signal": func(args []py.Value, kw []string) (py.Value, error) {
		c, err := getChild(args[0])
		if err != nil {
			return py.Value{}, err
		}
		select {
		case <-c.done:
			return py.None, nil // already reaped: nothing to signal
		default:
		}
		if err := c.cmd.Process.Signal(syscall.Signal(args[1].AsInt())); err != nil && !errors.Is(err, os.ErrProcessDone) {
			return py.Value{}, osError(err)
		}
		return py.None, nil
	},
	"release": func(args []py.Value, kw []string) (py.Value, error) {
		delete(children, int(args[0].AsInt()))
		return py.None, nil
	},
}

func init() {
	registerGoModule("_adder_subprocess", "Child processes for subprocess (adder).", func(d *py.Dict) {
		for name, fn := range subprocessFuncs {
			py.AddFunc(d, name, fn)
		}
		for name, v := range map[string]int{"PIPE": spPipe, "STDOUT": spStdout, "DEVNULL": spDevnull, "INHERIT": spInherit} {
			d.SetStr(name, py.Int(int64(v)))
		}
	})
}
