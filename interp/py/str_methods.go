package py

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
)

// This file defines the methods of str
// (https://docs.python.org/3.12/library/stdtypes.html#string-methods) on
// top of the algorithms in strutil*.go, plus str % args and
// str.__format__.

func init() {
	AddMethods(StrType, []MethodDef{
		{Name: "upper", Fn: strNoArgs("upper", strUpper)},
		{Name: "lower", Fn: strNoArgs("lower", strLower)},
		{Name: "title", Fn: strNoArgs("title", strTitle)},
		{Name: "capitalize", Fn: strNoArgs("capitalize", strCapitalize)},
		{Name: "swapcase", Fn: strNoArgs("swapcase", strSwapcase)},
		{Name: "casefold", Fn: strNoArgs("casefold", strCasefold)},
		{Name: "isdigit", Fn: strPredicate("isdigit", strIsDigit)},
		{Name: "isdecimal", Fn: strPredicate("isdecimal", strIsDecimal)},
		{Name: "isnumeric", Fn: strPredicate("isnumeric", strIsNumeric)},
		{Name: "isalpha", Fn: strPredicate("isalpha", strIsAlpha)},
		{Name: "isalnum", Fn: strPredicate("isalnum", strIsAlnum)},
		{Name: "isspace", Fn: strPredicate("isspace", strIsSpace)},
		{Name: "isupper", Fn: strPredicate("isupper", strIsUpper)},
		{Name: "islower", Fn: strPredicate("islower", strIsLower)},
		{Name: "istitle", Fn: strPredicate("istitle", strIsTitle)},
		{Name: "isidentifier", Fn: strPredicate("isidentifier", strIsIdentifier)},
		{Name: "isprintable", Fn: strPredicate("isprintable", strIsPrintable)},
		{Name: "isascii", Fn: strPredicate("isascii", strIsASCII)},
		{Name: "split", Fn: str_split},
		{Name: "rsplit", Fn: str_rsplit},
		{Name: "splitlines", Fn: str_splitlines},
		{Name: "strip", Fn: strStripMethod("strip", true, true)},
		{Name: "lstrip", Fn: strStripMethod("lstrip", true, false)},
		{Name: "rstrip", Fn: strStripMethod("rstrip", false, true)},
		{Name: "partition", Fn: str_partition},
		{Name: "rpartition", Fn: str_rpartition},
		{Name: "center", Fn: strJustify("center", strCenter)},
		{Name: "ljust", Fn: strJustify("ljust", strLjust)},
		{Name: "rjust", Fn: strJustify("rjust", strRjust)},
		{Name: "zfill", Fn: str_zfill},
		{Name: "expandtabs", Fn: str_expandtabs},
		{Name: "find", Fn: strFindMethod("find", false, false)},
		{Name: "rfind", Fn: strFindMethod("rfind", true, false)},
		{Name: "index", Fn: strFindMethod("index", false, true)},
		{Name: "rindex", Fn: strFindMethod("rindex", true, true)},
		{Name: "count", Fn: str_count},
		{Name: "replace", Fn: str_replace},
		{Name: "startswith", Fn: strAffixMethod("startswith", strings.HasPrefix)},
		{Name: "endswith", Fn: strAffixMethod("endswith", strings.HasSuffix)},
		{Name: "removeprefix", Fn: strRemoveAffix("removeprefix", strings.TrimPrefix)},
		{Name: "removesuffix", Fn: strRemoveAffix("removesuffix", strings.TrimSuffix)},
		{Name: "join", Fn: str_join},
		{Name: "format", Fn: str_format},
		{Name: "format_map", Fn: str_format_map},
		{Name: "__format__", Fn: str___format__},
		{Name: "maketrans", Fn: str_maketrans, Static: true},
		{Name: "translate", Fn: str_translate},
		{Name: "__getnewargs__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return NewTuple(StrValue(strSelf(self))), nil
		}},
		{Name: "__sizeof__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return Int(int64(49 + len(strSelf(self)))), nil
		}},
	})
	StrType.Binary[OpMod] = strModSlot
}

