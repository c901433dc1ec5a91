// This file parses Python regular expression syntax (the re module's
// dialect, as of 3.12) into a tree of reNodes, with CPython's error
// messages and positions.

package stdlib

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Regex flags, with the re module's values.
const (
	reFlagTemplate   = 1
	reFlagIgnoreCase = 2
	reFlagLocale     = 4
	reFlagMultiline  = 8
	reFlagDotAll     = 16
	reFlagUnicode    = 32
	reFlagVerbose    = 64
	reFlagDebug      = 128
	reFlagASCII      = 256
)

type reOp uint8

const (
	opEmpty   reOp = iota
	opLiteral      // r
	opAny          // . (dotall flag)
	opClass        // cls
	opConcat       // subs
	opAlt          // subs
	opGroup        // capturing group `group` around sub
	opRepeat       // sub{min,max}, greedy/lazy/possessive
	opAssert       // anchor kind in r: '^', '$', 'A', 'Z', 'b', 'B'
	opLook         // lookaround: neg, behind
	opBackref      // group
	opAtomic       // (?>sub)
	opCond         // (?(group)yes|no): subs[0] yes, subs[1] no
)

// reNode is one node of a parsed pattern. Flags that change matching are
// stamped on the nodes they apply to, so scoped inline flags just work.
type reNode struct {
	op         reOp
	r          rune
	cls        *charClass
	subs       []*reNode
	sub        *reNode
	min, max   int // max < 0: unbounded
	greedy     bool
	possessive bool
	group      int
	neg        bool
	behind     bool
	icase      bool
	dotall     bool
	multiline  bool
	ascii      bool
}

// reError is a pattern error: msg at pos (a code point index; -1 for
// none), turned into re.error by the Python half.
type reError struct {
	msg string
	pos int
}

func (e *reError) Error() string { return fmt.Sprintf("%s at position %d", e.msg, e.pos) }

// reParser holds the state of one parse.
type reParser struct {
	src       []rune
	pos       int
	flags     int
	isBytes   bool
	ngroups   int
	names     map[string]int
	nameOrder []string
	open      map[int]bool
	lookDepth int
}

type parsedPattern struct {
	root    *reNode
	ngroups int
	names   map[string]int
	flags   int
}

func parseRegex(pattern []rune, flags int, isBytes bool) (pp *parsedPattern, err error) {
	p := &reParser{src: pattern, flags: flags, isBytes: isBytes, names: map[string]int{}, open: map[int]bool{}}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*reError); ok {
				pp, err = nil, e
				return
			}
			panic(r)
		}
	}()
	// Global inline flags must come first; they apply to the whole pattern.
	p.flags = p.leadingFlags(flags)
	root := p.parseAlt(0)
	if p.pos < len(p.src) {
		if p.src[p.pos] == ')' {
			p.fail("unbalanced parenthesis", p.pos)
		}
		p.fail("internal parse error", p.pos)
	}
	if !isBytes && p.flags&reFlagASCII == 0 {
		p.flags |= reFlagUnicode
	}
	return &parsedPattern{root: root, ngroups: p.ngroups, names: p.names, flags: p.flags}, nil
}

func (p *reParser) fail(msg string, pos int) { panic(&reError{msg: msg, pos: pos}) }

// leadingFlags scans (?flags) groups at the very start (possibly after
// verbose whitespace) to learn the global flags before parsing, since
// they change how the rest is read (verbose mode).
func (p *reParser) leadingFlags(flags int) int {
	i := 0
	for {
		if flags&reFlagVerbose != 0 {
			i = skipVerbose(p.src, i)
		}
		if i+2 < len(p.src) && p.src[i] == '(' && p.src[i+1] == '?' && strings.ContainsRune("aiLmsux", p.src[i+2]) {
			j := i + 2
			f := 0
			for j < len(p.src) && strings.ContainsRune("aiLmsux", p.src[j]) {
				f |= flagBit(p.src[j])
				j++
			}
			if j < len(p.src) && p.src[j] == ')' {
				flags |= f
				i = j + 1
				continue
			}
		}
		return flags
	}
}

