// This file sends str.encode and bytes.decode to the codecs registry
// (codecs.lookup) for encodings the Go codecs do not know, as CPython
// does for every codec.

package py

// registryDepth guards against a registered codec that calls back into
// str.encode/bytes.decode with its own name.
var registryDepth int

// registryCodec encodes (or decodes) input through codecs.lookup(enc);
// it returns ok false when enc is not registered either.
func registryCodec(enc, errs, input Value, encode bool) (Value, bool, error) {
	t := current
	if t == nil || registryDepth > 4 || !enc.IsValid() {
		return Value{}, false, nil
	}
	registryDepth++
	defer func() { registryDepth-- }()
	codecs, err := t.ImportModule("codecs")
	if err != nil {
		return Value{}, false, nil
	}
	info, err := CallMethod(codecs, "lookup", enc)
	if err != nil {
		if IsInstanceError(err, LookupErrorType) {
			return Value{}, false, nil
		}
		return Value{}, true, err
	}
	if ok, err := GetAttrOpt(info, "_is_text_encoding"); err == nil && ok.IsValid() {
		if text, _ := Truth(ok); !text {
			es, _ := AsStr(enc)
			return Value{}, true, Errorf(LookupErrorType, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", es, map[bool]string{true: "encode", false: "decode"}[encode])
		}
	}
	name, verb, want := "encode", "encoder", BytesType
	if !encode {
		name, verb, want = "decode", "decoder", StrType
	}
	fn, err := GetAttr(info, name)
	if err != nil {
		return Value{}, true, err
	}
	if !errs.IsValid() {
		errs = StrValue("strict")
	}
	res, err := Call(fn, []Value{input, errs}, nil)
	if err != nil {
		return Value{}, true, err
	}
	tup, ok := res.obj.(*Tuple)
	if !ok || len(tup.Items) != 2 {
		return Value{}, true, Errorf(TypeErrorType, "%s must return a tuple (object, integer)", verb)
	}
	out := tup.Items[0]
	if !out.Type().IsSubtype(want) {
		es, _ := AsStr(enc)
		if encode {
			return Value{}, true, Errorf(TypeErrorType, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", es, out.Type().Name)
		}
		return Value{}, true, Errorf(TypeErrorType, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", es, out.Type().Name)
	}
	return out, true, nil
}
