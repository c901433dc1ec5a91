// This file formats an exception as the `traceback` list of a Jupyter
// error message, in the layout IPython 8 (ipykernel 6.17) uses with its
// LightBG colour scheme: a red rule, a header per exception, one element
// per frame with highlighted context lines, and "Name: value".
//
// Beyond that IPython, and unless IPythonOptions.Compat is set, it also
// prints CPython 3.12's ^^^/~~~^~~~ marker line under the failing line,
// the exception's notes, and the members of exception groups in CPython's
// box drawing. Repeated recursive frames are folded IPython's way
// ("[... skipping similar frames: f at line 2 (996 times)]"): it names the
// function and the count in one line, which reads better in a notebook
// than CPython's three copies plus "[Previous line repeated ...]".

package display

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode/utf8"
)

// IPython's LightBG colours.
const (
	colNormal     = "\x1b[0m"
	colTopline    = "\x1b[0;31m" // red
	colExcName    = "\x1b[0;31m"
	colFilenameEm = "\x1b[0;32m" // green
	colLineno     = "\x1b[1;32m" // light green
	colLinenoEm   = "\x1b[0;32m"
	colVName      = "\x1b[0;36m" // cyan
	colValEm      = "\x1b[0;34m" // blue
	colNormalEm   = "\x1b[0;36m"
	colLine       = "\x1b[0;31m"
	colCaret      = "\x1b[0m"
)

// ruleWidth is IPython's min(75, terminal width); kernels have no
// terminal, so the width is always 75.
const ruleWidth = 75

// IPythonOptions adjusts IPythonTraceback.
type IPythonOptions struct {
	// Compat produces exactly what ipykernel 6.17 with IPython 8.5 sends:
	// no marker lines, no notes, no exception group members.
	Compat bool
	// Verbose adds what %xmode Verbose shows: the frames' argument values
	// (Frame.ArgValues) and the values of the expressions on the failing
	// line (Frame.Vars).
	Verbose bool
}

// IPythonTraceback returns the `traceback` list of the error message for e,
// with adder's additions to IPython's layout (see IPythonOptions).
func IPythonTraceback(e *Exception) []string {
	return IPythonTracebackWith(e, IPythonOptions{})
}

// IPythonError returns the ename, evalue and traceback of the Jupyter
// error message (and error execute_reply) for e, in the mode set by
// SetTracebackMode (%xmode).
func IPythonError(e *Exception) (ename, evalue string, traceback []string) {
	return e.bareName(), e.Message, IPythonTracebackMode(e, CurrentTracebackMode(), IPythonOptions{})
}

// IPythonTracebackWith is IPythonTraceback with options.
func IPythonTracebackWith(e *Exception, o IPythonOptions) []string {
	if e.Syntax != nil {
		if len(e.Frames) == 0 {
			return []string{ipySyntaxError(e)}
		}
		// IPython shows a SyntaxError raised by running code (compile,
		// exec, import) with its SyntaxTB in every mode: the list layout.
		return listTraceback(e, o, true)
	}
	f := &ipyFormatter{opts: o}
	return append([]string{colTopline + strings.Repeat("-", ruleWidth) + colNormal}, f.chain(e)...)
}

// ipyFormatter formats one traceback list.
type ipyFormatter struct {
	opts  IPythonOptions
	depth int // exception group nesting
}

// chain formats e and the exceptions chained to it, oldest first, as
// IPython's VerboseTB does (the first one with 5 lines of context, the
// chained ones with 3).
func (f *ipyFormatter) chain(e *Exception) []string {
	var parts [][]string
	parts = append(parts, f.whole(e, 5))
	cur := e
	next, _ := cur.chained()
	if next == nil {
		return flattenReversed(parts)
	}
	parts = append(parts, []string{chainMessage(cur)})
	cur = next
	seen := map[*Exception]bool{}
	for cur != nil {
		parts = append(parts, f.whole(cur, 3))
		next, _ := cur.chained()
		if next != nil && !seen[next] {
			seen[next] = true
			parts = append(parts, []string{chainMessage(cur)})
			cur = next
		} else {
			cur = nil
		}
	}
	return flattenReversed(parts)
}

