// Command adder is a Jupyter kernel for Python with its own Python 3.12
// interpreter, in one static binary.
//
// Each subcommand lives in its own file and registers itself in init, so
// this file only parses the command line and dispatches:
//
//	adder kernel -f CONNECTION_FILE   serve a Jupyter client
//	adder install / uninstall / kernelspec
//	adder run FILE.py [ARGS...]       run a program, like python3 FILE.py
//	adder -c CODE [ARGS...]           run code given on the command line
//	adder ast [-a] FILE               print the syntax tree like python3 -m ast
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// version is the adder release, printed by --version.
const version = "0.1.0"

// A command is one subcommand of the adder binary.
type command struct {
	name    string                  // the word after "adder"
	usage   string                  // synopsis, without the leading "adder "
	summary string                  // one line for the command list
	help    string                  // longer text for "adder CMD --help" (optional)
	run     func(args []string) int // returns the process exit status
}

var commands = map[string]*command{}

// register adds a subcommand; each command file calls it from init.
func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("adder: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// interactiveHook runs the interactive prompt when adder is started with no
// arguments on a terminal; the file that implements the prompt sets it.
var interactiveHook func() int

// runCodeHook runs Python source given with -c or on standard input (argv
// becomes sys.argv); the
// file that implements "run" sets it. It is nil until the interpreter is
// linked in.
var runCodeHook func(filename, code string, args []string) int

func main() {
	os.Exit(dispatch(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		// Like python3: a prompt on a terminal, else the program is read
		// from standard input.
		if interactiveHook != nil && isTerminal(stdin) {
			return interactiveHook()
		}
		return runStdin(stdin, []string{""}, stderr)
	}
	switch args[0] {
	case "-h", "--help", "help":
		if len(args) > 1 && args[0] == "help" {
			if c, ok := commands[args[1]]; ok {
				printCommandHelp(stdout, c)
				return 0
			}
		}
		printUsage(stdout)
		return 0
	case "-V", "--version", "version":
		fmt.Fprintf(stdout, "adder %s (Python 3.12 compatible)\n", version)
		return 0
	case "-c":
		if len(args) < 2 {
			fmt.Fprintln(stderr, "Argument expected for the -c option")
			return 2
		}
		return runSource("<string>", args[1], append([]string{"-c"}, args[2:]...), stderr)
	case "-":
		// As python3 -: sys.argv[0] is "-".
		return runStdin(stdin, args, stderr)
	}
	c, ok := commands[args[0]]
	if !ok {
		if strings.HasSuffix(args[0], ".py") {
			// "adder prog.py" behaves like "adder run prog.py", as python3 does.
			if r, ok := commands["run"]; ok {
				return r.run(args)
			}
		}
		fmt.Fprintf(stderr, "adder: unknown command %q\n\n", args[0])
		printUsage(stderr)
		return 2
	}
	for _, a := range args[1:] {
		if a == "--" {
			break
		}
		if a == "-h" || a == "--help" {
			printCommandHelp(stdout, c)
			return 0
		}
		if c.name == "run" && !strings.HasPrefix(a, "-") {
			break // the program's own arguments start here
		}
	}
	return c.run(args[1:])
}

// runStdin runs the program on standard input with argv as sys.argv.
func runStdin(stdin io.Reader, argv []string, stderr io.Writer) int {
	src, err := io.ReadAll(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "adder: reading standard input: %v\n", err)
		return 1
	}
	return runSource("<stdin>", string(src), argv, stderr)
}

func runSource(filename, code string, argv []string, stderr io.Writer) int {
	if runCodeHook == nil {
		fmt.Fprintln(stderr, "adder: this build has no interpreter linked in")
		return 1
	}
	return runCodeHook(filename, code, argv)
}

func printUsage(w io.Writer) {
	fmt.Fprintf(w, "adder %s: a Jupyter kernel for Python, with its own Python 3.12 interpreter.\n\n", version)
	fmt.Fprintln(w, "Usage:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintf(w, "  adder %-20s %s\n", "", "an interactive prompt (on a terminal)")
	for _, n := range names {
		fmt.Fprintf(w, "  adder %-20s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "  adder %-20s %s\n", "FILE.py [ARGS...]", "run a program, as adder run does")
	fmt.Fprintf(w, "  adder %-20s %s\n", "-c CODE [ARGS...]", "run CODE as a Python program")
	fmt.Fprintf(w, "  adder %-20s %s\n", "- [ARGS...]", "run a program read from standard input")
	fmt.Fprintf(w, "  adder %-20s %s\n", "--version", "print the version")
	fmt.Fprintln(w, "\nRun \"adder COMMAND --help\" for more about a command.")
}

func printCommandHelp(w io.Writer, c *command) {
	fmt.Fprintf(w, "Usage: adder %s\n\n%s\n", c.usage, c.summary)
	if c.help != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimRight(c.help, "\n"))
	}
}