func skipVerbose(src []rune, i int) int {
	for i < len(src) {
		c := src[i]
		if c == '#' {
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		break
	}
	return i
}

func flagBit(c rune) int {
	switch c {
	case 'a':
		return reFlagASCII
	case 'i':
		return reFlagIgnoreCase
	case 'L':
		return reFlagLocale
	case 'm':
		return reFlagMultiline
	case 's':
		return reFlagDotAll
	case 'u':
		return reFlagUnicode
	case 'x':
		return reFlagVerbose
	}
	return 0
}

func (p *reParser) eof() bool { return p.pos >= len(p.src) }

func (p *reParser) skipSpace() {
	if p.flags&reFlagVerbose != 0 {
		p.pos = skipVerbose(p.src, p.pos)
	}
}

// parseAlt parses alternatives up to ')' or the end.
func (p *reParser) parseAlt(depth int) *reNode {
	var alts []*reNode
	for {
		alts = append(alts, p.parseConcat(depth))
		p.skipSpace()
		if !p.eof() && p.src[p.pos] == '|' {
			p.pos++
			continue
		}
		break
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return &reNode{op: opAlt, subs: alts}
}

func (p *reParser) parseConcat(depth int) *reNode {
	var items []*reNode
	for {
		p.skipSpace()
		if p.eof() {
			break
		}
		c := p.src[p.pos]
		if c == '|' || c == ')' {
			if c == ')' && depth == 0 {
				p.fail("unbalanced parenthesis", p.pos)
			}
			break
		}
		start := p.pos
		atom := p.parseAtom(depth)
		if atom == nil {
			continue // a comment or flag group
		}
		atom = p.parseQuantifiers(atom, start)
		items = append(items, atom)
	}
	if len(items) == 1 {
		return items[0]
	}
	if len(items) == 0 {
		return &reNode{op: opEmpty}
	}
	return &reNode{op: opConcat, subs: items}
}

func isRepeatable(n *reNode) bool {
	switch n.op {
	case opAssert, opEmpty:
		return n.op == opEmpty && false
	}
	return true
}

// parseQuantifiers applies any quantifiers after an atom.
func (p *reParser) parseQuantifiers(atom *reNode, atomStart int) *reNode {
	quantified := false
	for {
		p.skipSpace()
		if p.eof() {
			return atom
		}
		qpos := p.pos
		c := p.src[p.pos]
		min, max := 0, 0
		switch c {
		case '*':
			min, max = 0, -1
			p.pos++
		case '+':
			min, max = 1, -1
			p.pos++
		case '?':
			min, max = 0, 1
			p.pos++
		case '{':
			lo, hi, ok := p.parseBraces()
			if !ok {
				return atom
			}
			min, max = lo, hi
		default:
			return atom
		}
		if quantified {
			p.fail("multiple repeat", qpos)
		}
		if atom.op == opAssert || atom.op == opLook && false {
			p.fail("nothing to repeat", qpos)
		}
		if max >= 0 && min > max {
			p.fail("min repeat greater than max repeat", qpos+1)
		}
		rep := &reNode{op: opRepeat, sub: atom, min: min, max: max, greedy: true}
		if !p.eof() && p.src[p.pos] == '?' {
			rep.greedy = false
			p.pos++
		} else if !p.eof() && p.src[p.pos] == '+' {
			rep.possessive = true
			p.pos++
		}
		atom = rep
		quantified = true
	}
}

// parseBraces parses {m}, {m,}, {,n} or {m,n}; ok is false (and nothing
// is consumed) when the brace is a literal.
func (p *reParser) parseBraces() (int, int, bool) {
	i := p.pos + 1
	readNum := func() (string, int) {
		j := i
		for j < len(p.src) && p.src[j] >= '0' && p.src[j] <= '9' {
			j++
		}
		return string(p.src[i:j]), j
	}
	lo, j := readNum()
	i = j
	hi := lo
	comma := false
	if i < len(p.src) && p.src[i] == ',' {
		comma = true
		i++
		hi, j = readNum()
		i = j
	}
	if i >= len(p.src) || p.src[i] != '}' || (lo == "" && !comma) {
		return 0, 0, false
	}
	if lo == "" && hi == "" && comma {
		// "{,}" is {0,} in Python.
	}
	min, max := 0, -1
	if lo != "" {
		n, err := strconv.Atoi(lo)
		if err != nil || n >= 1<<32-1 {
			p.fail("the repetition number is too large", p.pos+1)
		}
		min = n
	}
	if hi != "" {
		n, err := strconv.Atoi(hi)
		if err != nil || n >= 1<<32-1 {
			p.fail("the repetition number is too large", p.pos+1)
		}
		max = n
	} else if !comma {
		max = min
	}
	p.pos = i + 1
	return min, max, true
}

func (p *reParser) newLit(r rune) *reNode {
	return &reNode{op: opLiteral, r: r, icase: p.flags&reFlagIgnoreCase != 0, ascii: p.asciiMode()}
}

func (p *reParser) asciiMode() bool { return p.isBytes || p.flags&reFlagASCII != 0 }

func (p *reParser) parseAtom(depth int) *reNode {
	start := p.pos
	c := p.src[p.pos]
	switch c {
	case '(':
		return p.parseGroup(depth)
	case '[':
		return p.parseClass()
	case '.':
		p.pos++
		return &reNode{op: opAny, dotall: p.flags&reFlagDotAll != 0}
	case '^':
		p.pos++
		return &reNode{op: opAssert, r: '^', multiline: p.flags&reFlagMultiline != 0}
	case '$':
		p.pos++
		return &reNode{op: opAssert, r: '$', multiline: p.flags&reFlagMultiline != 0}
	case '*', '+', '?':
		p.fail("nothing to repeat", start)
	case '{':
		if _, _, ok := p.parseBraces(); ok {
			p.fail("nothing to repeat", start)
		}
		p.pos++
		return p.newLit('{')
	case '\\':
		return p.parseEscape(false)
	}
	p.pos++
	return p.newLit(c)
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Nd, r))) {
			continue
		}
		return false
	}
	return true
}

