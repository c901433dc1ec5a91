// This file decodes the WTF-8 form str uses for lone surrogates
// (U+D800..U+DFFF encoded like any other BMP code point, which UTF-8
// forbids), so length, indexing, ord() and repr() see one code point.

package py

import (
	"strings"
	"unicode/utf8"
)

// isSurrogateSeq reports whether s starts with a WTF-8 lone surrogate.
func isSurrogateSeq(s string) bool {
	return len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf
}

// decodeWTF8 is utf8.DecodeRuneInString that also decodes a lone
// surrogate.
func decodeWTF8(s string) (rune, int) {
	if isSurrogateSeq(s) {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return utf8.DecodeRuneInString(s)
}

// countWTF8 returns the number of code points of s.
func countWTF8(s string) int {
	n := utf8.RuneCountInString(s)
	for i := strings.IndexByte(s, 0xed); i >= 0; {
		if isSurrogateSeq(s[i:]) {
			n -= 2 // counted as three invalid bytes
			i += 3
		} else {
			i++
		}
		j := strings.IndexByte(s[i:], 0xed)
		if j < 0 {
			break
		}
		i += j
	}
	return n
}
