package main

// This file implements "adder nbrun": run a notebook's code cells in one
// in-process interpreter session (the same Session, display and traceback
// code the kernel serves, without ZeroMQ) and write the executed notebook
// or print a transcript.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"adder/kernel"
	"adder/notebook"
)

func init() {
	register(&command{
		name:    "nbrun",
		usage:   "nbrun NB.ipynb [-o OUT.ipynb | --inplace] [--timeout S] [--allow-errors]",
		summary: "run a notebook's cells, like jupyter nbconvert --execute",
		help: `Runs every code cell in order in one interpreter session and records the
outputs as a Jupyter client would (stream, display_data, execute_result, error,
clear_output and update_display_data).
  -o, --output OUT  write the executed notebook (nbformat 4.5) to OUT
  --inplace         write it back to NB.ipynb
  --timeout S       interrupt a cell after S seconds and fail (default: no limit)
  --allow-errors    record errors and go on; otherwise stop at the first error
                    (cells tagged raises-exception may always fail)
Without -o or --inplace, each cell and its output is printed to stdout.
Empty cells and cells tagged skip-execution are not run. On failure nothing
is written and the exit status is 1; an unreadable notebook gives 2.`,
		run: runNbrun,
	})
}

type nbrunArgs struct {
	input, output string
	inplace       bool
	allowErrors   bool
	verbose       bool
	timeout       time.Duration
	files         []string
}

// parseNotebookArgs accepts options before or after the file names.
func parseNotebookArgs(name string, args []string, stderr io.Writer) (*nbrunArgs, bool) {
	a := &nbrunArgs{}
	bad := func(format string, v ...any) (*nbrunArgs, bool) {
		fmt.Fprintf(stderr, "adder %s: "+format+"\n", append([]any{name}, v...)...)
		return nil, false
	}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		opt, val, hasVal := strings.Cut(arg, "=")
		value := func() (string, bool) {
			if hasVal {
				return val, true
			}
			if i+1 < len(args) {
				i++
				return args[i], true
			}
			return "", false
		}
		switch {
		case arg == "--":
			a.files = append(a.files, args[i+1:]...)
			i = len(args)
		case name == "nbrun" && (opt == "-o" || opt == "--output"):
			v, ok := value()
			if !ok || v == "" {
				return bad("%s needs a file name", opt)
			}
			a.output = v
		case name == "nbrun" && arg == "--inplace":
			a.inplace = true
		case name == "nbrun" && arg == "--allow-errors":
			a.allowErrors = true
		case arg == "-v" || arg == "--verbose":
			a.verbose = true
		case opt == "--timeout":
			v, ok := value()
			secs, err := strconv.ParseFloat(v, 64)
			if !ok || err != nil || secs < 0 {
				return bad("--timeout needs a number of seconds, got %q", v)
			}
			a.timeout = time.Duration(secs * float64(time.Second))
		case strings.HasPrefix(arg, "-") && arg != "-":
			return bad("unknown option %s", arg)
		default:
			a.files = append(a.files, arg)
		}
	}
	return a, true
}

func runNbrun(args []string) int {
	return nbrun(args, os.Stdout, os.Stderr)
}

func nbrun(args []string, stdout, stderr io.Writer) int {
	a, ok := parseNotebookArgs("nbrun", args, stderr)
	if !ok {
		return 2
	}
	if len(a.files) != 1 || (a.inplace && a.output != "") {
		fmt.Fprintln(stderr, "usage: adder nbrun NB.ipynb [-o OUT.ipynb | --inplace] [--timeout S] [--allow-errors]")
		return 2
	}
	a.input = a.files[0]
	if a.inplace {
		a.output = a.input
	}
	nb, err := notebook.ReadFile(a.input)
	if err != nil {
		fmt.Fprintf(stderr, "adder nbrun: %v\n", err)
		return 2
	}
	sess, ok := notebookSession(stderr, "nbrun")
	if !ok {
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	opts := notebook.Options{Timeout: a.timeout, AllowErrors: a.allowErrors, Name: a.input,
		LanguageInfo: adderLanguageInfo()}
	var printer *notebook.Printer
	if a.output == "" {
		printer = &notebook.Printer{W: stdout, Color: isTerminal(stdout)}
		opts.CellDone = func(i int, _ *notebook.Cell) { printer.CellDone(nb, i) }
	} else {
		opts.Progress = stderr
	}
	var runErr error
	if err := inNotebookDir(a.input, func() { runErr = notebook.Run(ctx, sess, nb, opts) }); err != nil {
		fmt.Fprintf(stderr, "adder nbrun: %v\n", err)
		return 1
	}
	if printer != nil && runErr == nil {
		printer.Finish(nb)
	}
	if runErr != nil {
		reportRunError(stderr, a.input, nb, runErr, printer == nil)
		if errors.Is(runErr, context.Canceled) {
			return 130
		}
		return 1
	}
	if a.output != "" {
		if err := notebook.WriteFile(a.output, nb); err != nil {
			fmt.Fprintf(stderr, "adder nbrun: %v\n", err)
			return 1
		}
	}
	return 0
}

// reportRunError explains why the run stopped; with showTraceback the
// failing cell's traceback is printed too (the transcript already has it).
func reportRunError(stderr io.Writer, name string, nb *notebook.Notebook, err error, showTraceback bool) {
	var ce *notebook.CellError
	if errors.As(err, &ce) {
		if showTraceback {
			c := nb.Cells[ce.Index]
			fmt.Fprintf(stderr, "\nIn [%d]:\n%s\n", ce.Count, strings.TrimRight(c.Source, "\n"))
			p := &notebook.Printer{W: stderr, Color: isTerminal(stderr)}
			p.Output(&notebook.Output{Type: notebook.ErrorOutput, EName: ce.Outcome.EName,
				EValue: ce.Outcome.EValue, Traceback: ce.Outcome.Traceback})
		}
		fmt.Fprintf(stderr, "adder nbrun: %s: %v (use --allow-errors to go on)\n", name, err)
		return
	}
	fmt.Fprintf(stderr, "adder nbrun: %s: %v\n", name, err)
}

// notebookSession makes the interpreter session cells run in: the same one
// "adder kernel" serves.
func notebookSession(stderr io.Writer, cmd string) (kernel.Session, bool) {
	if newKernelSession == nil {
		fmt.Fprintf(stderr, "adder %s: this build has no interpreter linked in\n", cmd)
		return nil, false
	}
	return newKernelSession(), true
}

// adderLanguageInfo is the language_info adder's kernel_info_reply gives,
// which nbclient stores in an executed notebook's metadata.
func adderLanguageInfo() map[string]any {
	return map[string]any{
		"name":               "python",
		"version":            "3.12.1",
		"mimetype":           "text/x-python",
		"file_extension":     ".py",
		"pygments_lexer":     "ipython3",
		"codemirror_mode":    map[string]any{"name": "ipython", "version": 3},
		"nbconvert_exporter": "python",
	}
}

// isTerminal reports whether stream (a reader or writer) is a terminal.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// inNotebookDir runs f with the notebook's directory as the working
// directory, as nbconvert starts its kernel there, so relative paths in
// cells mean the same under both.
func inNotebookDir(path string, f func()) error {
	here, err := os.Getwd()
	if err != nil {
		return err
	}
	if err := os.Chdir(filepath.Dir(path)); err != nil {
		return err
	}
	defer os.Chdir(here)
	f()
	return nil
}
