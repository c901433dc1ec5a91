// This file formats the traceback lists of %xmode Plain and Minimal, the
// layout of IPython 8's ListTB: "Traceback (most recent call last):", one
// element per frame with its location and stripped source line (the last
// frame emphasized), and "Name: message". Minimal keeps only the last
// part. Chained exceptions come first, each followed by the separator.

package display

import (
	"fmt"
	"strings"
)

// More LightBG colours, used by the list layout.
const (
	colName     = "\x1b[1;35m" // light purple
	colNameEm   = "\x1b[0;35m" // purple
	colFilename = "\x1b[1;32m" // light green
)

// listTraceback is the Plain (withFrames) or Minimal traceback list of e.
func listTraceback(e *Exception, o IPythonOptions, withFrames bool) []string {
	return listChain(e, o, withFrames, map[*Exception]bool{})
}

func listChain(e *Exception, o IPythonOptions, withFrames bool, seen map[*Exception]bool) []string {
	var out []string
	if withFrames && len(e.Frames) > 0 {
		out = append(out, "Traceback "+colNormalEm+"(most recent call last)"+colNormal+":\n")
		for i := range e.Frames {
			out = append(out, listFrame(&e.Frames[i], i == len(e.Frames)-1))
		}
	}
	out = append(out, listExceptionOnly(e, o))
	if next, _ := e.chained(); next != nil && !seen[next] {
		seen[next] = true
		before := listChain(next, o, withFrames, seen)
		out = append(append(before, chainMessage(e)), out...)
	}
	return out
}

// listFrame is one frame of the list layout.
func listFrame(fr *Frame, last bool) string {
	normal, name, file, line := colNormal, colName, colFilename, ""
	if last {
		normal, name, file, line = colNormalEm, colNameEm, colFilenameEm, colLine
	}
	var b strings.Builder
	b.WriteString(normal + "  ")
	if fr.Cell != 0 {
		fmt.Fprintf(&b, "Cell %sIn [%d], line %d%s", file, fr.Cell, fr.Lineno, normal)
	} else {
		fmt.Fprintf(&b, "File %s%s:%d%s", file, compressUser(fr.Filename), fr.Lineno, normal)
	}
	if fr.Name != "<module>" {
		b.WriteString(" in " + name + fr.Name + normal)
	}
	b.WriteString("\n")
	if text, ok := fr.line(fr.Lineno); ok && strings.TrimSpace(text) != "" {
		b.WriteString(line + "    " + strings.TrimSpace(text) + normal + "\n")
	}
	return b.String()
}

// listExceptionOnly is ListTB's last element: "Name: message" (a
// SyntaxError also shows its location and line), with adder's additions
// unless o.Compat.
func listExceptionOnly(e *Exception, o IPythonOptions) string {
	if e.Syntax != nil {
		return ipySyntaxError(e)
	}
	stype := colExcName + e.bareName() + colNormal
	msg := e.Message
	if e.HasMsgAttr {
		// IPython prints value.msg when the exception has one.
		msg = e.MsgAttr
	}
	s := stype + "\n"
	if msg != "" {
		s = stype + colExcName + ":" + colNormal + " " + msg + "\n"
	}
	if !o.Compat {
		if e.Suggestion != "" {
			s = strings.TrimSuffix(s, "\n") + e.Suggestion + "\n"
		}
		for _, n := range e.Notes {
			s += n + "\n"
		}
	}
	return s
}
