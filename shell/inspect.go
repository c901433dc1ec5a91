// This file implements inspection (inspect_request, obj?, obj??): the name
// at the cursor chosen as IPython's token_at_cursor does, and the report laid
// out as IPython 8's Inspector with ipykernel's Neutral colours: Signature /
// Init signature, Docstring, Source (detail 1, functions and classes defined
// in cells), File, Type, String form, Length, Subclasses.

package shell

import (
	"strings"
	"unicode/utf8"

	"adder/interp/py"
)

// InspectResult mirrors inspect_reply's content (kernel.InspectResult).
type InspectResult struct {
	Found    bool
	Data     map[string]any
	Metadata map[string]any
}

// Inspect reports on the name or dotted expression at cursorPos (code
// points). detailLevel 1 adds source for code defined in cells.
func (sh *Shell) Inspect(code string, cursorPos, detailLevel int) InspectResult {
	name := tokenAtCursor(code, cursorPos)
	res := InspectResult{Data: map[string]any{}, Metadata: map[string]any{}}
	if name == "" {
		return res
	}
	text, ok := sh.InfoText(name, detailLevel)
	if !ok {
		return res
	}
	res.Found = true
	res.Data["text/plain"] = text
	return res
}

// tokenAtCursor returns the (dotted) name at the cursor, or the function
// being called when the cursor is inside a call's parentheses.
func tokenAtCursor(code string, cursorPos int) string {
	runes := []rune(code)
	cursorPos = max(0, min(cursorPos, len(runes)))
	cursor := len(string(runes[:cursorPos])) // in bytes, like the token columns
	lines := splitLines(code)
	offsets := make([]int, len(lines)+1)
	for i, l := range lines {
		offsets[i+1] = offsets[i] + len(l)
	}
	toks, _ := tokenizeLines(lines)
	var names, calls []string
	var prev *token
	for i := range toks {
		t := toks[i]
		if t.line >= len(lines) {
			break
		}
		start := offsets[t.line] + t.col
		boundary := cursor
		if t.col == 0 {
			boundary = cursor + 1 // "|foo" at a line start finds foo
		}
		if start >= boundary {
			break
		}
		switch {
		case t.kind == tkName && !hardKeywords[t.s]:
			if len(names) > 0 && prev != nil && prev.kind == tkOp && prev.s == "." {
				names[len(names)-1] += "." + t.s
			} else {
				names = append(names, t.s)
			}
		case t.kind == tkOp:
			switch {
			case t.s == "=" && len(names) > 0:
				names = names[:len(names)-1] // not the target of an assignment
			case t.s == "(" && len(names) > 0:
				calls = append(calls, names[len(names)-1])
			case t.s == ")" && len(calls) > 0:
				calls = calls[:len(calls)-1]
			}
		}
		prev = &toks[i]
		if start+len(t.s) > cursor {
			break
		}
	}
	if len(calls) > 0 {
		return calls[len(calls)-1]
	}
	if len(names) > 0 {
		return names[len(names)-1]
	}
	return ""
}

// A field is one heading of the report and its (uncoloured) body.
type field struct{ head, body string }

// InfoText returns the coloured report for a name ("x", "a.b", "%time"),
// and false when the name does not resolve.
func (sh *Shell) InfoText(name string, detailLevel int) (string, bool) {
	fields, ok := sh.infoFields(name, detailLevel)
	if !ok {
		return "", false
	}
	return formatFields(fields), true
}

// formatFields lays the fields out as IPython's format_mime: a red heading,
// padding to the widest heading, and the body on the same line (or the next
// when it has several lines).
func formatFields(fields []field) string {
	width := 0
	for _, f := range fields {
		width = max(width, utf8.RuneCountInString(f.head))
	}
	var b strings.Builder
	for _, f := range fields {
		body := strings.Trim(f.body, "\n")
		delim := " "
		if strings.Contains(body, "\n") {
			delim = "\n"
		}
		b.WriteString(ansiRed + f.head + ":" + ansiNormal + strings.Repeat(" ", width-utf8.RuneCountInString(f.head)) + delim + body + "\n")
	}
	return b.String()
}

