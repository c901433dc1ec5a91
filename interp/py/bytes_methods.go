package py

import (
	"encoding/hex"
	"strings"
)

// This file defines the methods shared by bytes and bytearray (ASCII-only
// case and class tests, searching, splitting, hex), the bytearray
// mutators, str.encode registration and bytes % args.

// bytesData returns the content of a bytes or bytearray receiver.
func bytesData(v Value) string {
	s, _ := AsBytes(v)
	return s
}

// bytesMaker returns the constructor for results of the receiver's kind.
func bytesMaker(v Value) func(string) Value {
	if _, ok := v.obj.(*ByteArray); ok {
		return func(s string) Value { return NewByteArray([]byte(s)) }
	}
	return NewBytes
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }
func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIIAlpha(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func bytesMapBytes(s string, f func(byte) byte) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = f(c)
	}
	return string(b)
}

func asciiUpper(c byte) byte {
	if isASCIILower(c) {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if isASCIIUpper(c) {
		return c + 32
	}
	return c
}

func bytesTitle(s string) string {
	b := []byte(s)
	prev := false
	for i, c := range b {
		if prev {
			b[i] = asciiLower(c)
		} else {
			b[i] = asciiUpper(c)
		}
		prev = isASCIIAlpha(c)
	}
	return string(b)
}

func bytesAll(s string, f func(byte) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !f(s[i]) {
			return false
		}
	}
	return true
}

func bytesSplitWhitespace(s string, maxsplit int) []string {
	var out []string
	i := 0
	for {
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			return append(out, strings.TrimRightFunc(s[i:], func(r rune) bool { return false }))
		}
		j := i
		for j < len(s) && !isASCIISpace(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		i = j
	}
}

func bytesRsplitWhitespace(s string, maxsplit int) []string {
	var out []string
	j := len(s)
	for {
		for j > 0 && isASCIISpace(s[j-1]) {
			j--
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 && !isASCIISpace(s[i-1]) {
			i--
		}
		out = append(out, s[i:j])
		j = i
	}
	reverseStrings(out)
	return out
}

func bytesList(parts []string, mk func(string) Value) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = mk(p)
	}
	return ListValue(items)
}

// bytesArgOrInt accepts a bytes-like object or an int (a single byte) as
// the needle of find/count/index.
func bytesArgOrInt(v Value) (string, error) {
	if IsIntLike(v) {
		c, err := byteValue(v)
		return string([]byte{c}), err
	}
	if s, ok := AsBytes(v); ok {
		return s, nil
	}
	return "", Errorf(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", v.Type().Name)
}

// bytesSubRange applies the optional start/end arguments.
func bytesSubRange(s string, args []Value, from int) (string, int, bool, error) {
	var sv, ev Value
	if len(args) > from {
		sv = args[from]
	}
	if len(args) > from+1 {
		ev = args[from+1]
	}
	start, err := sliceBound(sv, 0)
	if err != nil {
		return "", 0, false, err
	}
	end, err := sliceBound(ev, len(s))
	if err != nil {
		return "", 0, false, err
	}
	start, end, ok := adjustRange(start, end, len(s))
	if !ok {
		return "", 0, false, nil
	}
	if end < start {
		return "", start, false, nil
	}
	return s[start:end], start, true, nil
}

func bytesFind(name string, reverse, raise bool) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := oldArgRange(name, args, kw, 1, 3); err != nil {
			return Value{}, err
		}
		sub, err := bytesArgOrInt(args[0])
		if err != nil {
			return Value{}, err
		}
		hay, off, ok, err := bytesSubRange(bytesData(self), args, 1)
		if err != nil {
			return Value{}, err
		}
		r := -1
		if ok {
			if reverse {
				r = strings.LastIndex(hay, sub)
			} else {
				r = strings.Index(hay, sub)
			}
		}
		if r < 0 {
			if raise {
				return Value{}, Errorf(ValueErrorType, "subsection not found")
			}
			return Int(-1), nil
		}
		return Int(int64(r + off)), nil
	}
}

