// This file splits source text into "pieces" the way IPython 8's traceback
// helper (stack_data) does, so the context lines around a failing line
// match ipykernel's: a piece is one logical statement (all its physical
// lines), a compound statement's header with the comments before its body,
// a decorated definition's decorators with its header, or a run of comment
// lines between statements. Blank lines never belong to a piece.

package display

import "strings"

// A logicalLine is one statement, or one run of blank and comment lines,
// of a source text.
type logicalLine struct {
	start, end int // 1-based physical lines, end exclusive
	indent     int // columns of indentation of the first line
	word       string
	comment    bool // only blank or comment lines
	header     bool // ends with ':' (its body follows on the next lines)
}

// A piece is a range of lines shown together, [start, end) 1-based.
type piece struct{ start, end int }

// splitLogical scans src into logical lines, following brackets, strings
// (triple-quoted ones over several lines) and backslash continuations.
func splitLogical(src []string) []logicalLine {
	var out []logicalLine
	depth := 0
	inTriple := ""
	cont := false
	var cur *logicalLine
	lastSignificant := byte(0)
	for i, line := range src {
		n := i + 1
		startsNew := depth == 0 && inTriple == "" && !cont
		if startsNew {
			trimmed := strings.TrimLeft(line, " \t\f")
			isComment := trimmed == "" || trimmed[0] == '#'
			if isComment && cur != nil && cur.comment {
				cur.end = n + 1
				continue
			}
			if cur != nil {
				out = append(out, *cur)
			}
			cur = &logicalLine{start: n, end: n + 1, comment: isComment,
				indent: indentWidth(line), word: wordAt(trimmed, 0)}
			if trimmed != "" && trimmed[0] == '@' {
				cur.word = "@"
			}
			if isComment {
				continue
			}
			lastSignificant = 0
		} else {
			cur.end = n + 1
		}
		// Scan the line for brackets, strings and comments.
		cont = false
		j := 0
		for j < len(line) {
			c := line[j]
			if inTriple != "" {
				if strings.HasPrefix(line[j:], inTriple) {
					j += 3
					inTriple = ""
					lastSignificant = '"'
					continue
				}
				if c == '\\' {
					j++
				}
				j++
				continue
			}
			switch {
			case c == '#':
				j = len(line)
				continue
			case c == '\'' || c == '"':
				q := line[j : j+1]
				if strings.HasPrefix(line[j:], strings.Repeat(q, 3)) {
					inTriple = strings.Repeat(q, 3)
					j += 3
					continue
				}
				j++
				for j < len(line) && line[j] != c {
					if line[j] == '\\' {
						j++
					}
					j++
				}
				j++
				lastSignificant = c
				continue
			case c == '(' || c == '[' || c == '{':
				depth++
			case c == ')' || c == ']' || c == '}':
				if depth > 0 {
					depth--
				}
			case c == '\\' && j == len(line)-1:
				cont = true
				j++
				continue
			}
			if c != ' ' && c != '\t' && c != '\f' {
				lastSignificant = c
			}
			j++
		}
		if depth == 0 && inTriple == "" && !cont && cur != nil && !cur.comment {
			cur.header = lastSignificant == ':'
		}
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}

// indentWidth counts the leading blanks of a line (a tab counts as one,
// which is enough to compare the indentation of consistent code).
func indentWidth(line string) int {
	return len(line) - len(strings.TrimLeft(line, " \t\f"))
}

// makePieces groups logical lines into pieces: decorators join the
// definition after them, comments right after a block header join the
// header, and blank lines are trimmed off every piece.
func makePieces(src []string, lls []logicalLine) []piece {
	var ps []piece
	for i := 0; i < len(lls); i++ {
		ll := lls[i]
		p := piece{ll.start, ll.end}
		if ll.word == "@" {
			// Decorators (and comments between them) up to the header.
			for i+1 < len(lls) {
				i++
				p.end = lls[i].end
				if lls[i].word != "@" && !lls[i].comment {
					break
				}
			}
			ll = lls[i]
		}
		if ll.header && !ll.comment && i+1 < len(lls) && lls[i+1].comment && i+2 < len(lls) {
			i++
			p.end = lls[i].end
		}
		// Trim blank lines.
		for p.start < p.end && isBlank(src, p.start) {
			p.start++
		}
		for p.end > p.start && isBlank(src, p.end-1) {
			p.end--
		}
		if p.start < p.end {
			ps = append(ps, p)
		}
	}
	return ps
}

func isBlank(src []string, n int) bool {
	return n >= 1 && n <= len(src) && strings.TrimSpace(src[n-1]) == ""
}

// scopeOf returns the line range [start, end) and the starting column of
// the innermost function or class containing the statement at line, or
// the whole source for module code (when module is true).
func scopeOf(src []string, lls []logicalLine, line int, module bool) (start, end, col int) {
	if module {
		return 1, len(src) + 1, 0
	}
	at := -1
	for i, ll := range lls {
		if !ll.comment && ll.start <= line && line < ll.end {
			at = i
			break
		}
	}
	if at < 0 {
		return 1, len(src) + 1, 0
	}
	minIndent := lls[at].indent
	for i := at - 1; i >= 0; i-- {
		ll := lls[i]
		if ll.comment || ll.indent >= minIndent {
			continue
		}
		minIndent = ll.indent
		if !(ll.header && (ll.word == "def" || ll.word == "class" || ll.word == "async")) {
			continue
		}
		// The definition starts at its first decorator.
		s := i
		for s > 0 && (lls[s-1].word == "@" && lls[s-1].indent == ll.indent) {
			s--
		}
		e := i + 1
		last := i
		for e < len(lls) && (lls[e].comment || lls[e].indent > ll.indent) {
			if !lls[e].comment {
				last = e
			}
			e++
		}
		return lls[s].start, lls[last].end, lls[s].indent
	}
	return 1, len(src) + 1, 0
}
