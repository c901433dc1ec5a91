package py

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file implements str algorithms with Python's semantics on Go
// strings (UTF-8, indexed by code point): splitting, stripping,
// partitioning, padding, tab expansion and searching. The method wrappers
// in str_methods.go unpack arguments and call these.

// pyIsSpace reports whether r is whitespace for str.isspace, str.split and
// str.strip: Go's White_Space set plus the four information separators
// U+001C..U+001F, which Python counts because of their bidi class.
func pyIsSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

// asciiSpaceTable is pyIsSpace for code points below 0x80.
var asciiSpaceTable = func() (t [128]bool) {
	for _, c := range " \t\n\v\f\r\x1c\x1d\x1e\x1f" {
		t[c] = true
	}
	return
}()

// strSplitWhitespace implements str.split() with no separator.
func strSplitWhitespace(s string, maxsplit int) []string {
	if strIsASCII(s) {
		return asciiSplitWhitespace(s, maxsplit)
	}
	var out []string
	i := 0
	for {
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !pyIsSpace(r) {
				break
			}
			i += size
		}
		if i >= len(s) {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			return append(out, s[i:])
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if pyIsSpace(r) {
				break
			}
			j += size
		}
		out = append(out, s[i:j])
		i = j
	}
}

// asciiSplitWhitespace is strSplitWhitespace for ASCII text.
func asciiSplitWhitespace(s string, maxsplit int) []string {
	out := make([]string, 0, 8)
	i, n := 0, len(s)
	for {
		for i < n && asciiSpaceTable[s[i]] {
			i++
		}
		if i >= n {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			return append(out, s[i:])
		}
		j := i
		for j < n && !asciiSpaceTable[s[j]] {
			j++
		}
		out = append(out, s[i:j])
		i = j
	}
}

// strRsplitWhitespace implements str.rsplit() with no separator.
func strRsplitWhitespace(s string, maxsplit int) []string {
	var out []string
	j := len(s)
	for {
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			if !pyIsSpace(r) {
				break
			}
			j -= size
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if pyIsSpace(r) {
				break
			}
			i -= size
		}
		out = append(out, s[i:j])
		j = i
	}
	reverseStrings(out)
	return out
}

func reverseStrings(a []string) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// strSplitSep implements str.split(sep, maxsplit) for a non-empty sep.
func strSplitSep(s, sep string, maxsplit int) []string {
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	return strings.SplitN(s, sep, maxsplit+1)
}

// strRsplitSep implements str.rsplit(sep, maxsplit) for a non-empty sep.
func strRsplitSep(s, sep string, maxsplit int) []string {
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	var out []string
	j := len(s)
	for len(out) < maxsplit {
		i := strings.LastIndex(s[:j], sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):j])
		j = i
	}
	out = append(out, s[:j])
	reverseStrings(out)
	return out
}

// isLineBreak reports whether r ends a line for str.splitlines.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// strSplitlines implements str.splitlines(keepends); "\r\n" is one break.
func strSplitlines(s string, keepends bool) []string {
	var out []string
	i := 0
	for i < len(s) {
		j := i
		eol := -1
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isLineBreak(r) {
				eol = j
				j += size
				if r == '\r' && j < len(s) && s[j] == '\n' {
					j++
				}
				break
			}
			j += size
		}
		if eol < 0 || keepends {
			out = append(out, s[i:j])
		} else {
			out = append(out, s[i:eol])
		}
		i = j
	}
	return out
}

// bytesSplitlines is splitlines for bytes: only \n, \r and \r\n break.
func bytesSplitlines(s string, keepends bool) []string {
	var out []string
	i := 0
	for i < len(s) {
		j := i
		eol := -1
		for j < len(s) {
			c := s[j]
			if c == '\n' || c == '\r' {
				eol = j
				j++
				if c == '\r' && j < len(s) && s[j] == '\n' {
					j++
				}
				break
			}
			j++
		}
		if eol < 0 || keepends {
			out = append(out, s[i:j])
		} else {
			out = append(out, s[i:eol])
		}
		i = j
	}
	return out
}

