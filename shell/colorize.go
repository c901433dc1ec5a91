// This file colours Python source for the inspector the way IPython's
// PyColorize does with the Neutral scheme (ipykernel's default): each token
// wrapped in its colour and a reset, the whitespace between tokens copied
// as is.

package shell

import "strings"

// ANSI codes of IPython's Neutral colour scheme.
const (
	ansiNormal = "\x1b[0m"
	ansiRed    = "\x1b[0;31m"
	ansiGreen  = "\x1b[0;32m"
	ansiBlue   = "\x1b[0;34m"
	ansiCyan   = "\x1b[0;36m"
)

// hardKeywords are keyword.kwlist: soft keywords are coloured as names.
var hardKeywords = map[string]bool{}

func init() {
	for _, k := range keywords {
		switch k {
		case "match", "case", "type":
		default:
			hardKeywords[k] = true
		}
	}
}

// colorizeSource returns src coloured, ending in a reset and a newline, as
// PyColorize.Parser.format does.
func colorizeSource(src string) string {
	raw := strings.TrimRightFunc(expandTabs(src), isPySpace)
	lines := splitLines(raw)
	offsets := make([]int, len(lines)+1)
	for i, l := range lines {
		offsets[i+1] = offsets[i] + len(l)
	}
	toks, ok := tokenizeLines(lines)
	var b strings.Builder
	pos := 0
	for _, t := range toks {
		start := len(raw)
		if t.line < len(lines) {
			start = offsets[t.line] + t.col
		}
		if start > pos {
			b.WriteString(raw[pos:start])
		}
		if t.kind == tkIndent || t.kind == tkDedent {
			pos = start
			continue
		}
		pos = start + len(t.s)
		color := ansiBlue
		switch t.kind {
		case tkNumber:
			color = ansiCyan
		case tkComment, tkError:
			color = ansiRed
		case tkName:
			color = ansiNormal
			if hardKeywords[t.s] {
				color = ansiGreen
			}
		}
		text := strings.ReplaceAll(t.s, "\n", ansiNormal+"\n"+color)
		b.WriteString(color + text + ansiNormal)
	}
	if !ok {
		b.WriteString(ansiRed + "\n\n*** ERROR: incomplete source" + ansiNormal + "\n")
	}
	b.WriteString(ansiNormal + "\n")
	return b.String()
}

// expandTabs is str.expandtabs(8).
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}
