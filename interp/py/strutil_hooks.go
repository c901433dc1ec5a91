package py

import "math/big"

// This file installs the library's CPython-exact number conversions into
// the core's hooks: float repr, int(str) and float(str).

func init() {
	FloatReprFunc = floatRepr
	IntParseHook = func(s string, base int) (Value, error) {
		v, err := parseIntString(s, base, maxStrDigits())
		if err != nil {
			return Value{}, pyErr(err)
		}
		return MakeBigIntSmall(v), nil
	}
	FloatParseHook = func(s string) (Value, error) {
		f, err := parseFloatString(s)
		if err != nil {
			return Value{}, pyErr(err)
		}
		return Float(f), nil
	}
}

// MakeBigIntSmall returns v as an int Value without keeping v when it fits
// in int64 (MakeBigInt retains its argument).
func MakeBigIntSmall(v *big.Int) Value {
	if v.IsInt64() {
		return Int(v.Int64())
	}
	return MakeBigInt(v)
}

// maxStrDigits returns sys.get_int_max_str_digits() (4300 unless changed).
func maxStrDigits() int {
	if v := SysAttr("_int_max_str_digits"); v.IsValid() && v.IsInt() {
		return int(v.AsInt())
	}
	return defaultMaxStrDigits
}
