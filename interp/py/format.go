package py

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
)

// This file implements the format specification mini-language used by
// format(), str.format and f-strings for int, float and str values:
// parsing a spec, CPython's exact ValueError messages, and the layout of a
// number (sign, 0x prefix, digit grouping, zero padding, fill and align).
// See https://docs.python.org/3.12/library/string.html#formatspec.

// formatSpec is a parsed format specification. Zero values mean "not
// given", except width and prec, which are -1 when absent.
type formatSpec struct {
	fill     rune // fill character; ' ' unless given (or '0' from the 0 flag)
	align    byte // '<', '>', '^', '=' or 0
	sign     byte // '+', '-', ' ' or 0
	z        bool // coerce negative zero to positive
	alt      bool // '#'
	width    int
	grouping byte // ',', '_' or 0
	prec     int
	typ      rune // presentation type or 0
}

func isAlignChar(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }

// parseFormatSpec parses spec for an object of the named type. defaultAlign
// is '>' for numbers and '<' for strings; it decides what the '0' flag does.
func parseFormatSpec(spec string, typeName string, defaultAlign byte) (formatSpec, error) {
	fs := formatSpec{fill: ' ', width: -1, prec: -1}
	rs := []rune(spec)
	pos := 0
	fillSet := false
	if len(rs) >= 2 && isAlignChar(rs[1]) {
		fs.fill, fs.align, fillSet = rs[0], byte(rs[1]), true
		pos = 2
	} else if len(rs) >= 1 && isAlignChar(rs[0]) {
		fs.align = byte(rs[0])
		pos = 1
	}
	if pos < len(rs) && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		fs.sign = byte(rs[pos])
		pos++
	}
	if pos < len(rs) && rs[pos] == 'z' {
		fs.z = true
		pos++
	}
	if pos < len(rs) && rs[pos] == '#' {
		fs.alt = true
		pos++
	}
	if pos < len(rs) && rs[pos] == '0' && !fillSet {
		fs.fill = '0'
		if fs.align == 0 && defaultAlign == '>' {
			fs.align = '='
		}
		pos++
	}
	n, w, err := parseSpecInt(rs, pos)
	if err != nil {
		return fs, err
	}
	if n > 0 {
		fs.width = w
		pos += n
	}
	if pos < len(rs) && (rs[pos] == ',' || rs[pos] == '_') {
		fs.grouping = byte(rs[pos])
		pos++
		if pos < len(rs) && (rs[pos] == ',' || rs[pos] == '_') {
			if rs[pos] != rune(fs.grouping) {
				return fs, libValueError("Cannot specify both ',' and '_'.")
			}
			return fs, libValueError("Cannot specify '%c' with '%c'.", rs[pos], rs[pos])
		}
	}
	if pos < len(rs) && rs[pos] == '.' {
		pos++
		n, p, err := parseSpecInt(rs, pos)
		if err != nil {
			return fs, err
		}
		if n == 0 {
			return fs, libValueError("Format specifier missing precision")
		}
		fs.prec = p
		pos += n
	}
	if len(rs)-pos > 1 {
		return fs, libValueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if pos < len(rs) {
		fs.typ = rs[pos]
	}
	if fs.grouping != 0 {
		ok := false
		t := fs.typ
		if t == 0 && defaultAlign == '<' {
			t = 's' // strings default to type 's', which takes no grouping
		}
		switch t {
		case 0, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%':
			ok = true
		case 'b', 'o', 'x', 'X':
			ok = fs.grouping == '_'
		}
		if !ok {
			return fs, libValueError("Cannot specify '%c' with %s.", fs.grouping, quoteTypeChar(t))
		}
	}
	return fs, nil
}

// quoteTypeChar renders a presentation type for error messages the way
// CPython's %R of a one-character string does.
func quoteTypeChar(r rune) string {
	if r >= 0x20 && r < 0x7f {
		return "'" + string(r) + "'"
	}
	return pyQuote(string(r))
}

// parseSpecInt reads decimal digits at pos; it returns how many it read.
func parseSpecInt(rs []rune, pos int) (n, val int, err error) {
	for pos+n < len(rs) && rs[pos+n] >= '0' && rs[pos+n] <= '9' {
		if val > (math.MaxInt64-9)/10 {
			return 0, 0, libValueError("Too many decimal digits in format string")
		}
		val = val*10 + int(rs[pos+n]-'0')
		n++
	}
	return n, val, nil
}

func unknownFormatCode(typ rune, typeName string) error {
	if typ > 32 && typ < 128 {
		return libValueError("Unknown format code '%c' for object of type '%s'", typ, typeName)
	}
	return libValueError("Unknown format code '\\x%x' for object of type '%s'", typ, typeName)
}