func bytesSplitArgs(fname string, args []Value, kw []string) (string, bool, int, error) {
	var sepV Value
	maxsplit := -1
	if err := UnpackArgs(fname, args, kw, "sep?", &sepV, "maxsplit?", &maxsplit); err != nil {
		return "", false, 0, err
	}
	if !sepV.IsValid() || sepV.IsNone() {
		return "", false, maxsplit, nil
	}
	sep, err := bytesLikeArg(sepV)
	if err != nil {
		return "", false, 0, err
	}
	if sep == "" {
		return "", false, 0, Errorf(ValueErrorType, "empty separator")
	}
	return sep, true, maxsplit, nil
}

func bytesStripArg(name string, args []Value, kw []string) (string, bool, error) {
	if err := ArgRange(name, args, kw, 0, 1); err != nil {
		return "", false, err
	}
	if len(args) == 0 || args[0].IsNone() {
		return "", false, nil
	}
	s, err := bytesLikeArg(args[0])
	return s, true, err
}

func bytesStrip(name string, left, right bool) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		chars, has, err := bytesStripArg(name, args, kw)
		if err != nil {
			return Value{}, err
		}
		s := bytesData(self)
		in := func(c byte) bool {
			if has {
				return strings.IndexByte(chars, c) >= 0
			}
			return isASCIISpace(c)
		}
		i, j := 0, len(s)
		if left {
			for i < j && in(s[i]) {
				i++
			}
		}
		if right {
			for j > i && in(s[j-1]) {
				j--
			}
		}
		return bytesMaker(self)(s[i:j]), nil
	}
}

func bytesUnary(name string, f func(string) string) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 0 {
			return Value{}, Errorf(TypeErrorType, "%s.%s() takes no arguments (%d given)", bytesTypeName(self), name, len(args))
		}
		return bytesMaker(self)(f(bytesData(self))), nil
	}
}

func bytesPred(name string, f func(string) bool) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 0 {
			return Value{}, Errorf(TypeErrorType, "%s.%s() takes no arguments (%d given)", bytesTypeName(self), name, len(args))
		}
		return Bool(f(bytesData(self))), nil
	}
}

func bytesJustify(name string, f func(s string, w int, fill byte) string) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := ArgRange(name, args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		w, err := argIndex(name, args[0])
		if err != nil {
			return Value{}, err
		}
		fill := byte(' ')
		if len(args) == 2 {
			fs, ok := AsBytes(args[1])
			if !ok || len(fs) != 1 {
				return Value{}, Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, argTypeName(args[1]))
			}
			fill = fs[0]
		}
		if err := CheckSize(w); err != nil {
			return Value{}, err
		}
		return bytesMaker(self)(f(bytesData(self), int(w), fill)), nil
	}
}

func bytesAffix(name string, test func(s, a string) bool) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := oldArgRange(name, args, kw, 1, 3); err != nil {
			return Value{}, err
		}
		hay, _, ok, err := bytesSubRange(bytesData(self), args, 1)
		if err != nil {
			return Value{}, err
		}
		cands := []Value{args[0]}
		if t, isT := args[0].obj.(*Tuple); isT {
			cands = t.Items
		}
		for _, c := range cands {
			a, isB := AsBytes(c)
			if !isB {
				return Value{}, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, c.Type().Name)
			}
			if ok && test(hay, a) {
				return True, nil
			}
		}
		return False, nil
	}
}

