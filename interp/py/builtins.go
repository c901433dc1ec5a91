// This file defines the builtins module namespace and most of the
// built-in functions (https://docs.python.org/3.12/library/functions.html).
// Iterator-returning builtins live in builtins_iter.go; eval/exec/compile
// and __import__ in builtins_exec.go.

package py

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"sort"
	"strings"
)

// BuiltinsDict is the namespace of the builtins module, shared by all
// sessions (it holds only immutable builtins; user assignments to builtins
// go to the module dict of the session's builtins module copy).
var BuiltinsDict = NewDict()

func init() {
	d := BuiltinsDict
	for _, t := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, StrType, TupleType, ListType,
		DictType, RangeType, SliceType, StaticMethodType, ClassMethodType, PropertyType, SuperType} {
		d.SetStr(t.Name, ObjectValue(t))
	}
	for _, t := range []*Type{BaseExceptionType, BaseExceptionGroupType, GeneratorExitType, KeyboardInterruptType,
		SystemExitType, ExceptionType, ArithmeticErrorType, FloatingPointErrorType, OverflowErrorType,
		ZeroDivisionErrorType, AssertionErrorType, AttributeErrorType, BufferErrorType, EOFErrorType,
		ExceptionGroupType, ImportErrorType, ModuleNotFoundErrorType, LookupErrorType, IndexErrorType,
		KeyErrorType, MemoryErrorType, NameErrorType, UnboundLocalErrorType, OSErrorType, BlockingIOErrorType,
		ChildProcessErrorType, ConnectionErrorType, BrokenPipeErrorType, ConnectionAbortedErrorType,
		ConnectionRefusedErrorType, ConnectionResetErrorType, FileExistsErrorType, FileNotFoundErrorType,
		InterruptedErrorType, IsADirectoryErrorType, NotADirectoryErrorType, PermissionErrorType,
		ProcessLookupErrorType, TimeoutErrorType, ReferenceErrorType, RuntimeErrorType, NotImplementedErrorType,
		RecursionErrorType, StopAsyncIterationType, StopIterationType, SyntaxErrorType, IndentationErrorType,
		TabErrorType, SystemErrorType, TypeErrorType, ValueErrorType, UnicodeErrorType, UnicodeDecodeErrorType,
		UnicodeEncodeErrorType, UnicodeTranslateErrorType, WarningType, BytesWarningType, DeprecationWarningType,
		EncodingWarningType, FutureWarningType, ImportWarningType, PendingDeprecationWarningType,
		ResourceWarningType, RuntimeWarningType, SyntaxWarningType, UnicodeWarningType, UserWarningType} {
		d.SetStr(t.Name, ObjectValue(t))
	}
	d.SetStr("EnvironmentError", ObjectValue(OSErrorType))
	d.SetStr("IOError", ObjectValue(OSErrorType))
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("__debug__", True)
	d.SetStr("__name__", StrValue("builtins"))
	d.SetStr("__doc__", None)
	fns := map[string]Func{
		"abs":        builtin_abs,
		"all":        builtin_all,
		"any":        builtin_any,
		"ascii":      builtin_ascii,
		"bin":        func(a []Value, k []string) (Value, error) { return intToBase(a, k, "bin", 2, "0b") },
		"oct":        func(a []Value, k []string) (Value, error) { return intToBase(a, k, "oct", 8, "0o") },
		"hex":        func(a []Value, k []string) (Value, error) { return intToBase(a, k, "hex", 16, "0x") },
		"callable":   builtin_callable,
		"chr":        builtin_chr,
		"ord":        builtin_ord,
		"delattr":    builtin_delattr,
		"getattr":    builtin_getattr,
		"setattr":    builtin_setattr,
		"hasattr":    builtin_hasattr,
		"dir":        builtin_dir,
		"divmod":     builtin_divmod,
		"format":     builtin_format,
		"hash":       builtin_hash,
		"id":         builtin_id,
		"isinstance": builtin_isinstance,
		"issubclass": builtin_issubclass,
		"iter":       builtin_iter,
		"next":       builtin_next,
		"len":        builtin_len,
		"max":        func(a []Value, k []string) (Value, error) { return minmax("max", a, k, GT) },
		"min":        func(a []Value, k []string) (Value, error) { return minmax("min", a, k, LT) },
		"pow":        builtin_pow,
		"print":      builtin_print,
		"repr":       builtin_repr,
		"round":      builtin_round,
		"sorted":     builtin_sorted,
		"sum":        builtin_sum,
		"vars":       builtin_vars,
		"input":      builtin_input,
	}
	for name, fn := range fns {
		AddFunc(d, name, fn)
	}
}

