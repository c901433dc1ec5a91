// This file answers is_complete_request the way ipykernel does with IPython
// 8's TransformerManager.check_complete: cleanup and IPython transforms
// first (so "%magic", "!cmd" and "x?" are complete lines, and a %%cell magic
// ends at a blank line), then token-level checks, then the real parser in
// codeop's style for what looks complete.

package shell

import (
	"errors"
	"strings"

	"adder/interp/syntax"
)

// Statuses returned by IsComplete.
const (
	StatusComplete   = "complete"
	StatusIncomplete = "incomplete"
	StatusInvalid    = "invalid"
)

// IsComplete reports whether cell is ready to run: "complete",
// "incomplete" with the indent to offer on the next line, or "invalid".
// It never runs code and takes time linear in the cell.
func IsComplete(cell string) (status, indent string) {
	st, n := checkComplete(cell)
	if st != StatusIncomplete {
		return st, ""
	}
	return st, strings.Repeat(" ", n)
}

func checkComplete(cell string) (string, int) {
	endsWithNewline := false
	for i := len(cell) - 1; i >= 0; i-- {
		c := cell[i]
		if c == '\n' {
			endsWithNewline = true
			break
		}
		if !isPySpace(rune(c)) {
			break
		}
	}
	if !endsWithNewline {
		cell += "\n"
	}
	lines := splitLines(cell)
	if len(lines) == 0 {
		return StatusComplete, 0
	}
	if strings.HasSuffix(lines[len(lines)-1], "\\") {
		return StatusIncomplete, lastIndent(lines)
	}
	lines = cleanupLines(lines)
	if len(lines) > 0 && strings.HasPrefix(lines[0], "%%") {
		// A cell magic is complete only after a blank line.
		if strings.TrimFunc(lines[len(lines)-1], isPySpace) != "" {
			return StatusIncomplete, lastIndent(lines)
		}
		return StatusComplete, 0
	}
	lines = cellMagic(lines)
	lines = tokenTransforms(lines)

	toks, _ := tokenizeLines(lines)
	byLine := tokensByLine(toks)
	if len(lines) == 1 && len(byLine) > 0 && hasSunkenBrackets(byLine[0]) {
		return StatusInvalid, 0
	}
	if len(byLine) == 0 {
		return StatusIncomplete, lastIndent(lines)
	}
	lastLine := byLine[len(byLine)-1]
	if lastLine[len(lastLine)-1].kind != tkEnd {
		// Inside a bracket, a continued line or a multi-line string.
		return StatusIncomplete, lastIndent(lines)
	}
	// Set aside a final line holding only DEDENTs and the ENDMARKER.
	var dedentLine []token
	if len(byLine) > 1 && onlyDedentsAndEnd(lastLine) {
		dedentLine = lastLine
		byLine = byLine[:len(byLine)-1]
	}
	last := byLine[len(byLine)-1]
	for len(last) > 0 {
		k := last[len(last)-1].kind
		if k != tkNewline && k != tkComment && k != tkEnd {
			break
		}
		last = last[:len(last)-1]
	}
	if len(last) == 0 {
		return StatusIncomplete, lastIndent(lines)
	}
	if last[len(last)-1].s == ":" {
		// The last line opens a block.
		return StatusIncomplete, lastIndent(lines) + 4
	}
	if strings.HasSuffix(strings.TrimRight(lines[last[0].line], "\r\n"), "\\") {
		return StatusIncomplete, 0
	}
	switch compileCommand(strings.Join(lines, "")) {
	case StatusInvalid:
		return StatusInvalid, 0
	case StatusIncomplete:
		return StatusIncomplete, lastIndent(lines)
	}
	if len(dedentLine) > 0 && dedentLine[0].kind == tkDedent && !endsWithNewline {
		// The cell ends inside an indented block: wait for a blank line.
		return StatusIncomplete, lastIndent(lines)
	}
	return StatusComplete, 0
}

