// This file adds IPython's dynamic transforms to a cell: automagic, which
// runs `pwd`, `cd dir` or `ls -l` as the magics (or aliases) they name
// when nothing in the namespace shadows them. Like IPython 8, it applies
// only to a cell that is one line after the static transforms, and a line
// such as `ls = 3` stays Python.

package shell

import (
	"regexp"
	"strings"
)

// Transform rewrites a cell of IPython input into Python source: the
// static transforms of TransformCell, then automagic for a one-line cell.
func (sh *Shell) Transform(cell string) string {
	src := TransformCell(cell)
	if strings.Count(src, "\n") != 1 || !sh.Automagic() {
		return src
	}
	if call, ok := sh.automagicLine(strings.TrimSuffix(src, "\n")); ok {
		return call + "\n"
	}
	return src
}

// Automagic reports whether automagic is on (IPython's default; %automagic
// toggles it).
func (sh *Shell) Automagic() bool { return !sh.automagicOff }

// lineSplitRe splits a line as IPython's split_user_input does: leading
// space, an escape, the "function" part and the rest.
var lineSplitRe = regexp.MustCompile(`^(\s*)([,;/%]|!!?|\?\??)?\s*(%{0,2}[\w.*]*)(.*)$`)

// automagicLine returns the magic call a line stands for, if it is an
// unescaped magic or alias name that nothing shadows.
func (sh *Shell) automagicLine(line string) (string, bool) {
	m := lineSplitRe.FindStringSubmatch(line)
	if m == nil || m[2] != "" {
		return "", false
	}
	pre, ifun, rest := m[1], strings.TrimSpace(m[3]), strings.TrimLeft(m[4], " \t")
	if ifun == "" {
		return "", false
	}
	// IPython's assignment checker runs first: `ls = 1`, `ls == x` and
	// `ls, y = 1, 2` are Python.
	if strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, ",") {
		return "", false
	}
	name := strings.TrimLeft(ifun, "%")
	if !sh.isLineMagic(name) {
		return "", false
	}
	head, _, _ := strings.Cut(ifun, ".")
	if sh.isShadowed(head) {
		return "", false
	}
	return pre + "get_ipython().run_line_magic(" + pyRepr(name) + ", " + pyRepr(rest) + ")", true
}

// isLineMagic reports whether name is a line magic or an alias.
func (sh *Shell) isLineMagic(name string) bool {
	if _, ok := sh.aliases[name]; ok {
		return true
	}
	if um := sh.userMagics[name]; um != nil && um.line.IsValid() {
		return true
	}
	if _, ok := sh.lineMagicAliases[name]; ok {
		return true
	}
	m, ok := magics[name]
	return ok && m.line != nil
}

// isCellMagic reports whether name is a cell magic.
func (sh *Shell) isCellMagic(name string) bool {
	if um := sh.userMagics[name]; um != nil && um.cell.IsValid() {
		return true
	}
	if _, ok := sh.cellMagicAliases[name]; ok {
		return true
	}
	m, ok := magics[name]
	return ok && m.cell != nil
}

// isShadowed reports whether a name in the namespace, builtins or the
// language hides a magic of that name.
func (sh *Shell) isShadowed(name string) bool {
	if _, ok := sh.lookup(name); ok {
		return true
	}
	return hardKeywords[name]
}