func (sh *Shell) infoFields(name string, detail int) ([]field, bool) {
	if strings.HasPrefix(name, "%") {
		return magicFields(name, detail)
	}
	obj, ok := sh.evalDotted(name)
	if !ok {
		return nil, false
	}
	var fs []field
	add := func(head, body string) { fs = append(fs, field{head, body}) }
	doc, hasDoc := docOf(obj)
	source := ""
	if detail > 0 {
		source = sh.sourceOf(obj)
	}
	kind, _ := classify(obj)
	switch kind {
	case kindClass, kindFunction:
		if kind == kindFunction {
			add("Signature", colorizeSource(name+signatureOrDefault(obj)))
		} else {
			add("Init signature", colorizeSource(name+classSignature(obj)))
		}
		if source == "" || !strings.Contains(source, strings.TrimSpace(doc)) {
			if hasDoc {
				add("Docstring", doc)
			} else {
				add("Docstring", "<no docstring>")
			}
		}
		if source != "" {
			add("Source", colorizeSource(source))
		}
		if f := fileOf(obj); f != "" {
			add("File", f)
		}
		add("Type", py.TypeName(obj))
		if kind == kindClass {
			add("Subclasses", subclassNames(obj))
		}
	default:
		add("Type", py.TypeName(obj))
		add("String form", stringForm(obj, detail))
		if n, err := py.Len(obj); err == nil {
			add("Length", itoa(n))
		}
		if f := fileOf(obj); f != "" {
			add("File", f)
		}
		if source != "" {
			add("Source", colorizeSource(source))
		} else if hasDoc {
			add("Docstring", doc)
		} else {
			add("Docstring", "<no docstring>")
		}
		if cd, ok := docOf(py.ObjectValue(obj.Type())); ok && cd != doc {
			add("Class docstring", cd)
		}
	}
	return fs, true
}

func itoa(n int) string {
	s, _ := py.StrString(py.Int(int64(n)))
	return s
}

// docOf returns an object's docstring (its __doc__, or this package's
// table for Go builtins that have none), dedented like inspect.getdoc.
func docOf(v py.Value) (string, bool) {
	if d, err := py.GetAttr(v, "__doc__"); err == nil {
		if s, ok := py.AsStr(d); ok && s != "" {
			return cleanDoc(s), true
		}
	}
	if q := qualifiedName(v); q != "" {
		if d, ok := builtinDoc(q); ok {
			return d.doc, true
		}
	}
	switch o := v.Object().(type) {
	case *py.BoundBuiltin:
		if d, ok := builtinDoc(o.M.Owner.Name + "." + o.M.Def.Name); ok {
			return d.doc, true
		}
	case *py.MethodDescr:
		if d, ok := builtinDoc(o.Owner.Name + "." + o.Def.Name); ok {
			return d.doc, true
		}
	}
	if _, isType := v.Object().(*py.Type); !isType {
		if _, ok := v.Object().(*py.Builtin); !ok {
			// An instance: its class's docstring.
			t := v.Type()
			if t.Doc != "" {
				return cleanDoc(t.Doc), true
			}
			if d, ok := builtinDoc(t.Name); ok {
				return d.doc, true
			}
		}
	}
	return "", false
}