func (p *reParser) parseGroup(depth int) *reNode {
	open := p.pos
	p.pos++ // (
	if !p.eof() && p.src[p.pos] == '?' {
		p.pos++
		if p.eof() {
			p.fail("unexpected end of pattern", p.pos)
		}
		c := p.src[p.pos]
		switch c {
		case ':':
			p.pos++
			return p.finishGroup(open, depth, func(sub *reNode) *reNode { return sub })
		case '>':
			p.pos++
			return p.finishGroup(open, depth, func(sub *reNode) *reNode { return &reNode{op: opAtomic, sub: sub} })
		case '#':
			for !p.eof() && p.src[p.pos] != ')' {
				p.pos++
			}
			if p.eof() {
				p.fail("missing ), unterminated comment", open)
			}
			p.pos++
			return nil
		case '=', '!':
			p.pos++
			p.lookDepth++
			n := p.finishGroup(open, depth, func(sub *reNode) *reNode { return &reNode{op: opLook, sub: sub, neg: c == '!'} })
			p.lookDepth--
			return n
		case '<':
			p.pos++
			if !p.eof() && (p.src[p.pos] == '=' || p.src[p.pos] == '!') {
				neg := p.src[p.pos] == '!'
				p.pos++
				p.lookDepth++
				n := p.finishGroup(open, depth, func(sub *reNode) *reNode {
					if _, ok := fixedWidth(sub); !ok {
						panic(&reError{msg: "look-behind requires fixed-width pattern", pos: -1})
					}
					return &reNode{op: opLook, sub: sub, neg: neg, behind: true}
				})
				p.lookDepth--
				return n
			}
			ext := "?<"
			if !p.eof() {
				ext += string(p.src[p.pos])
			}
			p.fail("unknown extension "+ext, open+1)
		case 'P':
			p.pos++
			if p.eof() {
				p.fail("unexpected end of pattern", p.pos)
			}
			switch p.src[p.pos] {
			case '<':
				p.pos++
				name := p.readName('>', "missing >, unterminated name")
				if prev, dup := p.names[name]; dup {
					p.fail(fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyQuote(name), p.ngroups+1, prev), p.pos-len([]rune(name))-1)
				}
				p.ngroups++
				g := p.ngroups
				p.names[name] = g
				p.open[g] = true
				n := p.finishGroup(open, depth, func(sub *reNode) *reNode { return &reNode{op: opGroup, sub: sub, group: g} })
				delete(p.open, g)
				return n
			case '=':
				p.pos++
				namePos := p.pos
				name := p.readName(')', "missing ), unterminated name")
				g, ok := p.names[name]
				if !ok {
					p.fail("unknown group name "+pyQuote(name), namePos)
				}
				if p.open[g] {
					p.fail("cannot refer to an open group", namePos)
				}
				return &reNode{op: opBackref, group: g, icase: p.flags&reFlagIgnoreCase != 0, ascii: p.asciiMode()}
			default:
				p.fail("unknown extension ?P"+string(p.src[p.pos]), open+1)
			}
		case '(':
			p.pos++
			namePos := p.pos
			name := p.readName(')', "missing ), unterminated name")
			g := 0
			if n, err := strconv.Atoi(name); err == nil && isDigits(name) {
				if n == 0 {
					p.fail("bad group number", namePos)
				}
				g = n
				if g > p.ngroups {
					// Python checks the number once the whole pattern is parsed.
					defer func() {
						if g > p.ngroups {
							p.fail(fmt.Sprintf("invalid group reference %d", g), namePos)
						}
					}()
				}
			} else if gi, ok := p.names[name]; ok {
				g = gi
			} else {
				p.fail("unknown group name "+pyQuote(name), namePos)
			}
			yes := p.parseConcat(depth + 1)
			var no *reNode
			p.skipSpace()
			if !p.eof() && p.src[p.pos] == '|' {
				p.pos++
				no = p.parseConcat(depth + 1)
				if !p.eof() && p.src[p.pos] == '|' {
					p.fail("conditional backref with more than two branches", p.pos)
				}
			}
			if p.eof() || p.src[p.pos] != ')' {
				p.fail("missing ), unterminated subpattern", open)
			}
			p.pos++
			if no == nil {
				no = &reNode{op: opEmpty}
			}
			return &reNode{op: opCond, group: g, subs: []*reNode{yes, no}}
		default:
			if strings.ContainsRune("aiLmsux-", c) {
				return p.parseFlagGroup(open, depth)
			}
			p.fail("unknown extension ?"+string(c), open+1)
		}
	}
	p.ngroups++
	g := p.ngroups
	p.open[g] = true
	n := p.finishGroup(open, depth, func(sub *reNode) *reNode { return &reNode{op: opGroup, sub: sub, group: g} })
	delete(p.open, g)
	return n
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// pyQuote is repr() of a str for messages.
func pyQuote(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		return "\"" + s + "\""
	}
	return "'" + strings.ReplaceAll(s, "'", "\\'") + "'"
}

