// This file turns IPython syntax into Python source, following IPython 8's
// inputtransformer2: cleanup transforms (leading blank lines, a common
// indent, >>> and In [n]: prompts), the %%cell magic line transform, then
// token transforms applied one at a time until none matches (x = %magic,
// x = !cmd, escaped lines such as %magic, !cmd, ?obj, and obj? at the end).
// The result calls get_ipython().run_line_magic and friends, which the
// session defines, so a cell mixing Python and magics compiles as Python.

package shell

import (
	"regexp"
	"sort"
	"strings"

	"adder/interp/syntax"
)

// TransformCell rewrites a cell of IPython input into Python source. It
// never fails: input the transforms do not recognise is returned unchanged
// (with a final newline), and the compiler reports any syntax error.
func TransformCell(cell string) string {
	if !strings.HasSuffix(cell, "\n") {
		cell += "\n"
	}
	lines := splitLines(cell)
	lines = cleanupLines(lines)
	lines = cellMagic(lines)
	lines = tokenTransforms(lines)
	return strings.Join(lines, "")
}

// cleanupLines applies IPython's cleanup transforms in order.
func cleanupLines(lines []string) []string {
	lines = leadingEmptyLines(lines)
	lines = leadingIndent(lines)
	lines = stripPrompts(lines, classicPromptRe, classicInitialRe)
	lines = stripPrompts(lines, ipythonPromptRe, ipythonPromptRe)
	return lines
}

func leadingEmptyLines(lines []string) []string {
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			return lines[i:]
		}
	}
	return lines
}

var indentRe = regexp.MustCompile(`^[ \t]+`)

// leadingIndent removes the first line's indentation from every line that
// starts with it, so an indented paste runs.
func leadingIndent(lines []string) []string {
	if len(lines) == 0 {
		return lines
	}
	space := indentRe.FindString(lines[0])
	if space == "" {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimPrefix(l, space)
	}
	return out
}

var (
	classicPromptRe  = regexp.MustCompile(`^(>>>|\.\.\.)( |$)`)
	classicInitialRe = regexp.MustCompile(`^>>>( |$)`)
	ipythonPromptRe  = regexp.MustCompile(`^(In \[\d+\]: |\s*\.{3,}: ?)`)
)

// stripPrompts removes prompts when the first line starts with one, or the
// second line carries a continuation prompt.
func stripPrompts(lines []string, prompt, initial *regexp.Regexp) []string {
	if len(lines) == 0 {
		return lines
	}
	if !initial.MatchString(lines[0]) && !(len(lines) > 1 && prompt.MatchString(lines[1])) {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if loc := prompt.FindStringIndex(l); loc != nil {
			l = l[loc[1]:]
		}
		out[i] = l
	}
	return out
}

var cellMagicHelpRe = regexp.MustCompile(`^%%\w+\?`)

// cellMagic turns a cell starting with %%name into one run_cell_magic call
// with the rest of the first line and the body.
func cellMagic(lines []string) []string {
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "%%") || cellMagicHelpRe.MatchString(lines[0]) {
		return lines
	}
	name, args, _ := strings.Cut(strings.TrimRightFunc(lines[0][2:], isPySpace), " ")
	body := strings.Join(lines[1:], "")
	return []string{"get_ipython().run_cell_magic(" + pyRepr(name) + ", " + pyRepr(args) + ", " + pyRepr(body) + ")\n"}
}

// A tokenTransform is one match of a token transformer: where it starts,
// its priority among matches at the same place, and how it rewrites lines.
type tokenTransform struct {
	line, col int
	priority  int
	apply     func(lines []string) ([]string, bool)
}

// tokenTransforms applies the first matching token transform until none
// matches (at most 500 rounds, as IPython).
func tokenTransforms(lines []string) []string {
	for range 500 {
		var changed bool
		lines, changed = tokenTransformOnce(lines)
		if !changed {
			break
		}
	}
	return lines
}

func tokenTransformOnce(lines []string) ([]string, bool) {
	toks, _ := tokenizeLines(lines)
	byLine := tokensByLine(toks)
	var cands []tokenTransform
	for _, find := range []func([]string, [][]token) *tokenTransform{findMagicAssign, findSystemAssign, findEscaped, findHelpEnd} {
		if t := find(lines, byLine); t != nil {
			cands = append(cands, *t)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.line != b.line {
			return a.line < b.line
		}
		if a.col != b.col {
			return a.col < b.col
		}
		return a.priority < b.priority
	})
	for _, c := range cands {
		if out, ok := c.apply(lines); ok {
			return out, true
		}
	}
	return lines, false
}