func init() {
	AddMethods(StrType, []MethodDef{{Name: "encode", Fn: str_encode}})
	common := []MethodDef{
		{Name: "decode", Fn: bytes_decode},
		{Name: "hex", Fn: bytes_hex},
		{Name: "fromhex", Fn: bytes_fromhex, Class: true},
		{Name: "find", Fn: bytesFind("find", false, false)},
		{Name: "rfind", Fn: bytesFind("rfind", true, false)},
		{Name: "index", Fn: bytesFind("index", false, true)},
		{Name: "rindex", Fn: bytesFind("rindex", true, true)},
		{Name: "count", Fn: bytes_count},
		{Name: "startswith", Fn: bytesAffix("startswith", strings.HasPrefix)},
		{Name: "endswith", Fn: bytesAffix("endswith", strings.HasSuffix)},
		{Name: "split", Fn: bytes_split},
		{Name: "rsplit", Fn: bytes_rsplit},
		{Name: "splitlines", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			keep := false
			if err := UnpackArgs("splitlines", args, kw, "keepends?", &keep); err != nil {
				return Value{}, err
			}
			return bytesList(bytesSplitlines(bytesData(self), keep), bytesMaker(self)), nil
		}},
		{Name: "strip", Fn: bytesStrip("strip", true, true)},
		{Name: "lstrip", Fn: bytesStrip("lstrip", true, false)},
		{Name: "rstrip", Fn: bytesStrip("rstrip", false, true)},
		{Name: "partition", Fn: bytesPartition(false)},
		{Name: "rpartition", Fn: bytesPartition(true)},
		{Name: "join", Fn: bytes_join},
		{Name: "replace", Fn: bytes_replace},
		{Name: "upper", Fn: bytesUnary("upper", func(s string) string { return bytesMapBytes(s, asciiUpper) })},
		{Name: "lower", Fn: bytesUnary("lower", func(s string) string { return bytesMapBytes(s, asciiLower) })},
		{Name: "swapcase", Fn: bytesUnary("swapcase", func(s string) string {
			return bytesMapBytes(s, func(c byte) byte {
				if isASCIILower(c) {
					return c - 32
				}
				return asciiLower(c)
			})
		})},
		{Name: "title", Fn: bytesUnary("title", bytesTitle)},
		{Name: "capitalize", Fn: bytesUnary("capitalize", func(s string) string {
			if s == "" {
				return s
			}
			return string([]byte{asciiUpper(s[0])}) + bytesMapBytes(s[1:], asciiLower)
		})},
		{Name: "isalnum", Fn: bytesPred("isalnum", func(s string) bool {
			return bytesAll(s, func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) })
		})},
		{Name: "isalpha", Fn: bytesPred("isalpha", func(s string) bool { return bytesAll(s, isASCIIAlpha) })},
		{Name: "isdigit", Fn: bytesPred("isdigit", func(s string) bool { return bytesAll(s, isASCIIDigit) })},
		{Name: "isspace", Fn: bytesPred("isspace", func(s string) bool { return bytesAll(s, isASCIISpace) })},
		{Name: "isascii", Fn: bytesPred("isascii", strIsASCII)},
		{Name: "islower", Fn: bytesPred("islower", func(s string) bool {
			return strings.IndexFunc(s, func(r rune) bool { return r < 128 && isASCIIUpper(byte(r)) }) < 0 && strings.IndexFunc(s, func(r rune) bool { return r < 128 && isASCIILower(byte(r)) }) >= 0
		})},
		{Name: "isupper", Fn: bytesPred("isupper", func(s string) bool {
			return strings.IndexFunc(s, func(r rune) bool { return r < 128 && isASCIILower(byte(r)) }) < 0 && strings.IndexFunc(s, func(r rune) bool { return r < 128 && isASCIIUpper(byte(r)) }) >= 0
		})},
		{Name: "istitle", Fn: bytesPred("istitle", func(s string) bool { return strIsTitle(asciiOnly(s)) })},
		{Name: "center", Fn: bytesJustify("center", func(s string, w int, f byte) string { return strCenter(s, w, rune(f)) })},
		{Name: "ljust", Fn: bytesJustify("ljust", func(s string, w int, f byte) string {
			if w <= len(s) {
				return s
			}
			return s + strings.Repeat(string([]byte{f}), w-len(s))
		})},
		{Name: "rjust", Fn: bytesJustify("rjust", func(s string, w int, f byte) string {
			if w <= len(s) {
				return s
			}
			return strings.Repeat(string([]byte{f}), w-len(s)) + s
		})},
		{Name: "zfill", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, argCountError(bytesTypeName(self)+".zfill", 1, len(args), kw)
			}
			w, err := argIndex("zfill", args[0])
			if err != nil {
				return Value{}, err
			}
			return bytesMaker(self)(strZfill(bytesData(self), int(w))), nil
		}},
		{Name: "expandtabs", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			tab := 8
			if err := UnpackArgs("expandtabs", args, kw, "tabsize?", &tab); err != nil {
				return Value{}, err
			}
			return bytesMaker(self)(strExpandtabs(bytesData(self), tab)), nil
		}},
		{Name: "removeprefix", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, argCountError(bytesTypeName(self)+".removeprefix", 1, len(args), kw)
			}
			p, err := bytesLikeArg(args[0])
			if err != nil {
				return Value{}, err
			}
			return bytesMaker(self)(strings.TrimPrefix(bytesData(self), p)), nil
		}},
		{Name: "removesuffix", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, argCountError(bytesTypeName(self)+".removesuffix", 1, len(args), kw)
			}
			p, err := bytesLikeArg(args[0])
			if err != nil {
				return Value{}, err
			}
			return bytesMaker(self)(strings.TrimSuffix(bytesData(self), p)), nil
		}},
		{Name: "translate", Fn: bytes_translate},
		{Name: "maketrans", Fn: bytes_maketrans, Static: true},
		{Name: "__sizeof__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(33 + len(bytesData(self)))), nil
		}},
	}
	AddMethods(BytesType, common)
	AddMethods(ByteArrayType, common)
	AddMethods(BytesType, []MethodDef{
		{Name: "__getnewargs__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return NewTuple(NewBytes(bytesData(self))), nil
		}},
		{Name: "__bytes__", Fn: noArgs("bytes.__bytes__", func(self Value, args []Value, kw []string) (Value, error) {
			if b, ok := self.obj.(*Bytes); ok && b.typ == nil {
				return self, nil
			}
			return NewBytes(bytesData(self)), nil
		})},
	})
	AddMethods(ByteArrayType, []MethodDef{
		{Name: "__alloc__", Fn: noArgs("bytearray.__alloc__", func(self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(cap(self.obj.(*ByteArray).B) + 1)), nil
		})},
	})
	AddMethods(ByteArrayType, []MethodDef{
		{Name: "append", Fn: bytearray_append},
		{Name: "extend", Fn: bytearray_extend},
		{Name: "pop", Fn: bytearray_pop},
		{Name: "insert", Fn: bytearray_insert},
		{Name: "remove", Fn: bytearray_remove},
		{Name: "clear", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			self.obj.(*ByteArray).B = []byte{}
			return None, nil
		}},
		{Name: "copy", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return NewByteArray(self.obj.(*ByteArray).B), nil
		}},
		{Name: "reverse", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			b := self.obj.(*ByteArray).B
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			return None, nil
		}},
	})
}

