// This file implements %history (%hist): the session's inputs as typed,
// or as translated to Python, with line numbers, >>> prompts and outputs
// on request, selected by ranges, a search pattern or the last N, written
// to the terminal or a file, in IPython's layout.

package shell

import (
	"fmt"
	"os"
	"path"
	"strconv"
	"strings"

	"adder/display"
	"adder/interp/py"
)

func init() {
	doc := "Print input history: %history [-n] [-o] [-p] [-t] [-f FILE] [-g [PATTERN]] [-l [N]] [RANGES].\n" +
		"-n line numbers, -o outputs, -p >>> prompts, -t the translated Python, -f write to FILE,\n" +
		"-g search (glob, anywhere in the line), -l the last N inputs (10) before this one.\n" +
		"RANGES: N, N-M (inclusive) or N:M (M excluded), separated by spaces. This session only."
	magics["history"] = &magic{line: lineHistory, doc: doc}
	magics["hist"] = &magic{line: lineHistory, doc: doc}
}

// RecordInput stores cell n's input as typed, for %history. The session
// calls it before the cell runs, so %history sees itself, as in IPython.
func (sh *Shell) RecordInput(n int, raw string) {
	for len(sh.inputs) <= n {
		sh.inputs = append(sh.inputs, "")
	}
	sh.inputs[n] = strings.TrimRight(raw, "\n")
}

// historyOptions are %history's parsed arguments.
type historyOptions struct {
	numbers, output, prompts, translated bool
	file                                 string
	search                               *string
	last                                 int // 0: not asked
	ranges                               []string
}

func parseHistoryArgs(args string) (historyOptions, error) {
	var o historyOptions
	fields, err := splitArgs(args)
	if err != nil {
		return o, UsageError("%s", err)
	}
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		if !strings.HasPrefix(f, "-") || len(f) < 2 {
			o.ranges = append(o.ranges, f)
			continue
		}
		for j := 1; j < len(f); j++ {
			switch f[j] {
			case 'n':
				o.numbers = true
			case 'o':
				o.output = true
			case 'p':
				o.prompts = true
			case 't':
				o.translated = true
			case 'r':
				o.translated = false
			case 'u':
				// unique results: inputs of one session are already unique enough
			case 'f':
				if j+1 < len(f) {
					o.file = f[j+1:]
				} else if i+1 < len(fields) {
					i++
					o.file = fields[i]
				} else {
					return o, UsageError("argument -f: expected one argument")
				}
				j = len(f)
			case 'g':
				pattern := ""
				if i+1 < len(fields) && !strings.HasPrefix(fields[i+1], "-") {
					i++
					pattern = fields[i]
				}
				o.search = &pattern
			case 'l':
				o.last = 10
				if i+1 < len(fields) {
					if n, err := strconv.Atoi(fields[i+1]); err == nil {
						o.last = n
						i++
					}
				}
			default:
				return o, UsageError("unrecognized arguments: %s", f)
			}
		}
	}
	return o, nil
}

// historyLines picks the execution counts %history shows.
func (sh *Shell) historyLines(o historyOptions) ([]int, error) {
	last := len(sh.inputs) - 1
	var lines []int
	switch {
	case o.search != nil:
		for n := 1; n <= last; n++ {
			if *o.search == "" || globContains(sh.inputs[n], *o.search) {
				lines = append(lines, n)
			}
		}
	case o.last > 0:
		// The last N before the latest input, which is this %history.
		for n := max(1, last-o.last); n < last; n++ {
			lines = append(lines, n)
		}
	case len(o.ranges) == 0:
		for n := 1; n <= last; n++ {
			lines = append(lines, n)
		}
	default:
		for _, r := range o.ranges {
			from, to, err := parseHistoryRange(r, last)
			if err != nil {
				return nil, err
			}
			for n := from; n <= to && n <= last; n++ {
				lines = append(lines, n)
			}
		}
	}
	return lines, nil
}

// globContains reports whether s matches the glob *pattern* (with * and
// ? wildcards), as IPython's search does with SQLite's GLOB. path.Match
// stops * at a slash, so slashes are swapped for a byte no input has.
func globContains(s, pattern string) bool {
	hide := func(x string) string { return strings.ReplaceAll(x, "/", "\x00") }
	ok, err := path.Match("*"+hide(pattern)+"*", hide(s))
	return err == nil && ok
}

// parseHistoryRange reads N, N-M (inclusive) or N:M (M excluded).
func parseHistoryRange(r string, last int) (int, int, error) {
	bad := UsageError("invalid history range: %s", r)
	if a, b, ok := strings.Cut(r, "-"); ok {
		from, err1 := strconv.Atoi(a)
		to, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil {
			return 0, 0, bad
		}
		return from, to, nil
	}
	if a, b, ok := strings.Cut(r, ":"); ok {
		from, err1 := strconv.Atoi(a)
		to, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil {
			return 0, 0, bad
		}
		return from, to - 1, nil
	}
	n, err := strconv.Atoi(r)
	if err != nil {
		return 0, 0, bad
	}
	return n, n, nil
}

func lineHistory(sh *Shell, args string) (py.Value, error) {
	o, err := parseHistoryArgs(args)
	if err != nil {
		return py.Value{}, err
	}
	lines, err := sh.historyLines(o)
	if err != nil {
		return py.Value{}, err
	}
	numbers := o.numbers || o.search != nil
	var b strings.Builder
	for _, n := range lines {
		src := sh.inputs[n]
		if o.translated {
			src = strings.TrimRight(TransformCell(src), "\n")
		}
		multiline := strings.Contains(src, "\n")
		if numbers {
			b.WriteString(fmt.Sprintf("%5s", strconv.Itoa(n)+":"))
			if multiline {
				b.WriteString("\n")
			} else {
				b.WriteString(" ")
			}
		}
		if o.prompts {
			src = ">>> " + strings.ReplaceAll(src, "\n", "\n... ")
			if multiline {
				src += "\n..."
			}
		}
		b.WriteString(src + "\n")
		if o.output {
			if text, ok := sh.outputText(n); ok {
				b.WriteString(text + "\n")
			}
		}
	}
	if o.file != "" {
		if err := os.WriteFile(o.file, []byte(b.String()), 0o644); err != nil {
			return py.Value{}, py.Errorf(py.OSErrorType, "%%history -f: %v", err)
		}
		return py.None, nil
	}
	sh.printOut(b.String())
	return py.None, nil
}

// outputText is the text/plain form of Out[n], if cell n had a result.
func (sh *Shell) outputText(n int) (string, bool) {
	outV, ok := sh.Globals.GetStr("Out")
	if !ok {
		return "", false
	}
	out, ok := outV.Object().(*py.Dict)
	if !ok {
		return "", false
	}
	v, err := out.GetItem(py.Int(int64(n)))
	if err != nil || !v.IsValid() {
		return "", false
	}
	text, err := display.Pretty(v)
	return text, err == nil
}
