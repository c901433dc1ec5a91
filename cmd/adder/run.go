// This file implements "adder run FILE.py [ARGS...]" and the -c / stdin
// entry points: run a program like python3 does, with CPython's traceback
// on stderr and its exit status.

package main

import (
	"bufio"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"

	"adder/display"
	"adder/interp"
	"adder/interp/py"
)

func init() {
	register(&command{
		name:    "run",
		usage:   "run FILE.py [ARGS...]",
		summary: "run a Python program, like python3 FILE.py",
		run:     runRun,
	})
	runCodeHook = runProgram
}

func runRun(args []string) int {
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: adder run FILE.py [ARGS...]")
		return 2
	}
	src, err := os.ReadFile(args[0])
	if err != nil {
		fmt.Fprintf(os.Stderr, "adder: can't open file '%s': %v\n", args[0], err)
		return 2
	}
	name := args[0]
	if abs, err := filepath.Abs(name); err == nil {
		name = abs // CPython reports __main__'s path absolute
	}
	return runProgram(name, string(src), args)
}

// runCode runs code given with -c.
func runCode(code string, args []string) int {
	return runProgram("<string>", code, append([]string{"-c"}, args...))
}

// runProgram runs src as __main__ with sys.argv = argv and returns the
// exit status.
func runProgram(filename, src string, argv []string) int {
	defer startProfile()() // ADDER_CPUPROFILE=file (profile.go)
	// Python programs allocate many short-lived objects; a larger heap
	// target trades some memory for much less GC time, stepped down as the
	// live heap grows (gctune.go) so big heaps do not peak at 5x their
	// size. GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercentFor(0))
		armGCTuner()
	}
	out := bufio.NewWriterSize(os.Stdout, 64*1024)
	errw := &flushFirst{out: out}
	dir := ""
	if filename != "<string>" && filename != "<stdin>" {
		if abs, err := filepath.Abs(filename); err == nil {
			dir = filepath.Dir(abs)
		}
	} else if wd, err := os.Getwd(); err == nil {
		dir = wd
	}
	s := interp.NewSession(interp.Options{Stdout: out, Stderr: errw, Stdin: os.Stdin, Argv: argv, MainDir: dir})
	// Ctrl-C raises KeyboardInterrupt in the program, as in CPython.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-sigs:
				s.Interrupt()
			case <-done:
				return
			}
		}
	}()
	err := s.ExecFile(filename, src)
	signal.Stop(sigs)
	close(done)
	status := 0
	if err != nil {
		code, msg, isExit := interp.ExitStatus(err)
		status = code
		out.Flush()
		if isExit {
			if msg != "" {
				fmt.Fprintln(os.Stderr, msg)
			}
		} else {
			printTraceback(s, err)
			if e, ok := err.(*py.Exception); ok && e.Type().IsSubtype(py.KeyboardInterruptType) {
				status = 130 // CPython dies by SIGINT: the shell sees 128+2
			}
		}
	}
	out.Flush()
	return status
}

func printTraceback(s *interp.Session, err error) {
	fmt.Fprint(os.Stderr, tracebackText(s, err))
}

// tracebackText formats err as CPython prints an uncaught exception. Source
// lines come from the session (the program, cells) or, for imported .py
// files, from disk (display.CellSource does both).
func tracebackText(s *interp.Session, err error) string {
	exc := py.AsException(err)
	var text string
	_ = s.Do(func() error {
		src := display.CellSource(s.Source)
		d := display.FromPy(exc, func(filename string) ([]string, int) {
			if filename == "<string>" || filename == "<stdin>" {
				return nil, 0 // CPython cannot show these sources either
			}
			return src(filename)
		})
		text = display.PlainTraceback(d)
		return nil
	})
	return text
}

// flushFirst writes to stderr after flushing buffered stdout, so the
// interleaving matches an unbuffered run.
type flushFirst struct{ out *bufio.Writer }

func (f *flushFirst) Write(p []byte) (int, error) {
	f.out.Flush()
	return os.Stderr.Write(p)
}
