// This file implements the file, shell and display magics: %run, %load,
// %%writefile, !cmd (system) and x = !cmd (getoutput) with $name and {expr}
// expansion, and %%html, %%markdown, %%latex.

package shell

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"adder/interp/py"
)

func init() {
	magics["run"] = &magic{line: lineRun, doc: "Run a Python file as a program (__name__ is \"__main__\"); its names are then in the\ninteractive namespace. Usage: %run FILE.py [ARGS...]"}
	magics["load"] = &magic{line: lineLoad, doc: "Put the contents of a file into the next input: %load FILE.py"}
	magics["writefile"] = &magic{cell: cellWritefile, doc: "Write the cell body to a file: %%writefile [-a] FILE (-a appends)."}
	magics["html"] = &magic{cell: displayMagic("text/html", "HTML"), doc: "Render the cell as HTML."}
	magics["markdown"] = &magic{cell: displayMagic("text/markdown", "Markdown"), doc: "Render the cell as Markdown."}
	magics["latex"] = &magic{cell: displayMagic("text/latex", "Latex"), doc: "Render the cell as LaTeX."}
}

func lineRun(sh *Shell, args string) (py.Value, error) {
	argv, err := splitArgs(args)
	if err != nil {
		return py.Value{}, UsageError("%s", err)
	}
	if len(argv) == 0 {
		return py.Value{}, UsageError("%%run requires a file name")
	}
	r, err := sh.runner()
	if err != nil {
		return py.Value{}, err
	}
	name := argv[0]
	src, err := os.ReadFile(name)
	if err != nil && !strings.HasSuffix(name, ".py") {
		if s2, err2 := os.ReadFile(name + ".py"); err2 == nil {
			name, src, err = name+".py", s2, nil
		}
	}
	if err != nil {
		sh.printErr(fmt.Sprintf("ERROR:root:File `%s` not found.\n", py.StrRepr(name)))
		return py.None, nil
	}
	argv[0] = name
	return py.None, r.RunFile(name, string(src), argv)
}

func lineLoad(sh *Shell, args string) (py.Value, error) {
	name := strings.TrimSpace(args)
	if a, err := splitArgs(name); err == nil && len(a) == 1 {
		name = a[0]
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return py.Value{}, UsageError("File `%s` not found.", name)
	}
	text := "# %load " + strings.TrimSpace(args) + "\n" + string(data)
	if sh.SetNextInput != nil {
		sh.SetNextInput(text)
	}
	return py.None, nil
}

func cellWritefile(sh *Shell, args, body string) (py.Value, error) {
	argv, err := splitArgs(args)
	if err != nil {
		return py.Value{}, UsageError("%s", err)
	}
	appendMode := false
	var name string
	for _, a := range argv {
		switch {
		case a == "-a" || a == "--append":
			appendMode = true
		case name == "":
			name = a
		}
	}
	if name == "" {
		return py.Value{}, UsageError("the following arguments are required: filename")
	}
	_, statErr := os.Stat(name)
	exists := statErr == nil
	flag := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	switch {
	case appendMode:
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		sh.printOut("Appending to " + name + "\n")
	case exists:
		sh.printOut("Overwriting " + name + "\n")
	default:
		sh.printOut("Writing " + name + "\n")
	}
	f, err := os.OpenFile(name, flag, 0o644)
	if err != nil {
		return py.Value{}, py.Errorf(py.OSErrorType, "%v", err)
	}
	defer f.Close()
	if _, err := io.WriteString(f, body); err != nil {
		return py.Value{}, py.Errorf(py.OSErrorType, "%v", err)
	}
	return py.None, nil
}

// displayMagic shows the cell as one MIME type, with IPython's text/plain
// stand-in for its display object.
func displayMagic(mime, class string) func(sh *Shell, args, body string) (py.Value, error) {
	return func(sh *Shell, args, body string) (py.Value, error) {
		data := map[string]any{mime: body, "text/plain": "<IPython.core.display." + class + " object>"}
		if sh.Display != nil {
			sh.Display(data)
		} else {
			sh.printOut(body)
		}
		return py.None, nil
	}
}

