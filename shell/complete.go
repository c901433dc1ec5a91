// This file implements completion: names (keywords, the user namespace,
// builtins, names assigned earlier in the cell), attributes after a dot
// (through dir(), i.e. __dir__, and plain attribute lookups, never calls or
// subscripts), dict keys after d[ and d[", module names after import, magics
// after %, and file paths inside strings. Positions are in code points.

package shell

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"adder/interp/py"
)

// CompleteResult mirrors complete_reply's content (kernel.CompleteResult).
type CompleteResult struct {
	Matches     []string
	CursorStart int
	CursorEnd   int
	Metadata    map[string]any
}

// A match is one completion with its kind for _jupyter_types_experimental.
type match struct {
	text, kind, signature string
}

// Completion kinds, as Jupyter's experimental types field names them.
const (
	kindFunction  = "function"
	kindClass     = "class"
	kindModule    = "module"
	kindKeyword   = "keyword"
	kindInstance  = "instance"
	kindStatement = "statement"
	kindMagic     = "magic"
	kindPath      = "path"
)

// keywords are Python 3.12's keywords and soft keywords offered as names.
var keywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await", "break", "case", "class", "continue",
	"def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
	"lambda", "match", "nonlocal", "not", "or", "pass", "raise", "return", "try", "type", "while", "with", "yield",
}

var (
	importRe     = regexp.MustCompile(`^\s*(?:import|from)\s+([\w.]*)$`)
	importListRe = regexp.MustCompile(`^\s*import\s+(?:[\w.]+\s*(?:as\s+\w+\s*)?,\s*)+([\w.]*)$`)
	fromImportRe = regexp.MustCompile(`^\s*from\s+([\w.]+)\s+import\s+(?:\(?\s*(?:\w+\s*(?:as\s+\w+\s*)?,\s*)*)(\w*)$`)
	dottedRe     = regexp.MustCompile(`((?:[\pL\pN_]+\.)*)([\pL\pN_]*)$`)
	magicRe      = regexp.MustCompile(`^\s*(%%?)([\w]*)$`)
)

// Complete returns completions for code with the cursor at cursorPos (a
// code-point offset; out of range values are clamped).
func (sh *Shell) Complete(code string, cursorPos int) CompleteResult {
	runes := []rune(code)
	cursorPos = max(0, min(cursorPos, len(runes)))
	text := string(runes[:cursorPos])
	matches, prefix := sh.completions(text)
	start := cursorPos - utf8.RuneCountInString(prefix)
	res := CompleteResult{Matches: []string{}, CursorStart: start, CursorEnd: cursorPos}
	types := []any{}
	seen := map[string]bool{}
	for _, m := range matches {
		if seen[m.text] {
			continue
		}
		seen[m.text] = true
		res.Matches = append(res.Matches, m.text)
		types = append(types, map[string]any{
			"start": start, "end": cursorPos, "text": m.text, "type": m.kind, "signature": m.signature,
		})
	}
	res.Metadata = map[string]any{"_jupyter_types_experimental": types}
	return res
}

// completions finds the matches for the text before the cursor and the
// prefix they replace.
func (sh *Shell) completions(text string) ([]match, string) {
	line := text[strings.LastIndexByte(text, '\n')+1:]
	if q, start, ok := openString(line); ok {
		return sh.stringCompletions(line, q, start)
	}
	if m := magicRe.FindStringSubmatch(line); m != nil && !strings.Contains(text[:len(text)-len(line)], "\n%%") {
		return magicMatches(m[1] + m[2]), m[1] + m[2]
	}
	if m := fromImportRe.FindStringSubmatch(line); m != nil {
		return sh.attrMatches(m[1], m[2], true), m[2]
	}
	if m := importRe.FindStringSubmatch(line); m != nil {
		return sh.moduleMatches(m[1]), m[1][strings.LastIndexByte(m[1], '.')+1:]
	}
	if m := importListRe.FindStringSubmatch(line); m != nil {
		return sh.moduleMatches(m[1]), m[1][strings.LastIndexByte(m[1], '.')+1:]
	}
	if strings.HasSuffix(line, "[") {
		if expr := trailingExpr(line[:len(line)-1]); expr != "" {
			keys := sh.keyMatches(expr, "", 0)
			names, _ := sh.nameMatches(text, "")
			return append(keys, names...), ""
		}
	}
	loc := dottedRe.FindStringSubmatchIndex(line)
	if loc[0] > 0 && line[loc[0]-1] == '.' {
		// An attribute of a call, subscript or literal: completing it
		// would need evaluation, which the completer never does.
		return nil, line[loc[4]:]
	}
	base, prefix := strings.TrimSuffix(line[loc[2]:loc[3]], "."), line[loc[4]:loc[5]]
	if base != "" {
		if r, _ := utf8.DecodeRuneInString(base); unicode.IsDigit(r) {
			return nil, prefix // a float literal such as 1.5
		}
		if _, bound := sh.evalDotted(base); !bound {
			return sh.inferAttrMatches(text, base, prefix), prefix
		}
		return sh.attrMatches(base, prefix, false), prefix
	}
	return sh.nameMatches(text, prefix)
}