func oneArg(name string, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return args[0], nil
}

func builtin_abs(args []Value, kwnames []string) (Value, error) {
	x, err := oneArg("abs", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if x.IsInt() && x.AsInt() != math.MinInt64 {
		n := x.AsInt()
		if n < 0 {
			n = -n
		}
		return Int(n), nil
	}
	return Abs(x)
}

func builtin_all(args []Value, kwnames []string) (Value, error) {
	x, err := oneArg("all", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	result := true
	err = Iterate(x, func(v Value) error {
		t, err := Truth(v)
		if err != nil {
			return err
		}
		if !t {
			result = false
			return errStopIteration
		}
		return nil
	})
	if err != nil && err != errStopIteration {
		return Value{}, err
	}
	return Bool(result), nil
}

func builtin_any(args []Value, kwnames []string) (Value, error) {
	x, err := oneArg("any", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	result := false
	err = Iterate(x, func(v Value) error {
		t, err := Truth(v)
		if err != nil {
			return err
		}
		if t {
			result = true
			return errStopIteration
		}
		return nil
	})
	if err != nil && err != errStopIteration {
		return Value{}, err
	}
	return Bool(result), nil
}

// ASCIIRepr escapes non-ASCII characters of a repr as ascii() does.
func ASCIIRepr(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s[i:])
		if r < 0x80 {
			b.WriteByte(byte(r))
		} else {
			writeRuneEscape(&b, r)
		}
		i += n
	}
	return b.String()
}

func builtin_ascii(args []Value, kwnames []string) (Value, error) {
	x, err := oneArg("ascii", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	s, err := ReprString(x)
	if err != nil {
		return Value{}, err
	}
	return StrValue(ASCIIRepr(s)), nil
}

func intToBase(args []Value, kwnames []string, name string, base int, prefix string) (Value, error) {
	x, err := oneArg(name, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	v, err := Index(x)
	if err != nil {
		return Value{}, err
	}
	b, _ := AsBig(v)
	s := b.Text(base)
	if strings.HasPrefix(s, "-") {
		return StrValue("-" + prefix + s[1:]), nil
	}
	return StrValue(prefix + s), nil
}

func builtin_callable(args []Value, kwnames []string) (Value, error) {
	x, err := oneArg("callable", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	return Bool(Callable(x)), nil
}

func builtin_chr(args []Value, kwnames []string) (Value, error) {
	x, err := oneArg("chr", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if !hasIndex(x) {
		return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", x.Type().Name)
	}
	n, err := IndexInt64(x)
	if err != nil {
		return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	if n < 0 || n > 0x10ffff {
		return Value{}, Errorf(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	if n >= 0xd800 && n <= 0xdfff {
		// Lone surrogate: encode as WTF-8 bytes.
		r := rune(n)
		return StrValue(string([]byte{0xed, byte(0xa0 | (r>>6)&0x1f), byte(0x80 | r&0x3f)})), nil
	}
	return StrValue(string(rune(n))), nil
}

func builtin_ord(args []Value, kwnames []string) (Value, error) {
	x, err := oneArg("ord", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	s, ok := x.obj.(*Str)
	if !ok {
		if BytesToStrHook != nil {
			if bs, ok := BytesToStrHook(x); ok {
				if len(bs) != 1 {
					return Value{}, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(bs))
				}
				return Int(int64(bs[0])), nil
			}
		}
		return Value{}, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", x.Type().Name)
	}
	if n := s.Len(); n != 1 {
		return Value{}, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", n)
	}
	r, _ := decodeWTF8(s.S)
	if len(s.S) == 3 && s.S[0] == 0xed && s.S[1] >= 0xa0 {
		r = rune(s.S[1]&0x1f)<<6 | rune(s.S[2]&0x3f) | 0xd800
	}
	return Int(int64(r)), nil
}

func attrName(fname string, v Value) (string, error) {
	s, ok := AsStr(v)
	if !ok {
		return "", Errorf(TypeErrorType, "attribute name must be string, not '%s'", v.Type().Name)
	}
	return s, nil
}

func builtin_getattr(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("getattr", args, kwnames, 2, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName("getattr", args[1])
	if err != nil {
		return Value{}, err
	}
	r, err := GetAttr(args[0], name)
	if err != nil && len(args) == 3 && IsInstanceError(err, AttributeErrorType) {
		return args[2], nil
	}
	return r, err
}

func builtin_setattr(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("setattr", args, kwnames, 3, 3); err != nil {
		return Value{}, Errorf(TypeErrorType, "setattr expected 3 arguments, got %d", len(args))
	}
	name, err := attrName("setattr", args[1])
	if err != nil {
		return Value{}, err
	}
	return None, SetAttr(args[0], name, args[2])
}

func builtin_delattr(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("delattr", args, kwnames, 2, 2); err != nil {
		return Value{}, Errorf(TypeErrorType, "delattr expected 2 arguments, got %d", len(args))
	}
	name, err := attrName("delattr", args[1])
	if err != nil {
		return Value{}, err
	}
	return None, SetAttr(args[0], name, Value{})
}

func builtin_hasattr(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("hasattr", args, kwnames, 2, 2); err != nil {
		return Value{}, Errorf(TypeErrorType, "hasattr expected 2 arguments, got %d", len(args))
	}
	name, err := attrName("hasattr", args[1])
	if err != nil {
		return Value{}, err
	}
	r, err := GetAttrOpt(args[0], name)
	if err != nil {
		return Value{}, err
	}
	return Bool(r.obj != nil), nil
}

// dirOf implements the default dir(obj).
func dirOf(v Value) []Value {
	names := map[string]bool{}
	addDict := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := AsStr(k); ok {
				names[s] = true
			}
		}
	}
	// Builtin types keep __module__ in their dict here; CPython computes
	// it, so dir() does not list it for them.
	addTypeDict := func(b *Type) {
		hadModule := names["__module__"]
		addDict(b.Dict)
		if !b.IsHeap() && !hadModule {
			delete(names, "__module__")
		}
	}
	if t, ok := v.obj.(*Type); ok {
		for _, b := range t.MRO {
			addTypeDict(b)
			addTypeDirNames(names, b)
		}
	} else if m, ok := v.obj.(*Module); ok {
		addDict(m.Dict)
	} else {
		if hd, ok := v.obj.(HasDict); ok {
			addDict(hd.InstanceDict())
		}
		for _, b := range v.Type().MRO {
			addTypeDict(b)
			addTypeDirNames(names, b)
		}
	}
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	sort.Strings(list)
	out := make([]Value, len(list))
	for i, n := range list {
		out[i] = StrValue(n)
	}
	return out
}

func builtin_dir(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("dir", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		l := localsOfCaller()
		if l == nil {
			return ListValue(nil), nil
		}
		keys := sortedNames(l)
		out := make([]Value, len(keys))
		for i, k := range keys {
			out[i] = StrValue(k)
		}
		return ListValue(out), nil
	}
	r, found, err := CallDunder(args[0], "__dir__")
	if err != nil {
		return Value{}, err
	}
	if !found {
		return ListValue(dirOf(args[0])), nil
	}
	items, err := ToSlice(r)
	if err != nil {
		return Value{}, err
	}
	l := ListValue(items)
	if _, err := CallMethod(l, "sort"); err != nil {
		return Value{}, err
	}
	return l, nil
}

func builtin_divmod(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("divmod", args, kwnames, 2, 2); err != nil {
		return Value{}, Errorf(TypeErrorType, "divmod expected 2 arguments, got %d", len(args))
	}
	a, b := args[0], args[1]
	if IsIntLike(a) && IsIntLike(b) {
		if y, _ := AsBig(b); y.Sign() == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, err := BinaryOp(OpFloorDiv, a, b)
		if err != nil {
			return Value{}, err
		}
		m, err := BinaryOp(OpMod, a, b)
		if err != nil {
			return Value{}, err
		}
		return NewTuple(q, m), nil
	}
	x, ok1, _ := toFloatOperand(a)
	y, ok2, _ := toFloatOperand(b)
	if ok1 && ok2 {
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float divmod()")
		}
		q, m := floatDivmod(x, y)
		return NewTuple(Float(q), Float(m)), nil
	}
	if r, found, err := CallDunder(a, "__divmod__", b); found {
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	if r, found, err := CallDunder(b, "__rdivmod__", a); found {
		if err != nil || !r.Is(NotImplemented) {
			return r, err
		}
	}
	return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
}

// Format is format(v, spec): it calls type(v).__format__.
func Format(v Value, spec string) (Value, error) {
	if spec == "" {
		if s, ok := v.obj.(*Str); ok && s.typ == nil {
			return v, nil
		}
		if v.IsInt() {
			return StrValue(formatInt(v.AsInt())), nil
		}
	}
	r, found, err := CallDunder(v, "__format__", StrValue(spec))
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, Errorf(TypeErrorType, "Type %s doesn't define __format__", v.Type().Name)
	}
	if _, ok := r.obj.(*Str); !ok {
		return Value{}, Errorf(TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
	}
	return r, nil
}

func builtin_format(args []Value, kwnames []string) (Value, error) {
	var v Value
	spec := ""
	if err := UnpackArgs("format", args, kwnames, "value", &v, "format_spec?", &spec); err != nil {
		return Value{}, err
	}
	return Format(v, spec)
}

func builtin_hash(args []Value, kwnames []string) (Value, error) {
	x, err := oneArg("hash", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	h, err := Hash(x)
	return Int(h), err
}

func builtin_id(args []Value, kwnames []string) (Value, error) {
	x, err := oneArg("id", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	return Int(ID(x)), nil
}

// IsInstanceOf is isinstance(v, cls) with tuples, unions and
// __instancecheck__.
func IsInstanceOf(v, cls Value) (bool, error) {
	switch c := cls.obj.(type) {
	case *Type:
		if v.Type().IsSubtype(c) {
			return true, nil
		}
		if c.Type() != TypeType {
			if r, found, err := CallDunder(cls, "__instancecheck__", v); found {
				if err != nil {
					return false, err
				}
				return Truth(r)
			}
		}
		return false, nil
	case *Tuple:
		for _, x := range c.Items {
			ok, err := IsInstanceOf(v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionType:
		for _, x := range c.Args {
			ok, err := IsInstanceOf(v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if r, found, err := CallDunder(cls, "__instancecheck__", v); found {
		if err != nil {
			return false, err
		}
		return Truth(r)
	}
	return false, Errorf(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func builtin_isinstance(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("isinstance", args, kwnames, 2, 2); err != nil {
		return Value{}, Errorf(TypeErrorType, "isinstance expected 2 arguments, got %d", len(args))
	}
	ok, err := IsInstanceOf(args[0], args[1])
	return Bool(ok), err
}

// IsSubclassOf is issubclass(c, cls).
func IsSubclassOf(c, cls Value) (bool, error) {
	// CPython's order: exact type instances take the fast path; tuples
	// recurse; anything else with __subclasscheck__ (a metaclass such as
	// ABCMeta, or a plain object like typing's aliases) decides itself.
	if x, ok := cls.obj.(*Type); ok && x.Type() == TypeType {
		ct, ok := c.obj.(*Type)
		if !ok {
			return false, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return ct.IsSubtype(x), nil
	}
	if x, ok := cls.obj.(*Tuple); ok {
		for _, y := range x.Items {
			ok, err := IsSubclassOf(c, y)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if r, found, err := CallDunder(cls, "__subclasscheck__", c); found {
		if err != nil {
			return false, err
		}
		return Truth(r)
	}
	ct, ok := c.obj.(*Type)
	if !ok {
		return false, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
	}
	switch x := cls.obj.(type) {
	case *Type:
		return ct.IsSubtype(x), nil
	case *UnionType:
		for _, y := range x.Args {
			ok, err := IsSubclassOf(c, y)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func builtin_issubclass(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("issubclass", args, kwnames, 2, 2); err != nil {
		return Value{}, Errorf(TypeErrorType, "issubclass expected 2 arguments, got %d", len(args))
	}
	ok, err := IsSubclassOf(args[0], args[1])
	return Bool(ok), err
}

func builtin_iter(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("iter", args, kwnames, 1, 2); err != nil {
		return Value{}, err
	}
	if len(args) == 2 {
		if !Callable(args[0]) {
			return Value{}, Errorf(TypeErrorType, "iter(v, w): v must be callable")
		}
		return NewCallableIterator(args[0], args[1]), nil
	}
	return GetIter(args[0])
}

func builtin_next(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("next", args, kwnames, 1, 2); err != nil {
		return Value{}, err
	}
	it := args[0]
	if g, ok := it.obj.(*Generator); ok && g.typ == GeneratorType {
		r, done, err := g.Resume(None, nil)
		if err != nil {
			return Value{}, err
		}
		if done {
			if len(args) == 2 {
				return args[1], nil
			}
			return Value{}, stopIteration(r)
		}
		return r, nil
	}
	if it.Type().Next == nil {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an iterator", it.Type().Name)
	}
	r, err := Next(it)
	if err != nil {
		if len(args) == 2 && IsInstanceError(err, StopIterationType) {
			return args[1], nil
		}
		return Value{}, err
	}
	if r.obj == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return Value{}, NewException(StopIterationType)
	}
	return r, nil
}

func builtin_len(args []Value, kwnames []string) (Value, error) {
	x, err := oneArg("len", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	n, err := Len(x)
	return Int(int64(n)), err
}

func minmax(name string, args []Value, kwnames []string, op CompareOp) (Value, error) {
	npos := len(args) - len(kwnames)
	var key, def Value
	for i, k := range kwnames {
		switch k {
		case "key":
			key = args[npos+i]
		case "default":
			def = args[npos+i]
		default:
			return Value{}, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	if key.IsNone() {
		key = Value{}
	}
	var items []Value
	if npos == 0 {
		return Value{}, Errorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	var src Value
	if npos == 1 {
		src = args[0]
	} else {
		if def.obj != nil {
			return Value{}, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args[:npos]
	}
	var best, bestKey Value
	consider := func(x Value) error {
		k := x
		if key.obj != nil {
			var err error
			k, err = Call(key, []Value{x}, nil)
			if err != nil {
				return err
			}
		}
		if best.obj == nil {
			best, bestKey = x, k
			return nil
		}
		better, err := CompareBool(k, bestKey, op)
		if err != nil {
			return err
		}
		if better {
			best, bestKey = x, k
		}
		return nil
	}
	var err error
	if items != nil {
		for _, x := range items {
			if err = consider(x); err != nil {
				return Value{}, err
			}
		}
	} else {
		err = Iterate(src, consider)
	}
	if err != nil {
		return Value{}, err
	}
	if best.obj == nil {
		if def.obj != nil {
			return def, nil
		}
		return Value{}, Errorf(ValueErrorType, "%s() iterable argument is empty", name)
	}
	return best, nil
}

func builtin_pow(args []Value, kwnames []string) (Value, error) {
	var base, exp, mod Value
	if err := UnpackArgs("pow", args, kwnames, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return Value{}, err
	}
	if mod.obj == nil || mod.IsNone() {
		return BinaryOp(OpPow, base, exp)
	}
	if !IsIntLike(base) || !IsIntLike(exp) || !IsIntLike(mod) {
		return Value{}, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	b, _ := AsBig(base)
	e, _ := AsBig(exp)
	m, _ := AsBig(mod)
	if m.Sign() == 0 {
		return Value{}, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	mabs := new(big.Int).Abs(m)
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(b, mabs), mabs)
		if inv == nil {
			return Value{}, Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		b = inv
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(b, e, mabs)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return MakeBigInt(r), nil
}

// WriteTo writes s to a Python file-like object (its write method).
func WriteTo(file Value, s string) error {
	if st, ok := file.obj.(*stdStream); ok && st.w != nil {
		if _, err := io.WriteString(st.w(), s); err != nil {
			return Errorf(OSErrorType, "%s", err.Error())
		}
		return nil
	}
	_, err := CallMethod(file, "write", StrValue(s))
	return err
}

func builtin_print(args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	sep, end := " ", "\n"
	var file Value
	flush := false
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "sep", "end":
			if !v.IsNone() {
				s, ok := AsStr(v)
				if !ok {
					return Value{}, Errorf(TypeErrorType, "%s must be None or a string, not %s", k, v.Type().Name)
				}
				if k == "sep" {
					sep = s
				} else {
					end = s
				}
			}
		case "file":
			if !v.IsNone() {
				file = v
			}
		case "flush":
			var err error
			flush, err = Truth(v)
			if err != nil {
				return Value{}, err
			}
		default:
			return Value{}, Errorf(TypeErrorType, "print() got an unexpected keyword argument '%s'", k)
		}
	}
	var b strings.Builder
	for i := 0; i < npos; i++ {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := StrString(args[i])
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if file.obj == nil {
		file = SysAttr("stdout")
		if file.obj == nil || file.IsNone() {
			return None, nil
		}
	}
	if err := WriteTo(file, b.String()); err != nil {
		return Value{}, err
	}
	if flush {
		if _, err := CallMethod(file, "flush"); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

func builtin_repr(args []Value, kwnames []string) (Value, error) {
	x, err := oneArg("repr", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	return Repr(x)
}

func builtin_round(args []Value, kwnames []string) (Value, error) {
	var x, nd Value
	if err := UnpackArgs("round", args, kwnames, "number", &x, "ndigits?", &nd); err != nil {
		return Value{}, err
	}
	if nd.IsNone() {
		nd = Value{}
	}
	var r Value
	var found bool
	var err error
	if nd.obj == nil {
		if x.IsInt() {
			return x, nil
		}
		r, found, err = CallDunder(x, "__round__")
	} else {
		r, found, err = CallDunder(x, "__round__", nd)
	}
	if !found {
		if x.IsFloat() && nd.obj == nil {
			f := math.RoundToEven(x.AsFloat())
			return FloatToInt(f)
		}
		return Value{}, Errorf(TypeErrorType, "type %s doesn't define __round__ method", x.Type().Name)
	}
	return r, err
}

func builtin_sorted(args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		if npos == 0 {
			return Value{}, Errorf(TypeErrorType, "sorted expected 1 argument, got 0")
		}
		return Value{}, Errorf(TypeErrorType, "sorted expected 1 argument, got %d", npos)
	}
	items, err := ToSlice(args[0])
	if err != nil {
		return Value{}, err
	}
	l := ListValue(items)
	sortm, err := GetAttr(l, "sort")
	if err != nil {
		return Value{}, err
	}
	if _, err := Call(sortm, args[1:], kwnames); err != nil {
		return Value{}, err
	}
	return l, nil
}

func builtin_sum(args []Value, kwnames []string) (Value, error) {
	var it, start Value
	if err := UnpackArgs("sum", args, kwnames, "/iterable", &it, "start?", &start); err != nil {
		return Value{}, err
	}
	acc := Int(0)
	if start.obj != nil {
		if _, ok := start.obj.(*Str); ok {
			return Value{}, Errorf(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
		}
		if start.Type().Name == "bytes" || start.Type().Name == "bytearray" {
			return Value{}, Errorf(TypeErrorType, "sum() can't sum %s [use b''.join(seq) instead]", start.Type().Name)
		}
		acc = start
	}
	// Float accumulation uses Neumaier compensation like CPython 3.12.
	var fsum, comp float64
	inFloat := false
	err := Iterate(it, func(x Value) error {
		if inFloat {
			if x.IsFloat() || x.IsInt() {
				var f float64
				if x.IsFloat() {
					f = x.AsFloat()
				} else {
					f = float64(x.AsInt())
				}
				t := fsum + f
				if math.Abs(fsum) >= math.Abs(f) {
					comp += (fsum - t) + f
				} else {
					comp += (f - t) + fsum
				}
				fsum = t
				return nil
			}
			acc = Float(fsum + comp)
			inFloat = false
		} else if acc.IsFloat() && x.IsFloat() {
			inFloat = true
			fsum, comp = acc.AsFloat(), 0
			t := fsum + x.AsFloat()
			if math.Abs(fsum) >= math.Abs(x.AsFloat()) {
				comp += (fsum - t) + x.AsFloat()
			} else {
				comp += (x.AsFloat() - t) + fsum
			}
			fsum = t
			return nil
		} else if acc.IsInt() && x.IsFloat() {
			inFloat = true
			fsum, comp = float64(acc.AsInt())+x.AsFloat(), 0
			return nil
		}
		var err error
		acc, err = BinaryOp(OpAdd, acc, x)
		return err
	})
	if err != nil {
		return Value{}, err
	}
	if inFloat {
		if math.IsInf(comp, 0) || math.IsNaN(comp) {
			return Float(fsum), nil
		}
		return Float(fsum + comp), nil
	}
	return acc, nil
}

func builtin_vars(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("vars", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		l := localsOfCaller()
		if l == nil {
			return ObjectValue(NewDict()), nil
		}
		return ObjectValue(l), nil
	}
	d, err := GetAttr(args[0], "__dict__")
	if err != nil {
		if IsInstanceError(err, AttributeErrorType) {
			return Value{}, Errorf(TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return Value{}, err
	}
	return d, nil
}

func builtin_input(args []Value, kwnames []string) (Value, error) {
	if err := ArgRange("input", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	prompt := ""
	if len(args) == 1 {
		s, err := StrString(args[0])
		if err != nil {
			return Value{}, err
		}
		prompt = s
	}
	if InputHook != nil {
		return InputHook(prompt, false)
	}
	if prompt != "" {
		out := SysAttr("stdout")
		if err := WriteTo(out, prompt); err != nil {
			return Value{}, err
		}
		_, _ = CallMethod(out, "flush")
	}
	in := SysAttr("stdin")
	line, err := CallMethod(in, "readline")
	if err != nil {
		return Value{}, err
	}
	s, _ := AsStr(line)
	if s == "" {
		return Value{}, Errorf(EOFErrorType, "EOF when reading a line")
	}
	return StrValue(strings.TrimSuffix(s, "\n")), nil
}

// InputHook, when set by the host (the kernel's stdin channel), reads one
// line for input() and getpass(); the host shows the prompt itself (Jupyter
// sends it in input_request), so input() does not print it.
var InputHook func(prompt string, password bool) (Value, error)

func init() {
	_ = fmt.Sprint
}
