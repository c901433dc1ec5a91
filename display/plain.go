// This file formats an exception exactly as CPython 3.12 prints an uncaught
// exception on stderr: chained exceptions first, frames with their source
// line and ^/~ markers, repeated frames folded, notes, exception groups in
// their box drawing, and SyntaxError with its caret.

package display

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CPython's limits for printing tracebacks.
const (
	// tracebackLimit is sys.tracebacklimit's default in the C printer: only
	// the innermost 1000 frames are shown.
	tracebackLimit = 1000
	// recursiveCutoff is how many identical frames print before they fold
	// into "[Previous line repeated N more times]".
	recursiveCutoff = 3
	// maxGroupWidth and maxGroupDepth bound an exception group's drawing.
	maxGroupWidth = 15
	maxGroupDepth = 10
)

const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
)

// PlainTraceback returns CPython 3.12's stderr text for an uncaught e,
// ending in a newline.
func PlainTraceback(e *Exception) string {
	p := &plainPrinter{seen: map[*Exception]bool{}}
	p.format(e)
	return p.b.String()
}

// plainPrinter carries the state of one PlainTraceback: the output, the
// exceptions already printed (chains can loop) and the group nesting.
type plainPrinter struct {
	b         strings.Builder
	seen      map[*Exception]bool
	depth     int  // exception group depth; 0 outside groups
	needClose bool // a group's closing rule is still owed
}

// indent is the space in front of a group's margin.
func (p *plainPrinter) indent() string {
	return strings.Repeat(" ", 2*p.depth)
}

// emit writes text line by line, each line behind the group margin.
func (p *plainPrinter) emit(text string, margin byte) {
	prefix := p.indent()
	if p.depth > 0 {
		prefix += string(margin) + " "
	}
	for text != "" {
		i := strings.IndexByte(text, '\n')
		line := text
		if i >= 0 {
			line, text = text[:i+1], text[i+1:]
		} else {
			text = ""
		}
		p.b.WriteString(prefix)
		p.b.WriteString(line)
	}
}

// format prints e with its chain, the way traceback.TracebackException
// does: the chain is collected first, then printed oldest first.
func (p *plainPrinter) format(e *Exception) {
	type link struct {
		msg string
		exc *Exception
	}
	chain := []link{{"", e}}
	p.seen[e] = true
	for cur := e; ; {
		next, cause := cur.chained()
		if next == nil || p.seen[next] {
			break
		}
		p.seen[next] = true
		msg := contextMessage
		if cause {
			msg = causeMessage
		}
		chain = append(chain, link{msg, next})
		cur = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		if i < len(chain)-1 {
			// The message sits between the older exception and this one.
			p.emit(chain[i+1].msg, '|')
		}
		p.formatOne(chain[i].exc)
	}
}

// formatOne prints one exception of a chain, without its chain.
func (p *plainPrinter) formatOne(e *Exception) {
	if e.Group == nil {
		if len(e.Frames) > 0 {
			p.emit("Traceback (most recent call last):\n", '|')
			p.emit(formatFrames(e.Frames), '|')
		}
		p.emit(exceptionOnly(e), '|')
		return
	}
	if p.depth > maxGroupDepth {
		p.emit(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), '|')
		return
	}
	top := p.depth == 0
	if top {
		p.depth++
	}
	if len(e.Frames) > 0 {
		margin := byte('|')
		if top {
			margin = '+'
		}
		p.emit("Exception Group Traceback (most recent call last):\n", margin)
		p.emit(formatFrames(e.Frames), '|')
	}
	p.emit(exceptionOnly(e), '|')
	n := len(e.Group)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true // a nested group may close it first
		}
		truncated := i >= maxGroupWidth
		title := fmt.Sprint(i + 1)
		if truncated {
			title = "..."
		}
		corner := "  "
		if i == 0 {
			corner = "+-"
		}
		p.b.WriteString(p.indent() + corner + "+---------------- " + title + " ----------------\n")
		p.depth++
		if !truncated {
			p.format(e.Group[i])
		} else {
			rest := len(e.Group) - maxGroupWidth
			plural := ""
			if rest > 1 {
				plural = "s"
			}
			p.emit(fmt.Sprintf("and %d more exception%s\n", rest, plural), '|')
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}