func onlyDedentsAndEnd(line []token) bool {
	for _, t := range line {
		if t.kind != tkDedent && t.kind != tkEnd {
			return false
		}
	}
	return true
}

// hasSunkenBrackets reports a line that closes more brackets than it opens
// at some point, which no continuation can fix.
func hasSunkenBrackets(line []token) bool {
	depth := 0
	for _, t := range line {
		if t.kind != tkOp {
			continue
		}
		switch t.s {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		}
		if depth < 0 {
			return true
		}
	}
	return false
}

// lastIndent is the indentation of the last line, tabs counting 4.
func lastIndent(lines []string) int {
	if len(lines) == 0 {
		return 0
	}
	ws := indentRe.FindString(lines[len(lines)-1])
	return len(strings.ReplaceAll(ws, "\t", "    "))
}

// compileCommand classifies source as codeop.compile_command does: a
// source that parses is complete; one that fails but would parse with more
// lines (the error is at the end of input, or inside an unclosed bracket,
// string or continuation) is incomplete; anything else is invalid.
func compileCommand(src string) string {
	st, _ := syntax.CheckCompleteMode(src, syntax.Exec, syntax.AllowTopLevelAwait)
	return st.String()
}

// parseCheck parses src as a cell (top-level await allowed).
func parseCheck(src string) error {
	mod, err := syntax.Parse("<input>", []byte(src), syntax.Exec, syntax.AllowTopLevelAwait)
	if err != nil {
		return err
	}
	if m, ok := mod.(*syntax.Module); ok {
		return misplacedStmt(m.Body, false)
	}
	return nil
}

// misplacedStmt finds the statements the compiler rejects outside a
// function or loop (return, break, continue), which codeop reports as
// errors although they parse.
func misplacedStmt(body []syntax.Stmt, inLoop bool) error {
	for _, st := range body {
		var err error
		switch s := st.(type) {
		case *syntax.Return:
			return errors.New("'return' outside function")
		case *syntax.Break:
			if !inLoop {
				return errors.New("'break' outside loop")
			}
		case *syntax.Continue:
			if !inLoop {
				return errors.New("'continue' not properly in loop")
			}
		case *syntax.If:
			err = errors.Join(misplacedStmt(s.Body, inLoop), misplacedStmt(s.Orelse, inLoop))
		case *syntax.For:
			err = errors.Join(misplacedStmt(s.Body, true), misplacedStmt(s.Orelse, inLoop))
		case *syntax.AsyncFor:
			err = errors.Join(misplacedStmt(s.Body, true), misplacedStmt(s.Orelse, inLoop))
		case *syntax.While:
			err = errors.Join(misplacedStmt(s.Body, true), misplacedStmt(s.Orelse, inLoop))
		case *syntax.With:
			err = misplacedStmt(s.Body, inLoop)
		case *syntax.AsyncWith:
			err = misplacedStmt(s.Body, inLoop)
		case *syntax.Try:
			err = tryMisplaced((*syntax.Try)(s), inLoop)
		case *syntax.TryStar:
			err = tryMisplaced((*syntax.Try)(s), inLoop)
		case *syntax.ClassDef:
			err = misplacedStmt(s.Body, false)
		case *syntax.Match:
			for _, c := range s.Cases {
				err = errors.Join(err, misplacedStmt(c.Body, inLoop))
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func tryMisplaced(s *syntax.Try, inLoop bool) error {
	err := errors.Join(misplacedStmt(s.Body, inLoop), misplacedStmt(s.Orelse, inLoop), misplacedStmt(s.Finalbody, inLoop))
	for _, h := range s.Handlers {
		err = errors.Join(err, misplacedStmt(h.Body, inLoop))
	}
	return err
}

// parseEval checks that src is one expression.
func parseEval(src string) error {
	_, err := syntax.Parse("<input>", []byte(strings.TrimSpace(src)), syntax.Eval, syntax.AllowTopLevelAwait)
	return err
}
