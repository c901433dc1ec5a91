// This file implements the namespace and environment magics: %who, %whos,
// %reset, %env, %pwd, %cd, %lsmagic, %magic and the help magics %pinfo,
// %pinfo2 and %psearch.

package shell

import (
	"fmt"
	"os"
	"path"
	"sort"
	"strings"

	"adder/interp/py"
)

func init() {
	magics["who"] = &magic{line: lineWho, doc: "Print the interactive variables, or those of the given type names (%who int str)."}
	magics["whos"] = &magic{line: lineWhos, doc: "Like %who, as a table of name, type and value."}
	magics["reset"] = &magic{line: lineReset, doc: "Delete every interactive variable; -f skips the confirmation."}
	magics["env"] = &magic{line: lineEnv, doc: "Show the environment (%env), one variable (%env NAME), or set one (%env NAME=VALUE or %env NAME VALUE)."}
	magics["pwd"] = &magic{line: linePwd, doc: "Return the current working directory."}
	magics["cd"] = &magic{line: lineCd, doc: "Change the working directory: %cd DIR, %cd (home), %cd - (the previous one)."}
	magics["lsmagic"] = &magic{line: lineLsmagic, doc: "List the available magics."}
	magics["magic"] = &magic{line: lineMagic, doc: "Describe the magic system and each magic."}
	magics["pinfo"] = &magic{line: func(sh *Shell, a string) (py.Value, error) { return sh.pinfo(a, 0) }, doc: "Show information about an object (obj? or ?obj)."}
	magics["pinfo2"] = &magic{line: func(sh *Shell, a string) (py.Value, error) { return sh.pinfo(a, 1) }, doc: "Show information about an object with its source (obj?? or ??obj)."}
	magics["psearch"] = &magic{line: linePsearch, doc: "Search the namespace for names matching a wildcard pattern (a*b?)."}
}

