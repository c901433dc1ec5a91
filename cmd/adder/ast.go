package main

// This file implements "adder ast [-a] FILE", which prints the syntax tree
// of FILE exactly as `python3.12 -m ast [-a] FILE` does.

import (
	"flag"
	"fmt"
	"io"
	"os"

	"adder/interp/syntax"
)

func init() {
	register(&command{
		name:    "ast",
		usage:   "ast [-a] FILE",
		summary: "print a file's syntax tree like python3.12 -m ast",
		help: `Parses FILE (or standard input for "-") and prints ast.dump(tree, indent=3).
  -a   include line and column attributes (like python -m ast -a)`,
		run: runAST,
	})
}

func runAST(args []string) int {
	fs := flag.NewFlagSet("ast", flag.ContinueOnError)
	attrs := fs.Bool("a", false, "include attributes such as line numbers and column offsets")
	fs.BoolVar(attrs, "include-attributes", false, "same as -a")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: adder ast [-a] FILE")
		return 2
	}
	name := fs.Arg(0)
	var src []byte
	var err error
	if name == "-" {
		src, err = io.ReadAll(os.Stdin)
		name = "<stdin>"
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "adder ast: %v\n", err)
		return 1
	}
	tree, err := syntax.Parse(name, src, syntax.Exec, syntax.TypeComments)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			fmt.Fprintf(os.Stderr, "  File %q, line %d\n", se.Filename, se.Lineno)
			fmt.Fprintf(os.Stderr, "%s: %s\n", se.Kind, se.Msg)
			return 1
		}
		fmt.Fprintf(os.Stderr, "adder ast: %v\n", err)
		return 1
	}
	fmt.Println(syntax.Dump(tree, *attrs))
	return 0
}
