package py

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file implements Python's case conversions (upper, lower, title,
// capitalize, swapcase, casefold) with full Unicode mappings, and the str
// is* predicates with Python's definitions. Go's unicode package gives the
// simple one-to-one mappings and general categories; strutil_tables.go adds
// what it lacks (multi-character mappings, folding, digit/numeric, XID).

func inRanges(r rune, rs []rangePair) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < rs[m].lo:
			hi = m
		case r > rs[m].hi:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// isCased reports Unicode's Cased property (letters with case).
func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Uppercase, r) || unicode.Is(unicode.Other_Lowercase, r)
}

// isUpperRune and isLowerRune are Python's Py_UNICODE_ISUPPER/ISLOWER:
// the Uppercase and Lowercase derived properties.
func isUpperRune(r rune) bool {
	return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)
}

func isLowerRune(r rune) bool {
	return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)
}

func isCaseIgnorable(r rune) bool { return inRanges(r, caseIgnorable) }

func writeUpper(b *strings.Builder, r rune) {
	if s, ok := specialUpper[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

func writeTitle(b *strings.Builder, r rune) {
	if s, ok := specialTitle[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// writeLower lowercases s[i:] 's rune r, applying the final sigma rule.
func writeLower(b *strings.Builder, s string, i int, r rune) {
	if r == 0x3a3 {
		b.WriteRune(finalSigma(s, i))
		return
	}
	if t, ok := specialLower[r]; ok {
		b.WriteString(t)
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

// finalSigma returns ς when the capital sigma at byte i of s ends a word
// (a cased letter before it, none after it, skipping case-ignorable
// characters), σ otherwise.
func finalSigma(s string, i int) rune {
	j := i
	before := false
	for j > 0 {
		c, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
		if isCaseIgnorable(c) {
			continue
		}
		before = isCased(c)
		break
	}
	if !before {
		return 0x3c3
	}
	j = i + 2 // Σ is two bytes
	for j < len(s) {
		c, size := utf8.DecodeRuneInString(s[j:])
		j += size
		if isCaseIgnorable(c) {
			continue
		}
		if isCased(c) {
			return 0x3c3
		}
		break
	}
	return 0x3c2
}

// asciiMap applies a byte mapping to an ASCII string, returning s itself
// when nothing changes.
func asciiMap(s string, f func(byte) byte) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; f(c) != c {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = f(b[j])
			}
			return string(b)
		}
	}
	return s
}

func asciiUpperByte(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiLowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// isRawByte reports whether the rune r that a range loop decoded at s[i]
// is really an undecodable byte: a piece of a WTF-8 lone surrogate, which
// the case functions copy through unchanged.
func isRawByte(s string, i int, r rune) bool {
	return r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD")
}

// strUpper implements str.upper.
func strUpper(s string) string {
	if strIsASCII(s) {
		return asciiMap(s, asciiUpperByte)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if isRawByte(s, i, r) {
			b.WriteByte(s[i])
			continue
		}
		writeUpper(&b, r)
	}
	return b.String()
}

// strLower implements str.lower.
func strLower(s string) string {
	if strIsASCII(s) {
		return asciiMap(s, asciiLowerByte)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if isRawByte(s, i, r) {
			b.WriteByte(s[i])
			continue
		}
		writeLower(&b, s, i, r)
	}
	return b.String()
}

// strCasefold implements str.casefold.
func strCasefold(s string) string {
	if strIsASCII(s) {
		return asciiMap(s, asciiLowerByte)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if isRawByte(s, i, r) {
			b.WriteByte(s[i])
			continue
		}
		if t, ok := specialFold[r]; ok {
			b.WriteString(t)
			continue
		}
		if r == 0x3a3 {
			b.WriteRune(0x3c3) // casefold has no final-sigma context
			continue
		}
		writeLower(&b, s, i, r)
	}
	return b.String()
}

// strSwapcase implements str.swapcase.
func strSwapcase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if isRawByte(s, i, r) {
			b.WriteByte(s[i])
			continue
		}
		switch {
		case isUpperRune(r):
			writeLower(&b, s, i, r)
		case isLowerRune(r):
			writeUpper(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// strTitle implements str.title: a letter after a cased letter is
// lowercased, any other is titlecased.
func strTitle(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	prevCased := false
	for i, r := range s {
		if isRawByte(s, i, r) {
			b.WriteByte(s[i])
			prevCased = false
			continue
		}
		if prevCased {
			writeLower(&b, s, i, r)
		} else {
			writeTitle(&b, r)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

// strCapitalize implements str.capitalize: titlecase the first character,
// lowercase the rest.
func strCapitalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if isRawByte(s, i, r) {
			b.WriteByte(s[i])
			continue
		}
		if i == 0 {
			writeTitle(&b, r)
		} else {
			writeLower(&b, s, i, r)
		}
	}
	return b.String()
}

// Character predicates.

func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }

func isDigitRune(r rune) bool { return isDecimalRune(r) || inRanges(r, digitExtra) }

func isNumericRune(r rune) bool { return isDigitRune(r) || inRanges(r, numericExtra) }

func isAlphaRune(r rune) bool { return unicode.IsLetter(r) }

func isAlnumRune(r rune) bool { return isAlphaRune(r) || isNumericRune(r) }

// strIsPrintableRune is Python's definition of printable: everything but
// the Other and Separator categories, except the ASCII space. Go's IsPrint
// has exactly that definition, on the same Unicode version.
func strIsPrintableRune(r rune) bool { return unicode.IsPrint(r) }

// decimalValue returns the value of a decimal digit (category Nd), or -1.
// Unicode lays out every decimal digit set as ten consecutive code points
// starting with zero, and Go's Nd table keeps those runs aligned.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// strAll reports whether s is non-empty and every rune satisfies f.
func strAll(s string, f func(rune) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s[i:])
		if !f(r) {
			return false
		}
		i += n
	}
	return true
}

func strIsDigit(s string) bool     { return strAll(s, isDigitRune) }
func strIsDecimal(s string) bool   { return strAll(s, isDecimalRune) }
func strIsNumeric(s string) bool   { return strAll(s, isNumericRune) }
func strIsAlpha(s string) bool     { return strAll(s, isAlphaRune) }
func strIsAlnum(s string) bool     { return strAll(s, isAlnumRune) }
func strIsSpace(s string) bool     { return strAll(s, pyIsSpace) }
func strIsPrintable(s string) bool { return s == "" || strAll(s, strIsPrintableRune) }

func strIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// strIsUpper: at least one cased character and no lowercase or titlecase.
func strIsUpper(s string) bool {
	cased := false
	for _, r := range s {
		if isLowerRune(r) || unicode.IsTitle(r) {
			return false
		}
		if isUpperRune(r) {
			cased = true
		}
	}
	return cased
}

// strIsLower: at least one cased character and no uppercase or titlecase.
func strIsLower(s string) bool {
	cased := false
	for _, r := range s {
		if isUpperRune(r) || unicode.IsTitle(r) {
			return false
		}
		if isLowerRune(r) {
			cased = true
		}
	}
	return cased
}

// strIsTitle: uppercase/titlecase only after uncased characters, lowercase
// only after cased ones, and at least one cased character.
func strIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case isUpperRune(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerRune(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// strIsIdentifier implements str.isidentifier (XID_Start then XID_Continue,
// with '_' allowed first).
func strIsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if r != '_' && !inRanges(r, xidStart) {
				return false
			}
		} else if !inRanges(r, xidContinue) {
			return false
		}
	}
	return true
}
