// This file defines int: the inline int64 fast path, *BigInt for values
// that overflow it, and the int type's slots (arithmetic with Python's
// floor semantics, comparison, hashing, conversion).

package py

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// BigInt is an int outside the int64 range. Invariant: B never fits in
// int64 (MakeBigInt demotes), so each int has one representation.
type BigInt struct {
	B *big.Int
}

// Type returns int.
func (b *BigInt) Type() *Type { return IntType }

// MakeBigInt returns b as an int Value, inline when it fits int64. b must
// not be modified afterwards.
func MakeBigInt(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return ObjectValue(&BigInt{B: b})
}

// IsIntLike reports whether v is an int (inline or big) or a bool.
func IsIntLike(v Value) bool {
	if v.IsInt() || v.IsBool() {
		return true
	}
	switch o := v.obj.(type) {
	case *BigInt:
		return true
	case *NumSub:
		return IsIntLike(o.V)
	}
	return false
}

// AsBig returns any int (or bool) value as a *big.Int (a fresh one for
// inline ints) and ok=false for non-ints.
func AsBig(v Value) (*big.Int, bool) {
	if v.IsInt() || v.IsBool() {
		return big.NewInt(v.AsInt()), true
	}
	switch o := v.obj.(type) {
	case *BigInt:
		return o.B, true
	case *NumSub:
		return AsBig(o.V)
	}
	return nil, false
}

func formatInt(n int64) string { return strconv.FormatInt(n, 10) }

// hashInt64 is CPython's int hash: n mod (2**61 - 1), sign kept, -1 -> -2.
func hashInt64(n int64) int64 {
	const m = (1 << 61) - 1
	var h int64
	if n >= 0 {
		h = n % m
	} else {
		h = -((-n) % m)
		if n == math.MinInt64 {
			h = -int64((uint64(1) << 63) % m)
		}
	}
	if h == -1 {
		h = -2
	}
	return h
}

func hashBig(b *big.Int) int64 {
	m := big.NewInt((1 << 61) - 1)
	r := new(big.Int).Abs(b)
	r.Mod(r, m)
	h := r.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is CPython's float hash, consistent with ints.
func hashFloat(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		return hashInt64(int64(f))
	}
	const modBits = 61
	const mod = (uint64(1) << modBits) - 1
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & mod) | x>>(modBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= mod {
			x -= mod
		}
	}
	if e >= 0 {
		e = e % modBits
	} else {
		e = modBits - 1 - ((-1 - e) % modBits)
	}
	x = ((x << uint(e)) & mod) | x>>(modBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// floorDiv and floorMod implement Python's // and % for int64 (y != 0).
func floorDiv(x, y int64) int64 {
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q
}

func floorMod(x, y int64) int64 {
	r := x % y
	if r != 0 && ((r < 0) != (y < 0)) {
		r += y
	}
	return r
}

// intFastBinary does op on two int64s when the result is an int64 (or,
// for /, a float); ok=false sends the caller to the general path.
func intFastBinary(op BinaryOpKind, x, y int64) (Value, bool) {
	switch op {
	case OpAdd:
		s := x + y
		if (s > x) == (y > 0) {
			return Int(s), true
		}
	case OpSub:
		s := x - y
		if (s < x) == (y > 0) {
			return Int(s), true
		}
	case OpMul:
		hi, lo := bits.Mul64(uint64(absI(x)), uint64(absI(y)))
		if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
			if (x < 0) != (y < 0) {
				return Int(-int64(lo)), true
			}
			return Int(int64(lo)), true
		}
	case OpFloorDiv:
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			return Int(floorDiv(x, y)), true
		}
	case OpMod:
		if y != 0 && y != -1 {
			return Int(floorMod(x, y)), true
		}
		if y == -1 {
			return Int(0), true
		}
	case OpTrueDiv:
		if y != 0 && absI(x) < 1<<53 && absI(y) < 1<<53 {
			return Float(float64(x) / float64(y)), true
		}
	case OpAnd:
		return Int(x & y), true
	case OpOr:
		return Int(x | y), true
	case OpXor:
		return Int(x ^ y), true
	case OpLShift:
		if y >= 0 && y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return Int(r), true
			}
		}
	case OpRShift:
		if y >= 0 {
			if y > 63 {
				y = 63
			}
			return Int(x >> uint(y)), true
		}
	case OpPow:
		if y >= 0 {
			if r, ok := powInt64(x, y); ok {
				return Int(r), true
			}
		}
	}
	return Value{}, false
}

