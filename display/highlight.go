// This file highlights Python source the way IPython 8 tracebacks do:
// pygments' Python lexer, the "default" style, the 256-colour terminal
// formatter, and the executing node on a yellow background. Token
// boundaries matter (every token is wrapped in its own escape codes), so the
// lexer follows pygments' rules and their order closely; it is checked
// against testdata/highlight.json, produced by pygments itself.

package display

import (
	_ "embed"
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hlClass is a pygments token type, reduced to the ones the style tells
// apart.
type hlClass uint8

const (
	hlText       hlClass = iota // plain: names, punctuation, spaces
	hlWhitespace                // Text.Whitespace: light grey
	hlKeyword
	hlOperator
	hlOperatorWord
	hlBuiltin
	hlMagicVar
	hlFunction
	hlClassName // Name.Class and Name.Namespace: bold blue
	hlException
	hlDecorator
	hlNumber
	hlString
	hlEscape
	hlInterpol
	hlComment
	hlDoc
)

// hlStyle is a class's look in pygments' default style, as 256-colour
// escape parameters.
type hlStyle struct {
	fg     int // xterm-256 colour, 0 = none
	bold   bool
	italic bool
}

var hlStyles = [...]hlStyle{
	hlText:         {},
	hlWhitespace:   {fg: 250},
	hlKeyword:      {fg: 28, bold: true},
	hlOperator:     {fg: 241},
	hlOperatorWord: {fg: 129, bold: true},
	hlBuiltin:      {fg: 28},
	hlMagicVar:     {fg: 18},
	hlFunction:     {fg: 21},
	hlClassName:    {fg: 21, bold: true},
	hlException:    {fg: 167, bold: true},
	hlDecorator:    {fg: 129},
	hlNumber:       {fg: 241},
	hlString:       {fg: 124},
	hlEscape:       {fg: 130, bold: true},
	hlInterpol:     {fg: 132, bold: true},
	hlComment:      {fg: 66, italic: true},
	hlDoc:          {fg: 124, italic: true},
}

// escapes returns the on and off sequences of a style, with the executing
// node's yellow background when hot.
func (s hlStyle) escapes(hot bool) (on, off string) {
	var a, z []string
	if s.fg != 0 {
		a = append(a, "38", "5", itoa10(s.fg))
		z = append(z, "39")
	}
	if hot {
		a = append(a, "43")
		z = append(z, "49")
	}
	if s.bold {
		a = append(a, "01")
	}
	if s.italic {
		a = append(a, "03")
	}
	if s.bold || s.italic {
		z = append(z, "00")
	}
	if len(a) == 0 {
		return "", ""
	}
	return "\x1b[" + strings.Join(a, ";") + "m", "\x1b[" + strings.Join(z, ";") + "m"
}

func itoa10(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa10(n/10) + string(rune('0'+n%10))
}

//go:embed pygments_words.json
var pygmentsWordsJSON []byte

// pygmentsWords are the names pygments' Python lexer colours specially,
// extracted from pygments by scripts/gen_display_goldens.py.
var pygmentsWords = func() map[string]tokType {
	var lists map[string][]string
	if err := json.Unmarshal(pygmentsWordsJSON, &lists); err != nil {
		panic("display: bad pygments_words.json: " + err.Error())
	}
	classes := map[string]tokType{
		"builtin": ptBuiltin, "pseudo": ptBuiltinPseudo, "exception": ptException,
		"magic_func": ptFunctionMagic, "magic_var": ptVariableMagic,
	}
	m := map[string]tokType{}
	for k, words := range lists {
		for _, w := range words {
			m[w] = classes[k]
		}
	}
	return m
}()

// magicOnly reports whether w is a magic name, which pygments colours even
// after a dot (builtins and exceptions are not).
func magicOnly(w string) bool {
	return strings.HasPrefix(w, "__") && strings.HasSuffix(w, "__")
}

// hlKeywords are the words of pygments' "keywords" rule (plus the
// constants, which it styles the same).
var hlKeywords = map[string]bool{
	"assert": true, "async": true, "await": true, "break": true, "continue": true,
	"del": true, "elif": true, "else": true, "except": true, "finally": true,
	"for": true, "global": true, "if": true, "lambda": true, "pass": true,
	"raise": true, "nonlocal": true, "return": true, "try": true, "while": true,
	"yield": true, "as": true, "with": true, "True": true, "False": true, "None": true,
}

// hlExprKeywords are the keywords recognised inside f-string expressions.
var hlExprKeywords = map[string]bool{
	"await": true, "else": true, "for": true, "if": true, "lambda": true,
	"yield": true, "True": true, "False": true, "None": true,
}

// pyKwList is Python's keyword.kwlist, used by the soft keyword rule.
var pyKwList = []string{"False", "None", "True", "and", "as", "assert", "async", "await",
	"break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
	"for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
	"or", "pass", "raise", "return", "try", "while", "with", "yield"}

// An hlToken is one lexed token; start is its offset in code points.
type hlToken struct {
	typ  tokType
	text string
}

// lexer states.
type hlState uint8

const (
	stRoot hlState = iota
	stFuncname
	stClassname
	stImport
	stFromimport
	stSoftKw
	stString    // inside a string literal; see hlStringState
	stFExpr     // inside {} of an f-string
	stFExprNest // inside brackets within an f-string expression
)

// hlStringState describes the string literal being lexed.
type hlStringState struct {
	quote string // ', ", ''' or """
	raw   bool
	bytes bool
	f     bool
}

type hlFrame struct {
	st  hlState
	str hlStringState
}

// pyLexer is a pygments-compatible Python lexer over one text.
type pyLexer struct {
	src   string
	pos   int
	stack []hlFrame
	out   []hlToken
}

// lexPython splits src into tokens the way pygments' PythonLexer does.
// Like pygments it lexes src with a newline appended when it lacks one.
func lexPython(src string) []hlToken {
	if !strings.HasSuffix(src, "\n") {
		src += "\n"
	}
	lx := &pyLexer{src: src, stack: []hlFrame{{st: stRoot}}}
	lx.run()
	return lx.out
}

func (lx *pyLexer) emit(c tokType, text string) {
	if text != "" {
		lx.out = append(lx.out, hlToken{c, text})
	}
}

func (lx *pyLexer) top() *hlFrame  { return &lx.stack[len(lx.stack)-1] }
func (lx *pyLexer) push(f hlFrame) { lx.stack = append(lx.stack, f) }
func (lx *pyLexer) pop() {
	if len(lx.stack) > 1 {
		lx.stack = lx.stack[:len(lx.stack)-1]
	}
}

func (lx *pyLexer) run() {
	for lx.pos < len(lx.src) {
		var ok bool
		switch f := lx.top(); f.st {
		case stRoot:
			ok = lx.root()
		case stFuncname, stClassname:
			ok = lx.defName(f.st)
		case stImport:
			ok = lx.importName()
		case stFromimport:
			ok = lx.fromName()
		case stSoftKw:
			ok = lx.softKwInner()
		case stString:
			ok = lx.stringBody(f.str)
		case stFExpr, stFExprNest:
			ok = lx.fexpr(f.st)
		}
		if ok {
			continue
		}
		// No rule matched: pygments resets at a newline and otherwise
		// emits the character as an Error token (unstyled here).
		r, n := utf8.DecodeRuneInString(lx.src[lx.pos:])
		if r == '\n' {
			lx.stack = lx.stack[:1]
			lx.emit(ptWhitespace, "\n")
		} else {
			lx.emit(ptError, string(r))
		}
		lx.pos += n
	}
}

// rest is the unlexed text.
func (lx *pyLexer) rest() string { return lx.src[lx.pos:] }

// take emits the next n bytes as one token.
func (lx *pyLexer) take(c tokType, n int) {
	lx.emit(c, lx.src[lx.pos:lx.pos+n])
	lx.pos += n
}

// atLineStart reports whether pos is at the start of a line.
func (lx *pyLexer) atLineStart() bool {
	return lx.pos == 0 || lx.src[lx.pos-1] == '\n'
}

// wordAt returns the identifier (\w+ in Python's Unicode sense) at i.
func wordAt(s string, i int) string {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)) {
			break
		}
		j += n
	}
	return s[i:j]
}

