package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// This file implements int(str, base) and float(str) parsing with Python's
// rules: surrounding Unicode whitespace, any Unicode decimal digits,
// underscores between digits, base prefixes, and CPython's ValueError
// messages that quote the original argument.

// defaultMaxStrDigits is sys.get_int_max_str_digits()'s default.
const defaultMaxStrDigits = 4300

// truncRepr renders s for an error message the way CPython's "%.200R" does.
func truncRepr(s string) string {
	r := pyQuote(s)
	if countWTF8(r) > 200 {
		r = truncateRunes(r, 200)
	}
	return r
}

// asciiDigits maps Unicode decimal digits to ASCII and whitespace to ' ',
// as CPython does before parsing numbers; other non-ASCII code points
// become '?', which no parser accepts.
func asciiDigits(s string) string {
	if strIsASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case pyIsSpace(r):
			b.WriteByte(' ')
		default:
			if d := decimalValue(r); d >= 0 {
				b.WriteByte(byte('0' + d))
			} else {
				b.WriteByte('?')
			}
		}
	}
	return b.String()
}

// parseIntString implements int(s, base) for a str s. maxDigits is the
// int_max_str_digits limit (0 = none).
func parseIntString(s string, base int, maxDigits int) (*big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, libValueError("int() base must be >= 2 and <= 36, or 0")
	}
	// Fast path: a short plain decimal literal.
	if (base == 10 || base == 0) && len(s) > 0 && len(s) <= 18 {
		ok := true
		for i := 0; i < len(s); i++ {
			c := s[i]
			if !(c >= '0' && c <= '9' || i == 0 && (c == '-' || c == '+')) {
				ok = false
				break
			}
		}
		if ok && (base == 10 || len(s) == 1 || s[0] != '0' && !(len(s) > 2 && s[1] == '0' && (s[0] == '-' || s[0] == '+'))) {
			if n, err := strconv.ParseInt(s, 10, 64); err == nil {
				return big.NewInt(n), nil
			}
		}
	}
	invalid := func() error {
		return libValueError("invalid literal for int() with base %d: %s", base, truncRepr(s))
	}
	t := strings.TrimFunc(asciiDigits(s), func(r rune) bool { return r == ' ' || pyIsSpace(r) })
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	b := base
	prefixed := false
	if len(t) >= 2 && t[0] == '0' {
		pb := 0
		switch t[1] | 0x20 {
		case 'x':
			pb = 16
		case 'o':
			pb = 8
		case 'b':
			pb = 2
		}
		if pb != 0 && (b == 0 || b == pb) {
			b, prefixed = pb, true
			t = t[2:]
		}
	}
	if b == 0 {
		b = 10
		// Without a prefix, base 0 forbids leading zeros on non-zero values.
		if len(t) > 1 && t[0] == '0' && strings.Trim(t, "0_") != "" {
			return nil, invalid()
		}
	}
	// Validate digits and single underscores between them (or right after
	// a prefix).
	digits := make([]byte, 0, len(t))
	prevUnderscore := prefixed
	if t == "" {
		return nil, invalid()
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '_' {
			if i == 0 && !prefixed || i > 0 && prevUnderscore && t[i-1] == '_' {
				return nil, invalid()
			}
			prevUnderscore = true
			continue
		}
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'z':
			d = int(c-'a') + 10
		case c >= 'A' && c <= 'Z':
			d = int(c-'A') + 10
		default:
			return nil, invalid()
		}
		if d >= b {
			return nil, invalid()
		}
		digits = append(digits, c)
		prevUnderscore = false
	}
	if t[len(t)-1] == '_' || len(digits) == 0 {
		return nil, invalid()
	}
	if maxDigits > 0 && b&(b-1) != 0 && len(digits) > maxDigits {
		return nil, libValueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxDigits, len(digits))
	}
	v := new(big.Int)
	if len(digits) <= 18 && b == 10 {
		n, _ := strconv.ParseInt(string(digits), 10, 64)
		v.SetInt64(n)
	} else {
		v.SetString(string(digits), b)
	}
	if neg {
		v.Neg(v)
	}
	return v, nil
}

// parseFloatString implements float(s) for a str s.
func parseFloatString(s string) (float64, error) {
	// Fast path: plain ASCII digits, point, exponent and sign are parsed
	// the same way by Go.
	plain := len(s) > 0
	for i := 0; i < len(s) && plain; i++ {
		c := s[i]
		plain = c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'
	}
	if plain {
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return f, nil
		}
	}
	f, ok := parseFloatLiteral(asciiDigits(s))
	if !ok {
		return 0, libValueError("could not convert string to float: %s", pyQuote(s))
	}
	return f, nil
}

// parseFloatLiteral parses an ASCII float literal with optional sign,
// surrounding spaces, underscores between digits, inf/infinity/nan.
func parseFloatLiteral(s string) (float64, bool) {
	t := strings.TrimFunc(s, pyIsSpace)
	body := t
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return math.Copysign(math.Inf(1), boolSign(neg)), true
	case "nan":
		return math.Copysign(math.NaN(), boolSign(neg)), true
	}
	// digits [. digits] [e [sign] digits], at least one mantissa digit;
	// underscores only between two digits.
	clean := make([]byte, 0, len(body))
	i := 0
	readDigits := func() (int, bool) {
		n := 0
		for i < len(body) {
			c := body[i]
			if c >= '0' && c <= '9' {
				clean = append(clean, c)
				n++
				i++
				continue
			}
			if c == '_' && n > 0 && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return n, true
	}
	n1, _ := readDigits()
	n2 := 0
	if i < len(body) && body[i] == '.' {
		clean = append(clean, '.')
		i++
		n2, _ = readDigits()
	}
	if n1+n2 == 0 {
		return 0, false
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		clean = append(clean, 'e')
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			clean = append(clean, body[i])
			i++
		}
		if n, _ := readDigits(); n == 0 {
			return 0, false
		}
	}
	if i != len(body) {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(clean), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	if neg {
		f = -f
	}
	return f, true
}
