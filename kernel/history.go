// This file keeps the session's input history and handles history_request.

package kernel

import (
	"regexp"
	"strings"

	"adder/messaging"
)

// historySession is the session number history entries carry; history is
// kept in memory only, for this process.
const historySession = 1

type historyEntry struct {
	line  int
	input string
}

// handleHistoryRequest implements
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#history
func (k *Kernel) handleHistoryRequest(r *request) error {
	var c messaging.HistoryRequestContent
	if err := r.msg.DecodeContent(&c); err != nil {
		return err
	}
	var picked []historyEntry
	switch c.HistAccessType {
	case "tail":
		picked = k.history
		if c.N > 0 && len(picked) > c.N {
			picked = picked[len(picked)-c.N:]
		}
	case "range":
		for _, e := range k.history {
			if c.Session > 0 && c.Session != historySession {
				break
			}
			if e.line >= c.Start && (c.Stop <= 0 || e.line < c.Stop) {
				picked = append(picked, e)
			}
		}
	case "search":
		re := globRegexp(c.Pattern)
		seen := map[string]bool{}
		for i := len(k.history) - 1; i >= 0; i-- {
			e := k.history[i]
			if !re.MatchString(e.input) || (c.Unique && seen[e.input]) {
				continue
			}
			seen[e.input] = true
			picked = append([]historyEntry{e}, picked...)
			if c.N > 0 && len(picked) == c.N {
				break
			}
		}
	}
	out := make([][]any, 0, len(picked))
	for _, e := range picked {
		if c.Output {
			out = append(out, []any{historySession, e.line, []any{e.input, nil}})
		} else {
			out = append(out, []any{historySession, e.line, e.input})
		}
	}
	k.reply(r, messaging.HistoryReplyContent{Status: "ok", History: out})
	return nil
}

// globRegexp compiles an fnmatch-style pattern (* ? [..]) matching the whole
// input, as IPython's history search does.
func globRegexp(pattern string) *regexp.Regexp {
	if pattern == "" {
		pattern = "*"
	}
	var b strings.Builder
	b.WriteString(`(?s)^`)
	for i := 0; i < len(pattern); i++ {
		switch ch := pattern[i]; ch {
		case '*':
			b.WriteString(`.*`)
		case '?':
			b.WriteString(`.`)
		case '[':
			if j := strings.IndexByte(pattern[i+1:], ']'); j >= 0 {
				class := pattern[i+1 : i+1+j]
				if strings.HasPrefix(class, "!") {
					class = "^" + class[1:]
				}
				b.WriteString("[" + strings.ReplaceAll(class, `\`, `\\`) + "]")
				i += j + 1
			} else {
				b.WriteString(`\[`)
			}
		default:
			b.WriteString(regexp.QuoteMeta(string(ch)))
		}
	}
	b.WriteString(`$`)
	re, err := regexp.Compile(b.String())
	if err != nil {
		return regexp.MustCompile(`^` + regexp.QuoteMeta(pattern) + `$`)
	}
	return re
}
