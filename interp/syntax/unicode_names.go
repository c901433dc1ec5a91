package syntax

// This file resolves \N{name} escapes. Go's standard library has no
// Unicode name table, so unicode_names.txt.gz (generated from CPython's
// unicodedata by scripts/gen_unicode_names.py) is embedded and loaded on
// first use; algorithmic names (CJK ideographs, Hangul syllables) are
// computed.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed unicode_names.txt.gz
var unicodeNamesGz []byte

var (
	unicodeNamesOnce sync.Once
	unicodeNames     map[string]rune
)

// Aliases from NameAliases.txt that CPython accepts and people use.
var unicodeAliases = map[string]rune{
	"NULL": 0, "LINE FEED": '\n', "LF": '\n', "NEW LINE": '\n', "END OF LINE": '\n',
	"CARRIAGE RETURN": '\r', "CR": '\r', "CHARACTER TABULATION": '\t', "TAB": '\t',
	"HORIZONTAL TABULATION": '\t', "ESCAPE": 0x1B, "ESC": 0x1B, "DELETE": 0x7F, "DEL": 0x7F,
	"BELL": 7, "BACKSPACE": 8, "FORM FEED": 12, "FF": 12, "LINE TABULATION": 11,
	"VERTICAL TABULATION": 11, "VT": 11, "NBSP": 0xA0, "SHY": 0xAD, "BYTE ORDER MARK": 0xFEFF,
	"BOM": 0xFEFF, "ZWNBSP": 0xFEFF, "ZWSP": 0x200B, "ZWJ": 0x200D, "ZWNJ": 0x200C,
	"SPACE": ' ', "SP": ' ', "NUL": 0,
}

func loadUnicodeNames() {
	unicodeNames = make(map[string]rune, 34000)
	zr, err := gzip.NewReader(bytes.NewReader(unicodeNamesGz))
	if err != nil {
		return
	}
	sc := bufio.NewScanner(zr)
	cp := int64(0)
	for sc.Scan() {
		line := sc.Text()
		sp := strings.IndexByte(line, ' ')
		d, _ := strconv.ParseInt(line[:sp], 16, 32)
		cp += d
		unicodeNames[line[sp+1:]] = rune(cp)
	}
}

var jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
var jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
var jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}

// lookupUnicodeName resolves a character name case-insensitively, as
// CPython's \N{...} does.
func lookupUnicodeName(name string) (rune, bool) {
	n := strings.ToUpper(name)
	unicodeNamesOnce.Do(loadUnicodeNames)
	if r, ok := unicodeNames[n]; ok {
		return r, true
	}
	if r, ok := unicodeAliases[n]; ok {
		return r, true
	}
	for _, pre := range []string{"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-", "NUSHU CHARACTER-", "KHITAN SMALL SCRIPT CHARACTER-"} {
		if strings.HasPrefix(n, pre) {
			v, err := strconv.ParseInt(n[len(pre):], 16, 32)
			if err == nil && len(n)-len(pre) >= 4 {
				return rune(v), true
			}
		}
	}
	if rest, ok := strings.CutPrefix(n, "HANGUL SYLLABLE "); ok {
		// Hangul syllables are named from their jamo (Unicode ch. 3.12).
		for l, ls := range jamoL {
			if !strings.HasPrefix(rest, ls) {
				continue
			}
			for v, vs := range jamoV {
				if !strings.HasPrefix(rest[len(ls):], vs) {
					continue
				}
				for t, ts := range jamoT {
					if rest[len(ls)+len(vs):] == ts {
						return rune(0xAC00 + (l*21+v)*28 + t), true
					}
				}
			}
		}
	}
	return 0, false
}
