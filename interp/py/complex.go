package py

import (
	"math"
	"strings"
)

// This file defines complex
// (https://docs.python.org/3.12/library/functions.html#complex): parsing,
// repr, arithmetic with CPython's algorithms (Smith's division, integer
// powers by repeated squaring, polar form otherwise), hashing and
// format().

// Complex is a complex number.
type Complex struct {
	C    complex128
	typ  *Type
	inst *Instance
}

// ComplexType is Python's complex.
var ComplexType = newBuiltinType("complex", ObjectType, FlagBaseType)

// Type returns complex or the subclass.
func (c *Complex) Type() *Type {
	if c.typ != nil {
		return c.typ
	}
	return ComplexType
}

// InstanceDict returns the __dict__ of a complex subclass instance.
func (c *Complex) InstanceDict() *Dict {
	if c.inst == nil {
		return nil
	}
	return c.inst.Dict
}

// MakeComplex returns a complex Value.
func MakeComplex(c complex128) Value { return ObjectValue(&Complex{C: c}) }

// floatReprBare is repr(x) without the ".0" of integral values, as the
// parts of a complex repr are written.
func floatReprBare(x float64) string {
	s := floatRepr(x)
	if strings.HasSuffix(s, ".0") {
		return s[:len(s)-2]
	}
	return s
}

// complexRepr writes 1j, (1+2j), (-0-0j), (nan+infj) as CPython does.
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	imS := floatReprBare(im)
	if re == 0 && !math.Signbit(re) {
		return imS + "j"
	}
	if !strings.HasPrefix(imS, "-") {
		imS = "+" + imS
	}
	return "(" + floatReprBare(re) + imS + "j)"
}

// toComplex converts an operand of complex arithmetic.
func toComplex(v Value) (complex128, bool, error) {
	switch {
	case v.IsFloat():
		return complex(v.AsFloat(), 0), true, nil
	case IsIntLike(v):
		f, err := IntToFloat(v)
		return complex(f, 0), true, err
	}
	if c, ok := v.obj.(*Complex); ok {
		return c.C, true, nil
	}
	return 0, false, nil
}

// complexQuot divides with Smith's algorithm (as CPython's _Py_c_quot).
func complexQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	switch {
	case abr >= abi:
		if abr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), true
	case abi >= abr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

func complexProd(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(ar*br-ai*bi, ar*bi+ai*br)
}

// complexPow computes a**b.
func complexPow(a, b complex128) (complex128, error) {
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		if n >= 0 {
			return complexPowu(a, n), nil
		}
		q, ok := complexQuot(1, complexPowu(a, -n))
		if !ok {
			return 0, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
		}
		return q, nil
	}
	if b == 0 {
		return 1, nil
	}
	if a == 0 {
		if imag(b) != 0 || real(b) < 0 {
			return 0, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
		}
		return 0, nil
	}
	// The C library's functions, as CPython uses them (ours are the
	// correctly rounded equivalents of module_math_dd.go).
	vabs, _ := mathHypot([]float64{real(a), imag(a)})
	length, err := mathPow(vabs, real(b))
	if err != nil {
		length = math.Inf(1)
	}
	at := accAtan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= expAcc(at * imag(b))
		phase += imag(b) * accLog(vabs)
	}
	r := complex(length*accCos(phase), length*accSin(phase))
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return 0, Errorf(OverflowErrorType, "complex exponentiation")
	}
	return r, nil
}

func complexPowu(x complex128, n int64) complex128 {
	r := complex128(1)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexProd(r, p)
		}
		p = complexProd(p, p)
	}
	return r
}

func complexBinary(op BinaryOpKind) func(a, b Value) (Value, error) {
	return func(a, b Value) (Value, error) {
		x, ok1, err := toComplex(a)
		if err != nil {
			return Value{}, err
		}
		y, ok2, err := toComplex(b)
		if err != nil {
			return Value{}, err
		}
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		switch op {
		case OpAdd:
			return MakeComplex(complex(real(x)+real(y), imag(x)+imag(y))), nil
		case OpSub:
			return MakeComplex(complex(real(x)-real(y), imag(x)-imag(y))), nil
		case OpMul:
			return MakeComplex(complexProd(x, y)), nil
		case OpTrueDiv:
			q, ok := complexQuot(x, y)
			if !ok {
				return Value{}, Errorf(ZeroDivisionErrorType, "complex division by zero")
			}
			return MakeComplex(q), nil
		case OpPow:
			r, err := complexPow(x, y)
			if err != nil {
				return Value{}, err
			}
			return MakeComplex(r), nil
		}
		return NotImplemented, nil
	}
}

