package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// This file implements Python's float to text conversions on plain float64
// values: repr/str (shortest round-trip digits), the fixed, exponent and
// general formats used by format() and %-formatting, correctly rounded
// round(x, n), float.hex/float.fromhex and float.as_integer_ratio.
//
// Go's strconv already produces correctly rounded digits (shortest with
// precision -1, half-even on the exact binary value otherwise), so the work
// here is in CPython's layout rules: where the exponent form starts, when a
// ".0" is added, how '#' keeps trailing zeros, and how inf and nan are spelt.

// floatRepr returns repr(f) (also str(f)) as CPython 3.12 prints it. It
// works in stack buffers: printing floats is common.
func floatRepr(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return formatFloatBody(f, 'r', 0, false, true)
	}
	var ebuf [32]byte
	e := strconv.AppendFloat(ebuf[:0], f, 'e', -1, 64) // [-]d[.ddd]e±XX
	var out [48]byte
	o := out[:0]
	if e[0] == '-' {
		o = append(o, '-')
		e = e[1:]
	}
	k := 0
	for e[k] != 'e' {
		k++
	}
	mant, expPart := e[:k], e[k+1:]
	exp := 0
	for _, c := range expPart[1:] {
		exp = exp*10 + int(c-'0')
	}
	if expPart[0] == '-' {
		exp = -exp
	}
	var dbuf [24]byte
	digits := append(dbuf[:0], mant[0])
	if len(mant) > 2 {
		digits = append(digits, mant[2:]...)
	}
	if exp < -4 || exp >= 16 {
		o = append(o, digits[0])
		if len(digits) > 1 {
			o = append(o, '.')
			o = append(o, digits[1:]...)
		}
		o = append(o, 'e')
		if exp < 0 {
			o = append(o, '-')
			exp = -exp
		} else {
			o = append(o, '+')
		}
		if exp < 10 {
			o = append(o, '0')
		}
		o = strconv.AppendInt(o, int64(exp), 10)
		return string(o)
	}
	switch {
	case exp < 0:
		o = append(o, '0', '.')
		for i := 0; i < -exp-1; i++ {
			o = append(o, '0')
		}
		o = append(o, digits...)
	case exp+1 >= len(digits):
		o = append(o, digits...)
		for i := 0; i < exp+1-len(digits); i++ {
			o = append(o, '0')
		}
		o = append(o, '.', '0')
	default:
		o = append(o, digits[:exp+1]...)
		o = append(o, '.')
		o = append(o, digits[exp+1:]...)
	}
	return string(o)
}

// floatDigits returns the decimal digits (no dot, no leading zeros unless the
// value is zero) and the exponent X such that |f| ~= d.ddd * 10**X. prec is
// the number of digits after the first one; -1 asks for the shortest digits
// that round-trip.
func floatDigits(f float64, prec int) (string, int) {
	s := strconv.FormatFloat(math.Abs(f), 'e', prec, 64)
	i := strings.IndexByte(s, 'e')
	exp, _ := strconv.Atoi(s[i+1:])
	digits := strings.Replace(s[:i], ".", "", 1)
	return digits, exp
}