// chainMessage is the separator IPython prints above e: e's cause or its
// context decides the wording.
func chainMessage(e *Exception) string {
	if e.Cause != nil {
		return "\nThe above exception was the direct cause of the following exception:\n"
	}
	return "\nDuring handling of the above exception, another exception occurred:\n"
}

func flattenReversed(parts [][]string) []string {
	var out []string
	for i := len(parts) - 1; i >= 0; i-- {
		out = append(out, parts[i]...)
	}
	return out
}

// whole formats one exception: header, frames, "Name: value".
func (f *ipyFormatter) whole(e *Exception, context int) []string {
	name := e.bareName()
	head := colExcName + name + colNormal
	pad := ruleWidth - len(name)
	title := "Traceback (most recent call last)"
	if pad > len(title) {
		title = strings.Repeat(" ", pad-len(title)) + title
	}
	out := []string{head + title}
	ctx := context - 1
	after := ctx / 2
	before := ctx - after
	for _, r := range collapseRepeated(e.Frames) {
		if r.repeated != "" {
			out = append(out, "    "+colExcName+"[... skipping similar frames: "+r.repeated+"]"+colNormal+"\n")
			continue
		}
		out = append(out, f.frame(r.frame, before, after))
	}
	last := colExcName + name + colNormal + ": " + e.Message
	if !f.opts.Compat {
		last += e.Suggestion
		for _, n := range e.Notes {
			last += "\n" + n
		}
	}
	out = append(out, last)
	if !f.opts.Compat && e.Group != nil {
		out = append(out, f.groupMembers(e)...)
	}
	return out
}

// groupMembers formats the members of an exception group in CPython's box
// drawing, each member's traceback lines behind a "| " margin.
func (f *ipyFormatter) groupMembers(e *Exception) []string {
	if f.depth >= maxGroupDepth {
		return []string{fmt.Sprintf("... (max_group_depth is %d)", maxGroupDepth)}
	}
	var out []string
	n := len(e.Group)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	// Nesting shows through the margins the enclosing group adds.
	indent := ""
	for i := 0; i < n; i++ {
		corner := "  "
		if i == 0 {
			corner = "+-"
		}
		title := fmt.Sprint(i + 1)
		if i >= maxGroupWidth {
			title = "..."
		}
		out = append(out, indent+corner+"+---------------- "+title+" ----------------")
		var member []string
		if i >= maxGroupWidth {
			rest := len(e.Group) - maxGroupWidth
			plural := ""
			if rest > 1 {
				plural = "s"
			}
			member = []string{fmt.Sprintf("and %d more exception%s", rest, plural)}
		} else {
			f.depth++
			member = f.chain(e.Group[i])
			f.depth--
		}
		for _, el := range member {
			out = append(out, marginLines(el, indent+"  | "))
		}
	}
	out = append(out, indent+"  +------------------------------------")
	return out
}

// marginLines puts margin in front of every line of s.
func marginLines(s, margin string) string {
	trail := strings.HasSuffix(s, "\n")
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i := range lines {
		lines[i] = margin + lines[i]
	}
	out := strings.Join(lines, "\n")
	if trail {
		out += "\n"
	}
	return out
}

// A record is a frame to print, or a description of folded repeats.
type record struct {
	frame    *Frame
	repeated string
}

// frameKey identifies a frame's code and line, as IPython's folding does.
type frameKey struct {
	file   string
	cell   int
	name   string
	first  int
	lineno int
}

func keyOf(f *Frame) frameKey {
	return frameKey{f.Filename, f.Cell, ipyQualname(f), f.FirstLineno, f.Lineno}
}

