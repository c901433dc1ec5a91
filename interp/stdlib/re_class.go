// This file defines character classes and the character predicates of
// Python's re: \d \w \s in Unicode and ASCII modes, case-insensitive
// comparison, and word boundaries.

package stdlib

import "unicode"

type runeRange struct{ lo, hi rune }

// charClass is a [...] set or a \d-style category.
type charClass struct {
	ranges []runeRange
	cats   []rune // 'd', 'D', 'w', 'W', 's', 'S'
	negate bool
	icase  bool
	ascii  bool
}

func (c *charClass) addRange(lo, hi rune) { c.ranges = append(c.ranges, runeRange{lo, hi}) }

func (c *charClass) addCategory(cat rune) { c.cats = append(c.cats, cat) }

// merge adds a category class (from \d and friends inside [...]).
func (c *charClass) merge(o *charClass) {
	c.ranges = append(c.ranges, o.ranges...)
	c.cats = append(c.cats, o.cats...)
}

func (c *charClass) matches(r rune) bool {
	m := c.contains(r)
	if !m && c.icase {
		for _, f := range caseVariants(r, c.ascii) {
			if c.contains(f) {
				m = true
				break
			}
		}
	}
	return m != c.negate
}

func (c *charClass) contains(r rune) bool {
	for _, rg := range c.ranges {
		if r >= rg.lo && r <= rg.hi {
			return true
		}
	}
	for _, cat := range c.cats {
		if matchCategory(cat, r, c.ascii) {
			return true
		}
	}
	return false
}

func matchCategory(cat rune, r rune, ascii bool) bool {
	switch cat {
	case 'd':
		return isDigitRe(r, ascii)
	case 'D':
		return !isDigitRe(r, ascii)
	case 'w':
		return isWordRe(r, ascii)
	case 'W':
		return !isWordRe(r, ascii)
	case 's':
		return isSpaceRe(r, ascii)
	case 'S':
		return !isSpaceRe(r, ascii)
	}
	return false
}

func isDigitRe(r rune, ascii bool) bool {
	if r < 128 || ascii {
		return r >= '0' && r <= '9'
	}
	return unicode.Is(unicode.Nd, r)
}

func isWordRe(r rune, ascii bool) bool {
	if r < 128 || ascii {
		return r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
}

func isSpaceRe(r rune, ascii bool) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v':
		return true
	}
	if ascii || r < 128 {
		return r >= 0x1c && r <= 0x1f && !ascii
	}
	return unicode.IsSpace(r)
}

// caseVariants lists the other case forms of r (its simple case-folding
// orbit), ASCII letters only in ASCII mode.
func caseVariants(r rune, ascii bool) []rune {
	if ascii {
		if r >= 'a' && r <= 'z' {
			return []rune{r - 32}
		}
		if r >= 'A' && r <= 'Z' {
			return []rune{r + 32}
		}
		return nil
	}
	var out []rune
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, f)
	}
	return out
}

// foldEq reports whether a and b are equal ignoring case.
func foldEq(a, b rune, ascii bool) bool {
	if a == b {
		return true
	}
	if ascii {
		if a >= 'A' && a <= 'Z' {
			a += 32
		}
		if b >= 'A' && b <= 'Z' {
			b += 32
		}
		return a == b
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}