// formatFloatBody formats f without padding; the sign is included for
// negative values (and for -0.0). code is one of 'e', 'E', 'f', 'F', 'g',
// 'G', or 'r' (repr; prec is ignored). alt is the '#' flag; addDot0 appends
// ".0" to a non-exponent result that would otherwise look like an integer,
// which is what repr and the type-less format spec do.
func formatFloatBody(f float64, code byte, prec int, alt, addDot0 bool) string {
	upper := code == 'E' || code == 'F' || code == 'G'
	if math.IsNaN(f) {
		if upper {
			return "NAN"
		}
		return "nan"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if math.IsInf(f, 0) {
		if upper {
			return sign + "INF"
		}
		return sign + "inf"
	}
	var body string
	switch code {
	case 'f', 'F':
		body = strconv.FormatFloat(math.Abs(f), 'f', prec, 64)
		if alt && prec == 0 {
			body += "."
		}
	case 'e', 'E':
		digits, exp := floatDigits(f, prec)
		body = layoutExp(digits, exp, alt || prec > 0)
	case 'g', 'G':
		if prec == 0 {
			prec = 1
		}
		digits, exp := floatDigits(f, prec-1)
		limit := prec
		if addDot0 {
			// The type-less spec with a precision switches one digit earlier
			// so that the added ".0" never shows a digit it did not have.
			limit = prec - 1
		}
		if exp < -4 || exp >= limit {
			if !alt {
				digits = trimZeros(digits)
			}
			body = layoutExp(digits, exp, alt || len(digits) > 1)
		} else {
			if !alt {
				digits = trimZeros(digits)
			}
			body = layoutFixed(digits, exp, alt)
			if addDot0 && !strings.Contains(body, ".") {
				body += ".0"
			}
		}
	case 'r':
		digits, exp := floatDigits(f, -1)
		if exp < -4 || exp >= 16 {
			body = layoutExp(digits, exp, len(digits) > 1)
		} else {
			body = layoutFixed(digits, exp, false)
			if !strings.Contains(body, ".") {
				body += ".0"
			}
		}
	default:
		panic("formatFloatBody: bad code " + string(code))
	}
	if upper {
		body = strings.ToUpper(body)
	}
	return sign + body
}

// trimZeros drops trailing zero digits, keeping at least one digit.
func trimZeros(digits string) string {
	t := strings.TrimRight(digits, "0")
	if t == "" {
		return "0"
	}
	return t
}

// layoutExp writes d[.ddd]e±XX; dot forces the decimal point.
func layoutExp(digits string, exp int, dot bool) string {
	var b strings.Builder
	b.WriteByte(digits[0])
	if dot {
		b.WriteByte('.')
		b.WriteString(digits[1:])
	}
	b.WriteByte('e')
	if exp < 0 {
		b.WriteByte('-')
		exp = -exp
	} else {
		b.WriteByte('+')
	}
	if exp < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(exp))
	return b.String()
}

// layoutFixed writes the digits (value d.ddd * 10**exp) in positional form;
// dot forces a trailing decimal point when there is no fraction.
func layoutFixed(digits string, exp int, dot bool) string {
	var intPart, frac string
	switch {
	case exp < 0:
		intPart = "0"
		frac = strings.Repeat("0", -exp-1) + digits
	case exp+1 >= len(digits):
		intPart = digits + strings.Repeat("0", exp+1-len(digits))
	default:
		intPart, frac = digits[:exp+1], digits[exp+1:]
	}
	if frac == "" {
		if dot {
			return intPart + "."
		}
		return intPart
	}
	return intPart + "." + frac
}

// floatRoundInt implements round(x) with no ndigits: half-even to an integer.
func floatRoundInt(x float64) (*big.Int, error) {
	r := math.RoundToEven(x)
	return floatToBigInt(r)
}

// floatToBigInt converts an integral (or truncates a non-integral) float to
// an int, with CPython's errors for inf and nan.
func floatToBigInt(x float64) (*big.Int, error) {
	if math.IsInf(x, 0) {
		return nil, libOverflowError("cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return nil, libValueError("cannot convert float NaN to integer")
	}
	x = math.Trunc(x)
	if math.Abs(x) < 1<<63 {
		return big.NewInt(int64(x)), nil
	}
	bf := new(big.Float).SetFloat64(x)
	i, _ := bf.Int(nil)
	return i, nil
}

// The ndigits bounds outside which round(x, n) is the identity (n too big)
// or a signed zero (n too small), as in CPython's floatobject.c.
const (
	roundNdigitsMax = 323
	roundNdigitsMin = -308
)

// floatRound implements round(x, n): the decimal value of x correctly
// rounded half-even at 10**-n, converted back to the nearest float.
func floatRound(x float64, n int) (float64, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x, nil
	}
	if n > roundNdigitsMax {
		return x, nil
	}
	if n < roundNdigitsMin {
		return 0.0 * x, nil
	}
	var y float64
	if n >= 0 {
		y, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
	} else {
		// Exact rational arithmetic: x / 10**k rounded half-even, times 10**k.
		scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		r := new(big.Rat).SetFloat64(x)
		q := new(big.Rat).Quo(r, new(big.Rat).SetInt(scale))
		qi := ratRoundHalfEven(q)
		y, _ = new(big.Rat).SetInt(qi.Mul(qi, scale)).Float64()
	}
	if math.IsInf(y, 0) {
		return 0, libOverflowError("rounded value too large to represent")
	}
	if y == 0 {
		y = math.Copysign(0, x)
	}
	return y, nil
}