// parseComplex implements complex(str).
func parseComplex(s string) (complex128, error) {
	bad := Errorf(ValueErrorType, "complex() arg is a malformed string")
	t := strings.TrimFunc(s, pyIsSpace)
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		t = strings.TrimFunc(t[1:len(t)-1], pyIsSpace)
	}
	if t == "" {
		return 0, bad
	}
	t = asciiDigits(t)
	// Split at the sign that starts the imaginary part: a + or - that is
	// not at the start and does not follow an exponent marker.
	split := -1
	for i := 1; i < len(t); i++ {
		if (t[i] == '+' || t[i] == '-') && t[i-1] != 'e' && t[i-1] != 'E' {
			split = i
		}
	}
	last := t[len(t)-1]
	if last != 'j' && last != 'J' {
		if split >= 0 {
			return 0, bad
		}
		f, ok := parseFloatLiteral(t)
		if !ok {
			return 0, bad
		}
		return complex(f, 0), nil
	}
	imagPart := t[:len(t)-1]
	realPart := ""
	if split >= 0 {
		realPart, imagPart = t[:split], t[split:len(t)-1]
	}
	var im float64
	switch imagPart {
	case "", "+":
		im = 1
	case "-":
		im = -1
	default:
		f, ok := parseFloatLiteral(imagPart)
		if !ok || strings.ContainsAny(imagPart, " \t") {
			return 0, bad
		}
		im = f
	}
	re := 0.0
	if realPart != "" {
		f, ok := parseFloatLiteral(realPart)
		if !ok || strings.ContainsAny(realPart, " \t") {
			return 0, bad
		}
		re = f
	}
	return complex(re, im), nil
}

// complexOf converts a constructor argument (number or __complex__).
func complexOf(v Value, which string) (complex128, error) {
	if c, ok, err := toComplex(v); ok || err != nil {
		return c, err
	}
	if r, found, err := CallDunder(v, "__complex__"); found {
		if err != nil {
			return 0, err
		}
		c, ok := r.obj.(*Complex)
		if !ok {
			return 0, Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", r.Type().Name)
		}
		return c.C, nil
	}
	if f, err := FloatOf(v); err == nil {
		return complex(f, 0), nil
	}
	return 0, Errorf(TypeErrorType, "complex() %s must be a number, not '%s'", which, v.Type().Name)
}

func complexNew(t *Type, args []Value, kw []string) (Value, error) {
	var rv, iv Value
	if err := UnpackArgs("complex", args, kw, "real?", &rv, "imag?", &iv); err != nil {
		return Value{}, err
	}
	var c complex128
	rComplex, iComplex := false, false
	if rv.IsValid() {
		if s, ok := AsStr(rv); ok {
			if iv.IsValid() {
				return Value{}, Errorf(TypeErrorType, "complex() can't take second arg if first is a string")
			}
			var err error
			if c, err = parseComplex(s); err != nil {
				return Value{}, err
			}
		} else {
			var err error
			if c, err = complexOf(rv, "first argument"); err != nil {
				return Value{}, err
			}
			_, rComplex = rv.obj.(*Complex)
		}
	}
	if iv.IsValid() {
		if _, ok := AsStr(iv); ok {
			return Value{}, Errorf(TypeErrorType, "complex() second arg can't be a string")
		}
		i, err := complexOf(iv, "second argument")
		if err != nil {
			return Value{}, err
		}
		// real + imag*1j, computed as CPython does: cross terms only for
		// complex arguments, so complex(-0.0, -0.0) keeps both signs.
		_, iComplex = iv.obj.(*Complex)
		re, im := real(c), real(i)
		if iComplex {
			re -= imag(i)
		}
		if rComplex {
			im += imag(c)
		}
		c = complex(re, im)
	}
	o := &Complex{C: c}
	if t != ComplexType {
		o.typ, o.inst = t, newInstanceData(t)
	} else if rv.IsValid() && !iv.IsValid() {
		if cv, ok := rv.obj.(*Complex); ok && cv.typ == nil {
			return rv, nil
		}
	}
	return ObjectValue(o), nil
}

func complexHash(v Value) (int64, error) {
	c := v.obj.(*Complex).C
	const mod = (1 << 61) - 1
	hr := hashFloat(real(c))
	hi := hashFloat(imag(c))
	h := uint64(hr) + 1000003*uint64(hi)
	r := int64(h)
	if r == -1 {
		r = -2
	}
	return r, nil
}

