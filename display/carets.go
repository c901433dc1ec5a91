// This file computes the marker line CPython 3.12 prints under a traceback
// source line: ^^^^ under the failing expression, or ~~~^~~~ when that
// expression is a binary operation (the ^ under the operator) or a
// subscript (the ^ under the brackets).

package display

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// binopPrec gives the precedence of Python's binary operators; higher binds
// tighter. Unary + - ~ sit at unaryPrec, between * and **.
var binopPrec = map[string]int{
	"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5,
	"*": 6, "/": 6, "//": 6, "%": 6, "@": 6, "**": 8,
}

const unaryPrec = 7

// notExprTopLevel lists tokens that, outside brackets, mean the segment is
// not an expression whose top node is a BinOp or Subscript.
var notExprTopLevel = map[string]bool{
	",": true, "=": true, ":": true, ";": true, ":=": true, "->": true,
	"<": true, ">": true, "<=": true, ">=": true, "==": true, "!=": true,
	"+=": true, "-=": true, "*=": true, "/=": true, "//=": true, "%=": true,
	"@=": true, "&=": true, "|=": true, "^=": true, ">>=": true, "<<=": true,
	"**=": true, "...": false,
}

// caretAnchors finds CPython's anchors in seg, the source text of the
// failing expression: it returns the byte offsets in seg where the '^'
// part starts and ends, and false when seg is not a single expression
// whose outermost node is a binary operation or a subscript.
func caretAnchors(seg string) (left, right int, ok bool) {
	toks := scanExpr(seg)
	if len(toks) == 0 {
		return 0, 0, false
	}
	// Match brackets, and look at what sits outside all of them.
	match := make([]int, len(toks))
	var stack []int
	depth0 := make([]bool, len(toks))
	for i, t := range toks {
		match[i] = -1
		depth0[i] = len(stack) == 0
		switch t.kind {
		case tokOpen:
			stack = append(stack, i)
		case tokClose:
			if len(stack) == 0 {
				return 0, 0, false
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if pairOf(toks[o].text) != t.text {
				return 0, 0, false
			}
			match[o], match[i] = i, o
			depth0[i] = len(stack) == 0
		}
	}
	if len(stack) != 0 {
		return 0, 0, false
	}
	// Find the loosest binary operator outside brackets.
	best, bestPrec := -1, 100
	leadingUnary := false
	for i, t := range toks {
		if !depth0[i] {
			continue
		}
		if t.kind == tokKeyword && !(t.text == "None" || t.text == "True" || t.text == "False") {
			if t.text == "await" && i == 0 {
				leadingUnary = true
				continue
			}
			return 0, 0, false
		}
		if t.kind != tokOp {
			continue
		}
		if notExprTopLevel[t.text] {
			return 0, 0, false
		}
		if t.text == "." || t.text == "..." {
			continue // attribute access, Ellipsis
		}
		p, isBin := binopPrec[t.text]
		binary := isBin && i > 0 && endsOperand(toks[i-1])
		if !binary {
			if t.text == "-" || t.text == "+" || t.text == "~" {
				if i == 0 {
					leadingUnary = true
				}
				continue
			}
			return 0, 0, false // a stray * or ** (starred), '.', '!' ...
		}
		// Left-associative operators take the rightmost of the loosest
		// level; ** is right-associative, so the leftmost.
		if p < bestPrec || p == bestPrec && t.text != "**" {
			best, bestPrec = i, p
		}
	}
	if best >= 0 {
		if leadingUnary && bestPrec > unaryPrec {
			return 0, 0, false // -a ** b is a UnaryOp
		}
		return binopAnchors(seg, toks, match, best)
	}
	if leadingUnary {
		return 0, 0, false
	}
	// A subscript: the expression ends with ']' closing a '[' that follows
	// an operand.
	last := len(toks) - 1
	if toks[last].text != "]" {
		return 0, 0, false
	}
	open := match[last]
	if open <= 0 || !endsOperand(toks[open-1]) {
		return 0, 0, false
	}
	return toks[open].start, toks[last].end, true
}

// pairOf returns the closing bracket of an opening one.
func pairOf(open string) string {
	switch open {
	case "(":
		return ")"
	case "[":
		return "]"
	}
	return "}"
}

// binopAnchors places the anchors of the binary operator toks[op] as
// CPython does: from the end of the left operand's node, skip blanks to
// the operator, take one character (two when the next one is not blank),
// then move both past any ')' or blank still in the way. The quirk that
// "(a)+b" marks "+b" is CPython's and is kept.
func binopAnchors(seg string, toks []exprTok, match []int, op int) (int, int, bool) {
	if op == 0 || op+1 >= len(toks) {
		return 0, 0, false // "a +" does not parse
	}
	leftEnd := toks[unwrapEnd(toks, match, 0, op-1)].end
	rightStart := toks[unwrapStart(toks, match, op+1, len(toks)-1)].start
	if leftEnd > rightStart {
		return 0, 0, false
	}
	opStr := seg[leftEnd:rightStart]
	lead := len(opStr) - len(strings.TrimLeftFunc(opStr, unicode.IsSpace))
	left := leftEnd + lead
	right := left + 1
	if lead+1 < len(opStr) {
		r, _ := utf8.DecodeRuneInString(opStr[lead+1:])
		if !unicode.IsSpace(r) {
			right++
		}
	}
	for left < len(seg) {
		c := seg[left]
		if c != ')' && c != '#' && !unicode.IsSpace(rune(c)) {
			break
		}
		left++
		right++
	}
	return left, right, true
}

// unwrapEnd returns the index of the last token of the node spanning toks
// [i, j]: when the whole range is one parenthesized expression (not a
// tuple, generator or empty pair) the parentheses are not part of the node.
func unwrapEnd(toks []exprTok, match []int, i, j int) int {
	for i < j && toks[i].text == "(" && match[i] == j && isGrouping(toks, match, i, j) {
		i, j = i+1, j-1
	}
	return j
}

// unwrapStart is unwrapEnd for the first token.
func unwrapStart(toks []exprTok, match []int, i, j int) int {
	for i < j && toks[i].text == "(" && match[i] == j && isGrouping(toks, match, i, j) {
		i, j = i+1, j-1
	}
	return i
}

// isGrouping reports whether the parentheses at i and j only group: they
// hold something, with no comma or 'for' directly inside and no yield.
func isGrouping(toks []exprTok, match []int, i, j int) bool {
	if j == i+1 {
		return false
	}
	for k := i + 1; k < j; k++ {
		t := toks[k]
		if t.kind == tokOpen {
			k = match[k]
			continue
		}
		if t.text == "," || t.text == "for" || t.text == "yield" {
			return false
		}
	}
	return true
}

// charOffset converts a byte offset in the UTF-8 text s to a code point
// offset, as CPython does with its byte column offsets.
func charOffset(s string, b int) int {
	if b > len(s) {
		b = len(s)
	}
	if b < 0 {
		b = 0
	}
	return utf8.RuneCountInString(s[:b])
}

// displayWidth is the number of terminal columns of the first n code
// points of s: East Asian wide and fullwidth characters take two.
func displayWidth(s string, n int) int {
	w := 0
	for _, r := range s {
		if n == 0 {
			break
		}
		n--
		w++
		if isWide(r) {
			w++
		}
	}
	return w
}

// isWide approximates unicodedata.east_asian_width(r) in ("W", "F").
func isWide(r rune) bool {
	if r < 0x1100 {
		return false
	}
	switch {
	case r <= 0x115F, r >= 0x2E80 && r <= 0x303E, r >= 0x3041 && r <= 0x33FF,
		r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, r >= 0xA000 && r <= 0xA4CF,
		r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F,
		r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6, r >= 0x1F300 && r <= 0x1F64F,
		r >= 0x1F900 && r <= 0x1F9FF, r >= 0x20000 && r <= 0x3FFFD:
		return true
	}
	return false
}

// markerSpan computes CPython 3.12's markers for frame f: the display
// column (0-based, in the unstripped line) where they start and the
// markers themselves ("^^^^" or "~~~^^^~~"). marks is "" when CPython
// prints none: positions unknown, or the expression covers the whole
// stripped line and has no anchors.
func markerSpan(f *Frame) (col int, marks string) {
	if !f.hasPositions() {
		return 0, ""
	}
	line, ok := f.line(f.Lineno)
	if !ok {
		return 0, ""
	}
	stripped := strings.TrimSpace(line)
	if stripped == "" {
		return 0, ""
	}
	start := charOffset(line, f.Col)
	var end int
	var seg string
	anchored := false
	var aLeft, aRight int
	if f.EndLineno == f.Lineno {
		end = charOffset(line, f.EndCol)
		if f.Col <= f.EndCol && f.EndCol <= len(line) {
			seg = line[f.Col:f.EndCol]
			if l, r, ok := caretAnchors(seg); ok {
				anchored = true
				aLeft, aRight = charOffset(seg, l), charOffset(seg, r)
			}
		}
	} else {
		end = utf8.RuneCountInString(strings.TrimRightFunc(line, unicode.IsSpace))
	}
	if !(end-start < utf8.RuneCountInString(stripped) || anchored && aRight-aLeft > 0) {
		return 0, ""
	}
	dpStart := displayWidth(line, start)
	dpEnd := displayWidth(line, end)
	if anchored {
		l, r := displayWidth(seg, aLeft), displayWidth(seg, aRight)
		return dpStart, strings.Repeat("~", max(0, l)) + strings.Repeat("^", max(0, r-l)) +
			strings.Repeat("~", max(0, dpEnd-dpStart-r))
	}
	return dpStart, strings.Repeat("^", max(0, dpEnd-dpStart))
}

// caretLine returns CPython 3.12's marker line under the stripped source
// line of frame f (without the trailing newline), or "" when it prints none.
func caretLine(f *Frame) string {
	col, marks := markerSpan(f)
	if marks == "" {
		return ""
	}
	line, _ := f.line(f.Lineno)
	// CPython counts the stripped characters of the line as linecache
	// returns it, with its newline; its indent arithmetic is kept as is.
	strippedChars := utf8.RuneCountInString(line) + 1 - utf8.RuneCountInString(strings.TrimSpace(line))
	return "    " + strings.Repeat(" ", max(0, col+1-strippedChars)) + marks
}
