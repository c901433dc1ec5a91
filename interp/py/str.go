// This file defines Str, Python's str: UTF-8 with an ASCII flag and a lazily
// built code-point index, plus the str type's core slots.

package py

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Str is a Python str. S is its UTF-8 text (always valid UTF-8; lone
// surrogates are encoded as WTF-8). Indexing is by code point: ASCII strings
// index bytes directly, others use a lazily built offset table.
type Str struct {
	S     string
	typ   *Type // nil means StrType
	h     int64 // cached hash; 0 = not computed
	nrune int32 // code points; -1 unknown
	ascii int8  // 0 unknown, 1 ascii, 2 not
	// more holds what few strings need, so that a Str is 48 bytes (a
	// size class) rather than 80: most programs' live heaps are mostly
	// short strings.
	more *strMore
}

// strMore is the rarely needed part of a Str.
type strMore struct {
	// offs is the code-point index of a non-ASCII string (see Offset).
	offs []int32
	// inst is a str subclass instance's __dict__/slots.
	inst *Instance
	// app is the growable buffer S lives in when S was built by
	// concatenation; see concatStr.
	app *appendBuf
}

// extra returns s.more, allocating it on first use.
func (s *Str) extra() *strMore {
	if s.more == nil {
		s.more = &strMore{}
	}
	return s.more
}

// appendBuf backs strings built by repeated concatenation: S of each
// such string is a prefix of buf. A string whose length equals used may
// append in place (bytes past used are not part of any string yet), which
// makes s += x amortised O(len(x)) without reference counting.
type appendBuf struct {
	buf  []byte
	used int
}

// concatMin is the result length from which concatenation reserves room
// to grow.
const concatMin = 128

// concatStr returns a + b, appending in place into a's buffer when a is
// the latest string in it.
func concatStr(a *Str, b string) Value {
	if len(b) == 0 {
		return ObjectValue(a)
	}
	n := len(a.S) + len(b)
	if a.more != nil {
		if ap := a.more.app; ap != nil && ap.used == len(a.S) && cap(ap.buf)-ap.used >= len(b) {
			buf := ap.buf[:n]
			copy(buf[ap.used:], b)
			ap.used = n
			return ObjectValue(&Str{S: unsafe.String(&buf[0], n), nrune: -1, more: &strMore{app: ap}})
		}
	}
	if n < concatMin {
		return StrValue(a.S + b)
	}
	buf := make([]byte, n, 2*n)
	copy(buf, a.S)
	copy(buf[len(a.S):], b)
	// The string aliases buf; bytes below used are never written again.
	return ObjectValue(&Str{S: unsafe.String(&buf[0], n), nrune: -1, more: &strMore{app: &appendBuf{buf: buf, used: n}}})
}

// NewStr returns a new str object.
func NewStr(s string) *Str { return &Str{S: s, nrune: -1} }

// StrValue returns a str Value holding s.
func StrValue(s string) Value {
	if len(s) <= 1 {
		if len(s) == 0 {
			return ObjectValue(emptyStr)
		}
		if s[0] < 128 {
			return ObjectValue(asciiChars[s[0]])
		}
	}
	return ObjectValue(NewStr(s))
}

var emptyStr = NewStr("")
var asciiChars = func() (a [128]*Str) {
	for i := range a {
		a[i] = NewStr(string(rune(i)))
	}
	return
}()

// Type returns str (or the subclass).
func (s *Str) Type() *Type {
	if s.typ != nil {
		return s.typ
	}
	return StrType
}

func (s *Str) hash() int64 {
	if s.h == 0 {
		s.h = hashString(s.S)
	}
	return s.h
}

// IsASCII reports whether every code point is < 128.
func (s *Str) IsASCII() bool {
	if s.ascii == 0 {
		s.ascii = 1
		for i := 0; i < len(s.S); i++ {
			if s.S[i] >= 0x80 {
				s.ascii = 2
				break
			}
		}
	}
	return s.ascii == 1
}

// Len returns the number of code points.
func (s *Str) Len() int {
	if s.IsASCII() {
		return len(s.S)
	}
	if s.nrune < 0 {
		s.nrune = int32(countWTF8(s.S))
	}
	return int(s.nrune)
}

// Offset returns the byte offset of code point i (0 <= i <= Len).
func (s *Str) Offset(i int) int {
	if s.IsASCII() {
		return i
	}
	if i >= s.Len() {
		return len(s.S)
	}
	m := s.extra()
	if m.offs == nil {
		offs := make([]int32, 0, s.Len()/offsStride+1)
		for j, c := 0, 0; j < len(s.S); c++ {
			if c%offsStride == 0 {
				offs = append(offs, int32(j))
			}
			_, size := decodeWTF8(s.S[j:])
			j += size
		}
		m.offs = offs
	}
	j := int(m.offs[i/offsStride])
	for c := i % offsStride; c > 0; c-- {
		_, size := decodeWTF8(s.S[j:])
		j += size
	}
	return j
}

// offsStride is the spacing of the code-point index of a non-ASCII
// string: one int32 per 8 code points, then at most 7 decoding steps, so
// the index costs half a byte per code point rather than four.
const offsStride = 8

// At returns code point i as a one-character string.
func (s *Str) At(i int) string {
	if s.IsASCII() {
		return s.S[i : i+1]
	}
	return s.S[s.Offset(i):s.Offset(i+1)]
}

// Slice returns code points [i, j).
func (s *Str) Slice(i, j int) string {
	if i >= j {
		return ""
	}
	return s.S[s.Offset(i):s.Offset(j)]
}

// AsStr returns the Go string of a str Value (or subclass) and true.
func AsStr(v Value) (string, bool) {
	if s, ok := v.obj.(*Str); ok {
		return s.S, true
	}
	return "", false
}

// StrRepr returns Python's repr of a string: quotes chosen as CPython does,
// escapes for control and non-printable characters.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c == '\t':
				b.WriteString(`\t`)
			case c < 0x20 || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteByte(hexDigits[c>>4])
				b.WriteByte(hexDigits[c&15])
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := decodeWTF8(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		} else if !IsPrintableRune(r) {
			writeRuneEscape(&b, r)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	b.WriteByte(quote)
	return b.String()
}

const hexDigits = "0123456789abcdef"

func writeRuneEscape(b *strings.Builder, r rune) {
	switch {
	case r < 0x100:
		b.WriteString(`\x`)
		b.WriteByte(hexDigits[r>>4&15])
		b.WriteByte(hexDigits[r&15])
	case r < 0x10000:
		b.WriteString(`\u`)
		for sh := 12; sh >= 0; sh -= 4 {
			b.WriteByte(hexDigits[r>>uint(sh)&15])
		}
	default:
		b.WriteString(`\U`)
		for sh := 28; sh >= 0; sh -= 4 {
			b.WriteByte(hexDigits[r>>uint(sh)&15])
		}
	}
}

// IsPrintableRune follows str.isprintable for one code point (approximated
// with Go's unicode tables: letters, marks, numbers, punctuation, symbols and
// the ASCII space are printable).
func IsPrintableRune(r rune) bool {
	if r == ' ' {
		return true
	}
	if r < 0x20 || r == 0x7f {
		return false
	}
	return isGraphic(r)
}

func strNew(t *Type, args []Value, kwnames []string) (Value, error) {
	var obj Value
	var encoding, errors Value
	if err := UnpackArgs("str", args, kwnames, "object?", &obj, "encoding?", &encoding, "errors?", &errors); err != nil {
		return Value{}, err
	}
	var r Value
	if obj.obj == nil {
		r = StrValue("")
	} else if encoding.obj != nil || errors.obj != nil {
		if DecodeHook == nil {
			return Value{}, Errorf(TypeErrorType, "decoding str is not supported")
		}
		v, err := DecodeHook(obj, encoding, errors)
		if err != nil {
			return Value{}, err
		}
		r = v
	} else {
		v, err := StrOf(obj)
		if err != nil {
			return Value{}, err
		}
		r = v
	}
	if t != StrType {
		s := NewStr(r.obj.(*Str).S)
		s.typ = t
		s.extra().inst = newInstanceData(t)
		return ObjectValue(s), nil
	}
	return r, nil
}

// DecodeHook, when set (by the bytes library), implements
// str(b, encoding, errors).
var DecodeHook func(obj, encoding, errors Value) (Value, error)

func strRepr(v Value) (Value, error) { return StrValue(StrRepr(v.obj.(*Str).S)), nil }

func strStr(v Value) (Value, error) {
	s := v.obj.(*Str)
	if s.typ != nil {
		return StrValue(s.S), nil
	}
	return v, nil
}

func strHash(v Value) (int64, error) { return v.obj.(*Str).hash(), nil }

func strCompare(a, b Value, op CompareOp) (Value, error) {
	sa, ok1 := a.obj.(*Str)
	sb, ok2 := b.obj.(*Str)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return Bool(compareOrdered(strings.Compare(sa.S, sb.S), op)), nil
}

func compareOrdered(c int, op CompareOp) bool {
	switch op {
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case GT:
		return c > 0
	}
	return c >= 0
}

func strLen(v Value) (int, error) { return v.obj.(*Str).Len(), nil }

func strContains(v, x Value) (bool, error) {
	sx, ok := x.obj.(*Str)
	if !ok {
		return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", x.Type().Name)
	}
	return strings.Contains(v.obj.(*Str).S, sx.S), nil
}

func strGetItem(v, key Value) (Value, error) {
	s := v.obj.(*Str)
	if sl, ok := key.obj.(*Slice); ok {
		n := s.Len()
		start, stop, step, err := sl.Indices(n)
		if err != nil {
			return Value{}, err
		}
		if step == 1 {
			if stop <= start {
				return StrValue(""), nil
			}
			return StrValue(s.Slice(start, stop)), nil
		}
		var b strings.Builder
		for i, c := start, SliceLen(start, stop, step); c > 0; i, c = i+step, c-1 {
			b.WriteString(s.At(i))
		}
		return StrValue(b.String()), nil
	}
	i, err := IndexOf(key, "string indices must be integers, not '%s'")
	if err != nil {
		return Value{}, err
	}
	n := s.Len()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Value{}, Errorf(IndexErrorType, "string index out of range")
	}
	return StrValue(s.At(i)), nil
}