// strSelf returns the text of a str receiver.
func strSelf(v Value) string { return v.obj.(*Str).S }

func strNoArgs(name string, f func(string) string) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 0 {
			return Value{}, Errorf(TypeErrorType, "str.%s() takes no arguments (%d given)", name, len(args))
		}
		return StrValue(f(strSelf(self))), nil
	}
}

func strPredicate(name string, f func(string) bool) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 0 {
			return Value{}, Errorf(TypeErrorType, "str.%s() takes no arguments (%d given)", name, len(args))
		}
		return Bool(f(strSelf(self))), nil
	}
}

// strList converts Go strings to a list of str.
func strList(parts []string) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = StrValue(p)
	}
	return ListValue(items)
}

// splitArgs unpacks (sep=None, maxsplit=-1).
func splitArgs(fname string, args []Value, kw []string) (sep string, hasSep bool, maxsplit int, err error) {
	var sepV Value
	maxsplit = -1
	if err = UnpackArgs(fname, args, kw, "sep?", &sepV, "maxsplit?", &maxsplit); err != nil {
		return
	}
	if sepV.IsValid() && !sepV.IsNone() {
		s, ok := AsStr(sepV)
		if !ok {
			err = Errorf(TypeErrorType, "must be str or None, not %s", sepV.Type().Name)
			return
		}
		if s == "" {
			err = Errorf(ValueErrorType, "empty separator")
			return
		}
		sep, hasSep = s, true
	}
	return
}

func str_split(self Value, args []Value, kw []string) (Value, error) {
	sep, hasSep, maxsplit, err := splitArgs("split", args, kw)
	if err != nil {
		return Value{}, err
	}
	if hasSep {
		return strList(strSplitSep(strSelf(self), sep, maxsplit)), nil
	}
	return strList(strSplitWhitespace(strSelf(self), maxsplit)), nil
}

func str_rsplit(self Value, args []Value, kw []string) (Value, error) {
	sep, hasSep, maxsplit, err := splitArgs("rsplit", args, kw)
	if err != nil {
		return Value{}, err
	}
	if hasSep {
		return strList(strRsplitSep(strSelf(self), sep, maxsplit)), nil
	}
	return strList(strRsplitWhitespace(strSelf(self), maxsplit)), nil
}

func str_splitlines(self Value, args []Value, kw []string) (Value, error) {
	keep := false
	if err := UnpackArgs("splitlines", args, kw, "keepends?", &keep); err != nil {
		return Value{}, err
	}
	return strList(strSplitlines(strSelf(self), keep)), nil
}

func strStripMethod(name string, left, right bool) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := ArgRange(name, args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		chars, has := "", false
		if len(args) == 1 && !args[0].IsNone() {
			s, ok := AsStr(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "%s arg must be None or str", name)
			}
			chars, has = s, true
		}
		return StrValue(strStrip(strSelf(self), chars, has, left, right)), nil
	}
}

func strSepArg(v Value) (string, error) {
	s, ok := AsStr(v)
	if !ok {
		return "", Errorf(TypeErrorType, "must be str, not %s", v.Type().Name)
	}
	if s == "" {
		return "", Errorf(ValueErrorType, "empty separator")
	}
	return s, nil
}

func str_partition(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("str.partition", 1, len(args), kw)
	}
	sep, err := strSepArg(args[0])
	if err != nil {
		return Value{}, err
	}
	a, b, c := strPartition(strSelf(self), sep)
	return NewTuple(StrValue(a), StrValue(b), StrValue(c)), nil
}

func str_rpartition(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("str.rpartition", 1, len(args), kw)
	}
	sep, err := strSepArg(args[0])
	if err != nil {
		return Value{}, err
	}
	a, b, c := strRpartition(strSelf(self), sep)
	return NewTuple(StrValue(a), StrValue(b), StrValue(c)), nil
}