// asciiOnly maps non-ASCII bytes to a neutral character for the
// ASCII-only case tests.
func asciiOnly(s string) string {
	return bytesMapBytes(s, func(c byte) byte {
		if c >= 0x80 {
			return ' '
		}
		return c
	})
}

func bytes_decode(self Value, args []Value, kw []string) (Value, error) {
	var enc, errs Value
	if err := UnpackArgs("decode", args, kw, "encoding?", &enc, "errors?", &errs); err != nil {
		return Value{}, err
	}
	s, err := decodeBytes(bytesData(self), enc, errs)
	if err != nil {
		if IsInstanceError(err, LookupErrorType) {
			if r, ok, rerr := registryCodec(enc, errs, self, false); ok {
				return r, rerr
			}
		}
		return Value{}, err
	}
	return StrValue(s), nil
}

func bytes_hex(self Value, args []Value, kw []string) (Value, error) {
	var sepV Value
	bytesPerSep := 1
	if err := UnpackArgs("hex", args, kw, "sep?", &sepV, "bytes_per_sep?", &bytesPerSep); err != nil {
		return Value{}, err
	}
	h := hex.EncodeToString([]byte(bytesData(self)))
	if !sepV.IsValid() {
		return StrValue(h), nil
	}
	sep, ok := AsStr(sepV)
	if !ok {
		if b, isB := AsBytes(sepV); isB {
			sep, ok = b, true
		} else if sepV.Type().Len == nil {
			return Value{}, Errorf(TypeErrorType, "object of type '%s' has no len()", sepV.Type().Name)
		}
	}
	if !ok || len(sep) != 1 {
		return Value{}, Errorf(ValueErrorType, "sep must be length 1.")
	}
	n := bytesPerSep
	if n < 0 {
		n = -n
	}
	if n == 0 || len(h) == 0 {
		return StrValue(h), nil
	}
	// Group from the right for positive bytes_per_sep, from the left for negative.
	data := bytesData(self)
	var groups []string
	if bytesPerSep > 0 {
		for end := len(data); end > 0; end -= n {
			start := max(end-n, 0)
			groups = append([]string{hex.EncodeToString([]byte(data[start:end]))}, groups...)
		}
	} else {
		for start := 0; start < len(data); start += n {
			end := min(start+n, len(data))
			groups = append(groups, hex.EncodeToString([]byte(data[start:end])))
		}
	}
	return StrValue(strings.Join(groups, sep)), nil
}

