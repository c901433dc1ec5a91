package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file implements printf-style formatting (str % args and
// bytes % args), https://docs.python.org/3.12/library/stdtypes.html#printf-style-string-formatting.
// The algorithm is generic over the value type V so that it can be tested
// with plain Go values; percentOps supplies the conversions that need the
// object model (str(), repr(), int(), float()).

// percentOps are the conversions %-formatting needs from the object layer.
// Each returns a Python exception (as error) when the value does not fit;
// code is the conversion character, for error messages.
type percentOps[V any] struct {
	str   func(v V) (string, error) // %s (for bytes: the bytes of __bytes__/buffer)
	repr  func(v V) (string, error) // %r
	ascii func(v V) (string, error) // %a
	// integer converts for %d %i %u (floats truncate) and %o %x %X (need
	// __index__).
	integer func(v V, code byte) (*big.Int, error)
	float   func(v V, code byte) (float64, error)
	char    func(v V) (string, error) // %c
	starInt func(v V) (int, bool)     // '*' width or precision; false if not an int
	allowB  bool                      // accept %b as a synonym of %s (bytes formatting)
	// smallInt, if set, is a fast path for ints that fit in int64.
	smallInt func(v V) (int64, bool)
}

// percentArgs describes the right operand: items are the tuple's elements,
// or the single non-tuple operand; mapping is non-nil when the operand is a
// mapping (and not a tuple or str), for %(key)s lookups.
type percentArgs[V any] struct {
	items   []V
	isTuple bool
	mapping func(key string) (V, error)
}

// percentFormat formats format with args under CPython's rules.
func percentFormat[V any](format string, args percentArgs[V], ops *percentOps[V]) (string, error) {
	var b strings.Builder
	argIdx := 0
	usedMapping := false
	nextArg := func() (V, error) {
		var zero V
		if argIdx >= len(args.items) {
			return zero, libTypeError("not enough arguments for format string")
		}
		v := args.items[argIdx]
		argIdx++
		return v, nil
	}
	i := 0
	for i < len(format) {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+j])
		i += j + 1
		start := i // index just after '%', for messages
		if i >= len(format) {
			return "", libValueError("incomplete format")
		}
		var arg V
		haveArg := false
		if format[i] == '(' {
			if args.mapping == nil {
				return "", libTypeError("format requires a mapping")
			}
			depth, k := 1, i+1
			for k < len(format) && depth > 0 {
				switch format[k] {
				case '(':
					depth++
				case ')':
					depth--
				}
				k++
			}
			if depth > 0 {
				return "", libValueError("incomplete format key")
			}
			key := format[i+1 : k-1]
			v, err := args.mapping(key)
			if err != nil {
				return "", err
			}
			// A keyed value is the only operand: CPython allows no
			// positional conversion after it.
			arg, haveArg, usedMapping = v, true, true
			argIdx = len(args.items)
			i = k
		}
		var left, plus, space, alt, zero bool
	flags:
		for i < len(format) {
			switch format[i] {
			case '-':
				left = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
			i++
		}
		width, prec := -1, -1
		if i < len(format) && format[i] == '*' {
			v, err := nextArg()
			if err != nil {
				return "", err
			}
			w, ok := ops.starInt(v)
			if !ok {
				return "", libTypeError("* wants int")
			}
			if w < 0 {
				left, w = true, -w
			}
			width = w
			i++
		} else {
			n, w := scanDecimal(format, i)
			if n > 0 {
				width, i = w, i+n
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			prec = 0
			if i < len(format) && format[i] == '*' {
				v, err := nextArg()
				if err != nil {
					return "", err
				}
				p, ok := ops.starInt(v)
				if !ok {
					return "", libTypeError("* wants int")
				}
				prec = max(p, 0)
				i++
			} else {
				n, p := scanDecimal(format, i)
				prec, i = p, i+n
			}
		}
		if prec > math.MaxInt32 {
			return "", libValueError("precision too big")
		}
		if err := CheckSize(int64(max(width, 0)) + int64(max(prec, 0))); err != nil {
			return "", err
		}
		if i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", libValueError("incomplete format")
		}
		code, codePos := format[i], i
		if code >= 0x80 {
			_, size := utf8.DecodeRuneInString(format[i:])
			i += size - 1
		}
		i++
		if code == '%' && codePos == start {
			b.WriteByte('%')
			continue
		}
		if !haveArg {
			v, err := nextArg()
			if err != nil {
				return "", err
			}
			arg = v
		}
		var s string
		var err error
		numeric := true
		if code == 'b' && ops.allowB {
			code = 's'
		}
		switch code {
		case 's', 'r', 'a':
			numeric = false
			switch code {
			case 's':
				s, err = ops.str(arg)
			case 'r':
				s, err = ops.repr(arg)
			default:
				s, err = ops.ascii(arg)
			}
			if err == nil && prec >= 0 {
				s = truncateRunes(s, prec)
			}
		case 'c':
			numeric = false
			s, err = ops.char(arg)
		case 'd', 'i', 'u', 'o', 'x', 'X':
			if ops.smallInt != nil && prec < 0 && !alt {
				if n, ok := ops.smallInt(arg); ok {
					base := 10
					switch code {
					case 'o':
						base = 8
					case 'x', 'X':
						base = 16
					}
					s = strconv.FormatInt(n, base)
					if code == 'X' {
						s = strings.ToUpper(s)
					}
					break
				}
			}
			var v *big.Int
			v, err = ops.integer(arg, code)
			if err == nil {
				s, err = percentInt(v, code, prec, alt)
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			var f float64
			f, err = ops.float(arg, code)
			if err == nil {
				if prec < 0 {
					prec = 6
				}
				s = formatFloatBody(f, code, prec, alt, false)
			}
		default:
			r, _ := utf8.DecodeRuneInString(format[codePos:])
			shown := r
			if r < 32 || r > 126 {
				shown = '?'
			}
			return "", libValueError("unsupported format character '%c' (0x%x) at index %d", shown, r, runeIndex(format, codePos))
		}
		if err != nil {
			return "", err
		}
		if numeric {
			s = percentSignPad(s, plus, space, zero && !left, width)
		}
		n := countWTF8(s)
		if width > n {
			if left {
				s += strings.Repeat(" ", width-n)
			} else {
				s = strings.Repeat(" ", width-n) + s
			}
		}
		b.WriteString(s)
	}
	if argIdx < len(args.items) && !usedMapping && args.mapping == nil {
		return "", libTypeError("not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// scanDecimal reads decimal digits at s[i:].
func scanDecimal(s string, i int) (n, val int) {
	for i+n < len(s) && s[i+n] >= '0' && s[i+n] <= '9' {
		if val < 1<<50 {
			val = val*10 + int(s[i+n]-'0')
		}
		n++
	}
	return n, val
}

// percentInt formats an integer conversion: precision is a minimum digit
// count; '#' adds 0o/0x/0X after the sign.
func percentInt(v *big.Int, code byte, prec int, alt bool) (string, error) {
	base, prefix := 10, ""
	switch code {
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	digits, err := intDigits(v, base)
	if err != nil {
		return "", err
	}
	if code == 'X' {
		digits = strings.ToUpper(digits)
	}
	if prec > len(digits) {
		digits = strings.Repeat("0", prec-len(digits)) + digits
	}
	if !alt {
		prefix = ""
	}
	sign := ""
	if v.Sign() < 0 {
		sign = "-"
	}
	return sign + prefix + digits, nil
}

// percentSignPad adds the '+' or ' ' sign to a non-negative number and, for
// the '0' flag, inserts zeros after the sign and any 0x prefix.
func percentSignPad(s string, plus, space, zero bool, width int) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	} else if plus {
		sign = "+"
	} else if space {
		sign = " "
	}
	prefix := ""
	if len(s) >= 2 && s[0] == '0' && strings.ContainsRune("oxX", rune(s[1])) {
		prefix, s = s[:2], s[2:]
	}
	if zero {
		if n := len(sign) + len(prefix) + len(s); width > n {
			s = strings.Repeat("0", width-n) + s
		}
	}
	return sign + prefix + s
}

// percentCharFromInt implements %c of an int for str formatting.
func percentCharFromInt(v *big.Int) (string, error) {
	if v.Sign() < 0 || v.Cmp(big.NewInt(0x10ffff)) > 0 {
		return "", libOverflowError("%%c arg not in range(0x110000)")
	}
	return runeString(rune(v.Int64())), nil
}
