// This file implements _struct: packing and unpacking of binary records
// (the struct module's format language), raising struct.error through the
// class the Python half registers.

package stdlib

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strings"

	"adder/interp/py"
)

// structError is struct.error, set by lib/struct.py.
var structError py.Value

func structErrorf(format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if structError.IsValid() {
		v, err := py.Call(structError, []py.Value{py.StrValue(msg)}, nil)
		if err != nil {
			return err
		}
		if e, ok := v.Object().(error); ok {
			return e
		}
	}
	return py.Errorf(py.ValueErrorType, "%s", msg)
}

type structItem struct {
	code  byte
	count int // repeat count, or the length for 's'/'p'
	size  int // bytes per item
	align int
}

type structLayout struct {
	order  binary.ByteOrder
	native bool
	items  []structItem
	size   int
}

var structSizes = map[byte][2]int{ // standard size, native size
	'x': {1, 1}, 'c': {1, 1}, 'b': {1, 1}, 'B': {1, 1}, '?': {1, 1},
	'h': {2, 2}, 'H': {2, 2}, 'i': {4, 4}, 'I': {4, 4}, 'l': {4, 8}, 'L': {4, 8},
	'q': {8, 8}, 'Q': {8, 8}, 'n': {0, 8}, 'N': {0, 8}, 'e': {2, 2}, 'f': {4, 4},
	'd': {8, 8}, 's': {1, 1}, 'p': {1, 1}, 'P': {0, 8},
}

func parseStructFormat(f string) (*structLayout, error) {
	l := &structLayout{order: binary.LittleEndian, native: true}
	if f != "" {
		switch f[0] {
		case '@':
			f = f[1:]
		case '=':
			l.native = false
			f = f[1:]
		case '<':
			l.native = false
			f = f[1:]
		case '>', '!':
			l.native = false
			l.order = binary.BigEndian
			f = f[1:]
		}
	}
	for i := 0; i < len(f); {
		c := f[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		count := 1
		hasCount := false
		if c >= '0' && c <= '9' {
			count = 0
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				count = count*10 + int(f[i]-'0')
				i++
			}
			hasCount = true
			if i >= len(f) {
				return nil, structErrorf("repeat count given without format specifier")
			}
			c = f[i]
		}
		i++
		sz, ok := structSizes[c]
		if !ok {
			return nil, structErrorf("bad char in struct format")
		}
		size := sz[0]
		if l.native {
			size = sz[1]
		} else if size == 0 {
			return nil, structErrorf("bad char in struct format")
		}
		align := 1
		if l.native {
			align = size
		}
		if align > 1 && l.size%align != 0 {
			l.size += align - l.size%align
		}
		it := structItem{code: c, count: count, size: size, align: align}
		_ = hasCount
		if c == 's' || c == 'p' {
			l.size += count
		} else {
			l.size += count * size
		}
		l.items = append(l.items, it)
	}
	return l, nil
}

func (l *structLayout) nargs() int {
	n := 0
	for _, it := range l.items {
		switch it.code {
		case 'x':
		case 's', 'p':
			n++
		default:
			n += it.count
		}
	}
	return n
}

func intRange(code byte, size int) (lo, hi *big.Int, unsigned bool) {
	bits := uint(size * 8)
	switch code {
	case 'B', 'H', 'I', 'L', 'Q', 'N', 'P':
		return big.NewInt(0), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1)), true
	}
	lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
	hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
	return lo, hi, false
}

func (l *structLayout) pack(args []py.Value) ([]byte, error) {
	if len(args) != l.nargs() {
		return nil, structErrorf("pack expected %d items for packing (got %d)", l.nargs(), len(args))
	}
	buf := make([]byte, 0, l.size)
	ai := 0
	for _, it := range l.items {
		if it.align > 1 && len(buf)%it.align != 0 {
			buf = append(buf, make([]byte, it.align-len(buf)%it.align)...)
		}
		switch it.code {
		case 'x':
			buf = append(buf, make([]byte, it.count)...)
			continue
		case 's', 'p':
			b, ok := py.AsBytes(args[ai])
			if !ok {
				return nil, structErrorf("argument for '%c' must be a bytes object", it.code)
			}
			ai++
			out := make([]byte, it.count)
			if it.code == 'p' {
				n := len(b)
				if n > it.count-1 {
					n = it.count - 1
				}
				if it.count > 0 {
					if n > 255 {
						n = 255
					}
					out[0] = byte(n)
					copy(out[1:], b[:n])
				}
			} else {
				copy(out, b)
			}
			buf = append(buf, out...)
			continue
		}
		for k := 0; k < it.count; k++ {
			v := args[ai]
			ai++
			var err error
			buf, err = l.packOne(buf, it, v)
			if err != nil {
				return nil, err
			}
		}
	}
	return buf, nil
}

