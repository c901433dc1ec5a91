package py

import (
	"strconv"
	"strings"
)

// This file implements str.format and str.format_map: parsing replacement
// fields ({name.attr[key]!r:spec}, with nested fields inside the spec),
// automatic and manual numbering, and the conversions !s !r !a shared
// with f-strings (FormatConversion).

// formatter holds the arguments of one str.format call.
type formatter struct {
	args    []Value
	kwargs  func(name string) (Value, error)
	autoIdx int
	mode    int // 0 unknown, 1 automatic, 2 manual
}

func str_format(self Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	f := &formatter{args: args[:npos]}
	kwv := args[npos:]
	f.kwargs = func(name string) (Value, error) {
		for i, k := range kw {
			if k == name {
				return kwv[i], nil
			}
		}
		return Value{}, NewException(KeyErrorType, StrValue(name))
	}
	s, err := f.format(strSelf(self), 2)
	if err != nil {
		return Value{}, err
	}
	return StrValue(s), nil
}

func str_format_map(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("str.format_map", 1, len(args), kw)
	}
	m := args[0]
	f := &formatter{kwargs: func(name string) (Value, error) { return GetItem(m, StrValue(name)) }}
	s, err := f.format(strSelf(self), 2)
	if err != nil {
		return Value{}, err
	}
	return StrValue(s), nil
}

// FormatConversion applies a !s, !r or !a conversion (also used by
// f-strings).
func FormatConversion(v Value, conv byte) (Value, error) {
	switch conv {
	case 's':
		return StrOf(v)
	case 'r':
		return Repr(v)
	case 'a':
		r, err := ReprString(v)
		if err != nil {
			return Value{}, err
		}
		return StrValue(ASCIIRepr(r)), nil
	}
	return Value{}, Errorf(ValueErrorType, "Unknown conversion specifier %c", conv)
}

