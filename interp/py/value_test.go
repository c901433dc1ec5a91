// This file tests the core value model and generic operations.

package py

import (
	"math"
	"testing"
)

func mustRepr(t *testing.T, v Value) string {
	t.Helper()
	s, err := ReprString(v)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s
}

func TestIntArithmetic(t *testing.T) {
	SetCurrent(NewThread())
	cases := []struct {
		op   BinaryOpKind
		a, b int64
		want string
	}{
		{OpAdd, 1, 2, "3"},
		{OpAdd, math.MaxInt64, 1, "9223372036854775808"},
		{OpMul, math.MaxInt64, math.MaxInt64, "85070591730234615847396907784232501249"},
		{OpFloorDiv, -7, 2, "-4"},
		{OpMod, -7, 2, "1"},
		{OpMod, 7, -2, "-1"},
		{OpTrueDiv, 1, 4, "0.25"},
		{OpPow, 2, 100, "1267650600228229401496703205376"},
		{OpPow, 2, -1, "0.5"},
		{OpLShift, 1, 70, "1180591620717411303424"},
		{OpRShift, -5, 1, "-3"},
	}
	for _, c := range cases {
		r, err := BinaryOp(c.op, Int(c.a), Int(c.b))
		if err != nil {
			t.Fatalf("%d %s %d: %v", c.a, c.op.Symbol(), c.b, err)
		}
		if got := mustRepr(t, r); got != c.want {
			t.Errorf("%d %s %d = %s, want %s", c.a, c.op.Symbol(), c.b, got, c.want)
		}
	}
	big, _ := BinaryOp(OpAdd, Int(math.MaxInt64), Int(1))
	back, _ := BinaryOp(OpSub, big, Int(1))
	if !back.IsInt() || back.AsInt() != math.MaxInt64 {
		t.Errorf("big int did not demote: %v", mustRepr(t, back))
	}
}

func TestBinaryOpErrors(t *testing.T) {
	SetCurrent(NewThread())
	cases := []struct {
		op   BinaryOpKind
		a, b Value
		want string
	}{
		{OpAdd, Int(1), StrValue("a"), "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{OpAdd, StrValue("a"), Int(1), `TypeError: can only concatenate str (not "int") to str`},
		{OpMul, StrValue("a"), StrValue("b"), "TypeError: can't multiply sequence by non-int of type 'str'"},
		{OpFloorDiv, Int(1), Int(0), "ZeroDivisionError: integer division or modulo by zero"},
		{OpMod, Int(1), Int(0), "ZeroDivisionError: integer modulo by zero"},
		{OpTrueDiv, Int(1), Int(0), "ZeroDivisionError: division by zero"},
		{OpTrueDiv, Float(1), Int(0), "ZeroDivisionError: float division by zero"},
		{OpPow, StrValue("a"), Int(0), "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'"},
	}
	for _, c := range cases {
		_, err := BinaryOp(c.op, c.a, c.b)
		if err == nil || err.Error() != c.want {
			t.Errorf("got %v, want %s", err, c.want)
		}
	}
}

func TestReprs(t *testing.T) {
	SetCurrent(NewThread())
	l := NewList([]Value{Int(1), Float(0.1), StrValue("it's"), None, True, NewTuple(Int(1))})
	if got, want := mustRepr(t, ObjectValue(l)), `[1, 0.1, "it's", None, True, (1,)]`; got != want {
		t.Errorf("got %s want %s", got, want)
	}
	for f, want := range map[float64]string{1e16: "1e+16", 1e-5: "1e-05", 100: "100.0", math.Copysign(0, -1): "-0.0", 1.5e300: "1.5e+300", 123456789.125: "123456789.125"} {
		if got := coreFloatRepr(f); got != want {
			t.Errorf("repr(%v) = %s, want %s", f, got, want)
		}
	}
	l.Append(ObjectValue(l))
	if got := mustRepr(t, ObjectValue(l)); got != `[1, 0.1, "it's", None, True, (1,), [...]]` {
		t.Errorf("recursive repr: %s", got)
	}
}

func TestDictOrderAndKeys(t *testing.T) {
	SetCurrent(NewThread())
	d := NewDict()
	for i := 0; i < 100; i++ {
		if err := d.SetItem(Int(int64(i*7%100)), Int(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := d.DelItem(Int(7)); err != nil {
		t.Fatal(err)
	}
	keys := d.Keys()
	if len(keys) != 99 || keys[0].AsInt() != 0 || keys[1].AsInt() != 14 {
		t.Fatalf("bad order: %v %v", len(keys), mustRepr(t, keys[1]))
	}
	// 1, 1.0 and True are the same key.
	_ = d.SetItem(Float(1.0), StrValue("x"))
	v, _ := d.GetItem(True)
	if s, _ := AsStr(v); s != "x" {
		t.Errorf("True lookup: %v", mustRepr(t, v))
	}
	if err := d.SetItem(ListValue(nil), None); err == nil || err.Error() != "TypeError: unhashable type: 'list'" {
		t.Errorf("unhashable: %v", err)
	}
}

func TestHashMatchesCPython(t *testing.T) {
	cases := map[float64]int64{1.5: 1152921504606846977, -2.5: -1152921504606846978, 1e300: 1224995262755759164}
	for f, want := range cases {
		if got := hashFloat(f); got != want {
			t.Errorf("hash(%v) = %d want %d", f, got, want)
		}
	}
	if hashInt64(-1) != -2 || hashInt64(1<<61) != 1 {
		t.Errorf("int hash")
	}
}

func TestNoAllocIntAdd(t *testing.T) {
	a, b := Int(3), Int(4)
	n := testing.AllocsPerRun(100, func() {
		r, _ := BinaryOp(OpAdd, a, b)
		a = r
	})
	if n != 0 {
		t.Errorf("int add allocates %v", n)
	}
}