// ratRoundHalfEven rounds q to the nearest integer, ties to even.
func ratRoundHalfEven(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	// Compare 2|rem| with den to decide the direction away from zero.
	twice := new(big.Int).Abs(rem)
	twice.Lsh(twice, 1)
	c := twice.Cmp(den)
	if c > 0 || (c == 0 && quo.Bit(0) == 1) {
		if num.Sign() < 0 {
			quo.Sub(quo, big.NewInt(1))
		} else {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return quo
}

// floatHex implements float.hex: 0x1.<13 hex digits>p<exp> for normal
// numbers, 0x0.<13 hex digits>p-1022 for subnormals.
func floatHex(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return floatRepr(x)
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(x)
	mant := bits & (1<<52 - 1)
	bexp := int(bits>>52) & 0x7ff
	lead, exp := "1", bexp-1023
	if bexp == 0 {
		lead, exp = "0", -1022
	}
	frac := strconv.FormatUint(mant, 16)
	frac = strings.Repeat("0", 13-len(frac)) + frac
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + frac + "p" + es
}

// floatFromHex implements float.fromhex.
func floatFromHex(s string) (float64, error) {
	invalid := libValueError("invalid hexadecimal floating-point string")
	t := strings.TrimFunc(s, pyIsSpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		return math.Copysign(math.Inf(1), boolSign(neg)), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(t) >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	// mantissa: hex digits with at most one dot, then optional p[+-]digits.
	i, ndig, dot := 0, 0, false
	for ; i < len(t); i++ {
		c := t[i]
		if c == '.' && !dot {
			dot = true
			continue
		}
		if !isHexDigit(c) {
			break
		}
		ndig++
	}
	if ndig == 0 {
		return 0, invalid
	}
	mant := t[:i]
	exp := "0"
	if i < len(t) {
		if t[i] != 'p' && t[i] != 'P' {
			return 0, invalid
		}
		e := t[i+1:]
		j := 0
		if j < len(e) && (e[j] == '+' || e[j] == '-') {
			j++
		}
		if j == len(e) {
			return 0, invalid
		}
		for k := j; k < len(e); k++ {
			if e[k] < '0' || e[k] > '9' {
				return 0, invalid
			}
		}
		exp = e
	}
	if strings.Trim(mant, "0.") == "" {
		return math.Copysign(0, boolSign(neg)), nil
	}
	if mant[0] == '.' {
		mant = "0" + mant
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil || math.IsInf(f, 0) {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && f == 0 {
			return math.Copysign(0, boolSign(neg)), nil
		}
		if math.IsInf(f, 0) {
			return 0, libOverflowError("hexadecimal value too large to represent as a float")
		}
		return 0, invalid
	}
	if neg {
		f = -f
	}
	return f, nil
}

func boolSign(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// floatAsIntegerRatio implements float.as_integer_ratio: the exact value as
// a fraction in lowest terms with a positive denominator.
func floatAsIntegerRatio(x float64) (num, den *big.Int, err error) {
	if math.IsInf(x, 0) {
		return nil, nil, libOverflowError("cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(x) {
		return nil, nil, libValueError("cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom()), nil
}

// floatIsInteger implements float.is_integer.
func floatIsInteger(x float64) bool {
	return !math.IsInf(x, 0) && !math.IsNaN(x) && x == math.Trunc(x)
}
