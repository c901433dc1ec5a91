package py

// This file defines the item formats of memoryview: the native
// single-character struct formats (https://docs.python.org/3.12/library/struct.html#format-characters)
// that memoryview.cast accepts, and packing and unpacking one item with
// CPython's "invalid type/value for format" errors. The struct module
// lives in interp/stdlib, which py cannot import, so the few native
// formats are handled here.

import (
	"encoding/binary"
	"math"
	"math/big"
)

// nativeItemSize returns the size of a native single-character format
// ("@" prefix allowed) and whether memoryview supports it.
func nativeItemSize(format string) (int, bool) {
	if len(format) == 2 && format[0] == '@' {
		format = format[1:]
	}
	if len(format) != 1 {
		return 0, false
	}
	switch format[0] {
	case 'c', 'b', 'B', '?':
		return 1, true
	case 'h', 'H', 'e':
		return 2, true
	case 'i', 'I', 'f':
		return 4, true
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return 8, true
	}
	return 0, false
}

// formatChar is the format letter without its optional "@".
func formatChar(format string) byte {
	return format[len(format)-1]
}

// isByteFormat reports whether format is one of the byte formats casts
// may start from or go to freely ('B', 'b', 'c').
func isByteFormat(format string) bool {
	switch format {
	case "B", "b", "c", "@B", "@b", "@c":
		return true
	}
	return false
}

// unpackItem decodes one item of format from p (len(p) is the item size).
func unpackItem(format string, p []byte) Value {
	ne := binary.NativeEndian
	switch formatChar(format) {
	case 'B':
		return Int(int64(p[0]))
	case 'b':
		return Int(int64(int8(p[0])))
	case 'c':
		return NewBytes(string(p[:1]))
	case '?':
		return Bool(p[0] != 0)
	case 'h':
		return Int(int64(int16(ne.Uint16(p))))
	case 'H':
		return Int(int64(ne.Uint16(p)))
	case 'i':
		return Int(int64(int32(ne.Uint32(p))))
	case 'I':
		return Int(int64(ne.Uint32(p)))
	case 'l', 'q', 'n':
		return Int(int64(ne.Uint64(p)))
	case 'L', 'Q', 'N', 'P':
		u := ne.Uint64(p)
		if u > math.MaxInt64 {
			return MakeBigInt(new(big.Int).SetUint64(u))
		}
		return Int(int64(u))
	case 'e':
		return Float(halfToFloat(ne.Uint16(p)))
	case 'f':
		return Float(float64(math.Float32frombits(ne.Uint32(p))))
	case 'd':
		return Float(math.Float64frombits(ne.Uint64(p)))
	}
	return None
}

// packItem encodes v as one item of format into p.
func packItem(format string, p []byte, v Value) error {
	ne := binary.NativeEndian
	c := formatChar(format)
	invalidType := func() error {
		return Errorf(TypeErrorType, "memoryview: invalid type for format '%s'", format)
	}
	invalidValue := func() error {
		return Errorf(ValueErrorType, "memoryview: invalid value for format '%s'", format)
	}
	switch c {
	case 'c':
		b, ok := v.obj.(*Bytes)
		if !ok {
			return invalidType()
		}
		if len(b.S) != 1 {
			return invalidValue()
		}
		p[0] = b.S[0]
		return nil
	case '?':
		t, err := Truth(v)
		if err != nil {
			return err
		}
		p[0] = 0
		if t {
			p[0] = 1
		}
		return nil
	case 'e', 'f', 'd':
		if !IsIntLike(v) && !v.IsFloat() && v.Type().FloatConv == nil {
			return invalidType()
		}
		f, err := FloatOf(v)
		if err != nil {
			return err
		}
		switch c {
		case 'e':
			h, ok := floatToHalf(f)
			if !ok {
				return Errorf(OverflowErrorType, "float too large to pack with e format")
			}
			ne.PutUint16(p, h)
		case 'f':
			if !math.IsInf(f, 0) && !math.IsNaN(f) && math.Abs(f) > math.MaxFloat32 {
				return Errorf(OverflowErrorType, "float too large to pack with f format")
			}
			ne.PutUint32(p, math.Float32bits(float32(f)))
		default:
			ne.PutUint64(p, math.Float64bits(f))
		}
		return nil
	}
	if !hasIndex(v) {
		return invalidType()
	}
	iv, err := Index(v)
	if err != nil {
		return err
	}
	b, _ := AsBig(iv)
	var lo, hi *big.Int
	size := len(p)
	switch c {
	case 'B', 'H', 'I', 'L', 'Q', 'N', 'P':
		lo = new(big.Int)
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(8*size)), big.NewInt(1))
	default:
		lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), uint(8*size-1)))
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(8*size-1)), big.NewInt(1))
	}
	if b.Cmp(lo) < 0 || b.Cmp(hi) > 0 {
		return invalidValue()
	}
	var u uint64
	if b.Sign() < 0 {
		u = uint64(b.Int64())
	} else {
		u = b.Uint64()
	}
	switch size {
	case 1:
		p[0] = byte(u)
	case 2:
		ne.PutUint16(p, uint16(u))
	case 4:
		ne.PutUint32(p, uint32(u))
	default:
		ne.PutUint64(p, u)
	}
	return nil
}

// halfToFloat decodes an IEEE 754 binary16 value.
func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		if frac != 0 {
			return math.NaN()
		}
		return math.Inf(int(sign))
	}
	return sign * math.Ldexp(1+frac/1024, exp-15)
}

// floatToHalf encodes f as binary16 with round-half-even; ok is false
// when a finite f is too large.
func floatToHalf(f float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(f) {
		sign = 0x8000
		f = -f
	}
	switch {
	case math.IsNaN(f):
		return sign | 0x7e00, true
	case math.IsInf(f, 0):
		return sign | 0x7c00, true
	case f == 0:
		return sign, true
	}
	frac, exp := math.Frexp(f) // f = frac * 2**exp, frac in [0.5, 1)
	e := exp - 1 + 15          // biased exponent of 1.xxx form
	if e <= 0 {
		// Subnormal: units of 2**-24.
		m := math.RoundToEven(math.Ldexp(f, 24))
		if m >= 1024 {
			return sign | 1<<10, true
		}
		return sign | uint16(m), true
	}
	m := math.RoundToEven((frac*2 - 1) * 1024)
	if m >= 1024 {
		m = 0
		e++
	}
	if e >= 31 {
		return 0, false
	}
	return sign | uint16(e)<<10 | uint16(m), true
}