// formatFrames prints the frames of one traceback, folding runs of the
// same file, line and function after recursiveCutoff repetitions.
func formatFrames(frames []Frame) string {
	if len(frames) > tracebackLimit {
		frames = frames[len(frames)-tracebackLimit:]
	}
	var b strings.Builder
	count := 0
	var last *Frame
	flush := func() {
		if count > recursiveCutoff {
			n := count - recursiveCutoff
			plural := ""
			if n > 1 {
				plural = "s"
			}
			fmt.Fprintf(&b, "  [Previous line repeated %d more time%s]\n", n, plural)
		}
	}
	for i := range frames {
		f := &frames[i]
		if last == nil || last.Filename != f.Filename || last.Lineno != f.Lineno || last.Name != f.Name {
			flush()
			last, count = f, 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		formatFrame(&b, f)
	}
	flush()
	return b.String()
}

// formatFrame prints one frame: its File line, its stripped source line
// and the marker line when CPython shows one.
func formatFrame(b *strings.Builder, f *Frame) {
	fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", f.Filename, f.Lineno, f.Name)
	line, ok := f.line(f.Lineno)
	if !ok {
		return
	}
	stripped := strings.TrimSpace(line)
	if stripped == "" {
		return
	}
	b.WriteString("    " + stripped + "\n")
	if c := caretLine(f); c != "" {
		b.WriteString(c + "\n")
	}
}

// exceptionOnly is the part printed after the frames: SyntaxError details,
// "Type: message" and the notes.
func exceptionOnly(e *Exception) string {
	var b strings.Builder
	if e.Syntax != nil {
		b.WriteString(syntaxDetails(e.Syntax))
		msg := e.Syntax.Msg
		if msg == "" {
			msg = "<no detail available>"
		}
		b.WriteString(e.Type + ": " + msg + "\n")
	} else if e.Message == "" {
		b.WriteString(e.Type + "\n")
	} else {
		b.WriteString(e.Type + ": " + e.Message + e.Suggestion + "\n")
	}
	for _, n := range e.Notes {
		b.WriteString(n + "\n")
	}
	return b.String()
}

// syntaxDetails prints a SyntaxError's location, line and caret range.
func syntaxDetails(s *SyntaxInfo) string {
	var b strings.Builder
	if s.Lineno == 0 {
		return ""
	}
	filename := s.Filename
	if filename == "" {
		filename = "<string>"
	}
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", filename, s.Lineno)
	if s.Text == "" && !s.HasText {
		return b.String()
	}
	rtext := strings.TrimRight(s.Text, "\n")
	ltext := strings.TrimLeft(rtext, " \n\f")
	spaces := utf8.RuneCountInString(rtext) - utf8.RuneCountInString(ltext)
	b.WriteString("    " + ltext + "\n")
	if s.Offset == 0 {
		return b.String()
	}
	textLen := utf8.RuneCountInString(s.Text)
	offset, end := s.Offset, s.EndOffset
	if end == 0 {
		end = offset
	}
	if s.Text != "" && offset > textLen {
		offset = textLen + 1
	}
	if s.Text != "" && end > textLen {
		end = textLen + 1
	}
	if offset == end || end == -1 {
		end = offset + 1
	}
	col, endCol := offset-1-spaces, end-1-spaces
	if col < 0 {
		return b.String()
	}
	b.WriteString("    ")
	n := 0
	for _, r := range ltext {
		if n == col {
			break
		}
		n++
		if unicode.IsSpace(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteString(strings.Repeat("^", max(0, endCol-col)) + "\n")
	return b.String()
}
