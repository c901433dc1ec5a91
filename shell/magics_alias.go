// This file holds aliases: line magics that run a shell command, as
// IPython defines them on Linux (ls, ll, cat, mkdir, ...), plus %alias and
// %unalias to add and remove them, and %sx/%system to capture a command's
// output.

package shell

import (
	"fmt"
	"sort"
	"strings"

	"adder/interp/py"
)

func init() {
	magics["alias"] = &magic{line: lineAlias, doc: "Define an alias for a system command: %alias NAME CMD. In CMD, %s takes one\nargument each and %l the whole line. Without arguments, list the aliases."}
	magics["unalias"] = &magic{line: lineUnalias, doc: "Remove an alias: %unalias NAME."}
	magics["alias_magic"] = &magic{line: lineAliasMagic, doc: "Make a magic that runs another: %alias_magic [-l] [-c] [-p PARAMS] NAME TARGET. -l and -c choose\nthe line or cell kind (default: the kinds TARGET has); PARAMS go before the alias's own arguments."}
	magics["sx"] = &magic{line: lineSx, doc: "Run a shell command and return its output lines as a list: %sx CMD."}
	magics["system"] = &magic{line: lineSx, doc: "Run a shell command and return its output lines as a list: %system CMD."}
}

// defaultAliases are IPython's aliases on Linux.
var defaultAliases = map[string]string{
	"mkdir": "mkdir", "rmdir": "rmdir", "mv": "mv", "rm": "rm", "cp": "cp", "cat": "cat",
	"ls":   "ls -F --color",
	"ll":   "ls -F -o --color",
	"lf":   "ls -F -o --color %l | grep ^-",
	"lk":   "ls -F -o --color %l | grep ^l",
	"ldir": "ls -F -o --color %l | grep /$",
	"lx":   "ls -F -o --color %l | grep ^-..x",
}

// initAliases gives the shell IPython's default aliases.
func (sh *Shell) initAliases() {
	sh.aliases = make(map[string]string, len(defaultAliases))
	for k, v := range defaultAliases {
		sh.aliases[k] = v
	}
}

// aliasCommand expands an alias with the rest of the line: %l takes the
// whole rest, each %s one argument, and what remains is appended.
func aliasCommand(name, cmd, rest string) (string, error) {
	nargs := strings.Count(cmd, "%s") - strings.Count(cmd, "%%s")
	cmd = strings.ReplaceAll(cmd, "%l", rest)
	if nargs == 0 {
		cmd = strings.ReplaceAll(cmd, "%%s", "%s")
		return cmd + " " + rest, nil
	}
	args := strings.Fields(rest)
	if len(args) < nargs {
		return "", UsageError("Alias <%s> requires %d arguments, %d given.", name, nargs, len(args))
	}
	var b strings.Builder
	used := 0
	for i := 0; i < len(cmd); i++ {
		switch {
		case strings.HasPrefix(cmd[i:], "%%"):
			b.WriteByte('%')
			i++
		case strings.HasPrefix(cmd[i:], "%s"):
			b.WriteString(args[used])
			used++
			i++
		default:
			b.WriteByte(cmd[i])
		}
	}
	return b.String() + " " + strings.Join(args[nargs:], " "), nil
}

// runAlias runs an alias as a shell command.
func (sh *Shell) runAlias(name, cmd, rest string) (py.Value, error) {
	full, err := aliasCommand(name, cmd, rest)
	if err != nil {
		return py.Value{}, err
	}
	return py.None, sh.System(full)
}

