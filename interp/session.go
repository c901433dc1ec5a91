// Package interp is the embedding API of adder's Python interpreter: a
// Session owns one interpreter (its py.Thread, the __main__ module and the
// sources of the code it ran) and is the only thing the kernel and the
// command line talk to.
//
// A Session must be used from one goroutine at a time, except Interrupt,
// which may be called from any goroutine. Python threads the code starts
// run on goroutines of their own under the interpreter's GIL (py/gil.go):
// every Session call takes the GIL as the main thread for its duration
// and releases it on return, so threads live on between calls.
package interp

// This file defines Session: running programs and notebook cells,
// interrupting them, redirecting output, and listing names.

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"adder/interp/asyncio"
	"adder/interp/compile"
	"adder/interp/py"
	"adder/interp/syntax"
)

// Options configure a new Session.
type Options struct {
	// Stdout and Stderr receive sys.stdout/sys.stderr writes (os streams
	// when nil).
	Stdout, Stderr io.Writer
	// Stdin is read by input() when no InputFunc is set.
	Stdin io.Reader
	// Argv is sys.argv.
	Argv []string
	// MainDir is searched first for .py imports (the program's directory).
	MainDir string
	// TopLevelAwait allows await at the top level of cells.
	TopLevelAwait bool
	// IncompleteInput reports a cell that ends inside an open bracket,
	// string or block as SyntaxError "incomplete input", as IPython
	// compiles cells (CPython's PyCF_ALLOW_INCOMPLETE_INPUT).
	IncompleteInput bool
}

// Session is one interpreter instance.
type Session struct {
	thread  *py.Thread
	main    *py.Module
	opts    Options
	mu      sync.Mutex
	sources map[string][]string
	cells   int
	// loop is the persistent event loop of a session with top-level
	// await (a kernel's): awaiting cells run on it, and tasks they start
	// live on between cells. Created on first use, on the thread.
	loop *asyncio.SessionLoop
	// entered counts nested Session calls on the calling goroutine: only
	// the outermost takes and releases the GIL.
	entered int
	// interactivity says which statements of a cell show their value.
	interactivity compile.Interactivity
}

// SetInteractivity sets which top-level statements of the cells that
// follow show their value (IPython's ast_node_interactivity). With
// compile.AllExprs the host must define compile.DisplayHookName in
// builtins.
func (s *Session) SetInteractivity(mode compile.Interactivity) { s.interactivity = mode }

// NewSession creates an interpreter with a fresh __main__ module.
func NewSession(opts Options) *Session {
	t := py.NewThread()
	if opts.Stdout != nil {
		t.Stdout = opts.Stdout
	}
	if opts.Stderr != nil {
		t.Stderr = opts.Stderr
	}
	if opts.Stdin != nil {
		t.Stdin = opts.Stdin
	}
	t.MainDir = opts.MainDir
	s := &Session{thread: t, opts: opts, sources: map[string][]string{}}
	s.main = py.NewModule("__main__")
	s.main.Dict.SetStr("__builtins__", builtinsModule(t))
	t.Modules.SetStr("__main__", py.ObjectValue(s.main))
	argv := make([]py.Value, len(opts.Argv))
	for i, a := range opts.Argv {
		argv[i] = py.StrValue(a)
	}
	if len(argv) == 0 {
		argv = []py.Value{py.StrValue("")}
	}
	t.Sys.Dict.SetStr("argv", py.ListValue(argv))
	if opts.MainDir != "" {
		t.Sys.Dict.SetStr("path", py.ListValue([]py.Value{py.StrValue(opts.MainDir)}))
	}
	return s
}

func builtinsModule(t *py.Thread) py.Value {
	m, _ := t.Modules.GetStr("builtins")
	return m
}

// Thread returns the interpreter thread (for hosts that call py directly).
func (s *Session) Thread() *py.Thread { return s.thread }

// Globals returns the __main__ namespace.
func (s *Session) Globals() *py.Dict { return s.main.Dict }

// Interrupt raises KeyboardInterrupt in the running code at the next
// loop back-edge or call. Safe from any goroutine.
// KeyboardInterrupt goes to the main thread, as in CPython, and wakes it
// from a wait (join, acquire, get, sleep); other threads keep running.
func (s *Session) Interrupt() { s.thread.Interrupt.Store(true) }

// SetOutput redirects sys.stdout and sys.stderr.
func (s *Session) SetOutput(stdout, stderr io.Writer) {
	// Under the GIL: running threads write through these.
	defer s.enter()()
	if stdout != nil {
		s.thread.Stdout = stdout
	}
	if stderr != nil {
		s.thread.Stderr = stderr
	}
}

// DefineModule registers a Go module importable in this process (e.g. the
// kernel's display module).
func (s *Session) DefineModule(def *py.ModuleDef) { py.RegisterModule(def) }

// SetGlobal sets a name in __main__.
func (s *Session) SetGlobal(name string, v py.Value) {
	defer s.enter()()
	s.main.Dict.SetStr(name, v)
}

// Source returns the lines of a file or cell the session compiled, for
// tracebacks (nil if unknown).
func (s *Session) Source(filename string) []string { return s.sources[filename] }