// fillChar reads the optional fill character argument of center/ljust/rjust.
func fillChar(v Value) (rune, error) {
	s, ok := AsStr(v)
	if !ok {
		return 0, Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", v.Type().Name)
	}
	if countWTF8(s) != 1 {
		return 0, Errorf(TypeErrorType, "The fill character must be exactly one character long")
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r, nil
}

func strJustify(name string, f func(string, int, rune) string) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := ArgRange(name, args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		w, err := argIndex(name, args[0])
		if err != nil {
			return Value{}, err
		}
		fill := ' '
		if len(args) == 2 {
			if fill, err = fillChar(args[1]); err != nil {
				return Value{}, err
			}
		}
		if err := CheckSize(w); err != nil {
			return Value{}, err
		}
		return StrValue(f(strSelf(self), int(w), fill)), nil
	}
}

func str_zfill(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("str.zfill", 1, len(args), kw)
	}
	w, err := argIndex("zfill", args[0])
	if err != nil {
		return Value{}, err
	}
	if err := CheckSize(w); err != nil {
		return Value{}, err
	}
	return StrValue(strZfill(strSelf(self), int(w))), nil
}

func str_expandtabs(self Value, args []Value, kw []string) (Value, error) {
	tab := int64(8)
	if err := UnpackArgs("expandtabs", args, kw, "tabsize?", &tab); err != nil {
		return Value{}, err
	}
	if tab > math.MaxInt32 || tab < math.MinInt32 {
		return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	s := strSelf(self)
	if tab > 0 {
		if err := CheckSize(int64(strings.Count(s, "\t"))*tab + int64(len(s))); err != nil {
			return Value{}, err
		}
	}
	return StrValue(strExpandtabs(s, int(tab))), nil
}

// sliceBound converts an optional start/end argument (None or an index).
func sliceBound(v Value, def int) (int, error) {
	if !v.IsValid() || v.IsNone() {
		return def, nil
	}
	if v.IsInt() {
		return clampInt(v.AsInt()), nil
	}
	if !hasIndex(v) {
		return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	i, err := Index(v)
	if err != nil {
		return 0, err
	}
	if i.IsInt() {
		return clampInt(i.AsInt()), nil
	}
	if b, ok := AsBig(i); ok && b.Sign() < 0 {
		return -1 << 62, nil
	}
	return 1 << 62, nil
}

func clampInt(n int64) int {
	const lim = 1 << 62
	if n > lim {
		return lim
	}
	if n < -lim {
		return -lim
	}
	return int(n)
}

// adjustRange normalises start/end like a slice of length n; ok is false
// when start > n (CPython's find and count then report "not found").
func adjustRange(start, end, n int) (int, int, bool) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end, start <= n
}

// strSubRange returns the substring of self selected by args[from:] (start,
// end) in code points, and the code point offset of its start.
func strSubRange(s *Str, args []Value, from int) (string, int, bool, error) {
	var sv, ev Value
	if len(args) > from {
		sv = args[from]
	}
	if len(args) > from+1 {
		ev = args[from+1]
	}
	n := s.Len()
	start, err := sliceBound(sv, 0)
	if err != nil {
		return "", 0, false, err
	}
	end, err := sliceBound(ev, n)
	if err != nil {
		return "", 0, false, err
	}
	start, end, ok := adjustRange(start, end, n)
	if !ok {
		return "", 0, false, nil
	}
	if end < start {
		// CPython reports "not found" (even for an empty needle) here.
		return "", start, false, nil
	}
	if start == 0 && end == n {
		return s.S, 0, true, nil
	}
	return s.Slice(start, end), start, true, nil
}

func strFindMethod(name string, reverse, raise bool) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := oldArgRange(name, args, kw, 1, 3); err != nil {
			return Value{}, err
		}
		sub, ok := AsStr(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "must be str, not %s", args[0].Type().Name)
		}
		s := self.obj.(*Str)
		hay, off, inRange, err := strSubRange(s, args, 1)
		if err != nil {
			return Value{}, err
		}
		r := -1
		if inRange && (len(hay) >= len(sub)) || inRange && sub == "" {
			if reverse {
				r = strRfind(hay, sub)
			} else {
				r = strFind(hay, sub)
			}
		}
		if r < 0 {
			if raise {
				return Value{}, Errorf(ValueErrorType, "substring not found")
			}
			return Int(-1), nil
		}
		return Int(int64(r + off)), nil
	}
}

