// This file dispatches magics and builds get_ipython(), the object that
// transformed cells call: run_line_magic, run_cell_magic, system,
// getoutput, show_usage and set_next_input. It also defines UsageError,
// which the session shows as "UsageError: ..." on stderr instead of a
// traceback, as IPython does.

package shell

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"adder/display"
	"adder/interp/py"
)

// A magic is one line and/or cell magic.
type magic struct {
	line func(sh *Shell, args string) (py.Value, error)
	cell func(sh *Shell, args, body string) (py.Value, error)
	doc  string
}

// magics maps a name (without %) to its implementation; filled in init by
// the magics_*.go files.
var magics = map[string]*magic{}

var (
	usageErrorOnce sync.Once
	usageErrorType *py.Type
)

// UsageErrorType is IPython's UsageError exception class.
func UsageErrorType() *py.Type {
	usageErrorOnce.Do(func() {
		ns := py.NewDict()
		ns.SetStr("__module__", py.StrValue("IPython.core.error"))
		t, err := py.NewClass(py.TypeType, "UsageError", []*py.Type{py.ExceptionType}, ns)
		if err != nil {
			panic(fmt.Sprintf("shell: creating UsageError: %v", err))
		}
		usageErrorType = t
	})
	return usageErrorType
}

// UsageError builds the exception magics raise for bad usage. The format
// is always a Sprintf format ("%%cd" reads %cd), with or without args.
func UsageError(format string, args ...any) error {
	return py.NewException(UsageErrorType(), py.StrValue(fmt.Sprintf(format, args...)))
}

// IsUsageError reports whether err is a UsageError and gives the text the
// session should print to stderr ("UsageError: ..." and a newline), which
// replaces the traceback.
func IsUsageError(err error) (text string, ok bool) {
	e := py.AsException(err)
	if e == nil || !py.IsInstance(e.Value(), UsageErrorType()) {
		return "", false
	}
	msg, _ := py.StrString(e.Value())
	return "UsageError: " + msg + "\n", true
}

// RunLineMagic runs %name args.
func (sh *Shell) RunLineMagic(name, args string) (py.Value, error) {
	if um := sh.userMagics[name]; um != nil && um.line.IsValid() {
		return py.Call(um.line, []py.Value{py.StrValue(sh.magicArgs(name, um.line, args))}, nil)
	}
	args = sh.magicArgs(name, py.Value{}, args)
	if a, ok := sh.lineMagicAliases[name]; ok {
		return sh.RunLineMagic(a.target, a.withParams(args))
	}
	if cmd, ok := sh.aliases[name]; ok {
		return sh.runAlias(name, cmd, args)
	}
	m, ok := magics[name]
	if !ok || m.line == nil {
		if ok {
			return py.Value{}, UsageError("Line magic function `%%%s` not found (But cell magic `%%%%%s` exists, did you mean that instead?).", name, name)
		}
		return py.Value{}, UsageError("Line magic function `%%%s` not found.", name)
	}
	return m.line(sh, args)
}

// RunCellMagic runs %%name args with the cell body.
func (sh *Shell) RunCellMagic(name, args, body string) (py.Value, error) {
	if um := sh.userMagics[name]; um != nil && um.cell.IsValid() {
		return py.Call(um.cell, []py.Value{py.StrValue(sh.magicArgs(name, um.cell, args)), py.StrValue(body)}, nil)
	}
	args = sh.magicArgs(name, py.Value{}, args)
	if a, ok := sh.cellMagicAliases[name]; ok {
		return sh.RunCellMagic(a.target, a.withParams(args), body)
	}
	m, ok := magics[name]
	if !ok || m.cell == nil {
		if ok {
			return py.Value{}, UsageError("Cell magic `%%%%%s` not found (But line magic `%%%s` exists, did you mean that instead?).", name, name)
		}
		return py.Value{}, UsageError("Cell magic `%%%%%s` not found.", name)
	}
	return m.cell(sh, args, body)
}

// noVarExpand are the magics whose arguments are code, which IPython
// passes on without expanding $name and {expr}.
var noVarExpand = map[string]bool{"time": true, "timeit": true, "prun": true, "debug": true}

// magicArgs expands $name and {expr} in a magic's arguments from the user
// namespace, as IPython's var_expand does, unless the magic opted out
// (noVarExpand, or a Python magic marked with @no_var_expand).
func (sh *Shell) magicArgs(name string, fn py.Value, args string) string {
	if noVarExpand[name] {
		return args
	}
	if fn.IsValid() {
		if v, err := py.GetAttrOpt(fn, "_ipython_magic_no_var_expand"); err == nil && v.IsValid() {
			if yes, _ := py.Truth(v); yes {
				return args
			}
		}
	}
	return sh.expandCommand(args)
}

// printOut writes to the shell's stdout: Stdout when set, else Python's
// sys.stdout, so magic output interleaves with print().
func (sh *Shell) printOut(s string) {
	sh.write(sh.Stdout, "stdout", s)
}