// findAssignOp returns the index of the first "=" outside brackets.
func findAssignOp(line []token) int {
	level := 0
	for i, t := range line {
		switch t.s {
		case "=":
			if level == 0 {
				return i
			}
		case "(", "[", "{":
			level++
		case ")", "]", "}":
			if level > 0 {
				level--
			}
		}
	}
	return -1
}

// endOfContinuedLine returns the last line of a backslash-continued line.
func endOfContinuedLine(lines []string, start int) int {
	end := start
	for strings.HasSuffix(lines[end], "\\\n") {
		end++
		if end >= len(lines) {
			break
		}
	}
	return min(end, len(lines)-1)
}

// assembleContinuedLine joins a backslash-continued line from (line, col)
// into one, dropping each backslash and newline.
func assembleContinuedLine(lines []string, line, col, end int) string {
	parts := append([]string{lines[line][col:]}, lines[line+1:end+1]...)
	var b strings.Builder
	for i, p := range parts {
		p = strings.TrimRightFunc(p, isPySpace)
		if i < len(parts)-1 {
			p = p[:max(len(p)-1, 0)]
			b.WriteString(p + " ")
		} else {
			b.WriteString(p)
		}
	}
	return b.String()
}

// replaceLines returns lines with [start, end] replaced by one line.
func replaceLines(lines []string, start, end int, repl string) []string {
	out := append([]string{}, lines[:start]...)
	out = append(out, repl)
	return append(out, lines[end+1:]...)
}

// findMagicAssign matches "x = %magic args".
func findMagicAssign(lines []string, byLine [][]token) *tokenTransform {
	for _, line := range byLine {
		i := findAssignOp(line)
		if i >= 0 && len(line) >= i+3 && line[i+1].s == "%" && line[i+2].kind == tkName {
			t := line[i+1]
			return &tokenTransform{line: t.line, col: t.col, priority: 10, apply: func(lines []string) ([]string, bool) {
				end := endOfContinuedLine(lines, t.line)
				rhs := assembleContinuedLine(lines, t.line, t.col, end)
				name, args, _ := strings.Cut(rhs[1:], " ")
				call := "get_ipython().run_line_magic(" + pyRepr(name) + ", " + pyRepr(args) + ")"
				return replaceLines(lines, t.line, end, lines[t.line][:t.col]+call+"\n"), true
			}}
		}
	}
	return nil
}

// findSystemAssign matches "x = !cmd".
func findSystemAssign(lines []string, byLine [][]token) *tokenTransform {
	for _, line := range byLine {
		i := findAssignOp(line)
		if i < 0 || strings.HasPrefix(strings.TrimSpace(lines[line[i].line]), "=") || len(line) < i+2 || line[i+1].kind != tkError {
			continue
		}
		for ix := i + 1; ix < len(line) && line[ix].kind == tkError; ix++ {
			t := line[ix]
			if t.s == "!" {
				return &tokenTransform{line: t.line, col: t.col, priority: 10, apply: func(lines []string) ([]string, bool) {
					end := endOfContinuedLine(lines, t.line)
					rhs := assembleContinuedLine(lines, t.line, t.col, end)
					call := "get_ipython().getoutput(" + pyRepr(rhs[1:]) + ")"
					return replaceLines(lines, t.line, end, lines[t.line][:t.col]+call+"\n"), true
				}}
			}
			if strings.TrimSpace(t.s) != "" {
				break
			}
		}
	}
	return nil
}

