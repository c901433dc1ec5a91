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

// format expands the replacement fields of s; depth bounds nesting.
func (f *formatter) format(s string, depth int) (string, error) {
	if depth < 0 {
		return "", Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	var b strings.Builder
	i := 0
	for i < len(s) {
		c := s[i]
		if c == '}' {
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", Errorf(ValueErrorType, "Single '}' encountered in format string")
		}
		if c != '{' {
			j := strings.IndexAny(s[i:], "{}")
			if j < 0 {
				b.WriteString(s[i:])
				break
			}
			b.WriteString(s[i : i+j])
			i += j
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		// Find the matching '}' of this field, counting nested braces.
		nest, j := 1, i+1
		for j < len(s) && nest > 0 {
			switch s[j] {
			case '{':
				nest++
			case '}':
				nest--
			}
			j++
		}
		if nest > 0 {
			if j >= len(s) && i+1 == len(s) {
				return "", Errorf(ValueErrorType, "Single '{' encountered in format string")
			}
			return "", Errorf(ValueErrorType, "expected '}' before end of string")
		}
		out, err := f.field(s[i+1:j-1], depth)
		if err != nil {
			return "", err
		}
		b.WriteString(out)
		i = j
	}
	return b.String(), nil
}

// field renders one replacement field (the text between the braces).
func (f *formatter) field(field string, depth int) (string, error) {
	// Split name, conversion and spec; '!' and ':' inside [] belong to keys.
	name, conv, spec := field, byte(0), ""
	hasSpec := false
	bracket := false
	for k := 0; k < len(field); k++ {
		ch := field[k]
		if ch == '[' {
			bracket = true
		} else if ch == ']' {
			bracket = false
		} else if !bracket && (ch == '!' || ch == ':') {
			name = field[:k]
			rest := field[k:]
			if ch == '!' {
				if len(rest) < 2 {
					return "", Errorf(ValueErrorType, "end of string while looking for conversion specifier")
				}
				conv = rest[1]
				rest = rest[2:]
				if rest != "" && rest[0] != ':' {
					return "", Errorf(ValueErrorType, "expected ':' after conversion specifier")
				}
			}
			if rest != "" {
				spec, hasSpec = rest[1:], true
			}
			break
		}
	}
	obj, err := f.lookup(name)
	if err != nil {
		return "", err
	}
	if conv != 0 {
		if obj, err = FormatConversion(obj, conv); err != nil {
			return "", err
		}
	}
	if hasSpec && strings.ContainsAny(spec, "{}") {
		if spec, err = f.format(spec, depth-1); err != nil {
			return "", err
		}
	}
	r, err := Format(obj, spec)
	if err != nil {
		return "", err
	}
	out, _ := AsStr(r)
	return out, nil
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
