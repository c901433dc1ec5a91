package py

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"unicode/utf8"
)

// This file checks the str algorithms, int/float parsing and the Unicode
// tables against CPython 3.12 goldens.

func jsonOut(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func intArg(v any) int { return int(v.(float64)) }

func TestStrOpsGolden(t *testing.T) {
	checkRows(t, "str_ops.jsonl", func(row []any) string {
		op, s := row[0].(string), row[1].(string)
		switch op {
		case "upper":
			return strUpper(s)
		case "lower":
			return strLower(s)
		case "title":
			return strTitle(s)
		case "capitalize":
			return strCapitalize(s)
		case "swapcase":
			return strSwapcase(s)
		case "casefold":
			return strCasefold(s)
		case "isdigit":
			return jsonOut(strIsDigit(s))
		case "isdecimal":
			return jsonOut(strIsDecimal(s))
		case "isnumeric":
			return jsonOut(strIsNumeric(s))
		case "isalpha":
			return jsonOut(strIsAlpha(s))
		case "isalnum":
			return jsonOut(strIsAlnum(s))
		case "isspace":
			return jsonOut(strIsSpace(s))
		case "isupper":
			return jsonOut(strIsUpper(s))
		case "islower":
			return jsonOut(strIsLower(s))
		case "istitle":
			return jsonOut(strIsTitle(s))
		case "isidentifier":
			return jsonOut(strIsIdentifier(s))
		case "isprintable":
			return jsonOut(strIsPrintable(s))
		case "isascii":
			return jsonOut(strIsASCII(s))
		case "split", "rsplit":
			m := intArg(row[3])
			var out []string
			switch {
			case row[2] == nil && op == "split":
				out = strSplitWhitespace(s, m)
			case row[2] == nil:
				out = strRsplitWhitespace(s, m)
			case op == "split":
				out = strSplitSep(s, row[2].(string), m)
			default:
				out = strRsplitSep(s, row[2].(string), m)
			}
			if out == nil {
				out = []string{}
			}
			return jsonOut(out)
		case "splitlines", "bsplitlines":
			f := strSplitlines
			if op == "bsplitlines" {
				f = bytesSplitlines
			}
			out := f(s, row[2].(bool))
			if out == nil {
				out = []string{}
			}
			return jsonOut(out)
		case "strip", "lstrip", "rstrip":
			chars, has := "", row[2] != nil
			if has {
				chars = row[2].(string)
			}
			return strStrip(s, chars, has, op != "rstrip", op != "lstrip")
		case "partition":
			a, b, c := strPartition(s, row[2].(string))
			return jsonOut([]string{a, b, c})
		case "rpartition":
			a, b, c := strRpartition(s, row[2].(string))
			return jsonOut([]string{a, b, c})
		case "center", "ljust", "rjust":
			fill, _ := utf8.DecodeRuneInString(row[3].(string))
			f := map[string]func(string, int, rune) string{"center": strCenter, "ljust": strLjust, "rjust": strRjust}[op]
			return f(s, intArg(row[2]), fill)
		case "zfill":
			return strZfill(s, intArg(row[2]))
		case "expandtabs":
			return strExpandtabs(s, intArg(row[2]))
		case "find":
			return jsonOut(strFind(s, row[2].(string)))
		case "rfind":
			return jsonOut(strRfind(s, row[2].(string)))
		case "count":
			return jsonOut(strCount(s, row[2].(string)))
		case "replace":
			return strReplace(s, row[2].(string), row[3].(string), intArg(row[4]))
		}
		t.Fatalf("unknown op %s", op)
		return ""
	})
}

func TestStrReprGolden(t *testing.T) {
	checkRows(t, "str_repr.jsonl", func(row []any) string { return pyQuote(row[0].(string)) })
}

func TestParseIntGolden(t *testing.T) {
	checkRows(t, "parse_int.jsonl", func(row []any) string {
		s := row[0].(string)
		v, err := parseIntString(s, intArg(row[1]), defaultMaxStrDigits)
		if err != nil {
			return errText(err)
		}
		if len(s) >= 1000 {
			return jsonOut(v.BitLen())[0:0] + itoaBits(v)
		}
		return v.String()
	})
}

func itoaBits(v *big.Int) string {
	b, _ := json.Marshal(v.BitLen())
	return string(b) + " bits"
}

// TestUnicodeChars compares every code point with a nontrivial case
// mapping or property against CPython.
func TestUnicodeChars(t *testing.T) {
	rows := readGolden(t, "unicode_chars.jsonl")
	bad := 0
	for _, row := range rows {
		r := rune(row[0].(float64))
		s := string(r)
		props := ""
		for _, p := range []struct {
			k string
			f func(rune) bool
		}{{"a", isAlphaRune}, {"d", isDecimalRune}, {"g", isDigitRune}, {"n", isNumericRune},
			{"s", pyIsSpace}, {"u", func(r rune) bool { return strIsUpper(string(r)) }},
			{"l", func(r rune) bool { return strIsLower(string(r)) }}, {"p", strIsPrintableRune}} {
			if p.f(r) {
				props += p.k
			}
		}
		got := []string{strUpper(s), strLower(s), strTitle(s), strCasefold(s), props}
		want := []string{row[1].(string), row[2].(string), row[3].(string), row[4].(string), row[5].(string)}
		dec := int(row[6].(float64))
		if strings.Join(got, "|") != strings.Join(want, "|") || decimalValue(r) != dec {
			bad++
			if bad < 20 {
				t.Errorf("U+%04X: got %q dec %d, want %q dec %d", r, got, decimalValue(r), want, dec)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d code points differ", bad, len(rows))
	}
}

func TestPrintableRanges(t *testing.T) {
	for _, row := range readGolden(t, "unicode_nonprintable.jsonl") {
		lo, hi := rune(row[0].(float64)), rune(row[1].(float64))
		for _, r := range []rune{lo, hi} {
			if strIsPrintableRune(r) {
				t.Errorf("U+%04X should not be printable", r)
			}
		}
		if hi+1 < 0x110000 && !(hi+1 >= 0xd800 && hi+1 < 0xe000) && !strIsPrintableRune(hi+1) {
			t.Errorf("U+%04X should be printable", hi+1)
		}
	}
}
