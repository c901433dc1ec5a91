// This file implements binascii (hex, base64, crc32) over Go's encoding
// packages; binascii.Error is registered by the Python half.

package stdlib

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"strings"

	"adder/interp/py"
)

var binasciiError py.Value

func binasciiErrorf(format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if binasciiError.IsValid() {
		v, err := py.Call(binasciiError, []py.Value{py.StrValue(msg)}, nil)
		if err != nil {
			return err
		}
		if e, ok := v.Object().(error); ok {
			return e
		}
	}
	return py.Errorf(py.ValueErrorType, "%s", msg)
}

// asciiData accepts bytes-like objects and ASCII str (as a2b_* do).
func asciiData(v py.Value) (string, error) {
	if b, ok := py.AsBytes(v); ok {
		return b, nil
	}
	if s, ok := py.AsStr(v); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 128 {
				return "", py.Errorf(py.ValueErrorType, "string argument should contain only ASCII characters")
			}
		}
		return s, nil
	}
	return "", py.Errorf(py.TypeErrorType, "argument should be bytes, buffer or ASCII string, not '%s'", v.Type().Name)
}

func bytesData(v py.Value) (string, error) {
	if b, ok := py.AsBytes(v); ok {
		return b, nil
	}
	return "", py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
}

func isB64(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
}

// b64decode decodes base64, skipping characters outside the alphabet
// unless strict, with binascii's errors.
func b64decode(s string, strict bool) (string, error) {
	var clean strings.Builder
	pads := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' {
			pads++
			if strict && clean.Len()%4 < 2 {
				return "", binasciiErrorf("Excess padding not allowed")
			}
			// Enough padding ends the data.
			if (clean.Len()+pads)%4 == 0 && clean.Len()%4 >= 2 {
				break
			}
			continue
		}
		if !isB64(c) {
			if strict {
				return "", binasciiErrorf("Only base64 data is allowed")
			}
			continue
		}
		if pads > 0 && strict {
			return "", binasciiErrorf("Discontinuous padding not allowed")
		}
		clean.WriteByte(c)
	}
	data := clean.String()
	switch len(data) % 4 {
	case 1:
		return "", binasciiErrorf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(data))
	case 2:
		if pads < 2 {
			return "", binasciiErrorf("Incorrect padding")
		}
	case 3:
		if pads < 1 {
			return "", binasciiErrorf("Incorrect padding")
		}
	}
	out, err := base64.RawStdEncoding.DecodeString(data)
	if err != nil {
		// Non-zero trailing bits are accepted by CPython.
		out, err = base64.RawStdEncoding.WithPadding(base64.NoPadding).Strict().DecodeString(data)
		if err != nil {
			return "", binasciiErrorf("Incorrect padding")
		}
	}
	return string(out), nil
}

func init() {
	registerGoModule("binascii", "Conversion between binary data and ASCII (adder).", func(d *py.Dict) {
		// binascii.Error and binascii.Incomplete are plain classes made by
		// calling type(), as a class statement would.
		for _, c := range []struct {
			name string
			base *py.Type
		}{{"Error", py.ValueErrorType}, {"Incomplete", py.ExceptionType}} {
			ns := py.NewDict()
			ns.SetStr("__module__", py.StrValue("binascii"))
			cls, err := py.Call(py.ObjectValue(py.TypeType), []py.Value{py.StrValue(c.name), py.NewTuple(py.ObjectValue(c.base)), py.ObjectValue(ns)}, nil)
			if err == nil {
				d.SetStr(c.name, cls)
				if c.name == "Error" {
					binasciiError = cls
				}
			}
		}
		hexlify := func(args []py.Value, kw []string) (py.Value, error) {
			var data, sep py.Value
			bps := int64(1)
			if err := py.UnpackArgs("hexlify", args, kw, "data", &data, "sep?", &sep, "bytes_per_sep?", &bps); err != nil {
				return py.Value{}, err
			}
			b, err := bytesData(data)
			if err != nil {
				return py.Value{}, err
			}
			h := hex.EncodeToString([]byte(b))
			if sep.IsValid() && !sep.IsNone() {
				sp, ok := py.AsStr(sep)
				if !ok {
					sp, _ = py.AsBytes(sep)
				}
				if len(sp) != 1 {
					return py.Value{}, py.Errorf(py.ValueErrorType, "sep must be length 1.")
				}
				h = groupHex(h, sp, int(bps))
			}
			return py.NewBytes(h), nil
		}
		py.AddFunc(d, "hexlify", hexlify)
		py.AddFunc(d, "b2a_hex", hexlify)
		unhexlify := func(args []py.Value, kw []string) (py.Value, error) {
			s, err := asciiData(args[0])
			if err != nil {
				return py.Value{}, err
			}
			if len(s)%2 == 1 {
				return py.Value{}, binasciiErrorf("Odd-length string")
			}
			b, err := hex.DecodeString(s)
			if err != nil {
				return py.Value{}, binasciiErrorf("Non-hexadecimal digit found")
			}
			return py.NewBytes(string(b)), nil
		}
		py.AddFunc(d, "unhexlify", unhexlify)
		py.AddFunc(d, "a2b_hex", unhexlify)
		py.AddFunc(d, "b2a_base64", func(args []py.Value, kw []string) (py.Value, error) {
			var data py.Value
			newline := true
			if err := py.UnpackArgs("b2a_base64", args, kw, "data", &data, "$newline?", &newline); err != nil {
				return py.Value{}, err
			}
			b, err := bytesData(data)
			if err != nil {
				return py.Value{}, err
			}
			out := base64.StdEncoding.EncodeToString([]byte(b))
			if newline {
				out += "\n"
			}
			return py.NewBytes(out), nil
		})
		py.AddFunc(d, "a2b_base64", func(args []py.Value, kw []string) (py.Value, error) {
			var data py.Value
			strict := false
			if err := py.UnpackArgs("a2b_base64", args, kw, "data", &data, "$strict_mode?", &strict); err != nil {
				return py.Value{}, err
			}
			s, err := asciiData(data)
			if err != nil {
				return py.Value{}, err
			}
			out, err := b64decode(s, strict)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewBytes(out), nil
		})
		py.AddFunc(d, "crc32", func(args []py.Value, kw []string) (py.Value, error) {
			var data py.Value
			var start int64
			if err := py.UnpackArgs("crc32", args, kw, "data", &data, "crc?", &start); err != nil {
				return py.Value{}, err
			}
			b, err := bytesData(data)
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(int64(crc32.Update(uint32(start), crc32.IEEETable, []byte(b)))), nil
		})
	})
}

// groupHex inserts sep every bps bytes (2*bps hex digits), counting from
// the right for positive bps as CPython does.
func groupHex(h, sep string, bps int) string {
	if bps == 0 {
		return h
	}
	step := 2 * bps
	if step < 0 {
		step = -step
	}
	var parts []string
	if bps > 0 {
		for len(h) > step {
			parts = append([]string{h[len(h)-step:]}, parts...)
			h = h[:len(h)-step]
		}
		parts = append([]string{h}, parts...)
	} else {
		for len(h) > step {
			parts = append(parts, h[:step])
			h = h[step:]
		}
		parts = append(parts, h)
	}
	return strings.Join(parts, sep)
}