// formatStrSpec implements str.__format__.
func formatStrSpec(s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	fs, err := parseFormatSpec(spec, "str", '<')
	if err != nil {
		return "", err
	}
	if fs.typ != 0 && fs.typ != 's' {
		return "", unknownFormatCode(fs.typ, "str")
	}
	if err := CheckSize(int64(max(fs.width, 0))); err != nil {
		return "", err
	}
	switch {
	case fs.sign == ' ':
		return "", libValueError("Space not allowed in string format specifier")
	case fs.sign != 0:
		return "", libValueError("Sign not allowed in string format specifier")
	case fs.z:
		return "", libValueError("Negative zero coercion (z) not allowed in string format specifier")
	case fs.alt:
		return "", libValueError("Alternate form (#) not allowed in string format specifier")
	case fs.align == '=':
		return "", libValueError("'=' alignment not allowed in string format specifier")
	}
	if fs.prec >= 0 && countWTF8(s) > fs.prec {
		s = truncateRunes(s, fs.prec)
	}
	align := fs.align
	if align == 0 {
		align = '<'
	}
	return pad(s, fs.width, fs.fill, align), nil
}

func truncateRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// pad aligns s within width code points using fill.
func pad(s string, width int, fill rune, align byte) string {
	n := countWTF8(s)
	if width <= n {
		return s
	}
	total := width - n
	var left int
	switch align {
	case '>', '=':
		left = total
	case '^':
		left = total / 2
	}
	f := string(fill)
	return strings.Repeat(f, left) + s + strings.Repeat(f, total-left)
}

// formatIntSpec implements int.__format__ for an arbitrary-precision value.
func formatIntSpec(v *big.Int, spec string) (string, error) {
	return formatIntSpecNamed(v, spec, "int")
}

// formatIntSpecNamed is formatIntSpec naming the value's type (bool, or an
// int subclass) in error messages.
func formatIntSpecNamed(v *big.Int, spec, typeName string) (string, error) {
	if spec == "" {
		return v.String(), nil
	}
	fs, err := parseFormatSpec(spec, typeName, '>')
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := bigIntToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloatWith(f, fs)
	case 0, 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	default:
		return "", unknownFormatCode(fs.typ, typeName)
	}
	if fs.prec >= 0 {
		return "", libValueError("Precision not allowed in integer format specifier")
	}
	if err := CheckSize(int64(max(fs.width, 0))); err != nil {
		return "", err
	}
	if fs.z {
		return "", libValueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if fs.typ == 'c' {
		if fs.sign != 0 {
			return "", libValueError("Sign not allowed with integer format specifier 'c'")
		}
		if fs.alt {
			return "", libValueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !v.IsInt64() {
			return "", libOverflowError("Python int too large to convert to C long")
		}
		if v.Sign() < 0 || v.Cmp(big.NewInt(0x10ffff)) > 0 {
			return "", libOverflowError("%%c arg not in range(0x110000)")
		}
		align := fs.align
		if align == 0 || align == '=' {
			align = '>'
		}
		return pad(runeString(rune(v.Int64())), fs.width, fs.fill, align), nil
	}
	base, prefix, group := 10, "", 3
	switch fs.typ {
	case 'b':
		base, prefix, group = 2, "0b", 4
	case 'o':
		base, prefix, group = 8, "0o", 4
	case 'x':
		base, prefix, group = 16, "0x", 4
	case 'X':
		base, prefix, group = 16, "0X", 4
	}
	if !fs.alt {
		prefix = ""
	}
	digits, err := intDigits(v, base)
	if err != nil {
		return "", err
	}
	if fs.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return layoutNumber(v.Sign() < 0, prefix, digits, "", group, fs), nil
}

// bigIntToFloat converts an int to the nearest float, raising OverflowError
// like CPython when it does not fit.
func bigIntToFloat(v *big.Int) (float64, error) {
	if v.IsInt64() {
		return float64(v.Int64()), nil
	}
	f, _ := new(big.Float).SetInt(v).Float64()
	if math.IsInf(f, 0) {
		return 0, libOverflowError("int too large to convert to float")
	}
	return f, nil
}

// formatFloatSpec implements float.__format__.
func formatFloatSpec(f float64, spec string) (string, error) {
	if spec == "" {
		return floatRepr(f), nil
	}
	fs, err := parseFormatSpec(spec, "float", '>')
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownFormatCode(fs.typ, "float")
	}
	return formatFloatWith(f, fs)
}