// collapseRepeated folds runs of frames whose code and line appear more
// than three times in the traceback, keeping the first two and the last
// occurrence of each, as stack_data does for IPython.
func collapseRepeated(frames []Frame) []record {
	counts := map[frameKey]int{}
	for i := range frames {
		counts[keyOf(&frames[i])]++
	}
	keep := make([]bool, len(frames))
	for i := 0; i < len(frames); {
		if counts[keyOf(&frames[i])] <= 3 {
			keep[i] = true
			i++
			continue
		}
		// A run of common frames: mark first, second and last of each key.
		j := i
		for j < len(frames) && counts[keyOf(&frames[j])] > 3 {
			j++
		}
		seen := map[frameKey]int{}
		lastAt := map[frameKey]int{}
		for k := i; k < j; k++ {
			key := keyOf(&frames[k])
			if seen[key] < 2 {
				keep[k] = true
			}
			seen[key]++
			lastAt[key] = k
		}
		for _, k := range lastAt {
			keep[k] = true
		}
		i = j
	}
	var out []record
	for i := 0; i < len(frames); {
		if keep[i] {
			out = append(out, record{frame: &frames[i]})
			i++
			continue
		}
		j := i
		for j < len(frames) && !keep[j] {
			j++
		}
		out = append(out, record{repeated: describeRepeats(frames[i:j])})
		i = j
	}
	return out
}

// describeRepeats is "f at line 2 (996 times), g at line 5 (3 times)":
// the most frequent first, ties by name.
func describeRepeats(frames []Frame) string {
	type entry struct {
		key   frameKey
		count int
	}
	idx := map[frameKey]int{}
	var es []entry
	for i := range frames {
		k := keyOf(&frames[i])
		if j, ok := idx[k]; ok {
			es[j].count++
			continue
		}
		idx[k] = len(es)
		es = append(es, entry{k, 1})
	}
	sort.SliceStable(es, func(a, b int) bool {
		if es[a].count != es[b].count {
			return es[a].count > es[b].count
		}
		return es[a].key.name < es[b].key.name
	})
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = fmt.Sprintf("%s at line %d (%d times)", e.key.name, e.key.lineno, e.count)
	}
	return strings.Join(parts, ", ")
}

// frame formats one frame element: its location line and context lines.
func (f *ipyFormatter) frame(fr *Frame, before, after int) string {
	var b strings.Builder
	b.WriteString(frameLink(fr))
	if q := ipyQualname(fr); q != "<module>" {
		args := "(" + strings.Join(fr.Args, ", ") + ")"
		if f.opts.Verbose && fr.ArgValues != "" {
			args = fr.ArgValues
		}
		b.WriteString(", in " + colVName + q + colValEm + args + colNormal)
	}
	b.WriteString("\n")
	for _, l := range f.contextLines(fr, before, after) {
		b.WriteString(l)
	}
	return b.String()
}

// ipyQualname is the name IPython shows for a frame's function: the
// qualified name of functions, classes and lambdas, the plain code name of
// anything else (comprehensions, generator expressions, modules).
func ipyQualname(fr *Frame) string {
	if strings.HasPrefix(fr.Name, "<") && fr.Name != "<lambda>" {
		return fr.Name
	}
	return fr.qualname()
}

// frameLink is "Cell In [N], line L" or "File path:L".
func frameLink(fr *Frame) string {
	if fr.Cell != 0 {
		return fmt.Sprintf("Cell %sIn [%d], line %d%s", colFilenameEm, fr.Cell, fr.Lineno, colNormal)
	}
	return fmt.Sprintf("File %s%s:%d%s", colFilenameEm, compressUser(fr.Filename), fr.Lineno, colNormal)
}

// compressUser abbreviates the home directory to ~, as IPython does.
func compressUser(path string) string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" || home == "/" {
		return path
	}
	if path == home || strings.HasPrefix(path, home+"/") {
		return "~" + path[len(home):]
	}
	return path
}

