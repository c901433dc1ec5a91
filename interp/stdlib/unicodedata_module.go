// This file implements _adder_unicodedata, the Go half of unicodedata:
// Unicode 15.0.0 (the version CPython 3.12 ships) from Go's unicode
// package and golang.org/x/text (names, normalization, bidi classes,
// East Asian widths). Names of ideographs and Hangul syllables are
// derived by the Unicode rules; numeric values come from the digit runs
// and from character names (fractions, Roman numerals, circled numbers).

package stdlib

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"
	"golang.org/x/text/width"

	"adder/interp/py"
)

// categories lists the general categories from the most to the least
// specific table Go has.
var categories = []string{"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd",
	"Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"}

func category(r rune) string {
	for _, c := range categories {
		if unicode.Is(unicode.Categories[c], r) {
			return c
		}
	}
	return "Cn"
}

var (
	jamoL = strings.Fields("G GG N D DD R M B BB S SS - J JJ C K T P H")
	jamoV = strings.Fields("A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I")
	jamoT = strings.Fields("- G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H")
)

// charName is the Unicode name of r, or "" if it has none.
func charName(r rune) string {
	n := runenames.Name(r)
	if !strings.HasPrefix(n, "<") {
		return n
	}
	switch {
	case strings.HasPrefix(n, "<CJK Ideograph"):
		return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", r)
	case n == "<Tangut Ideograph>":
		return fmt.Sprintf("TANGUT IDEOGRAPH-%X", r)
	case n == "<Hangul Syllable>":
		s := int(r - 0xAC00)
		l, v, t := s/(21*28), (s%(21*28))/28, s%28
		name := "HANGUL SYLLABLE "
		for _, part := range []string{jamoL[l], jamoV[v], jamoT[t]} {
			if part != "-" {
				name += part
			}
		}
		return name
	}
	return ""
}

var (
	nameIndexOnce sync.Once
	nameIndex     map[string]rune
)

// lookupName finds a character by name (case-insensitive), building the
// index of all names on first use.
func lookupName(name string) (rune, bool) {
	nameIndexOnce.Do(func() {
		nameIndex = make(map[string]rune, 150000)
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if r == 0xAC00 {
				r = 0xD7A4 // Hangul syllables are decoded below
			}
			if n := charName(r); n != "" {
				nameIndex[n] = r
			}
		}
	})
	name = strings.ToUpper(name)
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		for r := rune(0xAC00); r < 0xD7A4; r++ {
			if charName(r) == name {
				return r, true
			}
		}
		return 0, false
	}
	r, ok := nameIndex[name]
	return r, ok
}

var bidiNames = map[bidi.Class]string{
	bidi.L: "L", bidi.R: "R", bidi.EN: "EN", bidi.ES: "ES", bidi.ET: "ET", bidi.AN: "AN", bidi.CS: "CS",
	bidi.B: "B", bidi.S: "S", bidi.WS: "WS", bidi.ON: "ON", bidi.BN: "BN", bidi.NSM: "NSM", bidi.AL: "AL",
	bidi.LRO: "LRO", bidi.RLO: "RLO", bidi.LRE: "LRE", bidi.RLE: "RLE", bidi.PDF: "PDF", bidi.LRI: "LRI",
	bidi.RLI: "RLI", bidi.FSI: "FSI", bidi.PDI: "PDI",
}

// decimalValue is the value of a decimal digit (category Nd): digits come
// in runs of ten starting at zero.
func decimalValue(r rune) (int, bool) {
	if category(r) != "Nd" {
		return 0, false
	}
	start := r
	for start > 0 && category(start-1) == "Nd" {
		start--
	}
	return int(r-start) % 10, true
}

var numberWords = map[string]int{"ZERO": 0, "ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5, "SIX": 6,
	"SEVEN": 7, "EIGHT": 8, "NINE": 9, "TEN": 10, "ELEVEN": 11, "TWELVE": 12, "THIRTEEN": 13,
	"FOURTEEN": 14, "FIFTEEN": 15, "SIXTEEN": 16, "SEVENTEEN": 17, "EIGHTEEN": 18, "NINETEEN": 19,
	"TWENTY": 20, "FIFTY": 50, "HUNDRED": 100, "FIVE HUNDRED": 500, "THOUSAND": 1000}

var fractionWords = map[string]int{"HALF": 2, "THIRD": 3, "THIRDS": 3, "QUARTER": 4, "QUARTERS": 4,
	"FIFTH": 5, "FIFTHS": 5, "SIXTH": 6, "SIXTHS": 6, "SEVENTH": 7, "EIGHTH": 8, "EIGHTHS": 8, "NINTH": 9,
	"TENTH": 10}

// cjkNumerals are the common CJK numeral ideographs.
var cjkNumerals = map[rune]float64{'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6,
	'七': 7, '八': 8, '九': 9, '十': 10, '百': 100, '千': 1000, '万': 10000, '萬': 10000, '億': 1e8, '兆': 1e12}