// enter makes this session's thread the current one for the duration of
// a call, holding the GIL (nested calls from the same goroutine share the
// outer call's hold).
func (s *Session) enter() func() {
	if s.entered > 0 {
		s.entered++
		return func() { s.entered-- }
	}
	s.entered++
	s.thread.AcquireGIL()
	return func() {
		s.entered--
		s.thread.ReleaseGIL()
	}
}

// compile parses and compiles src; errors are Python SyntaxErrors.
func (s *Session) compile(filename, src string, mode compile.Mode) (*compile.Code, syntax.Mod, error) {
	s.sources[filename] = strings.Split(src, "\n")
	pm := syntax.Exec
	var flags syntax.Flags
	if s.opts.TopLevelAwait {
		flags |= syntax.AllowTopLevelAwait
	}
	if s.opts.IncompleteInput && mode == compile.ModeCell {
		flags |= syntax.AllowIncompleteInput
	}
	if mode == compile.ModeEval {
		pm = syntax.Eval
	}
	mod, err := syntax.Parse(filename, []byte(src), pm, flags)
	if err != nil {
		return nil, nil, py.SyntaxErrorFrom(err)
	}
	code, err := compile.Compile(mod, filename, []byte(src), mode, compile.Options{TopLevelAwait: s.opts.TopLevelAwait, Interactivity: s.interactivity})
	if err != nil {
		return nil, nil, py.SyntaxErrorFrom(err)
	}
	return code, mod, nil
}

// guard converts a Go panic during execution into SystemError (an
// interpreter bug) and resets the VM's frame stack.
func (s *Session) guard(err *error) {
	if r := recover(); r != nil {
		s.thread.ResetStack(0)
		*err = py.Errorf(py.SystemErrorType, "internal error: %v", r)
	}
}

// ExecFile runs a program's source as __main__ (adder run). Like CPython
// at exit, it then waits for the threads the program started that are not
// daemons (threading._shutdown); daemon threads are abandoned: they stop
// the next time they would take the GIL (py.Thread.Finalize).
func (s *Session) ExecFile(filename, src string) (err error) {
	defer s.enter()()
	defer s.finalize(&err)
	defer s.guard(&err)
	code, _, err := s.compile(filename, src, compile.ModeExec)
	if err != nil {
		return err
	}
	s.main.Dict.SetStr("__file__", py.StrValue(filename))
	_, err = s.thread.RunCode(code, s.main.Dict)
	return err
}

// RunFile runs a program's source in __main__ the way IPython's %run
// does: sys.argv is argv while it runs, and the names it defines stay in
// the namespace. Unlike ExecFile it neither waits for the program's
// threads nor stops them, since the session goes on.
func (s *Session) RunFile(filename, src string, argv []string) (err error) {
	defer s.enter()()
	defer s.guard(&err)
	code, _, err := s.compile(filename, src, compile.ModeExec)
	if err != nil {
		return err
	}
	sys := s.thread.Sys.Dict
	if old, ok := sys.GetStr("argv"); ok {
		defer sys.SetStr("argv", old)
	}
	args := make([]py.Value, len(argv))
	for i, a := range argv {
		args[i] = py.StrValue(a)
	}
	sys.SetStr("argv", py.ListValue(args))
	s.main.Dict.SetStr("__file__", py.StrValue(filename))
	_, err = s.thread.RunCode(code, s.main.Dict)
	return err
}

// finalize waits for non-daemon threads if the program imported
// threading, then parks the daemon threads left. An exception from the
// wait (an interrupt) replaces a successful run's nil error.
func (s *Session) finalize(err *error) {
	if m, ok := s.thread.Modules.GetStr("threading"); ok && m.IsValid() {
		if fn, ferr := py.GetAttr(m, "_shutdown"); ferr == nil {
			if _, werr := py.Call(fn, nil, nil); werr != nil && *err == nil {
				*err = werr
			}
		}
	}
	s.thread.Finalize()
}

// ExecCell runs a notebook cell in __main__. If the cell ends with an
// expression statement its value is returned (the zero Value otherwise),
// as IPython displays Out[n].
func (s *Session) ExecCell(src string) (v py.Value, err error) {
	s.cells++
	return s.ExecCellAs(fmt.Sprintf("<cell %d>", s.cells), src)
}

// ExecCellAs is ExecCell with the filename chosen by the host: the kernel
// names cells after their execution count, which silent cells and magics
// do not advance.
func (s *Session) ExecCellAs(filename, src string) (v py.Value, err error) {
	defer s.enter()()
	defer s.guard(&err)
	code, mod, err := s.compile(filename, src, compile.ModeCell)
	if err != nil {
		return py.Value{}, err
	}
	r, err := s.runCell(code)
	if err != nil {
		return py.Value{}, err
	}
	if r.IsNone() && !s.endsWithValue(mod) {
		return py.Value{}, nil
	}
	return r, nil
}

