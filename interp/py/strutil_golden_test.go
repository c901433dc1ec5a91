package py

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// This file holds helpers shared by the library tests: reading the
// CPython goldens in testdata/lib (written by scripts/gen_lib_goldens.py)
// and comparing results, including raised exceptions, with them.

// readGolden returns the JSON rows of testdata/lib/name.
func readGolden(t *testing.T, name string) [][]any {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "lib", name))
	if err != nil {
		t.Fatalf("open golden: %v", err)
	}
	defer f.Close()
	var rows [][]any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var row []any
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no rows", name)
	}
	return rows
}

// errText renders err as the goldens spell exceptions: "!Kind: message".
func errText(err error) string {
	if le, ok := err.(*libError); ok {
		return "!" + le.Kind + ": " + le.Msg
	}
	return "!" + err.Error()
}

// result renders (s, err) for comparison with a golden cell.
func result(s string, err error) string {
	if err != nil {
		return errText(err)
	}
	return s
}

func fromBits(t *testing.T, h any) float64 {
	u, err := strconv.ParseUint(h.(string), 16, 64)
	if err != nil {
		t.Fatalf("bad bits %v", h)
	}
	return math.Float64frombits(u)
}

func toBits(f float64) string {
	if math.IsNaN(f) {
		if math.Signbit(f) {
			return "fff8000000000000"
		}
		return "7ff8000000000000"
	}
	s := strconv.FormatUint(math.Float64bits(f), 16)
	return strings.Repeat("0", 16-len(s)) + s
}

// jsonStrings converts a decoded JSON array of strings.
func jsonStrings(v any) []string {
	a := v.([]any)
	out := make([]string, len(a))
	for i, x := range a {
		out[i] = x.(string)
	}
	return out
}

// checkRows runs f on each row and reports mismatches with the last cell,
// stopping after a few failures so one bug does not flood the log.
func checkRows(t *testing.T, name string, f func(row []any) string) {
	t.Helper()
	rows := readGolden(t, name)
	bad := 0
	for _, row := range rows {
		want := row[len(row)-1]
		var ws string
		switch w := want.(type) {
		case string:
			ws = w
		default:
			b, _ := json.Marshal(w)
			ws = string(b)
		}
		if got := f(row); got != ws {
			bad++
			if bad <= 15 {
				in, _ := json.Marshal(row[:len(row)-1])
				t.Errorf("%s %s: got %q, want %q", name, in, got, ws)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%s: %d of %d rows differ", name, bad, len(rows))
	}
}
