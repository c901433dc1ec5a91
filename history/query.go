// This file answers history queries with IPython's semantics (tail, range,
// search), reading the whole file under a shared lock.

package history

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"syscall"
)

// An Entry is one history line. Output is nil when no output was stored.
type Entry struct {
	Session int
	Line    int
	Input   string
	Output  *string
}

// Reply is the entry as history_reply lists it: [session, line, input], or
// [session, line, [input, output]] when output was requested (output is
// null when none was stored).
func (e Entry) Reply(output bool) []any {
	if !output {
		return []any{e.Session, e.Line, e.Input}
	}
	var out any
	if e.Output != nil {
		out = *e.Output
	}
	return []any{e.Session, e.Line, []any{e.Input, out}}
}

// load returns every stored input in file order, with outputs joined.
func (s *Store) load() ([]Entry, error) {
	if s.path == "" {
		return s.memoryEntries(), nil
	}
	type key struct{ s, n int }
	var entries []Entry
	index := map[key]int{}
	outputs := map[key]string{}
	err := s.withFile(os.O_RDONLY, syscall.LOCK_SH, func(f *os.File) error {
		return scan(f, func(r record) {
			k := key{r.S, r.N}
			switch r.T {
			case "in":
				if i, ok := index[k]; ok {
					entries[i].Input = r.Src
					return
				}
				index[k] = len(entries)
				entries = append(entries, Entry{Session: r.S, Line: r.N, Input: r.Src})
			case "out":
				outputs[k] = r.Out
			}
		})
	})
	if err != nil {
		return nil, err
	}
	for i := range entries {
		if o, ok := outputs[key{entries[i].Session, entries[i].Line}]; ok {
			entries[i].Output = &o
		}
	}
	return entries, nil
}

// memoryEntries is load for a Memory store: this session's lines.
func (s *Store) memoryEntries() []Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	var entries []Entry
	for n := 1; n < len(s.inputs); n++ {
		e := Entry{Session: s.session, Line: n, Input: s.inputs[n]}
		if o, ok := s.outputs[n]; ok {
			e.Output = &o
		}
		entries = append(entries, e)
	}
	return entries
}

// Tail returns the last n inputs, oldest first: this session's latest lines
// and then the newest of earlier sessions, as IPython's get_tail with
// include_latest (what ipykernel asks for).
func (s *Store) Tail(n int) ([]Entry, error) {
	all, err := s.load()
	if err != nil {
		return nil, err
	}
	var this, other []Entry
	for _, e := range all {
		if e.Session == s.session {
			this = append(this, e)
		} else {
			other = append(other, e)
		}
	}
	newestFirst(this)
	newestFirst(other)
	picked := append(this[:min(n, len(this)):min(n, len(this))], other[:min(n, len(other))]...)
	picked = picked[:min(n, len(picked))]
	reverse(picked)
	return picked, nil
}

// Range returns lines start <= line < stop (stop 0: to the end) of a
// session. A session of 0 or less counts back from the current one (0 is
// this session, -1 the previous); this session's lines come from memory,
// where start and stop may also be negative, counting from the end. They
// carry the session's real number: IPython labels them 0, which breaks
// clients that ask again for the session a reply named.
func (s *Store) Range(session, start, stop int) ([]Entry, error) {
	if session <= 0 {
		session += s.session
	}
	if session == s.session {
		return s.rangeCurrent(start, stop), nil
	}
	all, err := s.load()
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, e := range all {
		if e.Session == session && e.Line >= start && (stop == 0 || e.Line < stop) {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out, nil
}

func (s *Store) rangeCurrent(start, stop int) []Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.inputs)
	if start < 0 {
		start += n
	}
	if stop == 0 || stop > n {
		stop = n
	} else if stop < 0 {
		stop += n
	}
	var out []Entry
	for i := max(start, 0); i < stop; i++ {
		e := Entry{Session: s.session, Line: i, Input: s.inputs[i]}
		if o, ok := s.outputs[i]; ok {
			e.Output = &o
		}
		out = append(out, e)
	}
	return out
}

// Search returns inputs matching the glob pattern (* ? [...], case
// sensitive, whole input, "" meaning "*"). With n > 0 only the n newest
// matches are returned; n <= 0 returns them all. With unique, each distinct
// input appears once, at its latest occurrence. Results are oldest first.
func (s *Store) Search(pattern string, n int, unique bool) ([]Entry, error) {
	all, err := s.load()
	if err != nil {
		return nil, err
	}
	re := globRegexp(pattern)
	var out []Entry
	for _, e := range all {
		if re.MatchString(e.Input) {
			out = append(out, e)
		}
	}
	if unique {
		latest := map[string]Entry{}
		for _, e := range out {
			if l, ok := latest[e.Input]; !ok || less(l, e) {
				latest[e.Input] = e
			}
		}
		out = out[:0]
		for _, e := range latest {
			out = append(out, e)
		}
		sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	}
	if n > 0 {
		sort.SliceStable(out, func(i, j int) bool { return less(out[i], out[j]) })
		out = out[max(len(out)-n, 0):]
	}
	return out, nil
}

func less(a, b Entry) bool {
	if a.Session != b.Session {
		return a.Session < b.Session
	}
	return a.Line < b.Line
}

func newestFirst(es []Entry) {
	sort.SliceStable(es, func(i, j int) bool { return less(es[j], es[i]) })
}

func reverse(es []Entry) {
	for i, j := 0, len(es)-1; i < j; i, j = i+1, j-1 {
		es[i], es[j] = es[j], es[i]
	}
}

// globRegexp compiles an SQLite GLOB pattern (what IPython's search uses)
// into an anchored regexp: * any run, ? one character, [...] a class with
// ^ for negation.
func globRegexp(pattern string) *regexp.Regexp {
	if pattern == "" {
		pattern = "*"
	}
	var b strings.Builder
	b.WriteString(`(?s)^`)
	rs := []rune(pattern)
	for i := 0; i < len(rs); i++ {
		switch c := rs[i]; c {
		case '*':
			b.WriteString(`.*`)
		case '?':
			b.WriteString(`.`)
		case '[':
			j := i + 1
			if j < len(rs) && rs[j] == '^' {
				j++
			}
			if j < len(rs) && rs[j] == ']' {
				j++
			}
			for j < len(rs) && rs[j] != ']' {
				j++
			}
			if j >= len(rs) {
				b.WriteString(`\[`)
				continue
			}
			class := string(rs[i+1 : j])
			neg := strings.HasPrefix(class, "^")
			class = strings.TrimPrefix(class, "^")
			class = strings.ReplaceAll(class, `\`, `\\`)
			class = strings.ReplaceAll(class, `[`, `\[`)
			if neg {
				b.WriteString("[^" + class + "]")
			} else {
				b.WriteString("[" + class + "]")
			}
			i = j
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString(`$`)
	re, err := regexp.Compile(b.String())
	if err != nil {
		return regexp.MustCompile(`^` + regexp.QuoteMeta(pattern) + `$`)
	}
	return re
}