// contextLines renders the lines IPython shows for a frame: the piece of
// the failing line with `before` pieces before it and `after` pieces after
// it, all within the frame's function (or the whole cell or module).
func (f *ipyFormatter) contextLines(fr *Frame, before, after int) []string {
	src := fr.Source
	if len(src) == 0 || fr.Lineno < 1 || fr.Lineno > len(src) {
		return nil
	}
	lls := splitLogical(src)
	pieces := makePieces(src, lls)
	sStart, sEnd, sCol := scopeOf(src, lls, fr.Lineno, fr.Name == "<module>")
	var scope []piece
	at := -1
	for _, p := range pieces {
		if sStart <= p.start && p.end <= sEnd {
			if p.start <= fr.Lineno && fr.Lineno < p.end {
				at = len(scope)
			}
			scope = append(scope, p)
		}
	}
	if at < 0 {
		return nil
	}
	lo, hi := max(0, at-before), min(len(scope), at+1+after)
	const gap = -1
	var shown []int
	for i := lo; i < hi; i++ {
		var ls []int
		for n := scope[i].start; n < scope[i].end; n++ {
			ls = append(ls, n)
		}
		if i != at && len(ls) > 6 {
			// stack_data keeps 2 lines, a gap and 3 lines of a long piece.
			ls = append(append(append([]int{}, ls[:3]...), gap), ls[len(ls)-2:]...)
		}
		shown = append(shown, ls...)
	}
	indent := commonIndent(src, shown)
	hl := f.highlightScope(fr, sStart, sEnd, sCol)
	var out []string
	for _, n := range shown {
		if n == gap {
			out = append(out, colLinenoEm+"   (...)"+colNormal+"\n")
			continue
		}
		text := src[n-1]
		rendered := text
		if k := n - sStart; k >= 0 && k < len(hl) {
			rendered = hl[k]
		}
		if indent > 0 && indent <= len(text) {
			rendered = strings.Replace(rendered, text[:indent], "", 1)
		}
		num := fmt.Sprintf("%7d", n)
		color := colLineno
		if n == fr.Lineno {
			num = arrow(7-len(fmt.Sprint(n))) + fmt.Sprint(n)
			color = colLinenoEm
		}
		out = append(out, color+num+colNormal+" "+strings.TrimRight(rendered, "\n")+"\n")
		if n == fr.Lineno && !f.opts.Compat {
			if col, marks := markerSpan(fr); marks != "" {
				out = append(out, strings.Repeat(" ", 8+max(0, col-indent))+marks+"\n")
			}
		}
		if n == fr.Lineno && f.opts.Verbose && len(fr.Vars) > 0 {
			out = append(out, verboseVars(fr.Vars))
		}
	}
	return out
}

// verboseVars is the block of "name = value" lines %xmode Verbose puts
// under the failing line, each line indented by 8 spaces.
func verboseVars(vars []Var) string {
	const indent = "        "
	parts := make([]string, len(vars))
	for i, v := range vars {
		parts[i] = v[0] + " " + colValEm + "= " + v[1] + colNormal
	}
	return indent + strings.Join(parts, colValEm+"\n"+indent+colNormal) + "\n"
}

// arrow is IPython's "---->" of the given width.
func arrow(pad int) string {
	switch {
	case pad >= 2:
		return strings.Repeat("-", pad-2) + "> "
	case pad == 1:
		return ">"
	}
	return ""
}

// commonIndent is the indentation (in bytes) common to the non-blank
// shown lines, as textwrap.dedent computes it.
func commonIndent(src []string, shown []int) int {
	var margin string
	first := true
	for _, n := range shown {
		if n < 1 {
			continue
		}
		line := src[n-1]
		if strings.TrimSpace(line) == "" {
			continue
		}
		ind := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
		if first {
			margin, first = ind, false
			continue
		}
		k := 0
		for k < len(margin) && k < len(ind) && margin[k] == ind[k] {
			k++
		}
		margin = margin[:k]
	}
	return len(margin)
}