func (sh *Shell) printErr(s string) {
	sh.write(sh.Stderr, "stderr", s)
}

func (sh *Shell) write(w io.Writer, sys, s string) {
	if w != nil {
		io.WriteString(w, s)
		return
	}
	if f := py.SysAttr(sys); f.IsValid() {
		if py.WriteTo(f, s) == nil {
			return
		}
	}
	if sys == "stderr" {
		io.WriteString(os.Stderr, s)
	} else {
		io.WriteString(os.Stdout, s)
	}
}

// Install puts get_ipython (and help, unless the interpreter has one) into
// builtins (nil: py.BuiltinsDict) and
// records the names now in Globals as hidden from %who and %reset.
func (sh *Shell) Install(builtins *py.Dict) error {
	if builtins == nil {
		builtins = sh.builtins()
	}
	sh.initAliases()
	obj, err := sh.ipythonObject()
	sh.ipython = obj
	if err != nil {
		return err
	}
	builtins.SetStr("get_ipython", py.NewBuiltin("get_ipython", func(args []py.Value, kwnames []string) (py.Value, error) {
		if err := py.ArgRange("get_ipython", args, kwnames, 0, 0); err != nil {
			return py.Value{}, err
		}
		return obj, nil
	}))
	if _, ok := builtins.GetStr("help"); !ok {
		builtins.SetStr("help", py.NewBuiltin("help", sh.helpBuiltin))
	}
	sh.HideNames()
	return nil
}

// HideNames records the current user names (In, Out, _, modules the
// session imports at start) so %who, %whos and %reset leave them out.
func (sh *Shell) HideNames() {
	if sh.hidden == nil {
		sh.hidden = map[string]bool{}
	}
	for _, k := range sh.Globals.Keys() {
		if s, ok := py.AsStr(k); ok {
			sh.hidden[s] = true
		}
	}
}

// ipythonObject builds the instance get_ipython() returns.
func (sh *Shell) ipythonObject() (py.Value, error) {
	strArg := func(fname string, args []py.Value, kwnames []string, n int) ([]string, error) {
		if err := py.ArgRange(fname, args, kwnames, n, n); err != nil {
			return nil, err
		}
		out := make([]string, n)
		for i, a := range args {
			s, ok := py.AsStr(a)
			if !ok {
				return nil, py.Errorf(py.TypeErrorType, "%s() argument %d must be str, not %s", fname, i+1, py.TypeName(a))
			}
			out[i] = s
		}
		return out, nil
	}
	methods := []py.MethodDef{
		{Name: "run_line_magic", Fn: func(_ py.Value, args []py.Value, kw []string) (py.Value, error) {
			a, err := strArg("run_line_magic", args, kw, 2)
			if err != nil {
				return py.Value{}, err
			}
			return sh.RunLineMagic(a[0], a[1])
		}},
		{Name: "run_cell_magic", Fn: func(_ py.Value, args []py.Value, kw []string) (py.Value, error) {
			a, err := strArg("run_cell_magic", args, kw, 3)
			if err != nil {
				return py.Value{}, err
			}
			return sh.RunCellMagic(a[0], a[1], a[2])
		}},
		{Name: "system", Fn: func(_ py.Value, args []py.Value, kw []string) (py.Value, error) {
			a, err := strArg("system", args, kw, 1)
			if err != nil {
				return py.Value{}, err
			}
			return py.None, sh.System(a[0])
		}},
		{Name: "getoutput", Fn: func(_ py.Value, args []py.Value, kw []string) (py.Value, error) {
			a, err := strArg("getoutput", args, kw, 1)
			if err != nil {
				return py.Value{}, err
			}
			return sh.GetOutput(a[0])
		}},
		{Name: "showtraceback", Fn: func(_ py.Value, args []py.Value, kw []string) (py.Value, error) {
			return sh.showTraceback(args, kw)
		}},
		{Name: "register_magic_function", Fn: func(_ py.Value, args []py.Value, kw []string) (py.Value, error) {
			return sh.registerMagicFunction(args, kw)
		}},
		{Name: "show_usage", Fn: func(_ py.Value, args []py.Value, kw []string) (py.Value, error) {
			sh.page(usageText)
			return py.None, nil
		}},
		{Name: "set_next_input", Fn: func(_ py.Value, args []py.Value, kw []string) (py.Value, error) {
			a, err := strArg("set_next_input", args, kw, 1)
			if err != nil {
				return py.Value{}, err
			}
			if sh.SetNextInput != nil {
				sh.SetNextInput(a[0])
			}
			return py.None, nil
		}},
	}
	base, err := sh.shellBase()
	if err != nil {
		return py.Value{}, fmt.Errorf("shell: the Python half of get_ipython(): %w", err)
	}
	ns := py.NewDict()
	ns.SetStr("__module__", py.StrValue("ipykernel.zmqshell"))
	cls, err := py.NewClass(py.TypeType, "ZMQInteractiveShell", []*py.Type{base}, ns)
	if err != nil {
		return py.Value{}, fmt.Errorf("shell: creating the shell class: %w", err)
	}
	py.AddMethods(cls, methods)
	obj, err := py.Call(py.ObjectValue(cls), nil, nil)
	if err != nil {
		return py.Value{}, err
	}
	if err := sh.setShellAttributes(obj); err != nil {
		return py.Value{}, fmt.Errorf("shell: attributes of get_ipython(): %w", err)
	}
	if err := sh.installEvents(obj); err != nil {
		return py.Value{}, fmt.Errorf("shell: events of get_ipython(): %w", err)
	}
	if err := installInteractiveTB(obj); err != nil {
		return py.Value{}, fmt.Errorf("shell: get_ipython().InteractiveTB: %w", err)
	}
	return obj, nil
}