// openString reports whether line ends inside a string literal, returning
// its quote character and the offset just after the opening quote.
func openString(line string) (quote byte, start int, ok bool) {
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '#' && quote == 0:
			return 0, 0, false
		case (c == '"' || c == '\'') && quote == 0:
			quote, start = c, i+1
		case c == quote:
			quote = 0
		case c == '\\' && quote != 0:
			i++
		}
	}
	return quote, start, quote != 0
}

// stringCompletions handles a cursor inside a string: dict keys after
// expr[" and file paths otherwise.
func (sh *Shell) stringCompletions(line string, q byte, start int) ([]match, string) {
	typed := line[start:]
	open := start - 1
	for open > 0 && strings.ContainsRune("rRbBuUfF", rune(line[open-1])) && open >= 1 {
		open--
	}
	if open > 0 && line[open-1] == '[' {
		if expr := trailingExpr(line[:open-1]); expr != "" {
			return sh.keyMatches(expr, typed, q), typed
		}
	}
	return pathMatches(typed), typed
}

// trailingExpr returns the dotted name ending s, or "".
func trailingExpr(s string) string {
	m := dottedRe.FindStringSubmatch(s)
	if m == nil || m[2] == "" {
		return ""
	}
	return m[1] + m[2]
}

// evalDotted looks up a dotted name: the first part in the namespace, the
// rest with getattr. It calls nothing else.
func (sh *Shell) evalDotted(expr string) (py.Value, bool) {
	parts := strings.Split(expr, ".")
	v, ok := sh.lookup(parts[0])
	if !ok {
		return py.Value{}, false
	}
	for _, p := range parts[1:] {
		a, err := py.GetAttr(v, p)
		if err != nil {
			return py.Value{}, false
		}
		v = a
	}
	return v, true
}

// nameMatches completes a bare name from keywords, names assigned in the
// text, the user namespace and builtins.
func (sh *Shell) nameMatches(text, prefix string) ([]match, string) {
	var out []match
	for _, k := range keywords {
		if strings.HasPrefix(k, prefix) {
			out = append(out, match{k, kindKeyword, ""})
		}
	}
	addDict := func(d *py.Dict) {
		if d == nil {
			return
		}
		for i := 0; i < d.EntryCap(); i++ {
			k, v, ok := d.EntryAt(i)
			if !ok {
				continue
			}
			name, isStr := py.AsStr(k)
			if !isStr || !strings.HasPrefix(name, prefix) || hidden(name, prefix) {
				continue
			}
			kind, sig := classify(v)
			out = append(out, match{name, kind, sig})
		}
	}
	addDict(sh.Globals)
	addDict(sh.builtins())
	for _, n := range assignedNames(text) {
		if strings.HasPrefix(n, prefix) && n != prefix {
			out = append(out, match{n, kindStatement, ""})
		}
	}
	sortMatches(out)
	return out, prefix
}

// hidden reports names IPython leaves out unless the prefix asks for them:
// underscore names need a leading underscore typed.
func hidden(name, prefix string) bool {
	return strings.HasPrefix(name, "_") && !strings.HasPrefix(prefix, "_")
}

// attrMatches completes attributes of the object named by base. For "from
// mod import x" (fromImport) the module is looked up in sys.modules.
func (sh *Shell) attrMatches(base, prefix string, fromImport bool) []match {
	var obj py.Value
	ok := false
	if fromImport {
		if mods := py.SysAttr("modules"); mods.IsValid() {
			if v, err := py.GetItem(mods, py.StrValue(base)); err == nil {
				obj, ok = v, true
			}
		}
	} else {
		obj, ok = sh.evalDotted(base)
	}
	if !ok {
		return nil
	}
	var out []match
	for _, name := range dirNames(obj) {
		if !strings.HasPrefix(name, prefix) || hidden(name, prefix) {
			continue
		}
		kind, sig := kindInstance, ""
		if v, err := py.GetAttr(obj, name); err == nil {
			kind, sig = classify(v)
		}
		if fromImport && kind == kindInstance {
			kind = kindStatement
		}
		out = append(out, match{name, kind, sig})
	}
	sortMatches(out)
	return out
}

// dirNames is dir(obj) as strings; errors give no names.
func dirNames(obj py.Value) []string {
	dir, ok := py.BuiltinsDict.GetStr("dir")
	if !ok {
		return nil
	}
	r, err := py.Call(dir, []py.Value{obj}, nil)
	if err != nil {
		return nil
	}
	items, err := py.ToSlice(r)
	if err != nil {
		return nil
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		if s, ok := py.AsStr(it); ok {
			out = append(out, s)
		}
	}
	return out
}