// digitValue is the digit value of r (decimal digits, superscripts,
// circled and other digit forms).
func digitValue(r rune) (int, bool) {
	if d, ok := decimalValue(r); ok {
		return d, true
	}
	cat := category(r)
	if cat != "No" {
		return 0, false
	}
	n := charName(r)
	for _, key := range []string{"DIGIT ", "SUPERSCRIPT ", "SUBSCRIPT "} {
		if i := strings.LastIndex(n, key); i >= 0 {
			if v, ok := numberWords[n[i+len(key):]]; ok && v < 10 {
				return v, true
			}
		}
	}
	return 0, false
}

// numericValue is the numeric value of r.
func numericValue(r rune) (float64, bool) {
	if d, ok := digitValue(r); ok {
		return float64(d), true
	}
	if v, ok := cjkNumerals[r]; ok {
		return v, true
	}
	cat := category(r)
	if cat != "No" && cat != "Nl" {
		return 0, false
	}
	n := charName(r)
	if i := strings.Index(n, "FRACTION "); i >= 0 {
		words := strings.Fields(n[i+len("FRACTION "):])
		if len(words) == 2 {
			num, ok1 := numberWords[words[0]]
			den, ok2 := fractionWords[words[1]]
			if ok1 && ok2 {
				return float64(num) / float64(den), true
			}
		}
	}
	for _, key := range []string{"ROMAN NUMERAL ", "NUMBER ", "CIRCLED ", "PARENTHESIZED ", "DIGIT "} {
		if i := strings.LastIndex(n, key); i >= 0 {
			if v, ok := numberWords[n[i+len(key):]]; ok {
				return float64(v), true
			}
		}
	}
	return 0, false
}

// decompTags guesses a compatibility decomposition's tag from the name.
var decompTags = []struct{ word, tag string }{
	{"FRACTION", "<fraction>"}, {"SUPERSCRIPT", "<super>"}, {"SUBSCRIPT", "<sub>"}, {"CIRCLED", "<circle>"},
	{"FULLWIDTH", "<wide>"}, {"HALFWIDTH", "<narrow>"}, {"NO-BREAK", "<noBreak>"}, {"MATHEMATICAL", "<font>"},
	{"SQUARE", "<square>"}, {"ISOLATED FORM", "<isolated>"}, {"INITIAL FORM", "<initial>"},
	{"MEDIAL FORM", "<medial>"}, {"FINAL FORM", "<final>"}, {"VERTICAL", "<vertical>"},
}

// decomposition is unicodedata.decomposition: one level of the mapping.
func decomposition(r rune) string {
	if r >= 0xAC00 && r < 0xD7A4 {
		return "" // Hangul: algorithmic, not in the character data
	}
	s := string(r)
	canon := norm.NFD.String(s)
	compat := norm.NFKD.String(s)
	var parts []rune
	tag := ""
	switch {
	case canon != s:
		parts = []rune(canon)
		// One level: recompose everything before the last mark.
		if len(parts) > 2 {
			if head := []rune(norm.NFC.String(string(parts[:len(parts)-1]))); len(head) == 1 {
				parts = append(head, parts[len(parts)-1])
			}
		}
	case compat != s:
		parts = []rune(compat)
		tag = "<compat>"
		n := charName(r)
		if strings.HasPrefix(n, "SMALL ") {
			tag = "<small>" // the small form variants
		}
		for _, t := range decompTags {
			if tag != "<compat>" {
				break
			}
			if strings.Contains(n, t.word) {
				tag = t.tag
				break
			}
		}
	default:
		return ""
	}
	out := make([]string, 0, len(parts)+1)
	if tag != "" {
		out = append(out, tag)
	}
	for _, p := range parts {
		out = append(out, fmt.Sprintf("%04X", p))
	}
	return strings.Join(out, " ")
}

func eastAsianWidth(r rune) string {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide:
		return "W"
	case width.EastAsianFullwidth:
		return "F"
	case width.EastAsianHalfwidth:
		return "H"
	case width.EastAsianNarrow:
		return "Na"
	case width.EastAsianAmbiguous:
		return "A"
	}
	return "N"
}

var mirroredExtra = "<>«»‹›≤≥≮≯∈∉∊∋∌∍⊂⊃⊄⊅⊆⊇⊈⊉⊊⊋∼∽≃≅≈≲≳⊏⊐⊑⊒⊢⊣⊰⊱⋐⋑⟨⟩"

func mirrored(r rune) bool {
	if p, _ := bidi.LookupRune(r); p.IsBracket() {
		return true
	}
	return strings.ContainsRune(mirroredExtra, r)
}

// charArg reads the single-character argument of fname.
func charArg(fname string, args []py.Value) (rune, error) {
	if len(args) < 1 {
		return 0, py.Errorf(py.TypeErrorType, "%s() takes at least 1 argument (0 given)", fname)
	}
	s, ok := py.AsStr(args[0])
	if !ok {
		return 0, py.Errorf(py.TypeErrorType, "%s() argument 1 must be a unicode character, not %s", fname, args[0].Type().Name)
	}
	rs := []rune(s)
	if len(rs) != 1 {
		return 0, py.Errorf(py.TypeErrorType, "%s() argument 1 must be a unicode character, not str", fname)
	}
	return rs[0], nil
}

