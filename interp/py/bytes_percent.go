package py

import "math/big"

// This file implements bytes % args (and bytearray % args): printf-style
// formatting where %s and %b take bytes-like objects.

// bytesPercent implements bytes % args.
func bytesPercent(format string, b Value) (string, error) {
	s, err := percentFormat(format, percentArgsOf(b), bytesPercentOps)
	return s, pyErr(err)
}

// bytesPercentOps are the bytes % conversions: %s and %b take bytes-like
// objects (or __bytes__), %r and %a give ascii(repr), %c one byte.
var bytesPercentOps = &percentOps[Value]{
	allowB: true,
	str: func(v Value) (string, error) {
		if s, ok := AsBytes(v); ok {
			return s, nil
		}
		if r, found, err := CallDunder(v, "__bytes__"); found {
			if err != nil {
				return "", err
			}
			if s, ok := AsBytes(r); ok {
				return s, nil
			}
		}
		return "", Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.Type().Name)
	},
	repr:    func(v Value) (string, error) { r, err := ReprString(v); return ASCIIRepr(r), err },
	ascii:   func(v Value) (string, error) { r, err := ReprString(v); return ASCIIRepr(r), err },
	integer: strPercentOps.integer,
	float:   strPercentOps.float,
	char: func(v Value) (string, error) {
		if s, ok := AsBytes(v); ok && len(s) == 1 {
			return s, nil
		}
		if b, ok := AsBig(v); ok {
			if b.Sign() < 0 || b.Cmp(big.NewInt(255)) > 0 {
				return "", Errorf(OverflowErrorType, "%s", "%c arg not in range(256)")
			}
			return string([]byte{byte(b.Int64())}), nil
		}
		return "", Errorf(TypeErrorType, "%s", "%c requires an integer in range(256) or a single byte")
	},
	starInt: strPercentOps.starInt,
}
