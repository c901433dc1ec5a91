package py

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
)

// This file checks format specs for int and str and printf-style
// formatting against CPython 3.12 goldens.

func TestIntFormatGolden(t *testing.T) {
	checkRows(t, "int_format.jsonl", func(row []any) string {
		v, _ := new(big.Int).SetString(row[0].(string), 10)
		return result(formatIntSpec(v, row[1].(string)))
	})
}

func TestStrFormatGolden(t *testing.T) {
	checkRows(t, "str_format.jsonl", func(row []any) string {
		return result(formatStrSpec(row[0].(string), row[1].(string)))
	})
}

// testOperand is a decoded %-format operand: string, *big.Int, float64 or
// []any (a tuple).
type testOperand = any

func decodeOperand(t *testing.T, v any) testOperand {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = decodeOperand(t, e)
		}
		return out
	case map[string]any:
		if s, ok := x["i"]; ok {
			n, _ := new(big.Int).SetString(s.(string), 10)
			return n
		}
		if s, ok := x["f"]; ok {
			return fromBits(t, s)
		}
		m := map[string]any{}
		for k, e := range x["map"].(map[string]any) {
			m[k] = decodeOperand(t, e)
		}
		return m
	}
	t.Fatalf("bad operand %v", v)
	return nil
}

func testTypeName(v any) string {
	switch v.(type) {
	case string:
		return "str"
	case *big.Int:
		return "int"
	case float64:
		return "float"
	case []any:
		return "tuple"
	case map[string]any:
		return "dict"
	}
	return "object"
}

func testRepr(v any) string {
	switch x := v.(type) {
	case string:
		return pyQuote(x)
	case *big.Int:
		return x.String()
	case float64:
		return floatRepr(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = testRepr(e)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case map[string]any:
		var parts []string
		for k, e := range x {
			parts = append(parts, pyQuote(k)+": "+testRepr(e))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}

// testPercentOps gives the conversions of str % args for the test values,
// with CPython's messages.
var testPercentOps = &percentOps[any]{
	str: func(v any) (string, error) {
		if s, ok := v.(string); ok {
			return s, nil
		}
		return testRepr(v), nil
	},
	repr:  func(v any) (string, error) { return testRepr(v), nil },
	ascii: func(v any) (string, error) { return testRepr(v), nil },
	integer: func(v any, code byte) (*big.Int, error) {
		switch x := v.(type) {
		case *big.Int:
			return x, nil
		case float64:
			if code == 'd' || code == 'i' || code == 'u' {
				return floatToBigInt(x)
			}
		}
		if code == 'd' || code == 'i' || code == 'u' {
			return nil, libTypeError("%%%c format: a real number is required, not %s", code, testTypeName(v))
		}
		return nil, libTypeError("%%%c format: an integer is required, not %s", code, testTypeName(v))
	},
	float: func(v any, code byte) (float64, error) {
		switch x := v.(type) {
		case *big.Int:
			return bigIntToFloat(x)
		case float64:
			return x, nil
		}
		return 0, libTypeError("must be real number, not %s", testTypeName(v))
	},
	char: func(v any) (string, error) {
		switch x := v.(type) {
		case *big.Int:
			return percentCharFromInt(x)
		case string:
			if len([]rune(x)) == 1 {
				return x, nil
			}
		}
		return "", libTypeError("%%c requires int or char")
	},
	starInt: func(v any) (int, bool) {
		if x, ok := v.(*big.Int); ok {
			return int(x.Int64()), true
		}
		return 0, false
	},
}

func TestPercentGolden(t *testing.T) {
	checkRows(t, "percent.jsonl", func(row []any) string {
		arg := decodeOperand(t, row[1])
		var args percentArgs[any]
		switch x := arg.(type) {
		case []any:
			args.items, args.isTuple = x, true
		case map[string]any:
			args.items = []any{x}
			args.mapping = func(k string) (any, error) {
				v, ok := x[k]
				if !ok {
					return nil, &libError{"KeyError", pyQuote(k)}
				}
				return v, nil
			}
		default:
			args.items = []any{x}
		}
		return result(percentFormat(row[0].(string), args, testPercentOps))
	})
}

func TestGroupDigits(t *testing.T) {
	cases := []struct {
		digits   string
		size, mw int
		want     string
	}{
		{"1234", 3, 9, "0,001,234"},
		{"1234567", 3, 0, "1,234,567"},
		{"1", 3, 0, "1"},
		{"1100001", 4, 10, "0,0110,0001"},
	}
	for _, c := range cases {
		if got := groupDigits(c.digits, ',', c.size, c.mw); got != c.want {
			t.Errorf("groupDigits(%q, %d, %d) = %q, want %q", c.digits, c.size, c.mw, got, c.want)
		}
	}
}

func TestIntToDecimalLimit(t *testing.T) {
	checkRows(t, "int_str_limit.jsonl", func(row []any) string {
		h := row[0].(string)
		neg := strings.HasPrefix(h, "-")
		v, _ := new(big.Int).SetString(strings.TrimPrefix(strings.TrimPrefix(h, "-"), "0x"), 16)
		if neg {
			v.Neg(v)
		}
		s, err := intToDecimal(v, defaultMaxStrDigits)
		if err != nil {
			return errText(err)
		}
		return fmt.Sprintf("%d digits", len(s))
	})
}
