package py

import (
	"strings"
)

// This file defines bytes and bytearray
// (https://docs.python.org/3.12/library/stdtypes.html#binary-sequence-types-bytes-bytearray-memoryview):
// representation, construction, repr and the sequence slots. Methods are
// in bytes_methods.go, codecs in bytes_codec.go.

// Bytes is an immutable bytes object; S holds the raw bytes.
type Bytes struct {
	S    string
	typ  *Type
	inst *Instance
}

// ByteArray is a mutable bytearray.
type ByteArray struct {
	B    []byte
	typ  *Type
	inst *Instance
}

// Bytes types.
var (
	BytesType             = newBuiltinType("bytes", ObjectType, FlagBaseType|FlagSequence)
	ByteArrayType         = newBuiltinType("bytearray", ObjectType, FlagBaseType|FlagSequence)
	BytesIteratorType     = newBuiltinType("bytes_iterator", ObjectType, 0)
	ByteArrayIteratorType = newBuiltinType("bytearray_iterator", ObjectType, 0)
)

// Type returns bytes or the subclass.
func (b *Bytes) Type() *Type {
	if b.typ != nil {
		return b.typ
	}
	return BytesType
}

// InstanceDict returns the __dict__ of a bytes subclass instance.
func (b *Bytes) InstanceDict() *Dict {
	if b.inst == nil {
		return nil
	}
	return b.inst.Dict
}

// Type returns bytearray or the subclass.
func (b *ByteArray) Type() *Type {
	if b.typ != nil {
		return b.typ
	}
	return ByteArrayType
}

// InstanceDict returns the __dict__ of a bytearray subclass instance.
func (b *ByteArray) InstanceDict() *Dict {
	if b.inst == nil {
		return nil
	}
	return b.inst.Dict
}

// NewBytes returns a bytes Value holding s (for b"..." literals too).
func NewBytes(s string) Value { return ObjectValue(&Bytes{S: s}) }

// NewByteArray returns a bytearray Value holding a copy of b.
func NewByteArray(b []byte) Value {
	return ObjectValue(&ByteArray{B: append([]byte{}, b...)})
}

// AsBytes returns the content of a bytes or bytearray value.
func AsBytes(v Value) (string, bool) {
	switch o := v.obj.(type) {
	case *Bytes:
		return o.S, true
	case *ByteArray:
		return string(o.B), true
	case *MemoryView:
		return o.asBytes()
	}
	return bufferBytes(v)
}

// bytesOfObject returns the bytes of a bytes-like object (the buffer
// protocol subset adder supports).
func bytesOfObject(v Value) (string, error) {
	if s, ok := AsBytes(v); ok {
		return s, nil
	}
	return "", Errorf(TypeErrorType, "cannot convert '%s' object to bytes", v.Type().Name)
}

// bytesLikeArg is bytesOfObject with the "a bytes-like object is
// required" message methods use.
func bytesLikeArg(v Value) (string, error) {
	if s, ok := AsBytes(v); ok {
		return s, nil
	}
	return "", Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
}

// bytesRepr renders b'...' as CPython does.
func bytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexDigitsLower[c>>4])
			b.WriteByte(hexDigitsLower[c&15])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// byteValue converts an int-like value to a byte, with CPython's errors.
