// This file implements _adder_json, the fast path of the json module: a
// decoder that builds Python objects straight from the text and an encoder
// for the plain builtin types. Both keep CPython's output and error
// messages; the Python half (lib/json) handles hooks, custom encoders and
// subclasses, and falls back to its own code when the encoder meets
// anything else.

package stdlib

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"adder/interp/py"
)

// jsonDecodeError is json.JSONDecodeError, registered by lib/json/decoder.py.
var jsonDecodeError py.Value

// jsonMaxDepth bounds nesting so that deep documents raise RecursionError
// instead of growing the Go stack without limit.
const jsonMaxDepth = 5000

type jsonDecoder struct {
	s      string
	strict bool
	depth  int
	keys   map[string]py.Value
}

// jsonError is a decode failure at a byte offset, converted to a code
// point index when raised.
type jsonError struct {
	msg string
	pos int
}

func (e *jsonError) Error() string { return e.msg }

func (d *jsonDecoder) fail(msg string, pos int) error { return &jsonError{msg, pos} }

func (d *jsonDecoder) raise(err error) error {
	je, ok := err.(*jsonError)
	if !ok {
		return err
	}
	pos := utf8.RuneCountInString(d.s[:je.pos])
	if !jsonDecodeError.IsValid() {
		return py.Errorf(py.ValueErrorType, "%s: char %d", je.msg, pos)
	}
	v, err := py.Call(jsonDecodeError, []py.Value{py.StrValue(je.msg), py.StrValue(d.s), py.Int(int64(pos))}, nil)
	if err != nil {
		return err
	}
	return v.Object().(error)
}

func (d *jsonDecoder) skipWS(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// value parses the value at i; ok is false (with no error) when there is
// no value there ("Expecting value" is the caller's message).
func (d *jsonDecoder) value(i int) (py.Value, int, bool, error) {
	s := d.s
	if i >= len(s) {
		return py.Value{}, i, false, nil
	}
	switch c := s[i]; c {
	case '"':
		str, end, err := d.str(i + 1)
		return py.StrValue(str), end, true, err
	case '{':
		v, end, err := d.object(i + 1)
		return v, end, true, err
	case '[':
		v, end, err := d.array(i + 1)
		return v, end, true, err
	case 'n':
		if strings.HasPrefix(s[i:], "null") {
			return py.None, i + 4, true, nil
		}
	case 't':
		if strings.HasPrefix(s[i:], "true") {
			return py.True, i + 4, true, nil
		}
	case 'f':
		if strings.HasPrefix(s[i:], "false") {
			return py.False, i + 5, true, nil
		}
	case 'N':
		if strings.HasPrefix(s[i:], "NaN") {
			return py.Float(math.NaN()), i + 3, true, nil
		}
	case 'I':
		if strings.HasPrefix(s[i:], "Infinity") {
			return py.Float(math.Inf(1)), i + 8, true, nil
		}
	case '-':
		if strings.HasPrefix(s[i:], "-Infinity") {
			return py.Float(math.Inf(-1)), i + 9, true, nil
		}
	}
	return d.number(i)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (d *jsonDecoder) number(i int) (py.Value, int, bool, error) {
	s := d.s
	j := i
	if j < len(s) && s[j] == '-' {
		j++
	}
	if j < len(s) && s[j] == '0' {
		j++
	} else if j < len(s) && s[j] >= '1' && s[j] <= '9' {
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	} else {
		return py.Value{}, i, false, nil
	}
	isFloat := false
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j += 2
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		isFloat = true
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if k < len(s) && isDigit(s[k]) {
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			j = k
			isFloat = true
		}
	}
	text := s[i:j]
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			return py.Value{}, i, false, py.Errorf(py.ValueErrorType, "could not convert string to float: '%s'", text)
		}
		return py.Float(f), j, true, nil
	}
	if len(text) < 19 {
		n, _ := strconv.ParseInt(text, 10, 64)
		return py.Int(n), j, true, nil
	}
	if len(text) > 4300 {
		return py.Value{}, i, false, py.Errorf(py.ValueErrorType, "Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", len(strings.TrimPrefix(text, "-")))
	}
	b, _ := new(big.Int).SetString(text, 10)
	return py.MakeBigInt(b), j, true, nil
}

func hexVal(s string) (rune, bool) {
	if len(s) != 4 {
		return 0, false
	}
	var v rune
	for i := 0; i < 4; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			v = v*16 + rune(c-'0')
		case c >= 'a' && c <= 'f':
			v = v*16 + rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			v = v*16 + rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return v, true
}