// strStrip implements strip/lstrip/rstrip. With hasChars false it strips
// whitespace; otherwise any code point in chars.
func strStrip(s string, chars string, hasChars, left, right bool) string {
	f := pyIsSpace
	if hasChars {
		f = func(r rune) bool { return strings.ContainsRune(chars, r) }
	}
	if left {
		s = strings.TrimLeftFunc(s, f)
	}
	if right {
		s = strings.TrimRightFunc(s, f)
	}
	return s
}

// strPartition implements str.partition for a non-empty sep.
func strPartition(s, sep string) (string, string, string) {
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):]
	}
	return s, "", ""
}

// strRpartition implements str.rpartition for a non-empty sep.
func strRpartition(s, sep string) (string, string, string) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):]
	}
	return "", "", s
}

// strExpandtabs implements str.expandtabs; the column restarts after \n
// and \r, and a tabsize <= 0 removes tabs.
func strExpandtabs(s string, tabsize int) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// strCenter implements str.center; CPython puts the odd padding
// character on the left when the width is odd.
func strCenter(s string, width int, fill rune) string {
	n := countWTF8(s)
	if width <= n {
		return s
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	f := string(fill)
	return strings.Repeat(f, left) + s + strings.Repeat(f, marg-left)
}

// strLjust implements str.ljust.
func strLjust(s string, width int, fill rune) string {
	n := countWTF8(s)
	if width <= n {
		return s
	}
	return s + strings.Repeat(string(fill), width-n)
}

// strRjust implements str.rjust.
func strRjust(s string, width int, fill rune) string {
	n := countWTF8(s)
	if width <= n {
		return s
	}
	return strings.Repeat(string(fill), width-n) + s
}

// strZfill implements str.zfill: zeros go after a leading sign.
func strZfill(s string, width int) string {
	n := countWTF8(s)
	if width <= n {
		return s
	}
	z := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + z + s[1:]
	}
	return z + s
}

// runeIndex converts a byte offset in s to a code point index.
func runeIndex(s string, byteOff int) int {
	return countWTF8(s[:byteOff])
}

// strFind returns the code point index of sub in s, or -1. An empty sub is
// found at 0.
func strFind(s, sub string) int {
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return runeIndex(s, i)
}

// strRfind returns the code point index of the last sub in s, or -1. An
// empty sub is found at the end.
func strRfind(s, sub string) int {
	i := strings.LastIndex(s, sub)
	if i < 0 {
		return -1
	}
	return runeIndex(s, i)
}

// strCount counts non-overlapping sub in s; an empty sub counts len+1.
func strCount(s, sub string) int {
	return strings.Count(s, sub)
}

// strReplace implements str.replace(old, new, count); count < 0 means all.
// An empty old inserts new before each code point and at the end, as in
// Python.
func strReplace(s, old, new string, count int) string {
	return strings.Replace(s, old, new, count)
}

// pyQuote returns Python's repr of a str: single quotes unless the text has
// a single quote and no double quote, escapes for quotes, backslashes and
// non-printable characters. Error messages use it (CPython's %R).
func pyQuote(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexDigitsLower[r>>4])
			b.WriteByte(hexDigitsLower[r&15])
		case r < 0x7f || strIsPrintableRune(r):
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x`)
			b.WriteByte(hexDigitsLower[r>>4])
			b.WriteByte(hexDigitsLower[r&15])
		case r < 0x10000:
			b.WriteString(`\u`)
			for sh := 12; sh >= 0; sh -= 4 {
				b.WriteByte(hexDigitsLower[(r>>sh)&15])
			}
		default:
			b.WriteString(`\U`)
			for sh := 28; sh >= 0; sh -= 4 {
				b.WriteByte(hexDigitsLower[(r>>sh)&15])
			}
		}
	}
	b.WriteByte(quote)
	return b.String()
}

const hexDigitsLower = "0123456789abcdef"

// runeString returns the text of one code point, spelling a lone
// surrogate in WTF-8 as the str type stores it.
func runeString(r rune) string {
	if r >= 0xd800 && r <= 0xdfff {
		return string([]byte{0xed, byte(0xa0 | (r>>6)&0x1f), byte(0x80 | r&0x3f)})
	}
	return string(r)
}
