// This file tests the Python-compatible JSON details: float repr, number
// normalisation, string escapes and str.splitlines.

package notebook

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestPyFloatRepr(t *testing.T) {
	// Expected values are Python 3.12's repr().
	cases := map[float64]string{
		0.1: "0.1", 1: "1.0", 100: "100.0", 1e16: "1e+16", 1e15: "1000000000000000.0",
		1e-5: "1e-05", 0.0001: "0.0001", 1.5e300: "1.5e+300", 5e-324: "5e-324",
		1.0 / 3: "0.3333333333333333", 123456.789: "123456.789", -2.5: "-2.5",
		math.Copysign(0, -1): "-0.0", math.Inf(1): "Infinity", math.NaN(): "NaN",
		1.7976931348623157e308: "1.7976931348623157e+308", 12345678901234567: "1.2345678901234568e+16",
	}
	for f, want := range cases {
		if got := pyFloatRepr(f); got != want {
			t.Errorf("pyFloatRepr(%v) = %q, want %q", f, got, want)
		}
	}
}

func TestPyNumber(t *testing.T) {
	cases := map[string]string{"1": "1", "-0": "0", "1E2": "100.0", "1.50": "1.5", "10e-1": "1.0",
		"1e400": "Infinity", "99999999999999999999": "99999999999999999999"}
	for in, want := range cases {
		if got := pyNumber(json.Number(in)); got != want {
			t.Errorf("pyNumber(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestPyStringEscapes(t *testing.T) {
	var b strings.Builder
	writePyString(&b, "a\"\\\n\r\t\b\f\x01\x1f\x7f é 😀 \u2028")
	want := `"a\"\\\n\r\t\b\f\u0001\u001f` + "\x7f é 😀 \u2028\""
	if b.String() != want {
		t.Errorf("got %s, want %s", b.String(), want)
	}
}

func TestSplitLines(t *testing.T) {
	cases := map[string][]string{
		"":                      nil,
		"a":                     {"a"},
		"a\n":                   {"a\n"},
		"a\nb":                  {"a\n", "b"},
		"a\r\nb\rc":             {"a\r\n", "b\r", "c"},
		"a\vb\fc\x1cd":          {"a\v", "b\f", "c\x1c", "d"},
		"a\u0085b\u2028c\u2029": {"a\u0085", "b\u2028", "c\u2029"},
		"\n\n":                  {"\n", "\n"},
	}
	for in, want := range cases {
		if got := splitLines(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitLines(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEncodeLayout(t *testing.T) {
	var b strings.Builder
	v := map[string]any{"b": []any{}, "a": map[string]any{}, "c": []any{1, map[string]any{"x": nil, "w": true}}}
	if err := encodeCanonical(&b, v, 0); err != nil {
		t.Fatal(err)
	}
	want := "{\n \"a\": {},\n \"b\": [],\n \"c\": [\n  1,\n  {\n   \"w\": true,\n   \"x\": null\n  }\n ]\n}"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	if err := encodeCanonical(&b, struct{}{}, 0); err == nil {
		t.Error("encoding a struct should fail")
	}
}