// str scans a string whose opening quote is at begin-1.
func (d *jsonDecoder) str(begin int) (string, int, error) {
	s := d.s
	var sb strings.Builder
	i := begin
	for {
		j := i
		for j < len(s) {
			c := s[j]
			if c == '"' || c == '\\' || (c < 0x20 && d.strict) {
				break
			}
			j++
		}
		if j >= len(s) {
			return "", 0, d.fail("Unterminated string starting at", begin-1)
		}
		c := s[j]
		if c == '"' {
			if sb.Len() == 0 {
				return s[i:j], j + 1, nil
			}
			sb.WriteString(s[i:j])
			return sb.String(), j + 1, nil
		}
		sb.WriteString(s[i:j])
		if c != '\\' {
			return "", 0, d.fail("Invalid control character at", j)
		}
		if j+1 >= len(s) {
			return "", 0, d.fail("Unterminated string starting at", begin-1)
		}
		e := s[j+1]
		if e != 'u' {
			switch e {
			case '"', '\\', '/':
				sb.WriteByte(e)
			case 'b':
				sb.WriteByte('\b')
			case 'f':
				sb.WriteByte('\f')
			case 'n':
				sb.WriteByte('\n')
			case 'r':
				sb.WriteByte('\r')
			case 't':
				sb.WriteByte('\t')
			default:
				return "", 0, d.fail("Invalid \\escape", j)
			}
			i = j + 2
			continue
		}
		end := j + 6
		if end > len(s) {
			end = len(s)
		}
		r, ok := hexVal(s[j+2 : end])
		if !ok {
			return "", 0, d.fail("Invalid \\uXXXX escape", j+1)
		}
		i = j + 6
		if r >= 0xd800 && r <= 0xdbff && i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
			if r2, ok := hexVal(s[i+2 : i+6]); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
				r = 0x10000 + ((r - 0xd800) << 10) | (r2 - 0xdc00)
				i += 6
			}
		}
		sb.WriteRune(r)
	}
}

func (d *jsonDecoder) enter(pos int) error {
	d.depth++
	if d.depth > jsonMaxDepth {
		return py.Errorf(py.RecursionErrorType, "maximum recursion depth exceeded while decoding a JSON document")
	}
	return nil
}

func (d *jsonDecoder) key(k string) py.Value {
	if v, ok := d.keys[k]; ok {
		return v
	}
	v := py.StrValue(k)
	if len(d.keys) < 10000 {
		d.keys[k] = v
	}
	return v
}