func strFunc(name string, f func(rune) string) py.Func {
	return func(args []py.Value, kw []string) (py.Value, error) {
		r, err := charArg(name, args)
		if err != nil {
			return py.Value{}, err
		}
		return py.StrValue(f(r)), nil
	}
}

var unicodedataFuncs = map[string]py.Func{
	"category":         strFunc("category", category),
	"east_asian_width": strFunc("east_asian_width", eastAsianWidth),
	"decomposition":    strFunc("decomposition", decomposition),
	"bidirectional": strFunc("bidirectional", func(r rune) string {
		if category(r) == "Cn" {
			return ""
		}
		p, _ := bidi.LookupRune(r)
		return bidiNames[p.Class()]
	}),
	"combining": func(args []py.Value, kw []string) (py.Value, error) {
		r, err := charArg("combining", args)
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(norm.NFD.PropertiesString(string(r)).CCC())), nil
	},
	"mirrored": func(args []py.Value, kw []string) (py.Value, error) {
		r, err := charArg("mirrored", args)
		if err != nil {
			return py.Value{}, err
		}
		if mirrored(r) {
			return py.Int(1), nil
		}
		return py.Int(0), nil
	},
	// name(chr) -> str or None
	"name": func(args []py.Value, kw []string) (py.Value, error) {
		r, err := charArg("name", args)
		if err != nil {
			return py.Value{}, err
		}
		if n := charName(r); n != "" {
			return py.StrValue(n), nil
		}
		return py.None, nil
	},
	// lookup(name) -> str or None
	"lookup": func(args []py.Value, kw []string) (py.Value, error) {
		s, _ := py.AsStr(args[0])
		if r, ok := lookupName(s); ok {
			return py.StrValue(string(r)), nil
		}
		return py.None, nil
	},
	// decimal/digit/numeric(chr) -> value or None
	"decimal": func(args []py.Value, kw []string) (py.Value, error) {
		r, err := charArg("decimal", args)
		if err != nil {
			return py.Value{}, err
		}
		if d, ok := decimalValue(r); ok {
			return py.Int(int64(d)), nil
		}
		return py.None, nil
	},
	"digit": func(args []py.Value, kw []string) (py.Value, error) {
		r, err := charArg("digit", args)
		if err != nil {
			return py.Value{}, err
		}
		if d, ok := digitValue(r); ok {
			return py.Int(int64(d)), nil
		}
		return py.None, nil
	},
	"numeric": func(args []py.Value, kw []string) (py.Value, error) {
		r, err := charArg("numeric", args)
		if err != nil {
			return py.Value{}, err
		}
		if v, ok := numericValue(r); ok {
			return py.Float(v), nil
		}
		return py.None, nil
	},
	// normalize(form, s) -> str; is_normalized(form, s) -> bool
	"normalize": func(args []py.Value, kw []string) (py.Value, error) {
		f, s, err := normArgs("normalize", args)
		if err != nil {
			return py.Value{}, err
		}
		return py.StrValue(f.String(s)), nil
	},
	"is_normalized": func(args []py.Value, kw []string) (py.Value, error) {
		f, s, err := normArgs("is_normalized", args)
		if err != nil {
			return py.Value{}, err
		}
		return py.Bool(f.IsNormalString(s)), nil
	},
}

func normArgs(fname string, args []py.Value) (norm.Form, string, error) {
	if len(args) != 2 {
		return 0, "", py.Errorf(py.TypeErrorType, "%s expected 2 arguments, got %d", fname, len(args))
	}
	form, ok1 := py.AsStr(args[0])
	s, ok2 := py.AsStr(args[1])
	if !ok1 {
		return 0, "", py.Errorf(py.TypeErrorType, "%s() argument 1 must be str, not %s", fname, args[0].Type().Name)
	}
	if !ok2 {
		return 0, "", py.Errorf(py.TypeErrorType, "%s() argument 2 must be str, not %s", fname, args[1].Type().Name)
	}
	switch form {
	case "NFC":
		return norm.NFC, s, nil
	case "NFD":
		return norm.NFD, s, nil
	case "NFKC":
		return norm.NFKC, s, nil
	case "NFKD":
		return norm.NFKD, s, nil
	}
	return 0, "", py.Errorf(py.ValueErrorType, "invalid normalization form")
}

func init() {
	registerGoModule("_adder_unicodedata", "Unicode character data for unicodedata (adder).", func(d *py.Dict) {
		for name, fn := range unicodedataFuncs {
			py.AddFunc(d, name, fn)
		}
		d.SetStr("unidata_version", py.StrValue(runenames.UnicodeVersion))
	})
}