// keyMatches completes the keys of the mapping named by expr. Inside a
// string (q is the quote) only str keys matching typed are offered, without
// quotes; after a bare "[" every key is offered as its repr.
func (sh *Shell) keyMatches(expr, typed string, q byte) []match {
	obj, ok := sh.evalDotted(expr)
	if !ok {
		return nil
	}
	d, isDict := obj.Object().(*py.Dict)
	if !isDict {
		return nil
	}
	var out []match
	for _, k := range d.Keys() {
		switch py.TypeName(k) {
		case "str", "bytes", "int", "float", "bool":
			// Only keys whose repr is the interpreter's own: a user class's
			// __repr__ would be user code, which completion never runs.
		default:
			continue
		}
		if q == 0 {
			r, err := py.ReprString(k)
			if err == nil {
				out = append(out, match{r, kindInstance, ""})
			}
			continue
		}
		if s, ok := py.AsStr(k); ok && strings.HasPrefix(s, typed) {
			out = append(out, match{s, kindInstance, ""})
		}
	}
	return out
}

// moduleMatches completes a (dotted) module name.
func (sh *Shell) moduleMatches(typed string) []match {
	names := py.BuiltinModuleNames()
	if sh.ModuleNames != nil {
		names = append(names, sh.ModuleNames()...)
	}
	if mods := py.SysAttr("modules"); mods.IsValid() {
		if d, ok := mods.Object().(*py.Dict); ok {
			for _, k := range d.Keys() {
				if s, ok := py.AsStr(k); ok {
					names = append(names, s)
				}
			}
		}
	}
	pkg, prefix := "", typed
	if i := strings.LastIndexByte(typed, '.'); i >= 0 {
		pkg, prefix = typed[:i+1], typed[i+1:]
	}
	var out []match
	for _, n := range names {
		if !strings.HasPrefix(n, pkg) {
			continue
		}
		rest := n[len(pkg):]
		if i := strings.IndexByte(rest, '.'); i >= 0 {
			rest = rest[:i]
		}
		if rest != "" && strings.HasPrefix(rest, prefix) && !hidden(rest, prefix) {
			out = append(out, match{rest, kindModule, ""})
		}
	}
	sortMatches(out)
	return out
}

// pathMatches completes a file name typed inside a string.
func pathMatches(typed string) []match {
	dir, file := filepath.Split(typed)
	lookIn := dir
	if strings.HasPrefix(lookIn, "~") {
		if home, err := os.UserHomeDir(); err == nil {
			lookIn = home + lookIn[1:]
		}
	}
	if lookIn == "" {
		lookIn = "."
	}
	entries, err := os.ReadDir(lookIn)
	if err != nil {
		return nil
	}
	var out []match
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, file) || (strings.HasPrefix(name, ".") && !strings.HasPrefix(file, ".")) {
			continue
		}
		if e.IsDir() {
			name += "/"
		}
		out = append(out, match{dir + name, kindPath, ""})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].text < out[j].text })
	return out
}

// classify gives the completion kind of a value and, for callables, a
// signature when one is known.
func classify(v py.Value) (kind, signature string) {
	switch o := v.Object().(type) {
	case *py.Type:
		return kindClass, ""
	case *py.Module:
		return kindModule, ""
	case *py.Function, *py.BoundMethod, *py.BoundBuiltin, *py.MethodDescr:
		return kindFunction, signatureOf(v)
	case *py.Builtin:
		_ = o
		return kindFunction, signatureOf(v)
	}
	return kindInstance, ""
}

// sortMatches orders matches like IPython: public names, then _private,
// then __dunder__ names, each alphabetically.
func sortMatches(ms []match) {
	rank := func(s string) int {
		switch {
		case strings.HasPrefix(s, "__"):
			return 2
		case strings.HasPrefix(s, "_"):
			return 1
		}
		return 0
	}
	sort.SliceStable(ms, func(i, j int) bool {
		ri, rj := rank(ms[i].text), rank(ms[j].text)
		if ri != rj {
			return ri < rj
		}
		return ms[i].text < ms[j].text
	})
}

var assignRe = regexp.MustCompile(`(?m)(?:^|[;(,\s])([\pL_][\pL\pN_]*)\s*(?:=[^=]|:=)|\b(?:def|class|import|as|for)\s+([\pL_][\pL\pN_]*)`)

// assignedNames lists names the text binds (assignments, def, class,
// import, as, for), so a name defined earlier in the same cell completes
// before the cell has run.
func assignedNames(text string) []string {
	var out []string
	for _, m := range assignRe.FindAllStringSubmatch(text, -1) {
		if m[1] != "" {
			out = append(out, m[1])
		} else {
			out = append(out, m[2])
		}
	}
	return out
}