func byteValue(v Value) (byte, error) {
	if !IsIntLike(v) && !hasIndex(v) {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	iv, err := Index(v)
	if err != nil {
		return 0, err
	}
	if !iv.IsInt() || iv.AsInt() < 0 || iv.AsInt() > 255 {
		return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(iv.AsInt()), nil
}

// bytesFromSource implements the argument forms shared by bytes() and
// bytearray(): a count, a str with an encoding, a bytes-like object, an
// object with __bytes__ (bytes only) or an iterable of ints.
func bytesFromSource(fname string, args []Value, kw []string, isBytes bool) ([]byte, error) {
	var src, enc, errs Value
	if err := UnpackArgs(fname, args, kw, "source?", &src, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if !src.IsValid() {
		if enc.IsValid() || errs.IsValid() {
			if enc.IsValid() {
				return nil, Errorf(TypeErrorType, "encoding without a string argument")
			}
			return nil, Errorf(TypeErrorType, "errors without a string argument")
		}
		return nil, nil
	}
	if s, ok := AsStr(src); ok {
		if !enc.IsValid() {
			if errs.IsValid() {
				return nil, Errorf(TypeErrorType, "string argument without an encoding")
			}
			return nil, Errorf(TypeErrorType, "string argument without an encoding")
		}
		out, err := encodeString(s, enc, errs)
		return []byte(out), err
	}
	if enc.IsValid() {
		return nil, Errorf(TypeErrorType, "encoding without a string argument")
	}
	if errs.IsValid() {
		return nil, Errorf(TypeErrorType, "errors without a string argument")
	}
	if s, ok := AsBytes(src); ok {
		return []byte(s), nil
	}
	if isBytes {
		if r, found, err := CallDunder(src, "__bytes__"); found {
			if err != nil {
				return nil, err
			}
			s, ok := r.obj.(*Bytes)
			if !ok {
				return nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
			}
			return []byte(s.S), nil
		}
	}
	if IsIntLike(src) || (hasIndex(src) && src.Type().Iter == nil) {
		n, err := IndexInt64(src)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueErrorType, "negative count")
		}
		if err := CheckSize(n); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
	if _, err := GetIter(src); err != nil {
		if IsInstanceError(err, TypeErrorType) {
			return nil, Errorf(TypeErrorType, "cannot convert '%s' object to %s", src.Type().Name, fname)
		}
		return nil, err
	}
	var out []byte
	err := Iterate(src, func(x Value) error {
		c, err := byteValue(x)
		if err != nil {
			if IsInstanceError(err, ValueErrorType) {
				return Errorf(ValueErrorType, "bytes must be in range(0, 256)")
			}
			return err
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

func bytesNew(t *Type, args []Value, kw []string) (Value, error) {
	b, err := bytesFromSource("bytes", args, kw, true)
	if err != nil {
		return Value{}, err
	}
	o := &Bytes{S: string(b)}
	if t != BytesType {
		o.typ, o.inst = t, newInstanceData(t)
	}
	return ObjectValue(o), nil
}

func bytearrayNew(t *Type, args []Value, kw []string) (Value, error) {
	o := &ByteArray{B: []byte{}}
	if t != ByteArrayType {
		o.typ, o.inst = t, newInstanceData(t)
	}
	return ObjectValue(o), nil
}

func bytearrayInit(self Value, args []Value, kw []string) error {
	b, err := bytesFromSource("bytearray", args, kw, false)
	if err != nil {
		return err
	}
	self.obj.(*ByteArray).B = append([]byte{}, b...)
	return nil
}

// bytesCompare orders bytes and bytearray values lexicographically.
func bytesCompare(a, b Value, op CompareOp) (Value, error) {
	x, ok1 := AsBytes(a)
	y, ok2 := AsBytes(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return Bool(compareOrdered(strings.Compare(x, y), op)), nil
}

// bytesHash hashes like CPython's bytes (the same FNV-style hash as str
// is not required; equal bytes must hash equal).
func bytesHash(v Value) (int64, error) {
	s := v.obj.(*Bytes).S
	h := NewStr(s).hash()
	return h, nil
}

// bytesItemsGet implements indexing and slicing for both types.
func bytesGetItem(data string, key Value, mk func(string) Value, typeName string) (Value, error) {
	if sl, ok := key.obj.(*Slice); ok {
		start, stop, step, err := sl.Indices(len(data))
		if err != nil {
			return Value{}, err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			return mk(data[start:stop]), nil
		}
		n := SliceLen(start, stop, step)
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = data[j]
		}
		return mk(string(out)), nil
	}
	i, err := IndexOf(key, typeName+" indices must be integers or slices, not %s")
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		i += len(data)
	}
	if i < 0 || i >= len(data) {
		return Value{}, Errorf(IndexErrorType, "index out of range")
	}
	return Int(int64(data[i])), nil
}

// bytesContains implements `x in b` for an int or a bytes-like x.
func bytesContains(data string, x Value) (bool, error) {
	if IsIntLike(x) || hasIndex(x) {
		c, err := byteValue(x)
		if err != nil {
			return false, err
		}
		return strings.IndexByte(data, c) >= 0, nil
	}
	sub, err := bytesLikeArg(x)
	if err != nil {
		return false, err
	}
	return strings.Contains(data, sub), nil
}

// bytesIterator walks the bytes of a bytes or bytearray.
type bytesIterator struct {
	get func() string
	i   int
	typ *Type
}

func (it *bytesIterator) Type() *Type { return it.typ }

func bytesIterNext(v Value) (Value, error) {
	it := v.obj.(*bytesIterator)
	if it.get == nil {
		return Value{}, nil
	}
	d := it.get()
	if it.i >= len(d) {
		it.get = nil
		return Value{}, nil
	}
	c := d[it.i]
	it.i++
	return Int(int64(c)), nil
}

// bytesRepeat implements b * n.
func bytesRepeat(data string, n Value) (string, error) {
	k, err := IndexInt64(n)
	if err != nil {
		return "", err
	}
	if k <= 0 || data == "" {
		return "", nil
	}
	if err := CheckSize(k * int64(len(data))); err != nil {
		return "", err
	}
	return strings.Repeat(data, int(k)), nil
}

func init() {
	bt := BytesType
	bt.New = bytesNew
	bt.Repr = func(v Value) (Value, error) { return StrValue(bytesRepr(v.obj.(*Bytes).S)), nil }
	bt.Hash = bytesHash
	bt.RichCompare = bytesCompare
	bt.Len = func(v Value) (int, error) { return len(v.obj.(*Bytes).S), nil }
	bt.GetItem = func(v, key Value) (Value, error) {
		return bytesGetItem(v.obj.(*Bytes).S, key, NewBytes, "byte")
	}
	bt.Contains = func(v, x Value) (bool, error) { return bytesContains(v.obj.(*Bytes).S, x) }
	bt.Iter = func(v Value) (Value, error) {
		s := v.obj.(*Bytes).S
		return ObjectValue(&bytesIterator{get: func() string { return s }, typ: BytesIteratorType}), nil
	}
	bt.Binary[OpAdd] = func(a, b Value) (Value, error) {
		x, ok1 := a.obj.(*Bytes)
		y, ok2 := AsBytes(b)
		if !ok1 {
			return NotImplemented, nil
		}
		if !ok2 {
			return Value{}, Errorf(TypeErrorType, "can't concat %s to bytes", b.Type().Name)
		}
		return NewBytes(x.S + y), nil
	}
	bt.Binary[OpMul] = func(a, b Value) (Value, error) {
		x, ok := a.obj.(*Bytes)
		n := b
		if !ok {
			x, ok = b.obj.(*Bytes)
			n = a
		}
		if !ok || !hasIndex(n) {
			return NotImplemented, nil
		}
		s, err := bytesRepeat(x.S, n)
		if err != nil {
			return Value{}, err
		}
		return NewBytes(s), nil
	}
	bt.Binary[OpMod] = func(a, b Value) (Value, error) {
		x, ok := a.obj.(*Bytes)
		if !ok {
			return NotImplemented, nil
		}
		s, err := bytesPercent(x.S, b)
		if err != nil {
			return Value{}, err
		}
		return NewBytes(s), nil
	}

	ba := ByteArrayType
	ba.New = bytearrayNew
	ba.Init = bytearrayInit
	ba.Repr = func(v Value) (Value, error) {
		b := v.obj.(*ByteArray)
		return StrValue(v.Type().Name + "(" + bytesRepr(string(b.B)) + ")"), nil
	}
	ba.RichCompare = bytesCompare
	ba.Len = func(v Value) (int, error) { return len(v.obj.(*ByteArray).B), nil }
	ba.GetItem = func(v, key Value) (Value, error) {
		return bytesGetItem(string(v.obj.(*ByteArray).B), key, func(s string) Value { return NewByteArray([]byte(s)) }, "bytearray")
	}
	ba.SetItem = bytearraySetItem
	ba.Contains = func(v, x Value) (bool, error) { return bytesContains(string(v.obj.(*ByteArray).B), x) }
	ba.Iter = func(v Value) (Value, error) {
		b := v.obj.(*ByteArray)
		return ObjectValue(&bytesIterator{get: func() string { return string(b.B) }, typ: ByteArrayIteratorType}), nil
	}
	ba.Binary[OpAdd] = func(a, b Value) (Value, error) {
		x, ok1 := a.obj.(*ByteArray)
		y, ok2 := AsBytes(b)
		if !ok1 {
			return NotImplemented, nil
		}
		if !ok2 {
			return Value{}, Errorf(TypeErrorType, "can't concat %s to bytearray", b.Type().Name)
		}
		return NewByteArray(append(append([]byte{}, x.B...), y...)), nil
	}
	ba.Binary[OpMul] = func(a, b Value) (Value, error) {
		x, ok := a.obj.(*ByteArray)
		n := b
		if !ok {
			x, ok = b.obj.(*ByteArray)
			n = a
		}
		if !ok || !hasIndex(n) {
			return NotImplemented, nil
		}
		s, err := bytesRepeat(string(x.B), n)
		if err != nil {
			return Value{}, err
		}
		return NewByteArray([]byte(s)), nil
	}
	ba.Binary[OpMod] = func(a, b Value) (Value, error) {
		x, ok := a.obj.(*ByteArray)
		if !ok {
			return NotImplemented, nil
		}
		s, err := bytesPercent(string(x.B), b)
		if err != nil {
			return Value{}, err
		}
		return NewByteArray([]byte(s)), nil
	}
	ba.Inplace[OpAdd] = func(a, b Value) (Value, error) {
		y, err := bytesLikeArg(b)
		if err != nil {
			return Value{}, Errorf(TypeErrorType, "can't concat %s to bytearray", b.Type().Name)
		}
		x := a.obj.(*ByteArray)
		x.B = append(x.B, y...)
		return a, nil
	}
	ba.Inplace[OpMul] = func(a, b Value) (Value, error) {
		if !hasIndex(b) {
			return NotImplemented, nil
		}
		x := a.obj.(*ByteArray)
		s, err := bytesRepeat(string(x.B), b)
		if err != nil {
			return Value{}, err
		}
		x.B = []byte(s)
		return a, nil
	}
	for _, t := range []*Type{BytesIteratorType, ByteArrayIteratorType} {
		t.Iter = selfIter
		t.Next = bytesIterNext
	}
	BuiltinsDict.SetStr("bytes", ObjectValue(BytesType))
	BuiltinsDict.SetStr("bytearray", ObjectValue(ByteArrayType))
	BytesToStrHook = func(v Value) (string, bool) { return AsBytes(v) }
	MakeBytesHook = func(b []byte) Value { return NewBytes(string(b)) }
	DecodeHook = func(obj, encoding, errors Value) (Value, error) {
		data, err := bytesLikeArg(obj)
		if err != nil {
			if _, isStr := AsStr(obj); isStr {
				return Value{}, Errorf(TypeErrorType, "decoding str is not supported")
			}
			return Value{}, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", obj.Type().Name)
		}
		s, err := decodeBytes(data, encoding, errors)
		if err != nil {
			return Value{}, err
		}
		return StrValue(s), nil
	}
}

// bytearraySetItem implements b[i] = x, b[i:j] = iterable and del.
func bytearraySetItem(v, key, val Value) error {
	b := v.obj.(*ByteArray)
	if sl, ok := key.obj.(*Slice); ok {
		start, stop, step, err := sl.Indices(len(b.B))
		if err != nil {
			return err
		}
		var repl []byte
		if val.IsValid() {
			if IsIntLike(val) {
				return Errorf(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			r, err := bytesFromSource("bytearray", []Value{val}, nil, false)
			if err != nil {
				return err
			}
			repl = r
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			nb := make([]byte, 0, len(b.B)-(stop-start)+len(repl))
			nb = append(append(append(nb, b.B[:start]...), repl...), b.B[stop:]...)
			b.B = nb
			return nil
		}
		n := SliceLen(start, stop, step)
		if !val.IsValid() {
			keep := make([]byte, 0, len(b.B)-n)
			del := map[int]bool{}
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				del[j] = true
			}
			for i, c := range b.B {
				if !del[i] {
					keep = append(keep, c)
				}
			}
			b.B = keep
			return nil
		}
		if len(repl) != n {
			return Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(repl), n)
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			b.B[j] = repl[i]
		}
		return nil
	}
	i, err := IndexOf(key, "bytearray indices must be integers or slices, not %s")
	if err != nil {
		return err
	}
	if i < 0 {
		i += len(b.B)
	}
	if i < 0 || i >= len(b.B) {
		if !val.IsValid() {
			return Errorf(IndexErrorType, "bytearray index out of range")
		}
		return Errorf(IndexErrorType, "bytearray index out of range")
	}
	if !val.IsValid() {
		b.B = append(b.B[:i], b.B[i+1:]...)
		return nil
	}
	c, err := byteValue(val)
	if err != nil {
		return err
	}
	b.B[i] = c
	return nil
}