// expandCommand substitutes $name, ${name} and {expr} in a shell command
// from the user namespace, as IPython's var_expand does; $$ is a literal $.
// Names that do not resolve are left as written.
func (sh *Shell) expandCommand(cmd string) string {
	var b strings.Builder
	for i := 0; i < len(cmd); i++ {
		c := cmd[i]
		switch {
		case c == '$' && i+1 < len(cmd) && cmd[i+1] == '$':
			b.WriteByte('$')
			i++
		case c == '$':
			j := i + 1
			for j < len(cmd) && (cmd[j] == '_' || cmd[j] == '.' || isAlnum(cmd[j])) {
				j++
			}
			name := strings.TrimRight(cmd[i+1:j], ".")
			if s, ok := sh.exprString(name); ok && name != "" {
				b.WriteString(s)
				i += len(name)
				continue
			}
			b.WriteByte(c)
		case c == '{':
			end := strings.IndexByte(cmd[i:], '}')
			if end > 0 {
				if s, ok := sh.exprString(cmd[i+1 : i+end]); ok {
					b.WriteString(s)
					i += end
					continue
				}
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// exprString evaluates an expression for expansion: with a Runner any
// expression, else a dotted name. The result is str() of the value.
func (sh *Shell) exprString(expr string) (string, bool) {
	expr = strings.TrimSpace(expr)
	if expr == "" {
		return "", false
	}
	var v py.Value
	ok := false
	if sh.Runner != nil {
		if c, err := sh.Runner.Compile(expr, "<expand>", "eval"); err == nil {
			if r, err := sh.Runner.Run(c); err == nil {
				v, ok = r, true
			}
		}
	} else {
		v, ok = sh.evalDotted(expr)
	}
	if !ok {
		return "", false
	}
	s, err := py.StrString(v)
	return s, err == nil
}

// ShellProgram is the program !cmd runs commands with (as sh -c CMD).
var ShellProgram = "/bin/sh"

// System runs a shell command (after expansion), streaming its output and
// error output to the shell's stdout as they come, and sets _exit_code in
// the user namespace.
func (sh *Shell) System(cmd string) error {
	c := exec.Command(ShellProgram, "-c", sh.expandCommand(cmd))
	var output io.Reader
	// afterExit ends the output once the command has exited.
	afterExit := func() {}
	master, tty, err := openPTY()
	if err == nil {
		c.Stdin, c.Stdout, c.Stderr = tty, tty, tty
		c.SysProcAttr = onTerminal(tty)
		defer master.Close()
		output = master
	} else {
		pr, pw := io.Pipe()
		c.Stdout, c.Stderr = pw, pw
		output, afterExit = pr, func() { pw.Close() }
	}
	err = c.Start()
	if tty != nil {
		// Only the command holds the terminal now: reading the master
		// fails (EIO) once the command and its children have closed it.
		tty.Close()
	}
	if err != nil {
		afterExit()
		return py.Errorf(py.OSErrorType, "%v", err)
	}
	done := make(chan struct{})
	go func() {
		c.Wait()
		afterExit()
		close(done)
	}()
	r := bufio.NewReader(output)
	buf := make([]byte, 4096)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			sh.printOut(string(bytes.ToValidUTF8(buf[:n], []byte("\uFFFD"))))
		}
		if err != nil {
			break
		}
	}
	<-done
	code := c.ProcessState.ExitCode()
	sh.Globals.SetStr("_exit_code", py.Int(int64(code)))
	return nil
}

// GetOutput runs a command and returns its output lines as a list of str
// (what x = !cmd assigns).
func (sh *Shell) GetOutput(cmd string) (py.Value, error) {
	c := exec.Command(ShellProgram, "-c", sh.expandCommand(cmd))
	var out bytes.Buffer
	c.Stdout, c.Stderr = &out, &out
	err := c.Run()
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return py.Value{}, py.Errorf(py.OSErrorType, "%v", err)
	}
	text := strings.TrimRight(out.String(), "\n")
	var items []py.Value
	if text != "" {
		for _, l := range strings.Split(text, "\n") {
			items = append(items, py.StrValue(l))
		}
	}
	return py.ListValue(items), nil
}
