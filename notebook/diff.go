// This file produces unified diffs of two texts, line by line, for nbtest's
// report of a mismatching cell.

package notebook

import (
	"fmt"
	"strings"
)

// diffContext is how many unchanged lines surround each change.
const diffContext = 3

// maxDiffCells bounds the LCS table; past it the texts are shown as one
// removed block and one added block, which is still correct, just coarse.
const maxDiffCells = 4_000_000

// unifiedDiff returns a unified diff from a to b with the given file
// labels, or "" when they are equal. A last line without a newline is
// marked as diff(1) does.
func unifiedDiff(aName, bName, a, b string) string {
	if a == b {
		return ""
	}
	x, y := diffLines(a), diffLines(b)
	ops := diffOps(x, y)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", aName, bName)
	// Group the edit script into hunks with context.
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := i - diffContext
		if start < 0 {
			start = 0
		}
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*diffContext {
				end += min(diffContext, run-end)
				break
			}
			end = run
		}
		writeHunk(&out, ops[start:end])
		i = end
	}
	return out.String()
}

type diffOp struct {
	kind       byte // ' ', '-' or '+'
	line       string
	aPos, bPos int // 0-based line numbers before this op
}

func writeHunk(out *strings.Builder, ops []diffOp) {
	var aN, bN int
	for _, op := range ops {
		if op.kind != '+' {
			aN++
		}
		if op.kind != '-' {
			bN++
		}
	}
	aStart, bStart := ops[0].aPos+1, ops[0].bPos+1
	if aN == 0 {
		aStart--
	}
	if bN == 0 {
		bStart--
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(aStart, aN), hunkRange(bStart, bN))
	for _, op := range ops {
		out.WriteByte(op.kind)
		out.WriteString(op.line)
		if !strings.HasSuffix(op.line, "\n") {
			out.WriteString("\n\\ No newline at end of text\n")
		}
	}
}

func hunkRange(start, n int) string {
	if n == 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}

// diffLines splits after each "\n", keeping it.
func diffLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// diffOps computes a shortest edit script by longest common subsequence,
// after trimming the common prefix and suffix.
func diffOps(x, y []string) []diffOp {
	var ops []diffOp
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		ops = append(ops, diffOp{' ', x[pre], pre, pre})
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	xm, ym := x[pre:len(x)-suf], y[pre:len(y)-suf]
	ai, bi := pre, pre
	emit := func(kind byte, line string) {
		ops = append(ops, diffOp{kind, line, ai, bi})
		if kind != '+' {
			ai++
		}
		if kind != '-' {
			bi++
		}
	}
	if (len(xm)+1)*(len(ym)+1) > maxDiffCells {
		for _, l := range xm {
			emit('-', l)
		}
		for _, l := range ym {
			emit('+', l)
		}
	} else {
		// lcs[i][j] is the LCS length of xm[i:] and ym[j:].
		w := len(ym) + 1
		lcs := make([]int, (len(xm)+1)*w)
		for i := len(xm) - 1; i >= 0; i-- {
			for j := len(ym) - 1; j >= 0; j-- {
				if xm[i] == ym[j] {
					lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
				} else {
					lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
				}
			}
		}
		i, j := 0, 0
		for i < len(xm) || j < len(ym) {
			switch {
			case i < len(xm) && j < len(ym) && xm[i] == ym[j]:
				emit(' ', xm[i])
				i++
				j++
			case j < len(ym) && (i == len(xm) || lcs[i*w+j+1] >= lcs[(i+1)*w+j]):
				// Prefer deletions first in a change block, as diff does,
				// unless the deletion would lose a longer match.
				if i < len(xm) && lcs[(i+1)*w+j] >= lcs[i*w+j+1] {
					emit('-', xm[i])
					i++
				} else {
					emit('+', ym[j])
					j++
				}
			default:
				emit('-', xm[i])
				i++
			}
		}
	}
	for k := len(x) - suf; k < len(x); k++ {
		emit(' ', x[k])
	}
	return ops
}