func str_count(self Value, args []Value, kw []string) (Value, error) {
	if err := oldArgRange("count", args, kw, 1, 3); err != nil {
		return Value{}, err
	}
	sub, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "must be str, not %s", args[0].Type().Name)
	}
	hay, _, inRange, err := strSubRange(self.obj.(*Str), args, 1)
	if err != nil || !inRange {
		return Int(0), err
	}
	if sub == "" {
		return Int(int64(countWTF8(hay) + 1)), nil
	}
	return Int(int64(strings.Count(hay, sub))), nil
}

func str_replace(self Value, args []Value, kw []string) (Value, error) {
	if err := ArgRange("replace", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	old, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "replace() argument 1 must be str, not %s", argTypeName(args[0]))
	}
	nw, ok := AsStr(args[1])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "replace() argument 2 must be str, not %s", argTypeName(args[1]))
	}
	count := int64(-1)
	if len(args) == 3 {
		c, err := argIndex("replace", args[2])
		if err != nil {
			return Value{}, err
		}
		count = c
	}
	s := strSelf(self)
	if count < 0 {
		count = -1
	}
	if old == "" && nw != "" {
		n := int64(countWTF8(s) + 1)
		if count >= 0 && count < n {
			n = count
		}
		if err := CheckSize(int64(len(s)) + n*int64(len(nw))); err != nil {
			return Value{}, err
		}
	} else if old != "" && len(nw) > len(old) {
		n := int64(strings.Count(s, old))
		if count >= 0 && count < n {
			n = count
		}
		if err := CheckSize(int64(len(s)) + n*int64(len(nw)-len(old))); err != nil {
			return Value{}, err
		}
	}
	return StrValue(strReplace(s, old, nw, int(clampInt(count)))), nil
}

func strAffixMethod(name string, test func(s, affix string) bool) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if err := oldArgRange(name, args, kw, 1, 3); err != nil {
			return Value{}, err
		}
		s := self.obj.(*Str)
		hay, _, inRange, err := strSubRange(s, args, 1)
		if err != nil {
			return Value{}, err
		}
		check := func(v Value) (bool, error) {
			a, ok := AsStr(v)
			if !ok {
				return false, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, v.Type().Name)
			}
			return inRange && test(hay, a), nil
		}
		if t, ok := args[0].obj.(*Tuple); ok {
			for _, item := range t.Items {
				if _, ok := AsStr(item); !ok {
					return Value{}, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, item.Type().Name)
				}
				if r, _ := check(item); r {
					return True, nil
				}
			}
			return False, nil
		}
		r, err := check(args[0])
		if err != nil {
			return Value{}, err
		}
		return Bool(r), nil
	}
}

func strRemoveAffix(name string, f func(s, affix string) string) MethodFunc {
	return func(self Value, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Value{}, argCountError("str."+name, 1, len(args), kw)
		}
		a, ok := AsStr(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "%s() argument must be str, not %s", name, argTypeName(args[0]))
		}
		return StrValue(f(strSelf(self), a)), nil
	}
}

func str_join(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("str.join", 1, len(args), kw)
	}
	var items []Value
	switch x := args[0].obj.(type) {
	case *List:
		items = x.Items
	case *Tuple:
		items = x.Items
	default:
		if _, err := GetIter(args[0]); err != nil {
			if IsInstanceError(err, TypeErrorType) {
				return Value{}, Errorf(TypeErrorType, "can only join an iterable")
			}
			return Value{}, err
		}
		var err error
		if items, err = ToSlice(args[0]); err != nil {
			return Value{}, err
		}
	}
	sep := strSelf(self)
	total := len(sep) * max(len(items)-1, 0)
	for i, it := range items {
		s, ok := it.obj.(*Str)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, it.Type().Name)
		}
		total += len(s.S)
	}
	if len(items) == 1 && items[0].Type() == StrType {
		return items[0], nil
	}
	if err := CheckSize(int64(total)); err != nil {
		return Value{}, err
	}
	var b strings.Builder
	b.Grow(total)
	for i, it := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(it.obj.(*Str).S)
	}
	return StrValue(b.String()), nil
}