// format expands the replacement fields of s; depth bounds nesting. It
// follows CPython's scanner step by step (literal text, then one field,
// rendered at once), so that of several errors the same one is reported.
func (f *formatter) format(s string, depth int) (string, error) {
	if depth < 0 {
		return "", Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	var b strings.Builder
	pos := 0
	for pos < len(s) {
		// Literal text up to the first '{' or '}'.
		start := pos
		var c byte
		markup := false
		for pos < len(s) {
			c = s[pos]
			pos++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		atEnd := pos >= len(s)
		litEnd := pos
		if c == '}' && markup && (atEnd || s[pos] != '}') {
			return "", Errorf(ValueErrorType, "Single '}' encountered in format string")
		}
		if atEnd && c == '{' && markup {
			return "", Errorf(ValueErrorType, "Single '{' encountered in format string")
		}
		if markup && !atEnd {
			if s[pos] == c {
				pos++ // an escaped {{ or }}: literal text only
				markup = false
			} else {
				litEnd--
			}
		}
		b.WriteString(s[start:litEnd])
		if !markup {
			continue
		}
		var out string
		var err error
		out, pos, err = f.field(s, pos, depth)
		if err != nil {
			return "", err
		}
		b.WriteString(out)
	}
	return b.String(), nil
}

// field parses the replacement field starting at s[pos] (just after its
// '{') like CPython's parse_field, renders it, and returns the position
// after its closing '}'.
func (f *formatter) field(s string, pos, depth int) (string, int, error) {
	nameStart := pos
	var c byte
	for pos < len(s) {
		c = s[pos]
		pos++
		switch c {
		case '{':
			return "", 0, Errorf(ValueErrorType, "unexpected '{' in field name")
		case '[':
			for pos < len(s) && s[pos] != ']' {
				pos++
			}
			continue
		case '}', ':', '!':
		default:
			continue
		}
		break
	}
	name := s[nameStart : pos-1]
	if pos > len(s) || (c != '}' && c != ':' && c != '!') {
		name = s[nameStart:pos]
	}
	var conv byte
	spec, needsExpanding := "", false
	if c == '!' || c == ':' {
		if c == '!' {
			if pos >= len(s) {
				return "", 0, Errorf(ValueErrorType, "end of string while looking for conversion specifier")
			}
			conv = s[pos]
			pos++
			if pos < len(s) {
				c2 := s[pos]
				pos++
				if c2 == '}' {
					return f.render(name, conv, "", false, pos, depth)
				}
				if c2 != ':' {
					return "", 0, Errorf(ValueErrorType, "expected ':' after conversion specifier")
				}
			}
		}
		specStart, count := pos, 1
		for pos < len(s) {
			c3 := s[pos]
			pos++
			switch c3 {
			case '{':
				needsExpanding = true
				count++
			case '}':
				count--
				if count == 0 {
					spec = s[specStart : pos-1]
					return f.render(name, conv, spec, needsExpanding, pos, depth)
				}
			}
		}
		return "", 0, Errorf(ValueErrorType, "unmatched '{' in format spec")
	}
	if c != '}' {
		return "", 0, Errorf(ValueErrorType, "expected '}' before end of string")
	}
	return f.render(name, 0, "", false, pos, depth)
}

// render looks up, converts and formats one parsed field.
func (f *formatter) render(name string, conv byte, spec string, expand bool, pos, depth int) (string, int, error) {
	obj, err := f.lookup(name)
	if err != nil {
		return "", 0, err
	}
	if conv != 0 {
		switch conv {
		case 'r', 's', 'a':
			if obj, err = FormatConversion(obj, conv); err != nil {
				return "", 0, err
			}
		default:
			if conv > 32 && conv < 127 {
				return "", 0, Errorf(ValueErrorType, "Unknown conversion specifier %c", conv)
			}
			return "", 0, Errorf(ValueErrorType, "Unknown conversion specifier \\x%x", conv)
		}
	}
	if expand {
		if spec, err = f.format(spec, depth-1); err != nil {
			return "", 0, err
		}
	}
	r, err := Format(obj, spec)
	if err != nil {
		return "", 0, err
	}
	out, _ := AsStr(r)
	return out, pos, nil
}

// lookup resolves arg_name(.attr|[key])* to a value.
func (f *formatter) lookup(name string) (Value, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	first := name[:end]
	var obj Value
	var err error
	if first == "" {
		if f.mode == 2 {
			return Value{}, Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		f.mode = 1
		obj, err = f.positional(f.autoIdx)
		f.autoIdx++
	} else if n, convErr := strconv.Atoi(first); convErr == nil && n >= 0 && isAllDigits(first) {
		if f.mode == 1 {
			return Value{}, Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		f.mode = 2
		obj, err = f.positional(n)
	} else {
		obj, err = f.kwargs(first)
	}
	if err != nil {
		return Value{}, err
	}
	rest := name[end:]
	for rest != "" {
		switch rest[0] {
		case '.':
			k := strings.IndexAny(rest[1:], ".[")
			if k < 0 {
				k = len(rest) - 1
			}
			attr := rest[1 : 1+k]
			if attr == "" {
				return Value{}, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			if obj, err = GetAttr(obj, attr); err != nil {
				return Value{}, err
			}
			rest = rest[1+k:]
		case '[':
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				return Value{}, Errorf(ValueErrorType, "Missing ']' in format string")
			}
			key := rest[1:k]
			if key == "" {
				return Value{}, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			var kv Value
			if isAllDigits(key) {
				n, _ := strconv.Atoi(key)
				kv = Int(int64(n))
			} else {
				kv = StrValue(key)
			}
			if obj, err = GetItem(obj, kv); err != nil {
				return Value{}, err
			}
			rest = rest[k+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return Value{}, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
			}
		}
	}
	return obj, nil
}

func (f *formatter) positional(i int) (Value, error) {
	if i >= len(f.args) {
		return Value{}, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", i)
	}
	return f.args[i], nil
}

func isAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
