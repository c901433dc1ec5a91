package py

import (
	"strings"
	"unicode/utf8"
)

// This file defines str.maketrans and str.translate.

// str_maketrans implements the static method str.maketrans(x[, y[, z]]).
func str_maketrans(self Value, args []Value, kw []string) (Value, error) {
	// Called as a static method: self is the first argument.
	all := append([]Value{self}, args...)
	if self.IsNil() {
		all = args
	}
	if err := ArgRange("maketrans", all, kw, 1, 3); err != nil {
		return Value{}, err
	}
	d := NewDict()
	if len(all) == 1 {
		src, ok := all[0].obj.(*Dict)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		err := src.Items(func(k, v Value) error {
			if s, ok := AsStr(k); ok {
				if countWTF8(s) != 1 {
					return Errorf(ValueErrorType, "string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(s)
				return d.SetItem(Int(int64(r)), v)
			}
			if IsIntLike(k) {
				return d.SetItem(k, v)
			}
			return Errorf(TypeErrorType, "keys in translate table must be strings or integers")
		})
		if err != nil {
			return Value{}, err
		}
		return ObjectValue(d), nil
	}
	x, ok1 := AsStr(all[0])
	y, ok2 := AsStr(all[1])
	if !ok1 {
		return Value{}, Errorf(TypeErrorType, "maketrans() argument 1 must be str, not %s", argTypeName(all[0]))
	}
	if !ok2 {
		return Value{}, Errorf(TypeErrorType, "maketrans() argument 2 must be str, not %s", argTypeName(all[1]))
	}
	xr, yr := []rune(x), []rune(y)
	if len(xr) != len(yr) {
		return Value{}, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		if err := d.SetItem(Int(int64(xr[i])), Int(int64(yr[i]))); err != nil {
			return Value{}, err
		}
	}
	if len(all) == 3 {
		z, ok := AsStr(all[2])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "maketrans() argument 3 must be str, not %s", argTypeName(all[2]))
		}
		for _, r := range z {
			if err := d.SetItem(Int(int64(r)), None); err != nil {
				return Value{}, err
			}
		}
	}
	return ObjectValue(d), nil
}

// str_translate maps each code point through table[ord(c)]: None deletes,
// an int or str replaces, LookupError keeps the character.
func str_translate(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("str.translate", 1, len(args), kw)
	}
	table := args[0]
	var b strings.Builder
	cache := map[rune]string{}
	for _, r := range strSelf(self) {
		if out, ok := cache[r]; ok {
			b.WriteString(out)
			continue
		}
		v, err := GetItem(table, Int(int64(r)))
		var out string
		switch {
		case err != nil:
			if !IsInstanceError(err, LookupErrorType) {
				return Value{}, err
			}
			out = string(r)
		case v.IsNone():
			out = ""
		case IsIntLike(v):
			n, err := IndexInt64(v)
			if err != nil || n < 0 || n > 0x10ffff {
				return Value{}, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			out = runeString(rune(n))
		default:
			s, ok := AsStr(v)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "character mapping must return integer, None or str")
			}
			out = s
		}
		cache[r] = out
		b.WriteString(out)
	}
	return StrValue(b.String()), nil
}