// cleanDoc removes the common indentation of the lines after the first and
// surrounding blank lines, as inspect.cleandoc does.
func cleanDoc(doc string) string {
	lines := strings.Split(expandTabs(doc), "\n")
	margin := -1
	for _, l := range lines[1:] {
		t := strings.TrimLeft(l, " ")
		if t == "" {
			continue
		}
		if ind := len(l) - len(t); margin < 0 || ind < margin {
			margin = ind
		}
	}
	lines[0] = strings.TrimLeft(lines[0], " ")
	if margin > 0 {
		for i := 1; i < len(lines); i++ {
			if len(lines[i]) >= margin {
				lines[i] = lines[i][margin:]
			} else {
				lines[i] = strings.TrimLeft(lines[i], " ")
			}
		}
	}
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// signatureOrDefault is a callable's signature, or CPython's fallback for
// builtins inspect cannot read.
func signatureOrDefault(v py.Value) string {
	if s := signatureOf(v); s != "" {
		return s
	}
	return "(*args, **kwargs)"
}

// classSignature is what inspect.signature reports for calling a class:
// its __init__'s parameters without self.
func classSignature(v py.Value) string {
	t, _ := v.Object().(*py.Type)
	if t == nil {
		return "()"
	}
	for _, base := range t.MRO {
		if init, ok := base.Dict.GetStr("__init__"); ok {
			if f, ok := init.Object().(*py.Function); ok {
				return funcSignature(f, true)
			}
		}
		if base == py.ObjectType {
			break
		}
		if d, ok := builtinDoc(base.Name); ok && !base.IsHeap() {
			if d.sig != "" {
				return d.sig
			}
			break
		}
	}
	if t.IsHeap() {
		return "()" // object's own signature
	}
	// A builtin class inspect cannot read shows object.__init__'s wrapper.
	return "(self, /, *args, **kwargs)"
}

// fileOf is the file a function or class was defined in, when known.
func fileOf(v py.Value) string {
	switch o := v.Object().(type) {
	case *py.Function:
		if o.Code != nil {
			return o.Code.Filename
		}
	case *py.BoundMethod:
		return fileOf(o.Func)
	case *py.Module:
		return o.File
	}
	return ""
}

// stringForm is str(obj) squeezed as IPython's string_form: at most 200
// characters at detail 0 (head <...> tail), continuation lines indented.
func stringForm(v py.Value, detail int) string {
	s, err := py.StrString(v)
	if err != nil {
		return "<unprintable>"
	}
	if r := []rune(s); detail == 0 && len(r) > 200 {
		s = string(r[:100]) + " <...> " + string(r[len(r)-100:])
	}
	parts := strings.Split(s, "\n")
	for i := range parts {
		parts[i] = strings.TrimFunc(parts[i], isPySpace)
	}
	return strings.Join(parts, "\n"+strings.Repeat(" ", len("string_form")))
}

// subclassNames lists type.__subclasses__() by name, comma separated.
func subclassNames(v py.Value) string {
	r, err := py.CallMethod(v, "__subclasses__")
	if err != nil {
		return ""
	}
	items, err := py.ToSlice(r)
	if err != nil {
		return ""
	}
	var names []string
	for _, it := range items {
		if t, ok := it.Object().(*py.Type); ok {
			names = append(names, t.Name)
		}
	}
	return strings.Join(names, ", ")
}

// sourceOf returns the source of a function or class defined in a cell or
// file the Source hook knows, or "".
func (sh *Shell) sourceOf(v py.Value) string {
	if sh.Source == nil {
		return ""
	}
	var filename string
	var first int
	switch o := v.Object().(type) {
	case *py.Function:
		if o.Code == nil {
			return ""
		}
		filename, first = o.Code.Filename, o.Code.FirstLine
	case *py.BoundMethod:
		return sh.sourceOf(o.Func)
	case *py.Type:
		return sh.classSource(o)
	default:
		return ""
	}
	src, ok := sh.Source(filename)
	if !ok {
		return ""
	}
	return blockAt(src, first)
}

// classSource finds "class Name" in the file of one of its methods.
func (sh *Shell) classSource(t *py.Type) string {
	for _, k := range t.Dict.Keys() {
		name, _ := py.AsStr(k)
		m, _ := t.Dict.GetStr(name)
		f, ok := m.Object().(*py.Function)
		if !ok || f.Code == nil {
			continue
		}
		src, ok := sh.Source(f.Code.Filename)
		if !ok {
			return ""
		}
		lines := splitLines(src)
		for i := min(f.Code.FirstLine-1, len(lines)-1); i >= 0; i-- {
			l := strings.TrimLeft(lines[i], " \t")
			if strings.HasPrefix(l, "class "+t.Name) {
				return blockAt(src, i+1)
			}
		}
		return ""
	}
	return ""
}

// blockAt extracts the statement starting at 1-based line first (with its
// decorators) and its indented body, like inspect.getsource.
func blockAt(src string, first int) string {
	lines := splitLines(src)
	if first < 1 || first > len(lines) {
		return ""
	}
	start := first - 1
	indent := len(lines[start]) - len(strings.TrimLeft(lines[start], " \t"))
	end := start + 1
	// Skip to the line opening the body (decorators, multi-line headers).
	for i := start; i < len(lines); i++ {
		if strings.HasSuffix(strings.TrimRight(stripComment(lines[i]), " \t\r\n"), ":") {
			end = i + 1
			break
		}
	}
	for end < len(lines) {
		l := lines[end]
		t := strings.TrimLeft(l, " \t")
		if strings.TrimSpace(t) != "" && len(l)-len(t) <= indent {
			break
		}
		end++
	}
	for end > start+1 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	out := strings.Join(lines[start:end], "")
	if !strings.HasSuffix(out, "\n") {
		out += "\n"
	}
	return out
}

func stripComment(line string) string {
	if q, _, ok := openString(line); ok || q != 0 {
		return line
	}
	if i := strings.IndexByte(line, '#'); i >= 0 {
		if _, _, inStr := openString(line[:i]); !inStr {
			return line[:i]
		}
	}
	return line
}