func (d *jsonDecoder) object(i int) (py.Value, int, error) {
	if err := d.enter(i); err != nil {
		return py.Value{}, 0, err
	}
	defer func() { d.depth-- }()
	s := d.s
	dict := py.NewDict()
	i = d.skipWS(i)
	if i >= len(s) || s[i] != '"' {
		if i < len(s) && s[i] == '}' {
			return py.ObjectValue(dict), i + 1, nil
		}
		return py.Value{}, 0, d.fail("Expecting property name enclosed in double quotes", i)
	}
	i++
	for {
		k, end, err := d.str(i)
		if err != nil {
			return py.Value{}, 0, err
		}
		i = d.skipWS(end)
		if i >= len(s) || s[i] != ':' {
			return py.Value{}, 0, d.fail("Expecting ':' delimiter", i)
		}
		i = d.skipWS(i + 1)
		v, end, ok, err := d.value(i)
		if err != nil {
			return py.Value{}, 0, err
		}
		if !ok {
			return py.Value{}, 0, d.fail("Expecting value", i)
		}
		if err := dict.SetItem(d.key(k), v); err != nil {
			return py.Value{}, 0, err
		}
		i = d.skipWS(end)
		if i < len(s) && s[i] == '}' {
			return py.ObjectValue(dict), i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return py.Value{}, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skipWS(i + 1)
		if i >= len(s) || s[i] != '"' {
			return py.Value{}, 0, d.fail("Expecting property name enclosed in double quotes", i)
		}
		i++
	}
}

func (d *jsonDecoder) array(i int) (py.Value, int, error) {
	if err := d.enter(i); err != nil {
		return py.Value{}, 0, err
	}
	defer func() { d.depth-- }()
	s := d.s
	var items []py.Value
	i = d.skipWS(i)
	if i < len(s) && s[i] == ']' {
		return py.ListValue(items), i + 1, nil
	}
	for {
		v, end, ok, err := d.value(i)
		if err != nil {
			return py.Value{}, 0, err
		}
		if !ok {
			return py.Value{}, 0, d.fail("Expecting value", i)
		}
		items = append(items, v)
		i = d.skipWS(end)
		if i < len(s) && s[i] == ']' {
			return py.ListValue(items), i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return py.Value{}, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skipWS(i + 1)
	}
}

// decode parses a whole document (whitespace around it allowed).
func jsonDecode(s string, strict bool) (py.Value, error) {
	d := &jsonDecoder{s: s, strict: strict, keys: map[string]py.Value{}}
	i := d.skipWS(0)
	v, end, ok, err := d.value(i)
	if err == nil && !ok {
		err = d.fail("Expecting value", i)
	}
	if err == nil {
		end = d.skipWS(end)
		if end != len(s) {
			err = d.fail("Extra data", end)
		}
	}
	if err != nil {
		return py.Value{}, d.raise(err)
	}
	return v, nil
}

// jsonEncoder writes plain builtin values; fallback reports a value it
// does not handle (the Python encoder then does the whole job).
type jsonEncoder struct {
	sb          strings.Builder
	indent      string
	hasIndent   bool
	itemSep     string
	keySep      string
	sortKeys    bool
	ensureASCII bool
	allowNaN    bool
	skipKeys    bool
	seen        map[py.Object]bool
	fallback    bool
	depth       int
}

const hexDigits = "0123456789abcdef"

func (e *jsonEncoder) str(s string) {
	b := &e.sb
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 || (e.ensureASCII && r > 0x7e) {
				if r > 0xffff {
					r -= 0x10000
					e.u4(0xd800 | (r>>10)&0x3ff)
					e.u4(0xdc00 | r&0x3ff)
				} else {
					e.u4(r)
				}
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

func (e *jsonEncoder) u4(r rune) {
	e.sb.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		e.sb.WriteByte(hexDigits[(r>>uint(shift))&0xf])
	}
}

func (e *jsonEncoder) float(f float64, v py.Value) error {
	switch {
	case math.IsNaN(f), math.IsInf(f, 0):
		if !e.allowNaN {
			r, _ := py.Repr(v)
			rs, _ := py.AsStr(r)
			return py.Errorf(py.ValueErrorType, "Out of range float values are not JSON compliant: %s", rs)
		}
		if math.IsNaN(f) {
			e.sb.WriteString("NaN")
		} else if f > 0 {
			e.sb.WriteString("Infinity")
		} else {
			e.sb.WriteString("-Infinity")
		}
		return nil
	}
	r, err := py.Repr(v)
	if err != nil {
		return err
	}
	rs, _ := py.AsStr(r)
	e.sb.WriteString(rs)
	return nil
}

func (e *jsonEncoder) newline() {
	e.sb.WriteByte('\n')
	for i := 0; i < e.depth; i++ {
		e.sb.WriteString(e.indent)
	}
}

func (e *jsonEncoder) mark(o py.Object) error {
	if e.seen[o] {
		return py.Errorf(py.ValueErrorType, "Circular reference detected")
	}
	e.seen[o] = true
	if len(e.seen) > jsonMaxDepth {
		return py.Errorf(py.RecursionErrorType, "maximum recursion depth exceeded while encoding a JSON object")
	}
	return nil
}

func (e *jsonEncoder) encode(v py.Value) error {
	if e.fallback {
		return nil
	}
	t := v.Type()
	switch t {
	case py.NoneType:
		e.sb.WriteString("null")
		return nil
	case py.BoolType:
		if v.AsBool() {
			e.sb.WriteString("true")
		} else {
			e.sb.WriteString("false")
		}
		return nil
	case py.IntType:
		r, err := py.Repr(v)
		if err != nil {
			return err
		}
		rs, _ := py.AsStr(r)
		e.sb.WriteString(rs)
		return nil
	case py.FloatType:
		return e.float(v.AsFloat(), v)
	case py.StrType:
		s, _ := py.AsStr(v)
		e.str(s)
		return nil
	case py.ListType, py.TupleType:
		var items []py.Value
		if l, ok := v.Object().(*py.List); ok {
			items = l.Items
		} else {
			items = v.Object().(*py.Tuple).Items
		}
		if len(items) == 0 {
			e.sb.WriteString("[]")
			return nil
		}
		if err := e.mark(v.Object()); err != nil {
			return err
		}
		e.sb.WriteByte('[')
		e.depth++
		if e.hasIndent {
			e.newline()
		}
		for i := 0; i < len(items); i++ {
			if i > 0 {
				e.sb.WriteString(e.itemSep)
				if e.hasIndent {
					e.newline()
				}
			}
			if err := e.encode(items[i]); err != nil {
				return err
			}
		}
		e.depth--
		if e.hasIndent {
			e.newline()
		}
		e.sb.WriteByte(']')
		delete(e.seen, v.Object())
		return nil
	case py.DictType:
		d := v.Object().(*py.Dict)
		if d.Len() == 0 {
			e.sb.WriteString("{}")
			return nil
		}
		if err := e.mark(v.Object()); err != nil {
			return err
		}
		type kv struct {
			k    string
			v    py.Value
			skip bool
		}
		var pairs []kv
		err := d.Items(func(k, val py.Value) error {
			ks, err := e.keyString(k)
			if err != nil {
				return err
			}
			pairs = append(pairs, kv{ks, val, ks == "\x00skip"})
			return nil
		})
		if err != nil || e.fallback {
			return err
		}
		if e.sortKeys {
			sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].k < pairs[j].k })
		}
		e.sb.WriteByte('{')
		e.depth++
		if e.hasIndent {
			e.newline()
		}
		first := true
		for _, p := range pairs {
			if p.skip {
				continue
			}
			if !first {
				e.sb.WriteString(e.itemSep)
				if e.hasIndent {
					e.newline()
				}
			}
			first = false
			e.str(p.k)
			e.sb.WriteString(e.keySep)
			if err := e.encode(p.v); err != nil {
				return err
			}
		}
		e.depth--
		if e.hasIndent {
			e.newline()
		}
		e.sb.WriteByte('}')
		delete(e.seen, v.Object())
		return nil
	}
	e.fallback = true
	return nil
}