// formatFloatWith formats f under an already validated spec.
func formatFloatWith(f float64, fs formatSpec) (string, error) {
	if fs.prec > math.MaxInt32 {
		return "", libValueError("precision too big")
	}
	if err := CheckSize(int64(max(fs.width, 0)) + int64(max(fs.prec, 0))); err != nil {
		return "", err
	}
	typ := fs.typ
	prec := fs.prec
	addDot0 := false
	code := byte(typ)
	suffix := ""
	switch typ {
	case 0:
		addDot0 = true
		if prec < 0 {
			code = 'r'
		} else {
			code = 'g'
		}
	case 'n':
		code = 'g'
	case '%':
		code = 'f'
		f *= 100
		suffix = "%"
	}
	if prec < 0 {
		prec = 6
	}
	var body string
	if code == 'r' {
		body = formatFloatRepr(f, fs.alt)
	} else {
		body = formatFloatBody(f, code, prec, fs.alt, addDot0)
	}
	neg := false
	if strings.HasPrefix(body, "-") {
		neg = true
		body = body[1:]
	}
	if neg && fs.z && isZeroDigits(body) {
		neg = false
	}
	// Split the leading integer digits (which get grouped) from the rest.
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	return layoutNumber(neg, "", body[:i], body[i:]+suffix, 3, fs), nil
}

// formatFloatRepr is repr(f) honouring the '#' flag, used by a format spec
// with no type and no precision.
func formatFloatRepr(f float64, alt bool) string {
	if !alt {
		return floatRepr(f)
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return floatRepr(f)
	}
	digits, exp := floatDigits(f, -1)
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	if exp < -4 || exp >= 16 {
		return sign + layoutExp(digits, exp, true)
	}
	body := layoutFixed(digits, exp, true)
	if strings.HasSuffix(body, ".") {
		body += "0"
	}
	return sign + body
}

// isZeroDigits reports whether a formatted magnitude has only zero digits.
func isZeroDigits(body string) bool {
	mant := body
	if i := strings.IndexAny(body, "eE"); i >= 0 {
		mant = body[:i]
	}
	for i := 0; i < len(mant); i++ {
		if mant[i] >= '1' && mant[i] <= '9' {
			return false
		}
	}
	return !strings.ContainsAny(mant, "ni") // not inf or nan
}

// layoutNumber assembles sign, prefix, grouped integer digits and the rest
// (fraction, exponent, suffix), then pads to the spec's width. With '0'
// fill and '=' alignment the padding zeros are themselves grouped, as in
// CPython.
func layoutNumber(neg bool, prefix, digits, rest string, group int, fs formatSpec) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case fs.sign == '+':
		sign = "+"
	case fs.sign == ' ':
		sign = " "
	}
	align := fs.align
	if align == 0 {
		align = '>'
	}
	if fs.grouping != 0 && digits != "" {
		minWidth := 0
		if fs.fill == '0' && align == '=' && fs.width > 0 {
			minWidth = fs.width - len(sign) - len(prefix) - countWTF8(rest)
		}
		digits = groupDigits(digits, fs.grouping, group, minWidth)
	}
	body := prefix + digits + rest
	n := len(sign) + countWTF8(body)
	if fs.width <= n {
		return sign + body
	}
	if align == '=' {
		// Padding goes after the sign and the 0x prefix.
		return sign + prefix + strings.Repeat(string(fs.fill), fs.width-n) + digits + rest
	}
	return pad(sign+body, fs.width, fs.fill, align)
}

// groupDigits inserts sep every size digits from the right, padding with
// zeros (which are grouped too) until the result is at least minWidth long.
func groupDigits(digits string, sep byte, size, minWidth int) string {
	var chunks []string
	remaining := len(digits)
	for {
		l := size
		if m := max(remaining, minWidth, 1); m < l {
			l = m
		}
		nChars := min(remaining, l)
		if nChars < 0 {
			nChars = 0
		}
		nZeros := l - nChars
		chunk := strings.Repeat("0", nZeros) + digits[remaining-nChars:remaining]
		chunks = append(chunks, chunk)
		remaining -= nChars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	var b strings.Builder
	for i := len(chunks) - 1; i >= 0; i-- {
		b.WriteString(chunks[i])
		if i > 0 {
			b.WriteByte(sep)
		}
	}
	return b.String()
}

// intDigits returns |v| in the base; decimal conversions obey the
// int_max_str_digits limit as CPython's do.
func intDigits(v *big.Int, base int) (string, error) {
	a := new(big.Int).Abs(v)
	if base == 10 {
		return intToDecimal(a, maxStrDigits())
	}
	return a.Text(base), nil
}

// intToDecimal converts v to decimal text, refusing more than limit digits
// (sys.get_int_max_str_digits(), 4300 by default; 0 means no limit) with
// CPython's ValueError.
func intToDecimal(v *big.Int, limit int) (string, error) {
	// A value of b bits has at most b*log10(2)+1 digits; skip the count
	// for values that cannot reach the limit.
	if limit > 0 && float64(v.BitLen())*0.30102999566398120 >= float64(limit-1) {
		// A cheap lower bound first: bits*log10(2) digits, minus one.
		if approx := int(float64(v.BitLen()-1) * 0.30102999566398120); approx >= limit {
			return "", libValueError("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
		}
		s := v.String()
		n := len(s)
		if v.Sign() < 0 {
			n--
		}
		if n > limit {
			return "", libValueError("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
		}
		return s, nil
	}
	return v.String(), nil
}
