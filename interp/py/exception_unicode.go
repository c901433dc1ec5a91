// This file gives UnicodeEncodeError, UnicodeDecodeError and
// UnicodeTranslateError built from Python their CPython fields (encoding,
// object, start, end, reason) and their computed message.

package py

import "fmt"

// unicodeErrorKind tells which of the three constructor shapes t uses:
// 'e' encode, 'd' decode, 't' translate, 0 for other exceptions.
func unicodeErrorKind(t *Type) byte {
	switch {
	case t.IsSubtype(UnicodeEncodeErrorType):
		return 'e'
	case t.IsSubtype(UnicodeDecodeErrorType):
		return 'd'
	case t.IsSubtype(UnicodeTranslateErrorType):
		return 't'
	}
	return 0
}

// unicodeErrorInit checks the constructor arguments of a Python-made
// Unicode*Error and stores its fields. Exceptions raised from Go with a
// ready-made message (one argument) are left alone.
func unicodeErrorInit(e *Exception, args []Value) error {
	kind := unicodeErrorKind(e.typ)
	want := 5
	if kind == 't' {
		want = 4
	}
	if len(args) != want {
		return Errorf(TypeErrorType, "function takes exactly %d arguments (%d given)", want, len(args))
	}
	i := 0
	if kind != 't' {
		if _, ok := AsStr(args[0]); !ok {
			return Errorf(TypeErrorType, "argument 1 must be str, not %s", args[0].Type().Name)
		}
		e.SetAttrStr("encoding", args[0])
		i = 1
	} else {
		e.SetAttrStr("encoding", None)
	}
	obj := args[i]
	switch kind {
	case 'd':
		if BytesToStrHook == nil {
			break
		}
		bs, ok := BytesToStrHook(obj)
		if !ok {
			return Errorf(TypeErrorType, "argument %d must be bytes-like object, not '%s'", i+1, obj.Type().Name)
		}
		if _, isBytes := obj.obj.(*Bytes); !isBytes {
			obj = NewBytes(bs)
		}
	default:
		if _, ok := AsStr(obj); !ok {
			return Errorf(TypeErrorType, "argument %d must be str, not %s", i+1, obj.Type().Name)
		}
	}
	e.SetAttrStr("object", obj)
	for j, name := range []string{"start", "end"} {
		v := args[i+1+j]
		if !v.IsInt() {
			if _, big := v.obj.(*BigInt); !big {
				return Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
			}
		}
		e.SetAttrStr(name, v)
	}
	if _, ok := AsStr(args[i+3]); !ok {
		return Errorf(TypeErrorType, "argument %d must be str, not %s", i+4, args[i+3].Type().Name)
	}
	e.SetAttrStr("reason", args[i+3])
	return nil
}

// unicodeErrorStr is str() of a Python-made Unicode*Error, computed from
// its current fields as CPython does; ok is false for other exceptions.
func unicodeErrorStr(e *Exception) (string, bool) {
	obj, reasonV := e.Attr("object"), e.Attr("reason")
	if obj.obj == nil || reasonV.obj == nil {
		return "", false
	}
	reason, _ := StrOf(reasonV)
	rs, _ := AsStr(reason)
	start, end := int(e.Attr("start").AsInt()), int(e.Attr("end").AsInt())
	enc := ""
	if ev := e.Attr("encoding"); ev.obj != nil && !ev.IsNone() {
		s, _ := StrOf(ev)
		enc, _ = AsStr(s)
	}
	switch unicodeErrorKind(e.typ) {
	case 'd':
		bs := ""
		if BytesToStrHook != nil {
			bs, _ = BytesToStrHook(obj)
		}
		start, end = clampRange(start, end, len(bs))
		if start >= 0 && start < len(bs) && end == start+1 {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, bs[start], start, rs), true
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, rs), true
	default:
		s, _ := obj.obj.(*Str)
		n := 0
		if s != nil {
			n = s.Len()
		}
		start, end = clampRange(start, end, n)
		verb := "can't translate"
		if unicodeErrorKind(e.typ) == 'e' {
			verb = fmt.Sprintf("'%s' codec can't encode", enc)
		}
		if s != nil && start >= 0 && start < n && end == start+1 {
			r, _ := decodeWTF8(s.At(start))
			var esc string
			switch {
			case r < 0x100:
				esc = fmt.Sprintf("\\x%02x", r)
			case r < 0x10000:
				esc = fmt.Sprintf("\\u%04x", r)
			default:
				esc = fmt.Sprintf("\\U%08x", r)
			}
			return fmt.Sprintf("%s character '%s' in position %d: %s", verb, esc, start, rs), true
		}
		return fmt.Sprintf("%s characters in position %d-%d: %s", verb, start, end-1, rs), true
	}
}

// clampRange bounds start and end to an object of length n, as CPython's
// Unicode*Error getters do.
func clampRange(start, end, n int) (int, int) {
	if start < 0 {
		start = 0
	}
	if start >= n {
		start = n - 1
	}
	if end < 1 {
		end = 1
	}
	if end > n {
		end = n
	}
	return start, end
}

// newUnicodeError builds a Unicode*Error the way a codec raises it: the
// five constructor arguments, fields set, message computed by str().
func newUnicodeError(t *Type, enc string, obj Value, start, end int, reason string) error {
	args := []Value{StrValue(enc), obj, Int(int64(start)), Int(int64(end)), StrValue(reason)}
	e := &Exception{typ: t, Args: args}
	if err := unicodeErrorInit(e, args); err != nil {
		return err
	}
	return e
}