// findEscaped matches a line whose first token is an escape character:
// ! !! % ? ?? , ; /.
func findEscaped(lines []string, byLine [][]token) *tokenTransform {
	for _, line := range byLine {
		ix := 0
		for ix < len(line) && (line[ix].kind == tkIndent || line[ix].kind == tkDedent) {
			ix++
		}
		if ix >= len(line) {
			continue
		}
		switch line[ix].s {
		case "!", "?", "%", ",", ";", "/":
		default:
			continue
		}
		t := line[ix]
		return &tokenTransform{line: t.line, col: t.col, priority: 10, apply: func(lines []string) ([]string, bool) {
			end := endOfContinuedLine(lines, t.line)
			text := assembleContinuedLine(lines, t.line, t.col, end)
			esc, content := text[:1], text[1:]
			if len(text) > 1 && (text[:2] == "!!" || text[:2] == "??") {
				esc, content = text[:2], text[2:]
			}
			return replaceLines(lines, t.line, end, lines[t.line][:t.col]+escapeCall(esc, content)+"\n"), true
		}}
	}
	return nil
}

// escapeCall is the Python call for one escaped line.
func escapeCall(esc, content string) string {
	switch esc {
	case "!":
		return "get_ipython().system(" + pyRepr(content) + ")"
	case "!!":
		return "get_ipython().getoutput(" + pyRepr(content) + ")"
	case "?", "??":
		if content == "" {
			return "get_ipython().show_usage()"
		}
		return helpCall(content, esc)
	case "%":
		name, args, _ := strings.Cut(content, " ")
		return "get_ipython().run_line_magic(" + pyRepr(name) + ", " + pyRepr(args) + ")"
	case ",":
		name, args, _ := strings.Cut(content, " ")
		return name + `("` + strings.Join(strings.Fields(args), `", "`) + `")`
	case ";":
		name, args, _ := strings.Cut(content, " ")
		return name + `("` + args + `")`
	case "/":
		name, args, _ := strings.Cut(content, " ")
		return name + "(" + strings.Join(strings.Fields(args), ", ") + ")"
	}
	return ""
}

// helpCall is the pinfo/pinfo2/psearch magic call for obj? or ?obj.
func helpCall(target, esc string) string {
	method := "pinfo"
	if esc == "??" {
		method = "pinfo2"
	} else if strings.Contains(target, "*") {
		method = "psearch"
	}
	// IPython builds "method target" and splits it again at the first
	// space, so a target with spaces keeps them in the argument.
	return "get_ipython().run_line_magic(" + pyRepr(method) + ", " + pyRepr(target) + ")"
}

// helpEndRe finds "name.attr?" or "%magic??" at the end of a line. Python's
// pattern also refuses a component starting with a digit; helpEndMatch
// applies that rule, which RE2 cannot express.
var helpEndRe = regexp.MustCompile(`(%{0,2}[\pL\pN_*]+(?:\.[\pL\pN_*]+)*)(\?\??)\n?$`)

// helpEndMatch returns the target and the escape of a help line, trying
// later start positions when a component starts with a digit, as Python's
// search would.
func helpEndMatch(content string) (target, esc string, ok bool) {
	for off := 0; off < len(content); {
		loc := helpEndRe.FindStringSubmatchIndex(content[off:])
		if loc == nil {
			return "", "", false
		}
		target, esc = content[off+loc[2]:off+loc[3]], content[off+loc[4]:off+loc[5]]
		bad := false
		for _, part := range strings.Split(strings.TrimLeft(target, "%"), ".") {
			bad = bad || (part[0] >= '0' && part[0] <= '9')
		}
		if !bad {
			return target, esc, true
		}
		off += loc[0] + 1
	}
	return "", "", false
}

// findHelpEnd matches a logical line ending in ? or ??.
func findHelpEnd(lines []string, byLine [][]token) *tokenTransform {
	for _, line := range byLine {
		if len(line) <= 2 || line[len(line)-2].s != "?" {
			continue
		}
		ix := 0
		for line[ix].kind == tkIndent || line[ix].kind == tkDedent {
			ix++
		}
		start, q := line[ix], line[len(line)-2]
		return &tokenTransform{line: start.line, col: start.col, priority: 5, apply: func(lines []string) ([]string, bool) {
			piece := strings.Join(lines[start.line:q.line+1], "")
			indent, content := piece[:start.col], piece[start.col:]
			target, esc, ok := helpEndMatch(content)
			if !ok {
				return lines, false
			}
			return replaceLines(lines, start.line, q.line, indent+helpCall(target, esc)+"\n"), true
		}}
	}
	return nil
}

// pyRepr is Python's repr of a str.
func pyRepr(s string) string { return syntax.StrRepr(s) }

// isPySpace reports the characters str.strip() removes.
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && (r == 0xa0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000)
}
