// This file defines Shell, one session's IPython-like shell: the namespace
// it reads for completion and inspection, and the hooks through which
// magics run code and print.

package shell

import (
	"io"

	"adder/interp/py"
)

// A Shell serves one interpreter session. Its methods must be called on the
// goroutine that owns the interpreter (they read live objects and may call
// __dir__ and attribute getters), one at a time.
type Shell struct {
	// Globals is the user namespace (__main__'s dict). Required.
	Globals *py.Dict
	// Builtins is the builtins namespace; nil means py.BuiltinsDict.
	Builtins *py.Dict
	// Runner compiles and runs code for the magics that need it (%time,
	// %timeit, %run, ...). Nil makes those magics raise UsageError.
	Runner Runner
	// ModuleNames lists importable module names beyond the built-in ones
	// (for instance .py files on sys.path); may be nil.
	ModuleNames func() []string
	// Stdout and Stderr receive the magics' printed output; nil discards.
	Stdout, Stderr io.Writer
	// Display shows rich output (%%html, %%markdown, %%latex); may be nil.
	Display func(data map[string]any)
	// Page receives obj? help as ipykernel's pager payload; may be nil.
	Page func(payload map[string]any)
	// Source returns the source text of a cell or file by the filename its
	// code objects carry, for obj?? and %load of cells; may be nil.
	Source func(filename string) (src string, ok bool)
	// SetNextInput receives text for the next prompt (%load); may be nil.
	SetNextInput func(text string)
	// Confirm asks a yes/no question (%reset without -f); nil answers no.
	Confirm func(prompt string) bool
	// ShowError shows an exception as an error output while the cell goes
	// on (get_ipython().showtraceback()); nil prints it on stderr.
	ShowError func(ename, evalue string, traceback []string)

	hidden map[string]bool // names %who and %reset leave alone
	// ipython is the object get_ipython() returns.
	ipython py.Value
	// executionCount is the count of the cell running now.
	executionCount int
	lastDir        string // for %cd -
	// aliases maps alias names to their shell commands (%alias).
	aliases map[string]string
	// automagicOff turns automagic off (%automagic).
	automagicOff bool
	// loadedExts are the extensions %load_ext has loaded.
	loadedExts map[string]bool
	// inputs are the cells as typed, by execution count (%history).
	inputs []string
	// userMagics are magics defined in Python, by name.
	userMagics map[string]*userMagic
	// lineMagicAliases and cellMagicAliases are made by %alias_magic.
	lineMagicAliases, cellMagicAliases map[string]magicAlias
	// events is get_ipython().events; eventsNS holds its Python classes.
	events   py.Value
	eventsNS *py.Dict
}

// A Runner compiles and runs Python code in the user namespace. The session
// adapter implements it with the interpreter.
type Runner interface {
	// Compile compiles src in mode "exec" or "eval" (top-level await
	// allowed) under filename.
	Compile(src, filename, mode string) (Code, error)
	// Run runs compiled code in the user namespace and returns its value
	// (None for exec mode). Errors are Python exceptions.
	Run(code Code) (py.Value, error)
	// RunFile runs a file's source as a program: __name__ is "__main__",
	// sys.argv is argv, and the names it defines land in the user
	// namespace (what %run does).
	RunFile(filename, src string, argv []string) error
}

// Code is a compiled code object; only the Runner knows what it holds.
type Code any

func (sh *Shell) builtins() *py.Dict {
	if sh.Builtins != nil {
		return sh.Builtins
	}
	return py.BuiltinsDict
}

// lookup finds a name in the user namespace, then in builtins.
func (sh *Shell) lookup(name string) (py.Value, bool) {
	if sh.Globals != nil {
		if v, ok := sh.Globals.GetStr(name); ok {
			return v, true
		}
	}
	return sh.builtins().GetStr(name)
}