func absI(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func powInt64(x, y int64) (int64, bool) {
	r := int64(1)
	for y > 0 {
		if y&1 == 1 {
			hi, lo := bits.Mul64(uint64(absI(r)), uint64(absI(x)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			neg := (r < 0) != (x < 0)
			r = int64(lo)
			if neg {
				r = -r
			}
		}
		y >>= 1
		if y > 0 {
			hi, lo := bits.Mul64(uint64(absI(x)), uint64(absI(x)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			x = int64(lo)
		}
	}
	return r, true
}

// intBinarySlot is the int type's slot for op: it handles int/bool/BigInt
// pairs and returns NotImplemented otherwise.
func intBinarySlot(op BinaryOpKind) func(a, b Value) (Value, error) {
	return func(a, b Value) (Value, error) {
		if !IsIntLike(a) || !IsIntLike(b) {
			return NotImplemented, nil
		}
		if (a.IsInt() || a.IsBool()) && (b.IsInt() || b.IsBool()) {
			if r, ok := intFastBinary(op, a.AsInt(), b.AsInt()); ok {
				return r, nil
			}
		}
		x, _ := AsBig(a)
		y, _ := AsBig(b)
		return bigBinary(op, x, y)
	}
}

// maxShift bounds left shifts so the result stays allocatable.
const maxShift = 1 << 32

func bigBinary(op BinaryOpKind, x, y *big.Int) (Value, error) {
	r := new(big.Int)
	switch op {
	case OpAdd:
		r.Add(x, y)
	case OpSub:
		r.Sub(x, y)
	case OpMul:
		if err := checkSize(int64(x.BitLen()+y.BitLen()) / 8); err != nil {
			return Value{}, err
		}
		r.Mul(x, y)
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			if op == OpMod {
				return Value{}, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, m := new(big.Int), new(big.Int)
		q.DivMod(x, y, m) // Euclidean: m >= 0
		if m.Sign() != 0 && y.Sign() < 0 {
			q.Add(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == OpMod {
			return MakeBigInt(m), nil
		}
		return MakeBigInt(q), nil
	case OpTrueDiv:
		if y.Sign() == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return Value{}, Errorf(OverflowErrorType, "integer division result too large for a float")
		}
		return Float(f), nil
	case OpAnd:
		r.And(x, y)
	case OpOr:
		r.Or(x, y)
	case OpXor:
		r.Xor(x, y)
	case OpLShift:
		if y.Sign() < 0 {
			return Value{}, Errorf(ValueErrorType, "negative shift count")
		}
		if x.Sign() == 0 {
			return Int(0), nil
		}
		if !y.IsInt64() || y.Int64() > maxShift {
			return Value{}, Errorf(OverflowErrorType, "too many digits in integer")
		}
		if err := checkSize((int64(x.BitLen()) + y.Int64()) / 8); err != nil {
			return Value{}, err
		}
		r.Lsh(x, uint(y.Int64()))
	case OpRShift:
		if y.Sign() < 0 {
			return Value{}, Errorf(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		r.Rsh(x, uint(y.Int64()))
	case OpPow:
		if y.Sign() < 0 {
			fx, _ := new(big.Float).SetInt(x).Float64()
			fy, _ := new(big.Float).SetInt(y).Float64()
			return floatPow(fx, fy)
		}
		if x.IsInt64() && (x.Int64() == 0 || x.Int64() == 1) {
			return Int(x.Int64()), nil
		}
		if x.IsInt64() && x.Int64() == -1 {
			if y.Bit(0) == 0 {
				return Int(1), nil
			}
			return Int(-1), nil
		}
		if !y.IsInt64() || float64(x.BitLen())*float64(y.Int64()) > 8*float64(maxAlloc) {
			return Value{}, Errorf(MemoryErrorType, "")
		}
		if err := checkSize(int64(x.BitLen()) * y.Int64() / 8); err != nil {
			return Value{}, err
		}
		r.Exp(x, y, nil)
	default:
		return NotImplemented, nil
	}
	return MakeBigInt(r), nil
}

func intCompare(a, b Value, op CompareOp) (Value, error) {
	if !IsIntLike(b) {
		if b.IsFloat() {
			return Bool(compareIntFloat(a, b.AsFloat(), op)), nil
		}
		return NotImplemented, nil
	}
	if (a.IsInt() || a.IsBool()) && (b.IsInt() || b.IsBool()) {
		x, y := a.AsInt(), b.AsInt()
		c := 0
		if x < y {
			c = -1
		} else if x > y {
			c = 1
		}
		return Bool(compareOrdered(c, op)), nil
	}
	x, _ := AsBig(a)
	y, _ := AsBig(b)
	return Bool(compareOrdered(x.Cmp(y), op)), nil
}

// compareIntFloat compares an int with a float exactly.
func compareIntFloat(a Value, f float64, op CompareOp) bool {
	if math.IsNaN(f) {
		return op == NE
	}
	if math.IsInf(f, 0) {
		c := -1
		if f < 0 {
			c = 1
		}
		return compareOrdered(c, op)
	}
	x, _ := AsBig(a)
	bf := new(big.Float).SetInt(x)
	return compareOrdered(bf.Cmp(big.NewFloat(f)), op)
}

func intHash(v Value) (int64, error) {
	if b, ok := v.obj.(*BigInt); ok {
		return hashBig(b.B), nil
	}
	return hashInt64(v.AsInt()), nil
}

func intRepr(v Value) (Value, error) {
	if b, ok := v.obj.(*BigInt); ok {
		return strResult(intToDecimal(b.B, maxStrDigits()))
	}
	return StrValue(formatInt(v.AsInt())), nil
}

func intBool(v Value) (bool, error) {
	if b, ok := v.obj.(*BigInt); ok {
		return b.B.Sign() != 0, nil
	}
	return v.bits != 0, nil
}

func intNeg(v Value) (Value, error) {
	if (v.IsInt() || v.IsBool()) && v.AsInt() != math.MinInt64 {
		return Int(-v.AsInt()), nil
	}
	x, _ := AsBig(v)
	return MakeBigInt(new(big.Int).Neg(x)), nil
}

func intPos(v Value) (Value, error) {
	if v.IsBool() {
		return Int(v.AsInt()), nil
	}
	return v, nil
}

func intAbs(v Value) (Value, error) {
	if (v.IsInt() || v.IsBool()) && v.AsInt() >= 0 {
		return Int(v.AsInt()), nil
	}
	return intNeg(v)
}

func intInvert(v Value) (Value, error) {
	if v.IsInt() || v.IsBool() {
		return Int(^v.AsInt()), nil
	}
	x, _ := AsBig(v)
	return MakeBigInt(new(big.Int).Not(x)), nil
}

func intIndex(v Value) (Value, error) {
	if v.IsBool() {
		return Int(v.AsInt()), nil
	}
	return v, nil
}

// IntToFloat converts an int Value to float64 (OverflowError if too big).
func IntToFloat(v Value) (float64, error) {
	if v.IsInt() || v.IsBool() {
		return float64(v.AsInt()), nil
	}
	x, _ := AsBig(v)
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

func intFloatConv(v Value) (Value, error) {
	f, err := IntToFloat(v)
	return Float(f), err
}

// IntParseHook parses int(str, base); the library replaces it with the
// full CPython-compatible parser.
var IntParseHook = func(s string, base int) (Value, error) {
	t := trimSpace(s)
	clean := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		if t[i] == '_' && i > 0 && i+1 < len(t) && t[i-1] != '_' {
			continue
		}
		clean = append(clean, t[i])
	}
	b, ok := new(big.Int).SetString(string(clean), base)
	if !ok || len(t) == 0 {
		return Value{}, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, StrRepr(s))
	}
	return MakeBigInt(b), nil
}

func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n' || s[j-1] == '\r' || s[j-1] == '\f' || s[j-1] == '\v') {
		j--
	}
	return s[i:j]
}

func intNew(t *Type, args []Value, kwnames []string) (Value, error) {
	var x, base Value
	if err := UnpackArgs("int", args, kwnames, "x?", &x, "base?", &base); err != nil {
		return Value{}, err
	}
	if x.obj == nil {
		if base.obj != nil {
			return Value{}, Errorf(TypeErrorType, "int() missing string argument")
		}
		if t != IntType {
			return newNumSub(t, Int(0)), nil
		}
		return Int(0), nil
	}
	if base.obj != nil {
		b, err := IndexInt64(base)
		if err != nil {
			return Value{}, err
		}
		if b != 0 && (b < 2 || b > 36) {
			return Value{}, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		s, ok := AsStr(x)
		if !ok {
			if BytesToStrHook != nil {
				if bs, ok := BytesToStrHook(x); ok {
					return IntParseHook(bs, int(b))
				}
			}
			return Value{}, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
		}
		r, err := IntParseHook(s, int(b))
		if err != nil || t == IntType {
			return r, err
		}
		return newNumSub(t, r), nil
	}
	r, err := ToInt(x)
	if err != nil || t == IntType {
		return r, err
	}
	return newNumSub(t, r), nil
}

// BytesToStrHook, when set by the bytes library, returns the text of a
// bytes-like value (for int(b"12")).
var BytesToStrHook func(v Value) (string, bool)

// ToInt is int(x) for one argument.
func ToInt(x Value) (Value, error) {
	if n, ok := x.obj.(*NumSub); ok && IsIntLike(n.V) {
		return n.V, nil
	}
	switch {
	case x.IsInt():
		return x, nil
	case x.IsBool():
		return Int(x.AsInt()), nil
	case x.IsFloat():
		return FloatToInt(x.AsFloat())
	}
	if _, ok := x.obj.(*BigInt); ok {
		return x, nil
	}
	if s, ok := AsStr(x); ok {
		return IntParseHook(s, 10)
	}
	t := x.Type()
	if t.IntConv != nil {
		return t.IntConv(x)
	}
	if t.Index != nil {
		return t.Index(x)
	}
	if tr := t.Lookup("__trunc__"); tr.obj != nil {
		return CallMethod(x, "__trunc__")
	}
	if BytesToStrHook != nil {
		if bs, ok := BytesToStrHook(x); ok {
			return IntParseHook(bs, 10)
		}
	}
	return Value{}, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", t.Name)
}

// FloatToInt truncates f toward zero.
func FloatToInt(f float64) (Value, error) {
	if math.IsNaN(f) {
		return Value{}, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return Value{}, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	t := math.Trunc(f)
	if t >= -9.2e18 && t <= 9.2e18 {
		return Int(int64(t)), nil
	}
	b, _ := big.NewFloat(t).Int(nil)
	return MakeBigInt(b), nil
}

// IntType is Python's int.
var IntType = newBuiltinType("int", ObjectType, FlagBaseType)

// BoolType is Python's bool.
var BoolType = newBuiltinType("bool", IntType, 0)

func init() {
	intKind.typ = IntType
	boolKind.typ = BoolType
	t := IntType
	t.New = intNew
	t.Repr = intRepr
	t.Hash = intHash
	t.RichCompare = intCompare
	t.Bool = intBool
	t.Neg = intNeg
	t.Pos = intPos
	t.Abs = intAbs
	t.Invert = intInvert
	t.Index = intIndex
	t.IntConv = intIndex
	t.FloatConv = intFloatConv
	for op := BinaryOpKind(0); op < NumBinaryOps; op++ {
		if op == OpMatMul {
			continue
		}
		t.Binary[op] = intBinarySlot(op)
	}
	intTrueDiv := t.Binary[OpTrueDiv]
	t.Binary[OpTrueDiv] = func(a, b Value) (Value, error) {
		if IsIntLike(a) && IsIntLike(b) {
			if y, ok := AsBig(b); ok && y.Sign() == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "division by zero")
			}
		}
		return intTrueDiv(a, b)
	}
	intFloorDiv := t.Binary[OpFloorDiv]
	t.Binary[OpFloorDiv] = func(a, b Value) (Value, error) {
		if (b.IsInt() || b.IsBool()) && b.AsInt() == 0 && IsIntLike(a) {
			return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		return intFloorDiv(a, b)
	}
	intMod := t.Binary[OpMod]
	t.Binary[OpMod] = func(a, b Value) (Value, error) {
		if (b.IsInt() || b.IsBool()) && b.AsInt() == 0 && IsIntLike(a) {
			return Value{}, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
		}
		return intMod(a, b)
	}
	intPow := t.Binary[OpPow]
	t.Binary[OpPow] = func(a, b Value) (Value, error) {
		if IsIntLike(a) && IsIntLike(b) {
			if y, _ := AsBig(b); y.Sign() < 0 {
				fx, err := IntToFloat(a)
				if err != nil {
					return Value{}, err
				}
				fy, err := IntToFloat(b)
				if err != nil {
					return Value{}, err
				}
				return floatPow(fx, fy)
			}
		}
		return intPow(a, b)
	}
	b := BoolType
	b.Repr = func(v Value) (Value, error) {
		if v.AsBool() {
			return StrValue("True"), nil
		}
		return StrValue("False"), nil
	}
	b.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		var x Value
		if err := UnpackArgs("bool", args, kwnames, "x?", &x); err != nil {
			return Value{}, err
		}
		if x.obj == nil {
			return False, nil
		}
		r, err := Truth(x)
		return Bool(r), err
	}
	for _, op := range []BinaryOpKind{OpAnd, OpOr, OpXor} {
		op := op
		ib := t.Binary[op]
		b.Binary[op] = func(a, c Value) (Value, error) {
			if a.IsBool() && c.IsBool() {
				r, _ := intFastBinary(op, a.AsInt(), c.AsInt())
				return Bool(r.AsInt() != 0), nil
			}
			return ib(a, c)
		}
	}
}