// whoNames lists the interactive variables: not hidden, not starting with
// "_", optionally only of the given type names, sorted.
func (sh *Shell) whoNames(args string) []string {
	types := map[string]bool{}
	for _, t := range strings.Fields(args) {
		types[t] = true
	}
	var out []string
	for _, k := range sh.Globals.Keys() {
		name, ok := py.AsStr(k)
		if !ok || strings.HasPrefix(name, "_") || sh.hidden[name] {
			continue
		}
		if len(types) > 0 {
			v, _ := sh.Globals.GetStr(name)
			if !types[py.TypeName(v)] {
				continue
			}
		}
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

func (sh *Shell) noVariables(args string) {
	if strings.TrimSpace(args) != "" {
		sh.printOut("No variables match your requested type.\n")
	} else {
		sh.printOut("Interactive namespace is empty.\n")
	}
}

func lineWho(sh *Shell, args string) (py.Value, error) {
	names := sh.whoNames(args)
	if len(names) == 0 {
		sh.noVariables(args)
		return py.None, nil
	}
	var b strings.Builder
	count := 0
	for _, n := range names {
		b.WriteString(n + "\t ")
		count++
		if count > 8 {
			count = 0
			b.WriteString("\n")
		}
	}
	b.WriteString("\n")
	sh.printOut(b.String())
	return py.None, nil
}

func lineWhos(sh *Shell, args string) (py.Value, error) {
	names := sh.whoNames(args)
	if len(names) == 0 {
		sh.noVariables(args)
		return py.None, nil
	}
	values := make([]py.Value, len(names))
	typeNames := make([]string, len(names))
	varWidth, typeWidth := len("Variable"), len("Type")
	for i, n := range names {
		values[i], _ = sh.Globals.GetStr(n)
		typeNames[i] = py.TypeName(values[i])
		varWidth = max(varWidth, len([]rune(n)))
		typeWidth = max(typeWidth, len(typeNames[i]))
	}
	varWidth += 3
	typeWidth += 3
	var b strings.Builder
	b.WriteString(padRight("Variable", varWidth) + padRight("Type", typeWidth) + " Data/Info\n")
	b.WriteString(strings.Repeat("-", varWidth+typeWidth+len("Data/Info")+1) + "\n")
	for i, n := range names {
		b.WriteString(padRight(n, varWidth) + padRight(typeNames[i], typeWidth) + " ")
		switch typeNames[i] {
		case "dict", "list", "tuple":
			l, _ := py.Len(values[i])
			fmt.Fprintf(&b, "n=%d\n", l)
		default:
			s, err := py.StrString(values[i])
			if err != nil {
				s = fmt.Sprintf("<object with id %d (str() failed)>", py.ID(values[i]))
			}
			s = strings.ReplaceAll(s, "\n", `\n`)
			if r := []rune(s); len(r) >= 50 {
				s = string(r[:25]) + "<...>" + string(r[len(r)-25:])
			}
			b.WriteString(s + "\n")
		}
	}
	sh.printOut(b.String())
	return py.None, nil
}

func padRight(s string, w int) string {
	if n := len([]rune(s)); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

func lineReset(sh *Shell, args string) (py.Value, error) {
	fields := strings.Fields(args)
	force := false
	for _, f := range fields {
		if f == "-f" {
			force = true
		}
	}
	if !force {
		prompt := "Once deleted, variables cannot be recovered. Proceed (y/[n])?"
		if sh.Confirm == nil || !sh.Confirm(prompt) {
			sh.printOut("Nothing done.\n")
			return py.None, nil
		}
	}
	for _, k := range sh.Globals.Keys() {
		name, ok := py.AsStr(k)
		if ok && !sh.hidden[name] {
			sh.Globals.DelStr(name)
		}
	}
	return py.None, nil
}

func lineEnv(sh *Shell, args string) (py.Value, error) {
	args = strings.TrimSpace(args)
	if args == "" {
		d := py.NewDict()
		env := os.Environ()
		for _, kv := range env {
			k, v, _ := strings.Cut(kv, "=")
			d.SetStr(k, py.StrValue(v))
		}
		return py.ObjectValue(d), nil
	}
	if strings.ContainsAny(args, "= ") {
		var k, v string
		if i := strings.IndexAny(args, "= "); args[i] == '=' {
			k, v = args[:i], args[i+1:]
		} else {
			k, v = args[:i], strings.TrimSpace(args[i+1:])
		}
		if k == "" {
			return py.Value{}, UsageError("invalid variable name: %q", k)
		}
		os.Setenv(k, v)
		sh.printOut(fmt.Sprintf("env: %s=%s\n", k, v))
		return py.None, nil
	}
	v, ok := os.LookupEnv(args)
	if !ok {
		return py.Value{}, UsageError("Environment does not have key: %s", args)
	}
	return py.StrValue(v), nil
}

func linePwd(sh *Shell, args string) (py.Value, error) {
	wd, err := os.Getwd()
	if err != nil {
		return py.Value{}, py.Errorf(py.OSErrorType, "%v", err)
	}
	return py.StrValue(wd), nil
}

func lineCd(sh *Shell, args string) (py.Value, error) {
	target := strings.TrimSpace(args)
	quiet := false
	if strings.HasPrefix(target, "-q ") || target == "-q" {
		quiet, target = true, strings.TrimSpace(strings.TrimPrefix(target, "-q"))
	}
	if a, err := splitArgs(target); err == nil && len(a) == 1 {
		target = a[0]
	}
	prev, _ := os.Getwd()
	switch {
	case target == "":
		home, err := os.UserHomeDir()
		if err != nil {
			return py.Value{}, UsageError("no home directory: %v", err)
		}
		target = home
	case target == "-":
		if sh.lastDir == "" {
			return py.Value{}, UsageError("%%cd -: No previous directory to change to.")
		}
		target = sh.lastDir
	case strings.HasPrefix(target, "~"):
		if home, err := os.UserHomeDir(); err == nil {
			target = home + target[1:]
		}
	}
	if err := os.Chdir(target); err != nil {
		sh.printOut(fmt.Sprintf("[Errno 2] No such file or directory: %s\n", py.StrRepr(target)))
		return py.None, nil
	}
	sh.lastDir = prev
	if !quiet {
		wd, _ := os.Getwd()
		sh.printOut(wd + "\n")
	}
	return py.None, nil
}

// magicLists returns the line and cell magic names with their prefixes.
func magicLists() (line, cell []string) {
	for name, m := range magics {
		if m.line != nil {
			line = append(line, "%"+name)
		}
		if m.cell != nil {
			cell = append(cell, "%%"+name)
		}
	}
	sort.Strings(line)
	sort.Strings(cell)
	return line, cell
}

func lineLsmagic(sh *Shell, args string) (py.Value, error) {
	line, cell := magicLists()
	sh.printOut("Available line magics:\n" + strings.Join(line, "  ") +
		"\n\nAvailable cell magics:\n" + strings.Join(cell, "  ") +
		"\n\n" + automagicState(sh) + "\n")
	return py.None, nil
}

func lineMagic(sh *Shell, args string) (py.Value, error) {
	var b strings.Builder
	b.WriteString("IPython's 'magic' functions\n===========================\n\n")
	b.WriteString("Line magics start with one %, take the rest of the line as arguments,\n" +
		"and can be used in expressions (x = %pwd). Cell magics start with %%,\n" +
		"take the first line as arguments and the rest of the cell as their body.\n\n")
	names := make([]string, 0, len(magics))
	for n := range magics {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m := magics[n]
		prefix := "%"
		if m.line == nil {
			prefix = "%%"
		}
		b.WriteString(prefix + n + ":\n    " + strings.ReplaceAll(strings.TrimSpace(m.doc), "\n", "\n    ") + "\n")
	}
	sh.page(b.String())
	return py.None, nil
}

// pinfo pages the report on a name, or prints that it was not found.
func (sh *Shell) pinfo(name string, detail int) (py.Value, error) {
	name = strings.TrimSpace(name)
	text, ok := sh.InfoText(name, detail)
	if !ok {
		sh.printOut(fmt.Sprintf("Object `%s` not found.\n", name))
		return py.None, nil
	}
	sh.page(text)
	return py.None, nil
}

// magicFields is the report on a magic: its docstring (or, at detail 1,
// the same text, since Go magics have no Python source).
func magicFields(name string, detail int) ([]field, bool) {
	n := strings.TrimLeft(name, "%")
	m, ok := magics[n]
	if !ok {
		return nil, false
	}
	return []field{{"Docstring", m.doc}}, true
}

func linePsearch(sh *Shell, args string) (py.Value, error) {
	pattern := strings.TrimSpace(args)
	if pattern == "" {
		return py.Value{}, UsageError("psearch needs a pattern, e.g. %%psearch a*")
	}
	var found []string
	for _, d := range []*py.Dict{sh.Globals, sh.builtins()} {
		for _, k := range d.Keys() {
			name, _ := py.AsStr(k)
			if ok, _ := path.Match(pattern, name); ok && (!strings.HasPrefix(name, "_") || strings.HasPrefix(pattern, "_")) {
				found = append(found, name)
			}
		}
	}
	sort.Strings(found)
	if len(found) > 0 {
		sh.page(strings.Join(found, "\n") + "\n")
	}
	return py.None, nil
}