// setShellAttributes gives the shell object the attributes code written
// for ipykernel reads: the namespace, the execution count, the config
// (where libraries look for "IPKernelApp" to detect a notebook), and
// display_pub and kernel stand-ins.
func (sh *Shell) setShellAttributes(obj py.Value) error {
	config := py.NewDict()
	config.SetStr("IPKernelApp", py.ObjectValue(py.NewDict()))
	pub, err := sh.displayPublisher()
	if err != nil {
		return err
	}
	kernelNS := py.NewDict()
	kernelNS.SetStr("__module__", py.StrValue("adder.kernel"))
	kernelCls, err := py.NewClass(py.TypeType, "Kernel", []*py.Type{py.ObjectType}, kernelNS)
	if err != nil {
		return err
	}
	kernel, err := py.Call(py.ObjectValue(kernelCls), nil, nil)
	if err != nil {
		return err
	}
	if err := py.SetAttr(kernel, "implementation", py.StrValue("adder")); err != nil {
		return err
	}
	for name, v := range map[string]py.Value{
		"user_ns":         py.ObjectValue(sh.Globals),
		"user_global_ns":  py.ObjectValue(sh.Globals),
		"execution_count": py.Int(int64(sh.executionCount)),
		"config":          py.ObjectValue(config),
		"display_pub":     pub,
		"kernel":          kernel,
	} {
		if err := py.SetAttr(obj, name, v); err != nil {
			return err
		}
	}
	return nil
}

// displayPublisher builds the display_pub object, whose publish(data,
// metadata=None) sends display data as ipykernel's does.
func (sh *Shell) displayPublisher() (py.Value, error) {
	ns := py.NewDict()
	ns.SetStr("__module__", py.StrValue("ipykernel.zmqshell"))
	cls, err := py.NewClass(py.TypeType, "ZMQDisplayPublisher", []*py.Type{py.ObjectType}, ns)
	if err != nil {
		return py.Value{}, err
	}
	py.AddMethods(cls, []py.MethodDef{{Name: "publish", Fn: func(_ py.Value, args []py.Value, kw []string) (py.Value, error) {
		if len(args) == 0 {
			return py.Value{}, py.Errorf(py.TypeErrorType, "publish() missing 1 required positional argument: 'data'")
		}
		j, err := display.ToJSON(args[0])
		if err != nil {
			return py.Value{}, err
		}
		data, ok := j.(map[string]any)
		if !ok {
			return py.Value{}, py.Errorf(py.TypeErrorType, "publish() data must be a dict, not %s", py.TypeName(args[0]))
		}
		if sh.Display != nil {
			sh.Display(data)
		}
		return py.None, nil
	}}})
	return py.Call(py.ObjectValue(cls), nil, nil)
}

// SetExecutionCount updates get_ipython().execution_count; the host calls
// it before each counted cell.
func (sh *Shell) SetExecutionCount(n int) {
	sh.executionCount = n
	if sh.ipython.IsValid() {
		py.SetAttr(sh.ipython, "execution_count", py.Int(int64(n)))
	}
}

// page sends text to the pager: ipykernel's page payload when a Page hook
// is set, else stdout.
func (sh *Shell) page(text string) {
	if sh.Page != nil {
		sh.Page(map[string]any{"source": "page", "data": map[string]any{"text/plain": text}, "start": 0})
		return
	}
	sh.printOut(text)
}

const usageText = `adder: a Python 3.12 kernel with IPython's conveniences.

  obj? / ?obj      show information about obj (obj?? adds source)
  %magic args      run a line magic; %%magic runs a cell magic
  %lsmagic         list the magics
  !cmd             run a shell command; x = !cmd captures its lines
  x = %magic       capture a magic's result
`

// splitArgs splits magic arguments like a POSIX shell: whitespace
// separates, quotes group, backslash escapes outside single quotes.
func splitArgs(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inWord := false
	var quote rune
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else if r == '\\' && quote == '"' && i+1 < len(rs) && (rs[i+1] == '"' || rs[i+1] == '\\') {
				i++
				cur.WriteRune(rs[i])
			} else {
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == '\\' && i+1 < len(rs):
			i++
			cur.WriteRune(rs[i])
			inWord = true
		case r == ' ' || r == '\t' || r == '\n':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("No closing quotation")
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out, nil
}