func (p *reParser) readName(term rune, unterminated string) string {
	start := p.pos
	for !p.eof() && p.src[p.pos] != term {
		p.pos++
	}
	if p.eof() {
		p.fail(unterminated, start)
	}
	name := string(p.src[start:p.pos])
	p.pos++
	if name == "" {
		p.fail("missing group name", start)
	}
	if !isIdentifier(name) && !(term == ')' && isDigits(name)) {
		p.fail("bad character in group name "+pyQuote(name), start)
	}
	return name
}

func (p *reParser) finishGroup(open, depth int, wrap func(*reNode) *reNode) *reNode {
	sub := p.parseAlt(depth + 1)
	if p.eof() || p.src[p.pos] != ')' {
		p.fail("missing ), unterminated subpattern", open)
	}
	p.pos++
	return wrap(sub)
}

// parseFlagGroup handles (?flags) and (?flags-flags:...).
func (p *reParser) parseFlagGroup(open, depth int) *reNode {
	on, off := 0, 0
	for !p.eof() && strings.ContainsRune("aiLmsux", p.src[p.pos]) {
		on |= flagBit(p.src[p.pos])
		p.pos++
	}
	if !p.eof() && p.src[p.pos] == '-' {
		p.pos++
		for !p.eof() && strings.ContainsRune("imsx", p.src[p.pos]) {
			off |= flagBit(p.src[p.pos])
			p.pos++
		}
		if off == 0 {
			if p.eof() {
				p.fail("missing flag", p.pos)
			}
			p.fail("unknown flag", p.pos)
		}
		if p.eof() || p.src[p.pos] != ':' {
			if p.eof() {
				p.fail("missing :", p.pos)
			}
			p.fail("unknown flag", p.pos)
		}
	}
	if p.eof() {
		p.fail("missing -, : or )", p.pos)
	}
	switch p.src[p.pos] {
	case ')':
		// A global flag group: allowed only at the very start, where
		// leadingFlags already applied it.
		p.pos++
		if open != 0 && !p.onlyFlagsBefore(open) {
			p.fail("global flags not at the start of the expression", open)
		}
		return nil
	case ':':
		p.pos++
		saved := p.flags
		p.flags = (p.flags | on) &^ off
		sub := p.parseAlt(depth + 1)
		p.flags = saved
		if p.eof() || p.src[p.pos] != ')' {
			p.fail("missing ), unterminated subpattern", open)
		}
		p.pos++
		return sub
	}
	if strings.ContainsRune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", p.src[p.pos]) {
		p.fail("unknown flag", p.pos)
	}
	p.fail("missing -, : or )", p.pos)
	return nil
}