func (l *structLayout) packOne(buf []byte, it structItem, v py.Value) ([]byte, error) {
	tmp := make([]byte, 8)
	switch it.code {
	case 'c':
		b, ok := py.AsBytes(v)
		if !ok || len(b) != 1 {
			return nil, structErrorf("char format requires a bytes object of length 1")
		}
		return append(buf, b[0]), nil
	case '?':
		t, err := py.Truth(v)
		if err != nil {
			return nil, err
		}
		if t {
			return append(buf, 1), nil
		}
		return append(buf, 0), nil
	case 'e', 'f', 'd':
		f, err := py.FloatOf(v)
		if err != nil {
			return nil, structErrorf("required argument is not a float")
		}
		switch it.code {
		case 'f':
			if !math.IsInf(f, 0) && !math.IsNaN(f) && math.Abs(f) > math.MaxFloat32 {
				return nil, py.Errorf(py.OverflowErrorType, "float too large to pack with f format")
			}
			l.order.PutUint32(tmp, math.Float32bits(float32(f)))
			return append(buf, tmp[:4]...), nil
		case 'd':
			l.order.PutUint64(tmp, math.Float64bits(f))
			return append(buf, tmp[:8]...), nil
		default:
			h, err := float16bits(f)
			if err != nil {
				return nil, err
			}
			l.order.PutUint16(tmp, h)
			return append(buf, tmp[:2]...), nil
		}
	}
	if !py.IsIntLike(v) {
		iv, err := py.Index(v)
		if err != nil {
			return nil, structErrorf("required argument is not an integer")
		}
		v = iv
	}
	b, _ := py.AsBig(v)
	lo, hi, unsigned := intRange(it.code, it.size)
	if b.Cmp(lo) < 0 || b.Cmp(hi) > 0 {
		if unsigned && l.native {
			return nil, structErrorf("'%c' format requires 0 <= number <= %s", it.code, hi.String())
		}
		if unsigned {
			return nil, structErrorf("'%c' format requires 0 <= number <= %s", it.code, hi.String())
		}
		return nil, structErrorf("'%c' format requires %s <= number <= %s", it.code, lo.String(), hi.String())
	}
	u := new(big.Int).Set(b)
	if u.Sign() < 0 {
		u.Add(u, new(big.Int).Lsh(big.NewInt(1), uint(it.size*8)))
	}
	x := u.Uint64()
	switch it.size {
	case 1:
		return append(buf, byte(x)), nil
	case 2:
		l.order.PutUint16(tmp, uint16(x))
	case 4:
		l.order.PutUint32(tmp, uint32(x))
	case 8:
		l.order.PutUint64(tmp, x)
	}
	return append(buf, tmp[:it.size]...), nil
}

func float16bits(f float64) (uint16, error) {
	bits := math.Float64bits(f)
	sign := uint16(bits>>48) & 0x8000
	if math.IsNaN(f) {
		return sign | 0x7e00, nil
	}
	if math.IsInf(f, 0) {
		return sign | 0x7c00, nil
	}
	a := math.Abs(f)
	if a == 0 {
		return sign, nil
	}
	if a >= 65520 {
		return 0, py.Errorf(py.OverflowErrorType, "float too large to pack with e format")
	}
	// Round to nearest even at half precision.
	e := math.Floor(math.Log2(a))
	if e < -14 {
		m := math.RoundToEven(a / math.Pow(2, -24))
		return sign | uint16(m), nil
	}
	m := math.RoundToEven((a/math.Pow(2, e) - 1) * 1024)
	if m == 1024 {
		m = 0
		e++
	}
	return sign | uint16(e+15)<<10 | uint16(m), nil
}

func float16value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * m * math.Pow(2, -24)
	case 31:
		if m == 0 {
			return sign * math.Inf(1)
		}
		return math.NaN()
	}
	return sign * (1 + m/1024) * math.Pow(2, float64(e-15))
}