// keyString converts a dict key as json does; with sort_keys only str
// keys are handled here (mixed keys sort, or fail, in the Python encoder).
func (e *jsonEncoder) keyString(k py.Value) (string, error) {
	t := k.Type()
	if t == py.StrType {
		s, _ := py.AsStr(k)
		return s, nil
	}
	if e.sortKeys {
		e.fallback = true
		return "", nil
	}
	switch t {
	case py.BoolType:
		if k.AsBool() {
			return "true", nil
		}
		return "false", nil
	case py.NoneType:
		return "null", nil
	case py.IntType:
		r, err := py.Repr(k)
		if err != nil {
			return "", err
		}
		s, _ := py.AsStr(r)
		return s, nil
	case py.FloatType:
		save := e.sb
		e.sb = strings.Builder{}
		err := e.float(k.AsFloat(), k)
		s := e.sb.String()
		e.sb = save
		return s, err
	}
	if e.skipKeys {
		return "\x00skip", nil
	}
	e.fallback = true
	return "", nil
}

func init() {
	registerGoModule("_adder_json", "Fast paths for the json module (adder).", func(d *py.Dict) {
		py.AddFunc(d, "_set_error", func(args []py.Value, kw []string) (py.Value, error) {
			jsonDecodeError = args[0]
			return py.None, nil
		})
		// decode(s, strict) -> object
		py.AddFunc(d, "decode", func(args []py.Value, kw []string) (py.Value, error) {
			s, ok := py.AsStr(args[0])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeErrorType, "the JSON object must be str")
			}
			strict := true
			if len(args) > 1 {
				strict = args[1].AsBool()
			}
			return jsonDecode(s, strict)
		})
		// encode(obj, indent, item_sep, key_sep, sort_keys, ensure_ascii,
		// allow_nan, skipkeys) -> str, or None when the Python encoder must
		// handle obj.
		py.AddFunc(d, "encode", func(args []py.Value, kw []string) (py.Value, error) {
			if len(args) != 8 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "encode() takes 8 arguments")
			}
			e := &jsonEncoder{seen: map[py.Object]bool{}}
			if !args[1].IsNone() {
				e.indent, _ = py.AsStr(args[1])
				e.hasIndent = true
			}
			e.itemSep, _ = py.AsStr(args[2])
			e.keySep, _ = py.AsStr(args[3])
			e.sortKeys = args[4].AsBool()
			e.ensureASCII = args[5].AsBool()
			e.allowNaN = args[6].AsBool()
			e.skipKeys = args[7].AsBool()
			if err := e.encode(args[0]); err != nil {
				return py.Value{}, err
			}
			if e.fallback {
				return py.None, nil
			}
			return py.StrValue(e.sb.String()), nil
		})
	})
}