// highlightScope highlights the text of the frame's scope, which starts at
// column sCol of line sStart, with the failing expression marked; the
// result has one entry per line from sStart.
func (f *ipyFormatter) highlightScope(fr *Frame, sStart, sEnd, sCol int) []string {
	src := fr.Source
	lines := src[sStart-1 : min(sEnd-1, len(src))]
	if len(lines) == 0 {
		return nil
	}
	text := strings.Join(lines, "\n")
	if sCol > len(lines[0]) {
		sCol = len(lines[0])
	}
	text = text[sCol:]
	var hot [][2]int
	if r, ok := executingRange(fr, sStart, sCol); ok {
		hot = append(hot, r)
	}
	return highlightPython(text, hot)
}

// executingRange converts the frame's positions to a code point range in
// the scope text. Statements IPython cannot attribute to an expression
// (raise, assert, import) get no range.
func executingRange(fr *Frame, sStart, sCol int) ([2]int, bool) {
	if !fr.hasPositions() || fr.Lineno < sStart || fr.EndLineno > len(fr.Source) || fr.Lineno > len(fr.Source) {
		return [2]int{}, false
	}
	line := fr.Source[fr.Lineno-1]
	if fr.Col > len(line) {
		return [2]int{}, false
	}
	switch wordAt(line[fr.Col:], 0) {
	case "raise", "assert", "import", "from":
		return [2]int{}, false
	}
	offset := func(lineno, col int) int {
		n := 0
		for k := sStart; k < lineno; k++ {
			n += utf8.RuneCountInString(fr.Source[k-1]) + 1
		}
		l := fr.Source[lineno-1]
		n += charOffset(l, col)
		return n - sCol
	}
	return [2]int{offset(fr.Lineno, fr.Col), offset(fr.EndLineno, fr.EndCol)}, true
}

// ipySyntaxError is IPython's single element for a SyntaxError: the
// location, the line, a caret and "SyntaxError: msg".
func ipySyntaxError(e *Exception) string {
	s := e.Syntax
	var b strings.Builder
	link := ""
	switch {
	case s.Cell != 0 && s.Lineno != 0:
		link = fmt.Sprintf("Cell %sIn [%d], line %d%s", colFilenameEm, s.Cell, s.Lineno, colNormalEm)
	case s.Cell != 0:
		link = fmt.Sprintf("Cell %sIn [%d]%s", colFilenameEm, s.Cell, colNormalEm)
	default:
		file := s.Filename
		if file == "" {
			file = "<string>"
		}
		if s.Lineno != 0 {
			link = fmt.Sprintf("File %s%s:%d%s", colFilenameEm, compressUser(file), s.Lineno, colNormalEm)
		} else {
			link = fmt.Sprintf("File %s%s%s", colFilenameEm, compressUser(file), colNormalEm)
		}
	}
	b.WriteString(colNormalEm + "  " + link + colNormal + "\n")
	if s.Text != "" || s.HasText {
		text := s.Text
		i := 0
		runes := []rune(text)
		for i < len(runes) && isPySpace(runes[i]) {
			i++
		}
		b.WriteString(colLine + "    " + strings.TrimSpace(text) + colNormal + "\n")
		if s.Offset != 0 {
			pad := "    "
			for k := i; k < s.Offset-1 && k < len(runes); k++ {
				if isPySpace(runes[k]) {
					pad += string(runes[k])
				} else {
					pad += " "
				}
			}
			b.WriteString(colCaret + pad + "^" + colNormal + "\n")
		}
	}
	stype := colExcName + e.bareName() + colNormal
	if s.Msg != "" {
		b.WriteString(stype + colExcName + ":" + colNormal + " " + s.Msg + "\n")
	} else {
		b.WriteString(stype + "\n")
	}
	return b.String()
}

func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && strings.ContainsRune("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000", r)
}