// nameAt returns the identifier starting at i (empty if none starts there).
func nameAt(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !isIdentStart(r) {
		return ""
	}
	return wordAt(s, i)
}

// spaceRun is the length of the run of whitespace at the start of s;
// newlines are included when withNL.
func spaceRun(s string, withNL bool) int {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) || r == '\n' && !withNL {
			break
		}
		i += n
	}
	return i
}

// defGap matches pygments' (?:\s|\\\s)+ after def, class, from, import.
func defGap(s string) int {
	i := 0
	for i < len(s) {
		if s[i] == '\\' && i+1 < len(s) {
			r, n := utf8.DecodeRuneInString(s[i+1:])
			if unicode.IsSpace(r) {
				i += 1 + n
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func (lx *pyLexer) root() bool {
	s := lx.rest()
	if s[0] == '\n' {
		lx.take(ptWhitespace, 1)
		return true
	}
	if lx.atLineStart() && lx.docstring() {
		return true
	}
	if s[0] == '#' {
		end := strings.IndexByte(s, '\n')
		if lx.pos == 0 && strings.HasPrefix(s, "#!") && end > 2 {
			lx.take(ptCommentHashbang, end)
			return true
		}
		lx.take(ptCommentSingle, end)
		return true
	}
	if s[0] == '\\' {
		if len(s) > 1 && s[1] == '\n' {
			lx.take(ptText, 2)
		} else {
			lx.take(ptText, 1)
		}
		return true
	}
	w := wordAt(s, 0)
	if w == "yield" && strings.HasPrefix(s, "yield from") && wordAt(s, 6) == "from" {
		lx.take(ptKeyword, len("yield from"))
		return true
	}
	if hlKeywords[w] {
		lx.take(keywordType(w), len(w))
		return true
	}
	if lx.atLineStart() && lx.softKeyword() {
		return true
	}
	switch w {
	case "def", "class", "from", "import":
		if gap := defGap(s[len(w):]); gap > 0 {
			if w == "from" || w == "import" {
				lx.take(ptKeywordNS, len(w))
			} else {
				lx.take(ptKeyword, len(w))
			}
			lx.take(ptText, gap)
			lx.push(hlFrame{st: map[string]hlState{"def": stFuncname, "class": stClassname,
				"from": stFromimport, "import": stImport}[w]})
			return true
		}
	}
	return lx.expr(false)
}

// docstring matches a triple-quoted string at the start of a line:
// leading whitespace, an optional prefix, the whole string as one token.
func (lx *pyLexer) docstring() bool {
	s := lx.rest()
	ws := spaceRun(s, true)
	i := ws
	for k := 0; k < 2 && i < len(s) && strings.ContainsRune("rRuUbB", rune(s[i])); k++ {
		i++
	}
	for _, q := range []string{`"""`, `'''`} {
		if !strings.HasPrefix(s[i:], q) {
			continue
		}
		end := strings.Index(s[i+3:], q)
		if end < 0 {
			return false
		}
		lx.take(ptWhitespace, ws)
		lx.take(ptStringAffix, i-ws)
		lx.take(ptStringDoc, end+6)
		return true
	}
	return false
}

// softKeyword matches "match" or "case" starting a statement.
func (lx *pyLexer) softKeyword() bool {
	s := lx.rest()
	ind := 0
	for ind < len(s) && (s[ind] == ' ' || s[ind] == '\t') {
		ind++
	}
	w := wordAt(s, ind)
	if w != "match" && w != "case" {
		return false
	}
	after := s[ind+len(w):]
	k := 0
	for k < len(after) && (after[k] == ' ' || after[k] == '\t') {
		k++
	}
	if k < len(after) && strings.ContainsRune(":,;=^&|@~)]}", rune(after[k])) {
		return false
	}
	next := wordAt(after, k)
	for _, kw := range pyKwList {
		if next == kw {
			return false
		}
	}
	lx.take(ptText, ind)
	lx.take(ptKeyword, len(w))
	lx.push(hlFrame{st: stSoftKw})
	return true
}

// softKwInner matches the optional wildcard of a case: whitespace, any
// text without '_' (lexed afresh), then a lone '_'.
func (lx *pyLexer) softKwInner() bool {
	lx.pop()
	s := lx.rest()
	ws := spaceRun(s, true)
	if ws == 0 {
		return true
	}
	j := ws
	for j < len(s) && s[j] != '\n' && s[j] != '_' {
		j++
	}
	if j >= len(s) || s[j] != '_' || len(wordAt(s, j)) != 1 {
		return true
	}
	lx.take(ptWhitespace, ws)
	if j > ws {
		inner := lexPython(s[ws:j])
		// lexPython adds a newline the real text does not have here.
		if last := &inner[len(inner)-1]; strings.HasSuffix(last.text, "\n") && !strings.HasSuffix(s[ws:j], "\n") {
			last.text = strings.TrimSuffix(last.text, "\n")
		}
		for _, t := range inner {
			lx.emit(t.typ, t.text)
		}
		lx.pos += j - ws
	}
	lx.take(ptKeyword, 1)
	return true
}

func (lx *pyLexer) defName(st hlState) bool {
	s := lx.rest()
	name := nameAt(s, 0)
	if st == stFuncname && magicOnly(name) && pygmentsWords[name] == ptFunctionMagic {
		lx.take(ptFunctionMagic, len(name)) // magicfuncs do not leave the state
		return true
	}
	lx.pop()
	if name == "" {
		return true
	}
	if st == stFuncname {
		lx.take(ptFunction, len(name))
	} else {
		lx.take(ptClass, len(name))
	}
	return true
}

func (lx *pyLexer) importName() bool {
	s := lx.rest()
	if ws := spaceRun(s, true); ws > 0 && wordAt(s, ws) == "as" {
		if ws2 := spaceRun(s[ws+2:], true); ws2 > 0 {
			lx.take(ptText, ws)
			lx.take(ptKeyword, 2)
			lx.take(ptText, ws2)
			return true
		}
	}
	if s[0] == '.' {
		lx.take(ptNamespace, 1)
		return true
	}
	if name := nameAt(s, 0); name != "" {
		lx.take(ptNamespace, len(name))
		return true
	}
	ws := spaceRun(s, true)
	if ws < len(s) && s[ws] == ',' {
		ws2 := spaceRun(s[ws+1:], true)
		lx.take(ptText, ws)
		lx.take(ptOperator, 1)
		lx.take(ptText, ws2)
		return true
	}
	lx.pop()
	return true
}

func (lx *pyLexer) fromName() bool {
	s := lx.rest()
	if ws := spaceRun(s, true); ws > 0 && wordAt(s, ws) == "import" {
		lx.take(ptText, ws)
		lx.take(ptKeywordNS, len("import"))
		lx.pop()
		return true
	}
	if s[0] == '.' {
		lx.take(ptNamespace, 1)
		return true
	}
	if wordAt(s, 0) == "None" {
		lx.take(ptBuiltinPseudo, 4)
		lx.pop()
		return true
	}
	if name := nameAt(s, 0); name != "" {
		lx.take(ptNamespace, len(name))
		return true
	}
	lx.pop()
	return true
}

// stringStart matches an optional prefix and an opening quote, and enters
// the string state.
func (lx *pyLexer) stringStart() bool {
	s := lx.rest()
	i := 0
	for i < 2 && i < len(s) && strings.ContainsRune("rRbBuUfF", rune(s[i])) {
		i++
	}
	for ; i >= 0; i-- {
		if i >= len(s) || s[i] != '\'' && s[i] != '"' {
			continue
		}
		prefix := strings.ToLower(s[:i])
		var st hlStringState
		switch prefix {
		case "":
		case "u":
		case "r":
			st.raw = true
		case "b":
			st.bytes = true
		case "rb", "br":
			st.raw, st.bytes = true, true
		case "f":
			st.f = true
		case "rf", "fr":
			st.raw, st.f = true, true
		default:
			continue
		}
		q := s[i : i+1]
		if strings.HasPrefix(s[i:], strings.Repeat(q, 3)) {
			q = strings.Repeat(q, 3)
		}
		st.quote = q
		lx.take(ptStringAffix, i)
		lx.take(st.bodyType(), len(q))
		lx.push(hlFrame{st: stString, str: st})
		return true
	}
	return false
}

// stringBody lexes inside a string literal.
func (lx *pyLexer) stringBody(st hlStringState) bool {
	s := lx.rest()
	body := st.bodyType()
	if strings.HasPrefix(s, st.quote) {
		lx.take(body, len(st.quote))
		lx.pop()
		return true
	}
	triple := len(st.quote) == 3
	// Escapes of the literal's kind.
	if st.f && (strings.HasPrefix(s, "{{") || strings.HasPrefix(s, "}}")) {
		lx.take(ptStringEscape, 2)
		return true
	}
	if !st.raw {
		if n := escapeLen(s, st.bytes); n > 0 {
			lx.take(ptStringEscape, n)
			return true
		}
	}
	if !triple && s[0] == '\\' && len(s) > 1 && (s[1] == '\\' || s[1] == st.quote[0] || s[1] == '\n') {
		lx.take(ptStringEscape, 2)
		return true
	}
	if st.f {
		switch s[0] {
		case '}':
			lx.take(ptStringInterpol, 1)
			return true
		case '{':
			lx.take(ptStringInterpol, 1)
			lx.push(hlFrame{st: stFExpr})
			return true
		}
		if n := runNot(s, "\\'\"{}\n"); n > 0 {
			lx.take(body, n)
			return true
		}
	} else {
		if n := percentFormatLen(s); n > 0 {
			lx.take(ptStringInterpol, n)
			return true
		}
		if n := braceFormatLen(s); n > 0 {
			lx.take(ptStringInterpol, n)
			return true
		}
		if n := runNot(s, "\\'\"%{\n"); n > 0 {
			lx.take(body, n)
			return true
		}
	}
	switch s[0] {
	case '\'', '"', '\\':
		lx.take(body, 1)
		return true
	case '%':
		if !st.f {
			lx.take(body, 1)
			return true
		}
	case '{':
		if !st.f {
			if strings.HasPrefix(s, "{{") {
				lx.take(body, 2)
			} else {
				lx.take(body, 1)
			}
			return true
		}
	case '\n':
		if triple {
			lx.take(body, 1)
			return true
		}
	}
	return false
}

// runNot is the length of the run at the start of s without any byte of
// stop.
func runNot(s, stop string) int {
	i := 0
	for i < len(s) && strings.IndexByte(stop, s[i]) < 0 {
		i++
	}
	return i
}

// escapeLen is the length of the backslash escape at the start of s (0 if
// none), for str or bytes literals.
func escapeLen(s string, bytes bool) int {
	if len(s) < 2 || s[0] != '\\' {
		return 0
	}
	c := s[1]
	if strings.IndexByte("\\abfnrtv\"'\n", c) >= 0 {
		return 2
	}
	if c == 'x' && len(s) >= 4 && isHex(s[2:4]) {
		return 4
	}
	if c >= '0' && c <= '7' {
		n := 2
		for n < 4 && n < len(s) && s[n] >= '0' && s[n] <= '7' {
			n++
		}
		return n
	}
	if bytes {
		return 0
	}
	switch {
	case c == 'N' && len(s) > 2 && s[2] == '{':
		if end := strings.IndexByte(s[3:], '}'); end >= 0 && !strings.Contains(s[3:3+end], "\n") {
			return 3 + end + 1
		}
	case c == 'u' && len(s) >= 6 && isHex(s[2:6]):
		return 6
	case c == 'U' && len(s) >= 10 && isHex(s[2:10]):
		return 10
	}
	return 0
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// percentFormatLen matches an old-style %-format specifier.
func percentFormatLen(s string) int {
	if s[0] != '%' {
		return 0
	}
	i := 1
	if i < len(s) && s[i] == '(' {
		j := i + 1
		w := wordAt(s, j)
		if w == "" || j+len(w) >= len(s) || s[j+len(w)] != ')' {
			return 0
		}
		i = j + len(w) + 1
	}
	for i < len(s) && strings.IndexByte("-#0 +", s[i]) >= 0 {
		i++
	}
	i = skipWidth(s, i)
	if i < len(s) && s[i] == '.' {
		if j := skipWidth(s, i+1); j > i+1 {
			i = j
		} else {
			return 0
		}
	}
	if i < len(s) && strings.IndexByte("hlL", s[i]) >= 0 {
		i++
	}
	if i < len(s) && (s[i] >= 'E' && s[i] <= 'G' || s[i] == 'X' || s[i] >= 'c' && s[i] <= 'g' ||
		strings.IndexByte("iorsaux%", s[i]) >= 0) {
		return i + 1
	}
	return 0
}

// skipWidth skips digits or a single '*'.
func skipWidth(s string, i int) int {
	if i < len(s) && s[i] == '*' {
		return i + 1
	}
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// braceFormatLen matches a str.format replacement field: {name.attr[key]!r:spec}.
func braceFormatLen(s string) int {
	if s[0] != '{' {
		return 0
	}
	i := 1
	if w := wordAt(s, i); w != "" {
		i += len(w)
		for i < len(s) {
			if s[i] == '.' {
				w := wordAt(s, i+1)
				if w == "" {
					break
				}
				i += 1 + len(w)
			} else if s[i] == '[' {
				end := strings.IndexByte(s[i+1:], ']')
				if end <= 0 {
					break
				}
				i += end + 2
			} else {
				break
			}
		}
	}
	if i+1 < len(s) && s[i] == '!' && strings.IndexByte("sra", s[i+1]) >= 0 {
		i += 2
	}
	if i < len(s) && s[i] == ':' {
		i = formatSpecEnd(s, i+1)
	}
	if i < len(s) && s[i] == '}' {
		return i + 1
	}
	return 0
}

// formatSpecEnd skips pygments' simplified format spec
// (.?[<>=^])?[-+ ]?#?0?(\d+)?,?(\.\d+)?[E-GXb-gnosx%]? starting at i.
func formatSpecEnd(s string, i int) int {
	isAlign := func(c byte) bool { return strings.IndexByte("<>=^", c) >= 0 }
	if i+1 < len(s) && isAlign(s[i+1]) && s[i] != '\n' {
		_, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 {
			i += 2
		}
	} else if i < len(s) && isAlign(s[i]) {
		i++
	}
	if i < len(s) && strings.IndexByte("-+ ", s[i]) >= 0 {
		i++
	}
	if i < len(s) && s[i] == '#' {
		i++
	}
	if i < len(s) && s[i] == '0' {
		i++
	}
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i < len(s) && s[i] == ',' {
		i++
	}
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	if i < len(s) && (s[i] >= 'E' && s[i] <= 'G' || s[i] == 'X' || s[i] >= 'b' && s[i] <= 'g' ||
		strings.IndexByte("nosx%", s[i]) >= 0) {
		i++
	}
	return i
}

// fexpr lexes inside the braces of an f-string.
func (lx *pyLexer) fexpr(st hlState) bool {
	s := lx.rest()
	if strings.IndexByte("{([", s[0]) >= 0 {
		lx.take(ptPunctuation, 1)
		lx.push(hlFrame{st: stFExprNest})
		return true
	}
	if st == stFExprNest {
		if strings.IndexByte("])}", s[0]) >= 0 {
			lx.take(ptPunctuation, 1)
			lx.pop()
			return true
		}
	} else {
		// (=\s*)?(![sraf])?  followed by } or :
		i := 0
		if s[0] == '=' && !strings.HasPrefix(s, "==") {
			i = 1 + spaceRun(s[1:], true)
		}
		if i+1 < len(s) && s[i] == '!' && strings.IndexByte("sraf", s[i+1]) >= 0 {
			i += 2
		}
		if i < len(s) && (s[i] == '}' || s[i] == ':') {
			lx.take(ptStringInterpol, i+1)
			lx.pop()
			return true
		}
	}
	if ws := spaceRun(s, true); ws > 0 {
		lx.take(ptWhitespace, ws)
		return true
	}
	return lx.expr(true)
}

// expr applies pygments' "expr" rules; inFString selects the keyword set
// used inside f-string expressions.
func (lx *pyLexer) expr(inFString bool) bool {
	s := lx.rest()
	if lx.stringStart() {
		return true
	}
	if n := runSpaces(s); n > 0 {
		lx.take(ptText, n)
		return true
	}
	if n, typ := numberLen(s); n > 0 {
		lx.take(typ, n)
		return true
	}
	for _, op := range []string{"!=", "==", "<<", ">>", ":="} {
		if strings.HasPrefix(s, op) {
			lx.take(ptOperator, 2)
			return true
		}
	}
	if strings.IndexByte("-~+/*%=<>&^|.", s[0]) >= 0 {
		lx.take(ptOperator, 1)
		return true
	}
	if strings.IndexByte("[]{}:(),;", s[0]) >= 0 {
		lx.take(ptPunctuation, 1)
		return true
	}
	w := wordAt(s, 0)
	switch w {
	case "in", "is", "and", "or", "not":
		lx.take(ptOperatorWord, len(w))
		return true
	}
	if inFString {
		if w == "yield" && strings.HasPrefix(s, "yield from") && wordAt(s, 6) == "from" {
			lx.take(ptKeyword, len("yield from"))
			return true
		}
		if w == "async" && strings.HasPrefix(s, "async for") && wordAt(s, 6) == "for" {
			lx.take(ptKeyword, len("async for"))
			return true
		}
		if hlExprKeywords[w] {
			lx.take(keywordType(w), len(w))
			return true
		}
	}
	if c, ok := pygmentsWords[w]; ok && w != "" {
		afterDot := lx.pos > 0 && lx.src[lx.pos-1] == '.'
		if !afterDot || c == ptFunctionMagic || c == ptVariableMagic {
			lx.take(c, len(w))
			return true
		}
	}
	if s[0] == '@' {
		if name := nameAt(s, 1); name != "" {
			lx.take(ptDecorator, 1+len(name))
		} else {
			lx.take(ptOperator, 1)
		}
		return true
	}
	if name := nameAt(s, 0); name != "" {
		lx.take(ptName, len(name))
		return true
	}
	return false
}

// runSpaces is the length of the run of non-newline whitespace at the start.
func runSpaces(s string) int {
	return spaceRun(s, false)
}

// numberLen matches pygments' number rules at the start of s, giving the
// length and the kind of number.
func numberLen(s string) (int, tokType) {
	digits := func(i int) int { // \d(?:_?\d)*
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return i
		}
		i++
		for i < len(s) {
			if s[i] >= '0' && s[i] <= '9' {
				i++
			} else if s[i] == '_' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				i += 2
			} else {
				break
			}
		}
		return i
	}
	exponent := func(i int) int { // [eE][+-]?digits, or i if none
		if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
			j := i + 1
			if j < len(s) && (s[j] == '+' || s[j] == '-') {
				j++
			}
			if k := digits(j); k > j {
				return k
			}
		}
		return i
	}
	// Floats with a dot.
	if i := digits(0); i > 0 && i < len(s) && s[i] == '.' {
		return exponent(digits(i + 1)), ptNumberFloat
	}
	if len(s) > 1 && s[0] == '.' {
		if j := digits(1); j > 1 {
			return exponent(j), ptNumberFloat
		}
	}
	// Float by exponent, with an optional j.
	if i := digits(0); i > 0 {
		if e := exponent(i); e > i {
			if e < len(s) && s[e] == 'j' {
				e++
			}
			return e, ptNumberFloat
		}
	}
	if len(s) > 2 && s[0] == '0' {
		var ok func(byte) bool
		var typ tokType
		switch s[1] {
		case 'o', 'O':
			ok, typ = func(c byte) bool { return c >= '0' && c <= '7' }, ptNumberOct
		case 'b', 'B':
			ok, typ = func(c byte) bool { return c == '0' || c == '1' }, ptNumberBin
		case 'x', 'X':
			ok, typ = func(c byte) bool { return isHex(string(c)) }, ptNumberHex
		}
		if ok != nil {
			i := 2
			for i < len(s) {
				if ok(s[i]) {
					i++
				} else if s[i] == '_' && i+1 < len(s) && ok(s[i+1]) {
					i += 2
				} else {
					break
				}
			}
			if i > 2 {
				return i, typ
			}
		}
	}
	return digits(0), ptNumberInteger
}

// keywordType is the token type of a keyword: the constants True, False
// and None are Keyword.Constant.
func keywordType(w string) tokType {
	switch w {
	case "True", "False", "None":
		return ptKeywordConstant
	}
	return ptKeyword
}

// bodyType is the token type of a string literal's quotes and text:
// String.Single or String.Double after its quote character.
func (st hlStringState) bodyType() tokType {
	if st.quote[0] == '\'' {
		return ptStringSingle
	}
	return ptStringDouble
}

// highlightPython lexes src and formats it as pygments' Terminal256
// formatter would, marking with a yellow background every token that
// starts inside one of hot (code point ranges [start, end) into src). It
// returns the output split into lines.
func highlightPython(src string, hot [][2]int) []string {
	toks := lexPython(src)
	var b strings.Builder
	pos := 0
	for _, t := range toks {
		isHot := false
		for _, r := range hot {
			if r[0] <= pos && pos < r[1] {
				isHot = true
			}
		}
		pos += utf8.RuneCountInString(t.text)
		on, off := hlStyles[tokInfo[t.typ].class].escapes(isHot)
		parts := strings.Split(t.text, "\n")
		for i, p := range parts {
			if p != "" {
				b.WriteString(on + p + off)
			}
			if i < len(parts)-1 {
				b.WriteByte('\n')
			}
		}
	}
	return splitLines(b.String())
}

// splitLines splits like Python's str.splitlines for \n-only text.
func splitLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
