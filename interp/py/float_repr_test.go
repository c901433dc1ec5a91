package py

import (
	"math"
	"strconv"
	"testing"
)

// This file checks float repr, hex, fromhex, round and as_integer_ratio
// against CPython 3.12 goldens.

func TestFloatReprGolden(t *testing.T) {
	rows := readGolden(t, "float_repr.jsonl")
	for _, row := range rows {
		x := fromBits(t, row[0])
		if got := floatRepr(x); got != row[1] {
			t.Errorf("repr(%v) = %q, want %q", row[1], got, row[1])
		}
		if got := floatHex(x); got != row[2] {
			t.Errorf("(%v).hex() = %q, want %q", row[1], got, row[2])
		}
		num, den, err := floatAsIntegerRatio(x)
		var got string
		if err != nil {
			got = errText(err)
		} else {
			got = `["` + num.String() + `","` + den.String() + `"]`
		}
		want := row[3]
		if ws, ok := want.(string); ok {
			if got != ws {
				t.Errorf("(%v).as_integer_ratio() = %s, want %s", row[1], got, ws)
			}
		} else if got != `["`+jsonStrings(want)[0]+`","`+jsonStrings(want)[1]+`"]` {
			t.Errorf("(%v).as_integer_ratio() = %s, want %v", row[1], got, want)
		}
		if floatIsInteger(x) != row[4].(bool) {
			t.Errorf("(%v).is_integer() wrong", row[1])
		}
	}
}

func TestFloatRepr(t *testing.T) {
	cases := map[float64]string{
		1e16: "1e+16", 1e-5: "1e-05", math.Inf(1): "inf", math.Inf(-1): "-inf", math.NaN(): "nan",
		math.Copysign(0, -1): "-0.0", 0.1: "0.1", 100: "100.0", 1e15: "1000000000000000.0", 0.0001: "0.0001",
		1.5e300: "1.5e+300", 123456789012345680: "1.2345678901234568e+17",
	}
	for x, want := range cases {
		if got := floatRepr(x); got != want {
			t.Errorf("floatRepr(%v) = %q, want %q", x, got, want)
		}
	}
}

func TestFloatRoundGolden(t *testing.T) {
	checkRows(t, "float_round.jsonl", func(row []any) string {
		x := fromBits(t, row[0])
		if row[1] == nil {
			v, err := floatRoundInt(x)
			if err != nil {
				return errText(err)
			}
			return v.String()
		}
		y, err := floatRound(x, int(row[1].(float64)))
		if err != nil {
			return errText(err)
		}
		return toBits(y)
	})
}

func TestFloatFromHexGolden(t *testing.T) {
	checkRows(t, "float_fromhex.jsonl", func(row []any) string {
		f, err := floatFromHex(row[0].(string))
		if err != nil {
			return errText(err)
		}
		return toBits(f)
	})
}

func TestFloatFormatGolden(t *testing.T) {
	checkRows(t, "float_format.jsonl", func(row []any) string {
		return result(formatFloatSpec(fromBits(t, row[0]), row[1].(string)))
	})
}

func TestParseFloatGolden(t *testing.T) {
	checkRows(t, "parse_float.jsonl", func(row []any) string {
		f, err := parseFloatString(row[0].(string))
		if err != nil {
			return errText(err)
		}
		return toBits(f)
	})
}

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = floatRepr(float64(i) * 0.1)
	}
}

var _ = strconv.Itoa