func lineAlias(sh *Shell, args string) (py.Value, error) {
	args = strings.TrimSpace(args)
	if args == "" {
		names := make([]string, 0, len(sh.aliases))
		for n := range sh.aliases {
			names = append(names, n)
		}
		sort.Strings(names)
		sh.printOut(fmt.Sprintf("Total number of aliases: %d\n", len(names)))
		items := make([]py.Value, len(names))
		for i, n := range names {
			items[i] = py.NewTuple(py.StrValue(n), py.StrValue(sh.aliases[n]))
		}
		return py.ListValue(items), nil
	}
	name, cmd, _ := strings.Cut(args, " ")
	cmd = strings.TrimSpace(cmd)
	if cmd == "" {
		cmd = name
	}
	if hardKeywords[name] || name == "cd" || name == "popd" || name == "pushd" || name == "dhist" || name == "alias" || name == "unalias" {
		return py.Value{}, py.Errorf(py.ValueErrorType, "The name %s can't be aliased because it is a keyword or builtin.", name)
	}
	if strings.Count(cmd, "%s") > 0 && strings.Contains(cmd, "%l") {
		return py.Value{}, py.Errorf(py.ValueErrorType, "The %%s and %%l specifiers are mutually exclusive in alias definitions.")
	}
	sh.aliases[name] = cmd
	return py.None, nil
}

func lineUnalias(sh *Shell, args string) (py.Value, error) {
	name := strings.TrimSpace(args)
	if _, ok := sh.aliases[name]; !ok {
		sh.printErr(fmt.Sprintf("%s is not an alias\n", name))
		return py.None, nil
	}
	delete(sh.aliases, name)
	return py.None, nil
}

func lineSx(sh *Shell, args string) (py.Value, error) {
	return sh.GetOutput(args)
}

// A magicAlias is a magic made by %alias_magic: target with params first.
type magicAlias struct{ target, params string }

// withParams is the argument string a magic alias passes on.
func (a magicAlias) withParams(args string) string {
	if a.params == "" {
		return args
	}
	return a.params + " " + args
}

func lineAliasMagic(sh *Shell, args string) (py.Value, error) {
	fields, err := splitArgs(args)
	if err != nil {
		return py.Value{}, UsageError("%s", err)
	}
	var line, cell bool
	var params *string
	var names []string
	for i := 0; i < len(fields); i++ {
		switch f := fields[i]; f {
		case "-l", "--line":
			line = true
		case "-c", "--cell":
			cell = true
		case "-p", "--params":
			if i+1 >= len(fields) {
				return py.Value{}, UsageError("argument -p/--params: expected one argument")
			}
			i++
			p := fields[i]
			params = &p
		default:
			names = append(names, f)
		}
	}
	if len(names) != 2 {
		return py.Value{}, UsageError("the following arguments are required: name, target")
	}
	name, target := strings.TrimLeft(names[0], "%"), strings.TrimLeft(names[1], "%")
	p := ""
	if params != nil {
		p = *params
		if len(p) >= 2 && (p[0] == '"' || p[0] == '\'') && p[len(p)-1] == p[0] {
			p = p[1 : len(p)-1]
		}
	}
	hasLine, hasCell := sh.isLineMagic(target), sh.isCellMagic(target)
	if line && !hasLine {
		return py.Value{}, UsageError("Line magic function `%%%s` not found.", target)
	}
	if cell && !hasCell {
		return py.Value{}, UsageError("Cell magic function `%%%%%s` not found.", target)
	}
	if !line && !cell {
		if !hasLine && !hasCell {
			return py.Value{}, UsageError("No line or cell magic with name `%s` found.", target)
		}
		line, cell = hasLine, hasCell
	}
	shown := ""
	if params != nil {
		shown = " " + p
	}
	a := magicAlias{target: target, params: p}
	if line {
		if sh.lineMagicAliases == nil {
			sh.lineMagicAliases = map[string]magicAlias{}
		}
		sh.lineMagicAliases[name] = a
		sh.printOut(fmt.Sprintf("Created `%%%s` as an alias for `%%%s%s`.\n", name, target, shown))
	}
	if cell {
		if sh.cellMagicAliases == nil {
			sh.cellMagicAliases = map[string]magicAlias{}
		}
		sh.cellMagicAliases[name] = a
		sh.printOut(fmt.Sprintf("Created `%%%%%s` as an alias for `%%%%%s%s`.\n", name, target, shown))
	}
	return py.None, nil
}