func bytes_fromhex(cls Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		name := "bytes"
		if c, ok := cls.obj.(*Type); ok && c.IsSubtype(ByteArrayType) {
			name = "bytearray"
		}
		return Value{}, argCountError(name+".fromhex", 1, len(args), kw)
	}
	s, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", argTypeName(args[0]))
	}
	var out []byte
	i := 0
	for i < len(s) {
		if isASCIISpace(s[i]) {
			i++
			continue
		}
		if i+1 >= len(s) || !isHexDigit(s[i]) || !isHexDigit(s[i+1]) {
			pos := i
			if i < len(s) && isHexDigit(s[i]) {
				pos = i + 1
			}
			return Value{}, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", pos)
		}
		b, _ := hex.DecodeString(s[i : i+2])
		out = append(out, b[0])
		i += 2
	}
	var r Value
	if c, ok := cls.obj.(*Type); ok && c.IsSubtype(ByteArrayType) {
		r = NewByteArray(out)
	} else {
		r = NewBytes(string(out))
	}
	if c, ok := cls.obj.(*Type); ok && c != BytesType && c != ByteArrayType {
		return Call(cls, []Value{r}, nil)
	}
	return r, nil
}

func bytes_count(self Value, args []Value, kw []string) (Value, error) {
	if err := oldArgRange("count", args, kw, 1, 3); err != nil {
		return Value{}, err
	}
	sub, err := bytesArgOrInt(args[0])
	if err != nil {
		return Value{}, err
	}
	hay, _, ok, err := bytesSubRange(bytesData(self), args, 1)
	if err != nil || !ok {
		return Int(0), err
	}
	if sub == "" {
		return Int(int64(len(hay) + 1)), nil
	}
	return Int(int64(strings.Count(hay, sub))), nil
}

func bytes_split(self Value, args []Value, kw []string) (Value, error) {
	sep, has, maxsplit, err := bytesSplitArgs("split", args, kw)
	if err != nil {
		return Value{}, err
	}
	if has {
		return bytesList(strSplitSep(bytesData(self), sep, maxsplit), bytesMaker(self)), nil
	}
	return bytesList(bytesSplitWhitespace(bytesData(self), maxsplit), bytesMaker(self)), nil
}

func bytes_rsplit(self Value, args []Value, kw []string) (Value, error) {
	sep, has, maxsplit, err := bytesSplitArgs("rsplit", args, kw)
	if err != nil {
		return Value{}, err
	}
	if has {
		return bytesList(strRsplitSep(bytesData(self), sep, maxsplit), bytesMaker(self)), nil
	}
	return bytesList(bytesRsplitWhitespace(bytesData(self), maxsplit), bytesMaker(self)), nil
}

func bytesPartition(reverse bool) MethodFunc {
	name := ".partition"
	if reverse {
		name = ".rpartition"
	}
	return func(self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Value{}, argCountError(bytesTypeName(self)+name, 1, len(args), kw)
		}
		sep, err := bytesLikeArg(args[0])
		if err != nil {
			return Value{}, err
		}
		if sep == "" {
			return Value{}, Errorf(ValueErrorType, "empty separator")
		}
		mk := bytesMaker(self)
		var a, b, c string
		if reverse {
			a, b, c = strRpartition(bytesData(self), sep)
		} else {
			a, b, c = strPartition(bytesData(self), sep)
		}
		return NewTuple(mk(a), mk(b), mk(c)), nil
	}
}