// onlyFlagsBefore reports whether src[:end] consists only of global flag
// groups (and verbose whitespace).
func (p *reParser) onlyFlagsBefore(end int) bool {
	i := 0
	for i < end {
		if p.flags&reFlagVerbose != 0 {
			i = skipVerbose(p.src, i)
			if i >= end {
				return true
			}
		}
		if p.src[i] != '(' || i+1 >= end || p.src[i+1] != '?' {
			return false
		}
		j := i + 2
		for j < end && strings.ContainsRune("aiLmsux", p.src[j]) {
			j++
		}
		if j >= len(p.src) || p.src[j] != ')' {
			return false
		}
		i = j + 1
	}
	return true
}

// parseEscape parses a backslash escape outside (inClass=false) or inside
// a character class; inside, it returns a literal or class node.
func (p *reParser) parseEscape(inClass bool) *reNode {
	start := p.pos
	p.pos++
	if p.eof() {
		p.fail("bad escape (end of pattern)", start)
	}
	c := p.src[p.pos]
	p.pos++
	switch c {
	case 'a':
		return p.newLit(7)
	case 'f':
		return p.newLit('\f')
	case 'n':
		return p.newLit('\n')
	case 'r':
		return p.newLit('\r')
	case 't':
		return p.newLit('\t')
	case 'v':
		return p.newLit('\v')
	case 'b':
		if inClass {
			return p.newLit('\b')
		}
		return &reNode{op: opAssert, r: 'b', ascii: p.asciiMode()}
	case 'B':
		if inClass {
			p.fail("bad escape \\B", start)
		}
		return &reNode{op: opAssert, r: 'B', ascii: p.asciiMode()}
	case 'A':
		if inClass {
			p.fail("bad escape \\A", start)
		}
		return &reNode{op: opAssert, r: 'A'}
	case 'Z':
		if inClass {
			p.fail("bad escape \\Z", start)
		}
		return &reNode{op: opAssert, r: 'Z'}
	case 'd', 'D', 's', 'S', 'w', 'W':
		cls := &charClass{ascii: p.asciiMode()}
		cls.addCategory(c)
		return &reNode{op: opClass, cls: cls}
	case 'x':
		return p.newLit(p.hexEscape(start, 2))
	case 'u', 'U':
		if p.isBytes {
			p.fail("bad escape \\"+string(c), start)
		}
		n := 4
		if c == 'U' {
			n = 8
		}
		r := p.hexEscape(start, n)
		if r > unicode.MaxRune {
			p.fail("bad escape \\"+string(c)+string(p.src[start+2:p.pos]), start)
		}
		return p.newLit(r)
	case 'N':
		p.fail("bad escape \\N", start)
	case '0':
		// Up to two more octal digits.
		v := 0
		for k := 0; k < 2 && !p.eof() && p.src[p.pos] >= '0' && p.src[p.pos] <= '7'; k++ {
			v = v*8 + int(p.src[p.pos]-'0')
			p.pos++
		}
		return p.newLit(rune(v))
	}
	if c >= '1' && c <= '9' {
		// Octal escape with three octal digits, else a group reference.
		if p.pos+1 < len(p.src) && isOct(c) && isOct(p.src[p.pos]) && isOct(p.src[p.pos+1]) {
			v := int(c-'0')*64 + int(p.src[p.pos]-'0')*8 + int(p.src[p.pos+1]-'0')
			p.pos += 2
			if v > 0o377 {
				p.fail(fmt.Sprintf("octal escape value \\%s outside of range 0-0o377", string(p.src[start+1:p.pos])), start)
			}
			return p.newLit(rune(v))
		}
		if inClass {
			p.fail("bad escape \\"+string(c), start)
		}
		g := int(c - '0')
		if !p.eof() && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			g = g*10 + int(p.src[p.pos]-'0')
			p.pos++
		}
		if g > p.ngroups {
			p.fail(fmt.Sprintf("invalid group reference %d", g), start+1)
		}
		if p.open[g] {
			p.fail("cannot refer to an open group", start)
		}
		return &reNode{op: opBackref, group: g, icase: p.flags&reFlagIgnoreCase != 0, ascii: p.asciiMode()}
	}
	if c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
		p.fail("bad escape \\"+string(c), start)
	}
	return p.newLit(c)
}