func complexFormat(c complex128, spec string) (string, error) {
	if spec == "" {
		return complexRepr(c), nil
	}
	fs, err := parseFormatSpec(spec, "complex", '>')
	if err != nil {
		return "", pyErr(err)
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", pyErr(unknownFormatCode(fs.typ, "complex"))
	}
	if fs.fill == '0' && fs.align == '=' {
		return "", Errorf(ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if fs.align == '=' {
		return "", Errorf(ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	part := fs
	part.width, part.align, part.fill = -1, 0, ' '
	var reS, imS string
	if fs.typ == 0 && fs.prec < 0 {
		if real(c) == 0 && !math.Signbit(real(c)) {
			imS = floatReprBare(imag(c))
			if fs.sign == '+' && !strings.HasPrefix(imS, "-") {
				imS = "+" + imS
			}
			return pad(imS+"j", fs.width, fs.fill, alignOr(fs.align, '>')), nil
		}
		reS = floatReprBare(real(c))
		if fs.sign == '+' && !strings.HasPrefix(reS, "-") {
			reS = "+" + reS
		}
		imS = floatReprBare(imag(c))
		if !strings.HasPrefix(imS, "-") {
			imS = "+" + imS
		}
		return pad("("+reS+imS+"j)", fs.width, fs.fill, alignOr(fs.align, '>')), nil
	}
	if part.typ == 0 {
		part.typ = 'g'
	}
	reS, err = formatFloatWith(real(c), part)
	if err != nil {
		return "", pyErr(err)
	}
	part.sign = '+'
	imS, err = formatFloatWith(imag(c), part)
	if err != nil {
		return "", pyErr(err)
	}
	return pad(reS+imS+"j", fs.width, fs.fill, alignOr(fs.align, '>')), nil
}

func alignOr(a, def byte) byte {
	if a == 0 {
		return def
	}
	return a
}

func init() {
	t := ComplexType
	t.New = complexNew
	t.Repr = func(v Value) (Value, error) { return StrValue(complexRepr(v.obj.(*Complex).C)), nil }
	t.Hash = complexHash
	t.Bool = func(v Value) (bool, error) { return v.obj.(*Complex).C != 0, nil }
	t.RichCompare = func(a, b Value, op CompareOp) (Value, error) {
		x, ok1, err := toComplex(a)
		if err != nil {
			return Value{}, err
		}
		y, ok2, err := toComplex(b)
		if err != nil {
			return Value{}, err
		}
		if !ok1 || !ok2 || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		return Bool((x == y) == (op == EQ)), nil
	}
	for _, op := range []BinaryOpKind{OpAdd, OpSub, OpMul, OpTrueDiv, OpPow} {
		t.Binary[op] = complexBinary(op)
	}
	t.Neg = func(v Value) (Value, error) { return MakeComplex(-v.obj.(*Complex).C), nil }
	t.Pos = func(v Value) (Value, error) { return MakeComplex(v.obj.(*Complex).C), nil }
	t.Abs = func(v Value) (Value, error) {
		c := v.obj.(*Complex).C
		r, _ := mathHypot([]float64{real(c), imag(c)})
		if math.IsInf(r, 0) && !math.IsInf(real(c), 0) && !math.IsInf(imag(c), 0) {
			return Value{}, Errorf(OverflowErrorType, "absolute value too large")
		}
		if math.IsNaN(real(c)) || math.IsNaN(imag(c)) {
			if math.IsInf(real(c), 0) || math.IsInf(imag(c), 0) {
				return Float(math.Inf(1)), nil
			}
			return Float(math.NaN()), nil
		}
		return Float(r), nil
	}
	AddMethods(t, []MethodDef{
		{Name: "conjugate", Fn: noArgs("complex.conjugate", func(self Value, args []Value, kw []string) (Value, error) {
			c := self.obj.(*Complex).C
			return MakeComplex(complex(real(c), -imag(c))), nil
		})},
		{Name: "__format__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, argCountError("complex.__format__", 1, len(args), kw)
			}
			spec, ok := AsStr(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "__format__() argument must be str, not %s", argTypeName(args[0]))
			}
			if spec == "" {
				return StrOf(self)
			}
			s, err := complexFormat(self.obj.(*Complex).C, spec)
			if err != nil {
				return Value{}, err
			}
			return StrValue(s), nil
		}},
		{Name: "__sizeof__", Fn: noArgs("complex.__sizeof__", func(self Value, args []Value, kw []string) (Value, error) {
			return Int(32), nil
		})},
		{Name: "__complex__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return MakeComplex(self.obj.(*Complex).C), nil
		}},
		{Name: "__getnewargs__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			c := self.obj.(*Complex).C
			return NewTuple(Float(real(c)), Float(imag(c))), nil
		}},
	})
	AddGetters(t, []Getter{
		{Name: "real", Get: func(self Value) (Value, error) { return Float(real(self.obj.(*Complex).C)), nil }},
		{Name: "imag", Get: func(self Value) (Value, error) { return Float(imag(self.obj.(*Complex).C)), nil }},
	})
	BuiltinsDict.SetStr("complex", ObjectValue(ComplexType))
	MakeComplexHook = MakeComplex
	ComplexPowHook = func(x, y float64) (Value, error) {
		r, err := complexPow(complex(x, 0), complex(y, 0))
		if err != nil {
			return Value{}, err
		}
		return MakeComplex(r), nil
	}
}