// runCell runs a compiled cell. With top-level await, a cell that awaits
// runs as a coroutine until done on the session's loop, and any other cell
// runs with that loop marked running, as under ipykernel (so
// get_running_loop() works and asyncio.run() refuses).
func (s *Session) runCell(code *compile.Code) (py.Value, error) {
	if !s.opts.TopLevelAwait {
		return s.thread.RunCode(code, s.main.Dict)
	}
	if s.loop == nil {
		s.loop = asyncio.NewSessionLoop()
	}
	if code.Flags&compile.FlagCoroutine != 0 {
		return s.loop.RunUntilComplete(s.thread.NewModuleCoroutine(code, s.main.Dict))
	}
	var r py.Value
	err := s.loop.Do(func() error {
		var err error
		r, err = s.thread.RunCode(code, s.main.Dict)
		return err
	})
	return r, err
}

// BackgroundWake delivers when another Python thread schedules work on
// the session's loop (call_soon_threadsafe) while the host is idle; nil
// before the loop exists.
func (s *Session) BackgroundWake() <-chan struct{} {
	if s.loop == nil {
		return nil
	}
	return s.loop.Wake()
}

// RunBackground lets tasks left running by earlier cells progress for at
// most max while the host is idle. It returns how long until more work is
// due, or ok=false when nothing is scheduled.
func (s *Session) RunBackground(max time.Duration) (next time.Duration, ok bool) {
	if s.loop == nil {
		return 0, false
	}
	s.Do(func() error {
		if s.loop.Pending() {
			// A task's own exception stays with its task; only an
			// interrupt could end RunFor early, and the next cell
			// sees the loop as it is.
			_ = s.loop.RunFor(max)
		}
		next, ok = s.loop.NextWake()
		return nil
	})
	return next, ok
}

// CellFilename returns the filename the n-th executed cell was compiled
// under.
func (s *Session) CellFilename(n int) string { return fmt.Sprintf("<cell %d>", n) }

// endsWithValue reports whether a cell's last statement gives it a value
// under the session's interactivity: a final expression (or, with
// LastExprOrAssign, any final statement, which compile turns into a
// return only for an assignment to one name).
func (s *Session) endsWithValue(mod syntax.Mod) bool {
	m, ok := mod.(*syntax.Module)
	if !ok || len(m.Body) == 0 || s.interactivity == compile.NoExprs {
		return false
	}
	if _, ok = m.Body[len(m.Body)-1].(*syntax.ExprStmt); ok {
		return true
	}
	return s.interactivity == compile.LastExprOrAssign
}

// Eval evaluates an expression in __main__.
func (s *Session) Eval(expr string) (v py.Value, err error) {
	defer s.enter()()
	defer s.guard(&err)
	code, _, err := s.compile("<string>", expr, compile.ModeEval)
	if err != nil {
		return py.Value{}, err
	}
	return s.thread.RunCode(code, s.main.Dict)
}

// Call calls a Python callable on the session's thread.
func (s *Session) Call(fn py.Value, args ...py.Value) (v py.Value, err error) {
	defer s.enter()()
	defer s.guard(&err)
	return py.Call(fn, args, nil)
}

// Do runs f with the session's thread installed (for hosts that use the
// py API directly, e.g. to format a result).
func (s *Session) Do(f func() error) (err error) {
	defer s.enter()()
	defer s.guard(&err)
	return f()
}

// Names lists the names visible at top level (globals, then builtins),
// sorted, for completion.
func (s *Session) Names() []string {
	// Under the GIL: threads may be changing the globals.
	defer s.enter()()
	seen := map[string]bool{}
	var out []string
	for _, d := range []*py.Dict{s.main.Dict, py.BuiltinsDict} {
		for _, k := range d.Keys() {
			if n, ok := py.AsStr(k); ok && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sortStrings(out)
	return out
}

// AttrNames lists dir(v) for attribute completion.
func (s *Session) AttrNames(v py.Value) []string {
	var out []string
	_ = s.Do(func() error {
		r, err := py.Call(py.ObjectValue(mustBuiltin("dir")), []py.Value{v}, nil)
		if err != nil {
			return err
		}
		items, err := py.ToSlice(r)
		if err != nil {
			return err
		}
		for _, it := range items {
			if n, ok := py.AsStr(it); ok {
				out = append(out, n)
			}
		}
		return nil
	})
	return out
}

func mustBuiltin(name string) py.Object {
	v, _ := py.BuiltinsDict.GetStr(name)
	return v.Object()
}

func sortStrings(ss []string) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j] < ss[j-1]; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}

// ExitStatus interprets an uncaught exception as a process exit status:
// SystemExit's code (None → 0, int → itself, other → printed, 1), anything
// else 1. handled reports whether it was a SystemExit.
func ExitStatus(err error) (status int, msg string, isExit bool) {
	e, ok := err.(*py.Exception)
	if !ok || !e.Type().IsSubtype(py.SystemExitType) {
		return 1, "", false
	}
	code := e.Attr("code")
	switch {
	case !code.IsValid() || code.IsNone():
		return 0, "", true
	case code.IsInt():
		return int(code.AsInt()), "", true
	case code.IsBool():
		return int(code.AsInt()), "", true
	}
	s, _ := py.StrString(code)
	return 1, s, true
}
