package display

import (
	"encoding/json"
	"math"
	"os"
	"strconv"
	"testing"

	"adder/interp/py"
)

// buildValue turns the tagged JSON of testdata/pretty.json into a py.Value.
func buildValue(t *testing.T, x any) py.Value {
	t.Helper()
	switch x := x.(type) {
	case nil:
		return py.None
	case bool:
		return py.Bool(x)
	case float64:
		if x != math.Trunc(x) {
			t.Fatalf("untagged float %v", x)
		}
		return py.Int(int64(x))
	case string:
		return py.StrValue(x)
	case []any:
		items := make([]py.Value, len(x))
		for i, y := range x {
			items[i] = buildValue(t, y)
		}
		return py.ListValue(items)
	case map[string]any:
		for tag, y := range x {
			switch tag {
			case "float":
				f, err := strconv.ParseFloat(y.(string), 64)
				if err != nil {
					t.Fatal(err)
				}
				return py.Float(f)
			case "dict":
				d := py.NewDict()
				for _, kv := range y.([]any) {
					pair := kv.([]any)
					if err := d.SetItem(buildValue(t, pair[0]), buildValue(t, pair[1])); err != nil {
						t.Fatal(err)
					}
				}
				return py.ObjectValue(d)
			}
			var items []py.Value
			for _, z := range y.([]any) {
				items = append(items, buildValue(t, z))
			}
			switch tag {
			case "tuple":
				return py.NewTupleFrom(items)
			case "set":
				v, err := py.NewSet(items)
				if err != nil {
					t.Fatal(err)
				}
				return v
			case "frozenset":
				v, err := py.NewFrozenSet(items)
				if err != nil {
					t.Fatal(err)
				}
				return v
			}
			t.Fatalf("unknown tag %q", tag)
		}
	}
	t.Fatalf("unexpected %T", x)
	return py.None
}

// TestPrettyGoldens compares Pretty with IPython.lib.pretty.pretty.
func TestPrettyGoldens(t *testing.T) {
	defer py.SetCurrent(py.SetCurrent(py.NewThread()))
	data, err := os.ReadFile("testdata/pretty.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Value  any    `json:"value"`
		Pretty string `json:"pretty"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		got, err := Pretty(buildValue(t, c.Value))
		if err != nil {
			t.Errorf("case %d: %v", i, err)
			continue
		}
		diffLines(t, "pretty case "+strconv.Itoa(i), got, c.Pretty)
	}
}

func TestDropBoundParam(t *testing.T) {
	for sig, want := range map[string]string{
		"($module, obj, /)":               "(obj, /)",
		"($module, /, *args, sep=' ')":    "(*args, sep=' ')",
		"($self, /)":                      "()",
		"($type, iterable=(), /)":         "(iterable=(), /)",
		"(x, y)":                          "(x, y)",
		"($module, iterable, /, start=0)": "(iterable, /, start=0)",
	} {
		if got := dropBoundParam(sig); got != want {
			t.Errorf("dropBoundParam(%q) = %q, want %q", sig, got, want)
		}
	}
}