func strAdd(a, b Value) (Value, error) {
	sa, ok1 := a.obj.(*Str)
	sb, ok2 := b.obj.(*Str)
	if !ok1 || !ok2 {
		if ok1 && !ok2 {
			if _, isStrSub := b.obj.(*Str); !isStrSub {
				return NotImplemented, nil
			}
		}
		return NotImplemented, nil
	}
	if err := checkSize(int64(len(sa.S)) + int64(len(sb.S))); err != nil {
		return Value{}, err
	}
	if sa.typ != nil {
		return StrValue(sa.S + sb.S), nil
	}
	return concatStr(sa, sb.S), nil
}

func strMul(a, b Value) (Value, error) {
	s, ok := a.obj.(*Str)
	n := b
	if !ok {
		s, ok = b.obj.(*Str)
		n = a
		if !ok {
			return NotImplemented, nil
		}
	}
	if !hasIndex(n) {
		return NotImplemented, nil
	}
	k, err := IndexInt64(n)
	if err != nil {
		return Value{}, err
	}
	if k <= 0 || len(s.S) == 0 {
		return StrValue(""), nil
	}
	if k > (1<<63-1)/int64(len(s.S)) {
		return Value{}, Errorf(OverflowErrorType, "repeated string is too long")
	}
	if k > maxAlloc/int64(len(s.S)) {
		return Value{}, Errorf(MemoryErrorType, "")
	}
	if err := checkSize(k * int64(len(s.S))); err != nil {
		return Value{}, err
	}
	return StrValue(strings.Repeat(s.S, int(k))), nil
}