func (l *structLayout) unpack(b []byte) ([]py.Value, error) {
	if len(b) != l.size {
		return nil, structErrorf("unpack requires a buffer of %d bytes", l.size)
	}
	var out []py.Value
	pos := 0
	for _, it := range l.items {
		if it.align > 1 && pos%it.align != 0 {
			pos += it.align - pos%it.align
		}
		switch it.code {
		case 'x':
			pos += it.count
			continue
		case 's':
			out = append(out, py.NewBytes(string(b[pos:pos+it.count])))
			pos += it.count
			continue
		case 'p':
			n := 0
			if it.count > 0 {
				n = int(b[pos])
				if n > it.count-1 {
					n = it.count - 1
				}
				out = append(out, py.NewBytes(string(b[pos+1:pos+1+n])))
			} else {
				out = append(out, py.NewBytes(""))
			}
			pos += it.count
			continue
		}
		for k := 0; k < it.count; k++ {
			chunk := b[pos : pos+it.size]
			pos += it.size
			out = append(out, l.unpackOne(it, chunk))
		}
	}
	return out, nil
}

func (l *structLayout) unpackOne(it structItem, c []byte) py.Value {
	switch it.code {
	case 'c':
		return py.NewBytes(string(c))
	case '?':
		return py.Bool(c[0] != 0)
	case 'e':
		return py.Float(float16value(l.order.Uint16(c)))
	case 'f':
		return py.Float(float64(math.Float32frombits(l.order.Uint32(c))))
	case 'd':
		return py.Float(math.Float64frombits(l.order.Uint64(c)))
	}
	var x uint64
	switch it.size {
	case 1:
		x = uint64(c[0])
	case 2:
		x = uint64(l.order.Uint16(c))
	case 4:
		x = uint64(l.order.Uint32(c))
	case 8:
		x = l.order.Uint64(c)
	}
	if _, _, unsigned := intRange(it.code, it.size); unsigned {
		if x > math.MaxInt64 {
			return py.MakeBigInt(new(big.Int).SetUint64(x))
		}
		return py.Int(int64(x))
	}
	shift := uint(64 - 8*it.size)
	return py.Int(int64(x<<shift) >> shift)
}

func formatArg(v py.Value) (string, error) {
	if s, ok := py.AsStr(v); ok {
		return s, nil
	}
	if b, ok := py.AsBytes(v); ok {
		return b, nil
	}
	return "", py.Errorf(py.TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", v.Type().Name)
}

func init() {
	registerGoModule("_struct", "Binary record packing for struct (adder).", func(d *py.Dict) {
		py.AddFunc(d, "_set_error", func(args []py.Value, kw []string) (py.Value, error) {
			structError = args[0]
			return py.None, nil
		})
		py.AddFunc(d, "calcsize", func(args []py.Value, kw []string) (py.Value, error) {
			f, err := formatArg(args[0])
			if err != nil {
				return py.Value{}, err
			}
			l, err := parseStructFormat(f)
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(int64(l.size)), nil
		})
		py.AddFunc(d, "pack", func(args []py.Value, kw []string) (py.Value, error) {
			if len(args) == 0 {
				return py.Value{}, py.Errorf(py.TypeErrorType, "pack expected at least 1 argument, got 0")
			}
			f, err := formatArg(args[0])
			if err != nil {
				return py.Value{}, err
			}
			l, err := parseStructFormat(f)
			if err != nil {
				return py.Value{}, err
			}
			b, err := l.pack(args[1:])
			if err != nil {
				return py.Value{}, err
			}
			return py.NewBytes(string(b)), nil
		})
		py.AddFunc(d, "unpack", func(args []py.Value, kw []string) (py.Value, error) {
			f, err := formatArg(args[0])
			if err != nil {
				return py.Value{}, err
			}
			l, err := parseStructFormat(f)
			if err != nil {
				return py.Value{}, err
			}
			b, ok := py.AsBytes(args[1])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '%s'", args[1].Type().Name)
			}
			off := 0
			if len(args) > 2 {
				off = int(args[2].AsInt())
				if off < 0 {
					off += len(b)
				}
				if off < 0 || off+l.size > len(b) {
					return py.Value{}, structErrorf("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", off+l.size, l.size, off, len(b))
				}
				b = b[off : off+l.size]
			}
			vals, err := l.unpack([]byte(b))
			if err != nil {
				return py.Value{}, err
			}
			return py.NewTuple(vals...), nil
		})
		_ = strings.TrimSpace
	})
}
