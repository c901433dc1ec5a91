package py

import (
	"bufio"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// This file checks set iteration order, pop order, set operations and
// frozenset hashes against CPython 3.12 (testdata/lib/set_order.jsonl).

func jsonNumberValue(t *testing.T, v any) Value {
	switch x := v.(type) {
	case bool:
		return Bool(x)
	case json.Number:
		s := x.String()
		if strings.ContainsAny(s, ".eE") {
			f, err := x.Float64()
			if err != nil {
				t.Fatal(err)
			}
			if s == "-0.0" {
				f = -0.0 * 1
				return Float(negZero())
			}
			return Float(f)
		}
		b, _ := new(big.Int).SetString(s, 10)
		return MakeBigIntSmall(b)
	}
	t.Fatalf("bad element %v", v)
	return Value{}
}

func negZero() float64 {
	z := 0.0
	return -z
}

func setReprT(t *testing.T, v Value) string {
	s, err := ReprString(v)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func callM(t *testing.T, recv Value, name string, args ...Value) Value {
	r, err := CallMethod(recv, name, args...)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return r
}

func TestSetOrderGolden(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "lib", "set_order.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.UseNumber()
		var row []any
		if err := dec.Decode(&row); err != nil {
			t.Fatal(err)
		}
		op := row[0].(string)
		var elems []Value
		for _, e := range row[1].([]any) {
			elems = append(elems, jsonNumberValue(t, e))
		}
		want := row[2].(string)
		var got string
		switch op {
		case "add":
			s, _ := NewSet(nil)
			for _, e := range elems {
				callM(t, s, "add", e)
			}
			got = setReprT(t, s)
		case "set":
			s, err := Call(ObjectValue(SetType), []Value{ListValue(elems)}, nil)
			if err != nil {
				t.Fatal(err)
			}
			got = setReprT(t, s)
		case "frozenset":
			s, err := Call(ObjectValue(FrozenSetType), []Value{ListValue(elems)}, nil)
			if err != nil {
				t.Fatal(err)
			}
			got = setReprT(t, s)
			h, _ := Hash(s)
			if hs := new(big.Int).SetInt64(h).String(); hs != row[3].(string) {
				t.Errorf("hash(frozenset(%v)) = %s, want %s", row[1], hs, row[3])
			}
		case "discard3", "discard2add":
			s, _ := Call(ObjectValue(SetType), []Value{ListValue(elems)}, nil)
			step := 3
			if op == "discard2add" {
				step = 2
			}
			for i := 0; i < len(elems); i += step {
				callM(t, s, "discard", elems[i])
			}
			if op == "discard2add" {
				for x := int64(0); x < 5; x++ {
					callM(t, s, "add", Int(x*11))
				}
			}
			got = setReprT(t, s)
		case "pop3":
			s, _ := Call(ObjectValue(SetType), []Value{ListValue(elems)}, nil)
			var popped []Value
			for i := 0; i < 3 && i < len(elems); i++ {
				if l, _ := Len(s); l == 0 {
					break
				}
				popped = append(popped, callM(t, s, "pop"))
			}
			got = setReprT(t, ListValue(popped)) + " " + setReprT(t, s)
		case "ops":
			var other []Value
			for x := int64(0); x < 30; x += 4 {
				other = append(other, Int(x))
			}
			a, _ := Call(ObjectValue(SetType), []Value{ListValue(elems)}, nil)
			o, _ := Call(ObjectValue(SetType), []Value{ListValue(other)}, nil)
			var parts []string
			for _, op := range []BinaryOpKind{OpOr, OpAnd, OpSub, OpXor} {
				r, err := BinaryOp(op, a, o)
				if err != nil {
					t.Fatal(err)
				}
				parts = append(parts, setReprT(t, r))
			}
			r, _ := BinaryOp(OpAnd, o, a)
			parts = append(parts, setReprT(t, r))
			for _, m := range []string{"union", "intersection", "symmetric_difference"} {
				parts = append(parts, setReprT(t, callM(t, a, m, ListValue(other))))
			}
			got = strings.Join(parts, " ")
		}
		if got != want {
			t.Errorf("%s %v:\n got %s\nwant %s", op, row[1], got, want)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no rows")
	}
}
