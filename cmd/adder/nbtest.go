package main

// This file implements "adder nbtest": re-run notebooks and compare each
// code cell's outputs with the stored ones.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"adder/notebook"
)

func init() {
	register(&command{
		name:    "nbtest",
		usage:   "nbtest [--timeout S] [-v] NB.ipynb...",
		summary: "re-run notebooks and compare outputs with the stored ones",
		help: `Runs each notebook in a fresh interpreter session (errors allowed) and
compares every code cell's outputs with those stored in the file, as nbval does:
streams by name (consecutive chunks merged), every mimetype's data exactly,
errors by ename and evalue (tracebacks and output metadata are not compared).
Prints a unified diff per mismatching cell and ends with "N passed, M failed";
the exit status is 1 on any mismatch or unreadable notebook.
Cell tags:
  nbtest-skip         the cell is not run and not compared (also nbval-skip,
                      skip-execution)
  nbtest-skip-output  the cell runs but its outputs are not compared (also
                      nbval-ignore-output)
Options:
  --timeout S   interrupt a cell after S seconds; it and the cells after fail
  -v            show progress per cell on stderr`,
		run: runNbtest,
	})
}

func runNbtest(args []string) int {
	return nbtest(args, os.Stdout, os.Stderr)
}

func nbtest(args []string, stdout, stderr io.Writer) int {
	a, ok := parseNotebookArgs("nbtest", args, stderr)
	if !ok {
		return 2
	}
	if len(a.files) == 0 {
		fmt.Fprintln(stderr, "usage: adder nbtest [--timeout S] [-v] NB.ipynb...")
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	passed, failed, broken := 0, 0, 0
	for _, file := range a.files {
		nb, err := notebook.ReadFile(file)
		if err != nil {
			fmt.Fprintf(stderr, "adder nbtest: %v\n", err)
			broken++
			continue
		}
		sess, ok := notebookSession(stderr, "nbtest")
		if !ok {
			return 1
		}
		opts := notebook.Options{Timeout: a.timeout, Name: file}
		if a.verbose {
			opts.Progress = stderr
		}
		var rep *notebook.Report
		if cerr := inNotebookDir(file, func() { rep, err = notebook.Check(ctx, sess, file, nb, opts) }); cerr != nil {
			err = cerr
		}
		if err != nil && rep == nil {
			fmt.Fprintf(stderr, "adder nbtest: %v\n", err)
			broken++
			continue
		}
		rep.Write(stdout)
		if err != nil {
			fmt.Fprintf(stderr, "adder nbtest: %s: %v\n", file, err)
		}
		passed += rep.Passed
		failed += rep.Failed
		if errors.Is(err, context.Canceled) {
			break
		}
	}
	fmt.Fprintln(stdout, notebook.Summary(passed, failed))
	if failed > 0 || broken > 0 {
		return 1
	}
	return 0
}