func isOct(c rune) bool { return c >= '0' && c <= '7' }

func (p *reParser) hexEscape(start, n int) rune {
	if p.pos+n > len(p.src) {
		p.fail("incomplete escape \\"+string(p.src[start+1:]), start)
	}
	s := string(p.src[p.pos : p.pos+n])
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil || strings.ContainsAny(s, "+-") {
		j := p.pos
		for j < p.pos+n && strings.ContainsRune("0123456789abcdefABCDEF", p.src[j]) {
			j++
		}
		p.fail("incomplete escape \\"+string(p.src[start+1:j]), start)
	}
	p.pos += n
	return rune(v)
}

// parseClass parses [...] starting at '['.
func (p *reParser) parseClass() *reNode {
	open := p.pos
	p.pos++
	cls := &charClass{ascii: p.asciiMode(), icase: p.flags&reFlagIgnoreCase != 0}
	if !p.eof() && p.src[p.pos] == '^' {
		cls.negate = true
		p.pos++
	}
	first := true
	for {
		if p.eof() {
			p.fail("unterminated character set", open)
		}
		c := p.src[p.pos]
		if c == ']' && !first {
			p.pos++
			break
		}
		first = false
		itemStart := p.pos
		var lo rune
		isChar := true
		if c == '\\' {
			n := p.parseEscape(true)
			if n.op == opClass {
				cls.merge(n.cls)
				isChar = false
			} else {
				lo = n.r
			}
		} else {
			lo = c
			p.pos++
		}
		if !isChar {
			if p.pos+1 < len(p.src) && p.src[p.pos] == '-' && p.src[p.pos+1] != ']' {
				p.fail("bad character range "+string(p.src[itemStart:p.pos+2]), itemStart)
			}
			continue
		}
		// A range lo-hi, unless the '-' is last.
		if p.pos+1 < len(p.src) && p.src[p.pos] == '-' && p.src[p.pos+1] != ']' {
			p.pos++
			hiStart := p.pos
			var hi rune
			if p.src[p.pos] == '\\' {
				n := p.parseEscape(true)
				if n.op == opClass {
					p.fail("bad character range "+string(p.src[itemStart:p.pos]), itemStart)
				}
				hi = n.r
			} else {
				hi = p.src[p.pos]
				p.pos++
			}
			_ = hiStart
			if hi < lo {
				p.fail("bad character range "+string(p.src[itemStart:p.pos]), itemStart)
			}
			cls.addRange(lo, hi)
			continue
		}
		cls.addRange(lo, lo)
	}
	return &reNode{op: opClass, cls: cls}
}

// fixedWidth returns the width of what n matches when it is fixed.
func fixedWidth(n *reNode) (int, bool) {
	switch n.op {
	case opEmpty, opAssert, opLook:
		return 0, true
	case opLiteral, opAny, opClass:
		return 1, true
	case opConcat:
		t := 0
		for _, s := range n.subs {
			w, ok := fixedWidth(s)
			if !ok {
				return 0, false
			}
			t += w
		}
		return t, true
	case opAlt:
		w0 := -1
		for _, s := range n.subs {
			w, ok := fixedWidth(s)
			if !ok || (w0 >= 0 && w != w0) {
				return 0, false
			}
			w0 = w
		}
		return w0, true
	case opGroup, opAtomic:
		return fixedWidth(n.sub)
	case opRepeat:
		if n.max != n.min {
			return 0, false
		}
		w, ok := fixedWidth(n.sub)
		return w * n.min, ok
	case opCond:
		a, ok1 := fixedWidth(n.subs[0])
		b, ok2 := fixedWidth(n.subs[1])
		return a, ok1 && ok2 && a == b
	}
	return 0, false
}