func str___format__(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("str.__format__", 1, len(args), kw)
	}
	spec, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "__format__() argument must be str, not %s", argTypeName(args[0]))
	}
	if spec == "" {
		return StrOf(self) // honours a subclass's __str__
	}
	return strResult(formatStrSpec(strSelf(self), spec))
}

// strModSlot implements str % args.
func strModSlot(a, b Value) (Value, error) {
	s, ok := a.obj.(*Str)
	if !ok {
		return NotImplemented, nil
	}
	return strResult(percentFormat(s.S, percentArgsOf(b), strPercentOps))
}

// percentArgsOf classifies the right operand of %: a tuple's items, or a
// single operand that may also serve as the mapping for %(key)s.
func percentArgsOf(b Value) percentArgs[Value] {
	if t, ok := b.obj.(*Tuple); ok {
		return percentArgs[Value]{items: t.Items, isTuple: true}
	}
	args := percentArgs[Value]{items: []Value{b}}
	if _, isStr := b.obj.(*Str); !isStr && b.Type().Lookup("__getitem__").IsValid() && !isSequenceOnly(b) {
		args.mapping = func(key string) (Value, error) { return GetItem(b, StrValue(key)) }
	}
	return args
}

// isSequenceOnly reports builtin sequences, which are not mappings for %.
func isSequenceOnly(v Value) bool {
	switch v.obj.(type) {
	case *List, *Tuple, *Range:
		return true
	}
	return v.Type().Flags&FlagSequence != 0 && v.Type().Lookup("keys").IsNil()
}

// strPercentOps are the str % conversions on Values.
var strPercentOps = &percentOps[Value]{
	smallInt: func(v Value) (int64, bool) {
		if v.IsInt() {
			return v.AsInt(), true
		}
		return 0, false
	},
	str: func(v Value) (string, error) {
		if s, ok := v.obj.(*Str); ok && s.typ == nil {
			return s.S, nil
		}
		return StrString(v)
	},
	repr:  ReprString,
	ascii: func(v Value) (string, error) { r, err := ReprString(v); return ASCIIRepr(r), err },
	integer: func(v Value, code byte) (*big.Int, error) {
		if b, ok := AsBig(v); ok {
			return b, nil
		}
		if code == 'd' || code == 'i' || code == 'u' {
			if v.IsFloat() {
				return floatToBigInt(v.AsFloat())
			}
			if v.Type().IntConv != nil || v.Type().Lookup("__int__").IsValid() {
				iv, err := ToInt(v)
				if err != nil {
					return nil, err
				}
				b, _ := AsBig(iv)
				return b, nil
			}
			return nil, Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", code, v.Type().Name)
		}
		if hasIndex(v) {
			iv, err := Index(v)
			if err != nil {
				return nil, err
			}
			b, _ := AsBig(iv)
			return b, nil
		}
		return nil, Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", code, v.Type().Name)
	},
	float: func(v Value, code byte) (float64, error) {
		if v.IsFloat() {
			return v.AsFloat(), nil
		}
		f, err := FloatOf(v)
		if err != nil {
			return 0, Errorf(TypeErrorType, "must be real number, not %s", v.Type().Name)
		}
		return f, nil
	},
	char: func(v Value) (string, error) {
		if s, ok := AsStr(v); ok {
			if countWTF8(s) == 1 {
				return s, nil
			}
			return "", Errorf(TypeErrorType, "%s", "%c requires int or char")
		}
		if b, ok := AsBig(v); ok {
			r, err := percentCharFromInt(b)
			return r, pyErr(err)
		}
		return "", Errorf(TypeErrorType, "%s", "%c requires int or char")
	},
	starInt: func(v Value) (int, bool) {
		if v.IsInt() {
			return clampInt(v.AsInt()), true
		}
		return 0, false
	},
}