func strIter(v Value) (Value, error) {
	return ObjectValue(&strIterator{s: v.obj.(*Str)}), nil
}

type strIterator struct {
	s   *Str
	pos int // byte offset
}

func (it *strIterator) Type() *Type { return StrIteratorType }

func strIterNext(v Value) (Value, error) {
	it := v.obj.(*strIterator)
	if it.pos >= len(it.s.S) {
		return Value{}, nil
	}
	c := it.s.S[it.pos]
	if c < 0x80 {
		it.pos++
		return ObjectValue(asciiChars[c]), nil
	}
	_, n := decodeWTF8(it.s.S[it.pos:])
	r := StrValue(it.s.S[it.pos : it.pos+n])
	it.pos += n
	return r, nil
}

// StrType is Python's str.
var StrType = newBuiltinType("str", ObjectType, FlagBaseType|FlagSequence)

// StrIteratorType is the type of iter("...").
var StrIteratorType = newBuiltinType("str_ascii_iterator", ObjectType, 0)

func init() {
	t := StrType
	t.New = strNew
	t.Repr = strRepr
	t.Str = strStr
	t.Hash = strHash
	t.RichCompare = strCompare
	t.Len = strLen
	t.Contains = strContains
	t.GetItem = strGetItem
	t.Binary[OpAdd] = strAdd
	t.Binary[OpMul] = strMul
	t.Iter = strIter
	StrIteratorType.Iter = selfIter
	StrIteratorType.Next = strIterNext
}

func isGraphic(r rune) bool { return unicode.IsGraphic(r) && !unicode.Is(unicode.Zs, r) }