func bytes_join(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError(bytesTypeName(self)+".join", 1, len(args), kw)
	}
	if args[0].Type().Iter == nil && args[0].Type().GetItem == nil {
		return Value{}, Errorf(TypeErrorType, "can only join an iterable")
	}
	items, err := ToSlice(args[0])
	if err != nil {
		return Value{}, err
	}
	parts := make([]string, len(items))
	for i, it := range items {
		s, ok := AsBytes(it)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, it.Type().Name)
		}
		parts[i] = s
	}
	return bytesMaker(self)(strings.Join(parts, bytesData(self))), nil
}

func bytes_replace(self Value, args []Value, kw []string) (Value, error) {
	if err := ArgRange("replace", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	old, err := bytesLikeArg(args[0])
	if err != nil {
		return Value{}, err
	}
	nw, err := bytesLikeArg(args[1])
	if err != nil {
		return Value{}, err
	}
	count := int64(-1)
	if len(args) == 3 {
		if count, err = argIndex("replace", args[2]); err != nil {
			return Value{}, err
		}
	}
	s := bytesData(self)
	if old == "" {
		if err := CheckSize(int64(len(s)) + int64(len(s)+1)*int64(len(nw))); err != nil {
			return Value{}, err
		}
		// Insert between every byte, not every UTF-8 sequence.
		var b strings.Builder
		n := int64(0)
		for i := 0; i <= len(s); i++ {
			if count < 0 || n < count {
				b.WriteString(nw)
				n++
			}
			if i < len(s) {
				b.WriteByte(s[i])
			}
		}
		return bytesMaker(self)(b.String()), nil
	}
	if len(nw) > len(old) {
		n := int64(strings.Count(s, old))
		if count >= 0 && count < n {
			n = count
		}
		if err := CheckSize(int64(len(s)) + n*int64(len(nw)-len(old))); err != nil {
			return Value{}, err
		}
	}
	return bytesMaker(self)(strings.Replace(s, old, nw, clampInt(count))), nil
}

func bytes_translate(self Value, args []Value, kw []string) (Value, error) {
	var table, del Value
	if len(args)-len(kw) == 0 {
		return Value{}, Errorf(TypeErrorType, "translate() takes at least 1 positional argument (0 given)")
	}
	if err := UnpackArgs("translate", args, kw, "table", &table, "delete?", &del); err != nil {
		return Value{}, err
	}
	var tab string
	if !table.IsNone() {
		t, err := bytesLikeArg(table)
		if err != nil {
			return Value{}, err
		}
		if len(t) != 256 {
			return Value{}, Errorf(ValueErrorType, "translation table must be 256 characters long")
		}
		tab = t
	}
	var dels string
	if del.IsValid() {
		d, err := bytesLikeArg(del)
		if err != nil {
			return Value{}, err
		}
		dels = d
	}
	s := bytesData(self)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(dels, c) >= 0 {
			continue
		}
		if tab != "" {
			c = tab[c]
		}
		out = append(out, c)
	}
	return bytesMaker(self)(string(out)), nil
}

func bytes_maketrans(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 2 || len(kw) != 0 {
		return Value{}, Errorf(TypeErrorType, "maketrans expected 2 arguments, got %d", len(args))
	}
	from, err := bytesLikeArg(args[0])
	if err != nil {
		return Value{}, err
	}
	to, err := bytesLikeArg(args[1])
	if err != nil {
		return Value{}, err
	}
	if len(from) != len(to) {
		return Value{}, Errorf(ValueErrorType, "maketrans arguments must have same length")
	}
	tab := make([]byte, 256)
	for i := range tab {
		tab[i] = byte(i)
	}
	for i := 0; i < len(from); i++ {
		tab[from[i]] = to[i]
	}
	return NewBytes(string(tab)), nil
}
