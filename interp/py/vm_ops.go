// This file holds the eval loop's slow paths: name lookup errors, method
// lookup, unpacking, f-string formatting, call with */** arguments,
// MAKE_FUNCTION, raise, exception matching (incl. except*), the with
// protocol and structural pattern matching helpers.

package py

import (
	"strings"

	"adder/interp/compile"
)

func unboundLocal(name string) error {
	e := NewException(UnboundLocalErrorType, StrValue("cannot access local variable '"+name+"' where it is not associated with a value"))
	e.SetAttrStr("name", StrValue(name))
	return e
}

func unboundDeref(code *compile.Code, i int) error {
	if i < len(code.CellNames) {
		return unboundLocal(code.CellNames[i])
	}
	name := code.FreeNames[i-len(code.CellNames)]
	e := NewException(NameErrorType, StrValue("cannot access free variable '"+name+"' where it is not associated with a value in enclosing scope"))
	e.SetAttrStr("name", StrValue(name))
	return e
}

func nameError(name string) error {
	e := NewException(NameErrorType, StrValue("name '"+name+"' is not defined"))
	e.SetAttrStr("name", StrValue(name))
	return e
}

func loadName(f *Frame, name string) (Value, error) {
	if f.Locals != nil {
		if f.Locals.inst == nil {
			if v, ok := f.Locals.GetStr(name); ok {
				return v, nil
			}
		} else {
			v, err := GetItem(ObjectValue(f.Locals), StrValue(name))
			if err == nil {
				return v, nil
			}
			if !IsInstanceError(err, KeyErrorType) {
				return Value{}, err
			}
		}
	}
	if v, ok := f.Globals.GetStr(name); ok {
		return v, nil
	}
	if v, ok := f.Builtins.GetStr(name); ok {
		return v, nil
	}
	return Value{}, nameError(name)
}

func storeName(f *Frame, name, v Value) error {
	if f.Locals.inst != nil {
		return SetItem(ObjectValue(f.Locals), name, v)
	}
	return f.Locals.SetItem(name, v)
}

func deleteName(f *Frame, name Value) error {
	found, err := f.Locals.DelItem(name)
	if err != nil {
		return err
	}
	if !found {
		return nameError(name.obj.(*Str).S)
	}
	return nil
}

// lookupMethodCached finds an unbound method for obj.name when attribute
// lookup is the generic one and the instance dict does not shadow it.
func lookupMethodCached(ci *codeInfo, pc int, obj Value, nameS *Str) (Value, bool) {
	in, isInst := obj.obj.(*Instance)
	var t *Type
	if isInst {
		t = in.typ // no dynamic Type call for the commonest receiver
	} else {
		t = obj.Type()
	}
	if !t.plainGetAttr() {
		return Value{}, false
	}
	name := nameS.S
	m := ci.typeLookup(pc, t, name)
	switch m.obj.(type) {
	case *Function, *MethodDescr:
	default:
		return Value{}, false
	}
	if isInst {
		if in.Dict != nil && in.Dict.used > 0 {
			if _, shadow := in.Dict.GetStrObj(nameS); shadow {
				return Value{}, false
			}
		}
	} else if hd, ok := obj.obj.(HasDict); ok {
		if d := hd.InstanceDict(); d != nil {
			if _, shadow := d.GetStr(name); shadow {
				return Value{}, false
			}
		}
	}
	if md, ok := m.obj.(*MethodDescr); ok && !t.IsSubtype(md.Owner) {
		return Value{}, false
	}
	return m, true
}

var genericGetAttrID = funcID(GenericGetAttr)
var genericSetAttrID = funcID(GenericSetAttr)

// plainSetAttr reports whether t uses object.__setattr__ unchanged.
func (t *Type) plainSetAttr() bool {
	if t.SetAttr == nil {
		return true
	}
	if t.setattrChecked != t.version+1 {
		t.setattrPlain = funcID(t.SetAttr) == genericSetAttrID
		t.setattrChecked = t.version + 1
	}
	return t.setattrPlain
}

// plainGetAttr reports whether t uses object.__getattribute__ unchanged.
func (t *Type) plainGetAttr() bool {
	if t.GetAttr == nil {
		return true
	}
	if t.getattrChecked != t.version+1 {
		t.getattrPlain = funcID(t.GetAttr) == genericGetAttrID
		t.getattrChecked = t.version + 1
	}
	return t.getattrPlain
}

// NewSetHook and SetAddHook are provided by the library's set type.
var (
	NewSetHook func(items []Value) (Value, error)
	SetAddHook func(set, item Value) error
)

// NewSetValue builds a set from items.
func NewSetValue(items []Value) (Value, error) {
	if NewSetHook == nil {
		return Value{}, Errorf(SystemErrorType, "set type not available")
	}
	return NewSetHook(items)
}

// SetAddValue adds item to set.
func SetAddValue(set, item Value) error {
	if SetAddHook == nil {
		return Errorf(SystemErrorType, "set type not available")
	}
	return SetAddHook(set, item)
}

func buildString(parts []Value) Value {
	n := 0
	for _, p := range parts {
		n += len(p.obj.(*Str).S)
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		b.WriteString(p.obj.(*Str).S)
	}
	return StrValue(b.String())
}

func listExtendOp(l *List, it Value) error {
	err := ListExtend(l, it)
	if err != nil && IsInstanceError(err, TypeErrorType) && it.Type().Iter == nil && it.Type().GetItem == nil {
		return Errorf(TypeErrorType, "Value after * must be an iterable, not %s", it.Type().Name)
	}
	return err
}

func dictUpdateOp(d *Dict, m Value) error {
	if _, ok := m.obj.(*Dict); !ok {
		if k, _ := GetAttrOpt(m, "keys"); k.obj == nil {
			return Errorf(TypeErrorType, "'%s' object is not a mapping", m.Type().Name)
		}
	}
	return DictUpdateFrom(d, m)
}

func funcNameForError(fn Value) string {
	switch o := fn.obj.(type) {
	case *Function:
		if m, ok := AsStr(o.Module); ok && m != "builtins" && m != "" {
			return m + "." + o.Qualname + "()"
		}
		return o.Qualname + "()"
	case *BoundMethod:
		return funcNameForError(o.Func)
	case *Builtin:
		return o.Name + "()"
	case *Type:
		return o.Name + "()"
	}
	return fn.Type().Name + " object"
}

func dictMergeOp(d *Dict, m Value, fn Value) error {
	src, ok := m.obj.(*Dict)
	if !ok {
		if k, _ := GetAttrOpt(m, "keys"); k.obj == nil {
			return Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", funcNameForError(fn), m.Type().Name)
		}
		src = NewDict()
		if err := DictUpdateFrom(src, m); err != nil {
			return err
		}
	}
	return src.Items(func(k, v Value) error {
		ks, ok := AsStr(k)
		if !ok {
			return Errorf(TypeErrorType, "keywords must be strings")
		}
		if old, _ := d.GetItem(k); old.obj != nil {
			return Errorf(TypeErrorType, "%s got multiple values for keyword argument '%s'", funcNameForError(fn), ks)
		}
		return d.SetItem(k, v)
	})
}

// unpackIterable returns exactly n items (star < 0) or at least n items.
func unpackIterable(seq Value, n int, star int) ([]Value, error) {
	t := seq.Type()
	if t.Iter == nil && t.GetItem == nil {
		return nil, Errorf(TypeErrorType, "cannot unpack non-iterable %s object", t.Name)
	}
	if star < 0 {
		var items []Value
		it, err := GetIter(seq)
		if err != nil {
			return nil, err
		}
		for {
			x, err := Next(it)
			if err != nil {
				return nil, err
			}
			if x.obj == nil {
				break
			}
			items = append(items, x)
			if len(items) > n {
				return nil, Errorf(ValueErrorType, "too many values to unpack (expected %d)", n)
			}
		}
		if len(items) < n {
			return nil, Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(items))
		}
		return items, nil
	}
	items, err := ToSlice(seq)
	if err != nil {
		return nil, err
	}
	if len(items) < n {
		return nil, Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", n, len(items))
	}
	return items, nil
}

func formatValue(v Value, conv int, spec Value) (Value, error) {
	var err error
	switch conv {
	case 1:
		v, err = StrOf(v)
	case 2:
		v, err = Repr(v)
	case 3:
		var s string
		s, err = ReprString(v)
		v = StrValue(ASCIIRepr(s))
	}
	if err != nil {
		return Value{}, err
	}
	sp := ""
	if spec.obj != nil {
		sp, _ = AsStr(spec)
	}
	return Format(v, sp)
}

func callEx(fn Value, args []Value, kw Value) (Value, error) {
	if kw.obj == nil {
		return Call(fn, args, nil)
	}
	d := kw.obj.(*Dict)
	if d.Len() == 0 {
		return Call(fn, args, nil)
	}
	full := make([]Value, 0, len(args)+d.Len())
	full = append(full, args...)
	names := make([]string, 0, d.Len())
	_ = d.Items(func(k, v Value) error {
		s, _ := AsStr(k)
		names = append(names, s)
		full = append(full, v)
		return nil
	})
	return Call(fn, full, names)
}

// makeFunction implements MAKE_FUNCTION: code on top, then closure,
// annotations, kwdefaults, defaults below (by flag).
func makeFunction(f *Frame, stack []Value, sp int, flags int) ([]Value, int) {
	sp--
	code := stack[sp].obj.(*CodeObject).Code
	stack[sp] = Value{}
	fn := &Function{Code: code, Globals: f.Globals, Builtins: f.Builtins, Name: code.Name, Qualname: code.Qualname}
	if code.Doc != nil {
		fn.Doc = StrValue(code.Doc.(string))
	} else {
		fn.Doc = None
	}
	if m, ok := f.Globals.GetStr("__name__"); ok {
		fn.Module = m
	}
	if flags&compile.MakeClosure != 0 {
		sp--
		items := stack[sp].obj.(*Tuple).Items
		fn.Closure = make([]*Cell, len(items))
		for i, c := range items {
			fn.Closure[i] = c.obj.(*Cell)
		}
		stack[sp] = Value{}
	}
	if flags&compile.MakeAnnotations != 0 {
		sp--
		fn.Annotations = stack[sp]
		stack[sp] = Value{}
	}
	if flags&compile.MakeKwDefaults != 0 {
		sp--
		fn.KwDefaults = stack[sp].obj.(*Dict)
		stack[sp] = Value{}
	}
	if flags&compile.MakeDefaults != 0 {
		sp--
		fn.Defaults = stack[sp].obj.(*Tuple).Items
		stack[sp] = Value{}
	}
	stack[sp] = ObjectValue(fn)
	return stack, sp + 1
}

// makeRaise builds the exception for raise exc [from cause].
func makeRaise(exc, cause Value, hasCause bool) error {
	e, err := toException(exc, "exceptions must derive from BaseException")
	if err != nil {
		return err
	}
	if hasCause {
		if cause.IsNone() {
			e.Cause = None
		} else {
			c, err := toException(cause, "exception causes must derive from BaseException")
			if err != nil {
				return err
			}
			e.Cause = ObjectValue(c)
		}
		e.SuppressContext = true
	}
	return e
}

func toException(v Value, msg string) (*Exception, error) {
	if t, ok := v.obj.(*Type); ok && t.IsSubtype(BaseExceptionType) {
		r, err := Call(v, nil, nil)
		if err != nil {
			return nil, err
		}
		e, ok := r.obj.(*Exception)
		if !ok {
			return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", t.Name, r.Type().Name)
		}
		return e, nil
	}
	if e, ok := v.obj.(*Exception); ok {
		return e, nil
	}
	return nil, Errorf(TypeErrorType, "%s", msg)
}

func (t *Thread) handledException() *Exception {
	if e, ok := t.handled.obj.(*Exception); ok {
		return e
	}
	return nil
}

// setContext sets e.__context__ to the exception being handled.
func (t *Thread) setContext(e *Exception) {
	h := t.handledException()
	if h == nil || h == e || e.Context.obj != nil {
		return
	}
	// Break cycles: if e is already in h's context chain, cut it there.
	for o := h; o != nil; {
		c, ok := o.Context.obj.(*Exception)
		if !ok {
			break
		}
		if c == e {
			o.Context = Value{}
			break
		}
		o = c
	}
	e.Context = ObjectValue(h)
}

func checkExcType(t Value, star bool) error {
	check := func(x Value) error {
		tt, ok := x.obj.(*Type)
		if !ok || !tt.IsSubtype(BaseExceptionType) {
			return Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		if star && tt.IsSubtype(BaseExceptionGroupType) {
			return Errorf(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if tu, ok := t.obj.(*Tuple); ok {
		for _, x := range tu.Items {
			if err := check(x); err != nil {
				return err
			}
		}
		return nil
	}
	return check(t)
}

func excMatches(exc, typ Value) (bool, error) {
	if err := checkExcType(typ, false); err != nil {
		return false, err
	}
	return IsInstanceOf(exc, typ)
}

func egMatch(t *Thread, excV, typ Value) (rest, match Value, err error) {
	if err := checkExcType(typ, true); err != nil {
		return Value{}, Value{}, err
	}
	if excV.IsNone() {
		return None, None, nil
	}
	exc := excV.obj.(*Exception)
	if !exc.typ.IsSubtype(BaseExceptionGroupType) {
		ok, err := IsInstanceOf(excV, typ)
		if err != nil {
			return Value{}, Value{}, err
		}
		if !ok {
			return excV, None, nil
		}
		g, err := Call(ObjectValue(BaseExceptionGroupType), []Value{StrValue(""), NewTuple(excV)}, nil)
		if err != nil {
			return Value{}, Value{}, err
		}
		g.obj.(*Exception).Traceback = exc.Traceback
		t.handled = g
		return None, g, nil
	}
	m, err := makeEGMatcher(typ)
	if err != nil {
		return Value{}, Value{}, err
	}
	mt, rs, err := ExceptionGroupSplit(exc, m)
	if err != nil {
		return Value{}, Value{}, err
	}
	if mt != nil {
		t.handled = ObjectValue(mt)
	}
	return excOrNone(rs), excOrNone(mt), nil
}

func collectLeaves(e *Exception, into map[*Exception]bool) {
	if e.typ.IsSubtype(BaseExceptionGroupType) {
		for _, x := range excGroupExceptions(e) {
			collectLeaves(x.obj.(*Exception), into)
		}
		return
	}
	into[e] = true
}

// prepReraiseStar combines what the except* clauses raised or re-raised.
func prepReraiseStar(origV, listV Value) (Value, error) {
	excs := listV.obj.(*List).Items
	var live []*Exception
	for _, x := range excs {
		if e, ok := x.obj.(*Exception); ok {
			live = append(live, e)
		}
	}
	if len(live) == 0 {
		return None, nil
	}
	orig, ok := origV.obj.(*Exception)
	if !ok || !orig.typ.IsSubtype(BaseExceptionGroupType) {
		return ObjectValue(live[0]), nil
	}
	origLeaves := map[*Exception]bool{}
	collectLeaves(orig, origLeaves)
	keep := map[*Exception]bool{}
	var raised []Value
	for _, e := range live {
		leaves := map[*Exception]bool{}
		collectLeaves(e, leaves)
		all := true
		for l := range leaves {
			if !origLeaves[l] {
				all = false
			}
		}
		if all {
			for l := range leaves {
				keep[l] = true
			}
		} else {
			raised = append(raised, ObjectValue(e))
		}
	}
	var reraised *Exception
	if len(keep) > 0 {
		var err error
		reraised, _, err = ExceptionGroupSplit(orig, func(e *Exception) (bool, error) { return keep[e], nil })
		if err != nil {
			return Value{}, err
		}
	}
	if len(raised) == 0 {
		return excOrNone(reraised), nil
	}
	if reraised != nil {
		raised = append(raised, ObjectValue(reraised))
	}
	if len(raised) == 1 {
		return raised[0], nil
	}
	return Call(ObjectValue(BaseExceptionGroupType), []Value{StrValue(""), ListValue(raised)}, nil)
}

func withExceptStart(exit, excV Value) (Value, error) {
	e := excV.obj.(*Exception)
	var tb Value = None
	if e.Traceback != nil {
		tb = ObjectValue(e.Traceback)
	}
	return Call(exit, []Value{ObjectValue(e.typ), excV, tb}, nil)
}

func beforeWith(mgr Value) (exit, res Value, err error) {
	t := mgr.Type()
	enter := t.Lookup("__enter__")
	ex := t.Lookup("__exit__")
	if enter.obj == nil {
		if ex.obj == nil {
			return Value{}, Value{}, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol", t.Name)
		}
		return Value{}, Value{}, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol (missed __enter__ method)", t.Name)
	}
	if ex.obj == nil {
		return Value{}, Value{}, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", t.Name)
	}
	exit, err = bindDescr(ex, mgr, t)
	if err != nil {
		return
	}
	be, err := bindDescr(enter, mgr, t)
	if err != nil {
		return
	}
	res, err = Call(be, nil, nil)
	return
}

func isMapping(v Value) bool {
	t := v.Type()
	if t.IsSubtype(DictType) || t == MappingProxyType {
		return true
	}
	for _, b := range t.MRO {
		if b.Name == "Mapping" || b.Name == "MutableMapping" {
			return true
		}
	}
	return false
}

func isMatchSequence(v Value) bool {
	t := v.Type()
	if t.IsSubtype(ListType) || t.IsSubtype(TupleType) || t == RangeType {
		return true
	}
	for _, b := range t.MRO {
		if b.Name == "Sequence" || b.Name == "MutableSequence" || b.Name == "deque" {
			return true
		}
	}
	return false
}

func matchKeys(subj, keys Value) (Value, error) {
	ks := keys.obj.(*Tuple).Items
	vals := make([]Value, len(ks))
	get, _ := GetAttrOpt(subj, "get")
	for i, k := range ks {
		for j := 0; j < i; j++ {
			if eq, _ := Equal(ks[j], k); eq {
				r, _ := ReprString(k)
				return Value{}, Errorf(ValueErrorType, "mapping pattern checks duplicate key (%s)", r)
			}
		}
		var v Value
		if d, ok := subj.obj.(*Dict); ok && d.inst == nil {
			var err error
			v, err = d.GetItem(k)
			if err != nil {
				return Value{}, err
			}
		} else {
			r, err := Call(get, []Value{k, ObjectValue(matchDummy)}, nil)
			if err != nil {
				return Value{}, err
			}
			if r.obj != Object(matchDummy) {
				v = r
			}
		}
		if v.obj == nil {
			return None, nil
		}
		vals[i] = v
	}
	return tupleOf(vals), nil
}

var matchDummy = &singleton{typ: ObjectType, name: "<dummy>"}

func copyDictWithoutKeys(subj, keys Value) (Value, error) {
	d := NewDict()
	if err := DictUpdateFrom(d, subj); err != nil {
		return Value{}, err
	}
	for _, k := range keys.obj.(*Tuple).Items {
		if _, err := d.DelItem(k); err != nil {
			return Value{}, err
		}
	}
	return ObjectValue(d), nil
}

// selfMatchTypes match their single positional sub-pattern against the
// subject itself.
func isSelfMatch(t *Type) bool {
	for _, b := range []*Type{BoolType, IntType, FloatType, StrType, TupleType, ListType, DictType} {
		if t.IsSubtype(b) && !t.IsHeap() || t == b {
			return true
		}
	}
	switch t.Name {
	case "bytes", "bytearray", "set", "frozenset", "complex":
		return !t.IsHeap()
	}
	return false
}

func matchClass(subj, cls, names Value, npos int) (Value, error) {
	ct, ok := cls.obj.(*Type)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "called match pattern must be a class")
	}
	if !subj.Type().IsSubtype(ct) {
		return None, nil
	}
	var out []Value
	var seen []string
	if npos > 0 {
		ma := ct.Lookup("__match_args__")
		if ma.obj == nil {
			if isSelfMatch(ct) || isSelfMatch(solidBase(ct)) && npos == 1 {
				if npos > 1 {
					return Value{}, Errorf(TypeErrorType, "%s() accepts 1 positional sub-pattern (%d given)", ct.Name, npos)
				}
				out = append(out, subj)
			} else {
				return Value{}, Errorf(TypeErrorType, "%s() accepts 0 positional sub-patterns (%d given)", ct.Name, npos)
			}
		} else {
			mt, ok := ma.obj.(*Tuple)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", ct.Name, ma.Type().Name)
			}
			if npos > len(mt.Items) {
				return Value{}, Errorf(TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", ct.Name, len(mt.Items), plural(len(mt.Items)), npos)
			}
			for i := 0; i < npos; i++ {
				name, ok := AsStr(mt.Items[i])
				if !ok {
					return Value{}, Errorf(TypeErrorType, "__match_args__ elements must be strings (got %s)", mt.Items[i].Type().Name)
				}
				seen = append(seen, name)
				v, err := GetAttrOpt(subj, name)
				if err != nil {
					return Value{}, err
				}
				if v.obj == nil {
					return None, nil
				}
				out = append(out, v)
			}
		}
	}
	for _, nv := range names.obj.(*Tuple).Items {
		name := nv.obj.(*Str).S
		for _, s := range seen {
			if s == name {
				return Value{}, Errorf(TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", ct.Name, name)
			}
		}
		seen = append(seen, name)
		v, err := GetAttrOpt(subj, name)
		if err != nil {
			return Value{}, err
		}
		if v.obj == nil {
			return None, nil
		}
		out = append(out, v)
	}
	return tupleOf(out), nil
}

// DisplayHook is called for expression statements in single mode.
var DisplayHook func(v Value) error

func callIntrinsic1(which int, v Value) (Value, error) {
	switch which {
	case compile.IntrinsicPrint:
		if v.IsNone() {
			return None, nil
		}
		if DisplayHook != nil {
			return None, DisplayHook(v)
		}
		s, err := ReprString(v)
		if err != nil {
			return Value{}, err
		}
		BuiltinsDict.SetStr("_", v)
		return None, WriteTo(SysAttr("stdout"), s+"\n")
	}
	return Value{}, Errorf(SystemErrorType, "unknown intrinsic %d", which)
}

var typeCallID = funcID(typeCall)
var objectNewID = funcID(objectNew)
var slotInitID = funcID(slotInit)

// inlineInit reports whether calling t can create a plain instance and run
// a Python __init__ frame inline: object.__new__, a Python __init__, and a
// metaclass that does not override __call__.
func (t *Type) inlineInit() bool {
	if !t.IsHeap() || t.New == nil || t.Init == nil {
		return false
	}
	if t.inlineChecked != t.version+1 {
		ok := funcID(t.New) == objectNewID && funcID(t.Init) == slotInitID && funcID(t.Type().Call) == typeCallID && solidBase(t) == ObjectType
		if ok {
			_, isFn := t.Lookup("__init__").obj.(*Function)
			ok = isFn
		}
		t.inlinePlain = ok
		t.inlineChecked = t.version + 1
	}
	return t.inlinePlain
}

// inlineBinop returns the Python function implementing a <op> b when the
// VM can run it as a frame: a is an instance whose class defines __op__ as
// a plain two-argument function, and b's type does not take precedence
// with its own reflected method.
func inlineBinop(a, b Value, op BinaryOpKind) *Function {
	in, ok := a.obj.(*Instance)
	if !ok {
		return nil
	}
	ta := in.typ
	m, owner := lookupOwner(ta, binaryDunders[op][0])
	if owner == nil || !owner.IsHeap() {
		return nil
	}
	fn, ok := m.obj.(*Function)
	if !ok {
		return nil
	}
	ci := infoOf(fn.Code)
	if !ci.simple || ci.argc != 2 {
		return nil
	}
	if tb := b.Type(); tb != ta && tb.IsSubtype(ta) {
		if _, o := lookupOwner(tb, binaryDunders[op][1]); o != nil && o.IsHeap() {
			return nil
		}
	}
	return fn
}

// binopFallback finishes a <op> b after a's __op__ returned NotImplemented:
// only the right operand's reflected method remains to try.
func binopFallback(op BinaryOpKind, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	if ta != tb {
		if tb.IsHeap() {
			if r, found, err := callBinaryDunder(b, binaryDunders[op][1], a); found {
				if err != nil || !r.Is(NotImplemented) {
					return r, err
				}
			} else if fb := firstBuiltin(tb); fb.Binary[op] != nil {
				r, err := fb.Binary[op](a, b)
				if err != nil || !r.Is(NotImplemented) {
					return r, err
				}
			}
		} else if f := tb.Binary[op]; f != nil {
			r, err := f(a, b)
			if err != nil || !r.Is(NotImplemented) {
				return r, err
			}
		}
	}
	return Value{}, binaryTypeError(op, a, b, "")
}

// loadGlobal is LOAD_GLOBAL's slow path: look the name up in globals then
// builtins and refresh the instruction's cache.
func loadGlobal(f *Frame, ci *codeInfo, i int) (Value, error) {
	name := ci.names[i].obj.(*Str).S
	v, ok := f.Globals.GetStr(name)
	if !ok {
		v, ok = f.Builtins.GetStr(name)
		if !ok {
			return Value{}, nameError(name)
		}
	}
	ci.globals[i] = globalEntry{g: f.Globals, gv: f.Globals.version, bv: f.Builtins.version, v: v}
	return v, nil
}

// instanceAttrFast reads obj.name for a plain instance when the class
// attribute (cached per instruction) is absent, a non-data descriptor or a
// __slots__ member.
func instanceAttrFast(ci *codeInfo, pc int, obj Value, name *Str) (Value, bool) {
	in, ok := obj.obj.(*Instance)
	if !ok || !in.typ.plainGetAttr() {
		return Value{}, false
	}
	descr := ci.typeLookup(pc, in.typ, name.S)
	if md, ok := descr.obj.(*memberDescr); ok {
		if slots := in.Slots(); md.index < len(slots) && slots[md.index].obj != nil {
			return slots[md.index], true
		}
		return Value{}, false
	}
	if in.Dict != nil && (descr.obj == nil || descr.Type().DescrSet == nil) {
		return dictGetHinted(in.Dict, name, &ci.hints[pc])
	}
	return Value{}, false
}

// storeAttrFast does obj.name = v for an instance of a class with the
// default __setattr__ when name is a slot or lands in the instance dict
// (no data descriptor); it reports false to leave the rest to SetAttr. pc
// is the STORE_ATTR's index, for the caches.
func storeAttrFast(ci *codeInfo, pc int, obj Value, name *Str, v Value) bool {
	in, ok := obj.obj.(*Instance)
	if !ok || !in.typ.plainSetAttr() || name.S == "__dict__" {
		return false
	}
	descr := ci.typeLookup(pc, in.typ, name.S)
	if md, ok := descr.obj.(*memberDescr); ok && md.index < in.typ.nslots {
		in.Slots()[md.index] = v
		return true
	}
	if in.Dict != nil && (descr.obj == nil || descr.Type().DescrSet == nil) {
		dictSetHinted(in.Dict, name, v, &ci.hints[pc])
		if in.Dict.used > in.typ.dictHint {
			in.typ.dictHint = in.Dict.used
		}
		return true
	}
	return false
}

// floatCmpFast compares two floats as Python does (IEEE: NaN is unordered
// and unequal to everything), for the eval loop's fast paths.
func floatCmpFast(x, y float64, op CompareOp) bool {
	switch op {
	case LT:
		return x < y
	case LE:
		return x <= y
	case EQ:
		return x == y
	case NE:
		return x != y
	case GT:
		return x > y
	}
	return x >= y
}

// dictGetHinted looks up str key k in d, first at entry *hint, where the
// same instruction found it last time: instances of a class usually store
// their attributes in the same order. A key that is the very same *Str
// (names are interned, internName) confirms the hint without hashing.
func dictGetHinted(d *Dict, k *Str, hint *int32) (Value, bool) {
	if i := int(*hint); i < len(d.entries) {
		if e := &d.entries[i]; e.key.obj == Object(k) {
			return e.value, true
		}
	}
	i := d.findStrH(k.S, k.hash())
	if i < 0 {
		return Value{}, false
	}
	*hint = int32(i)
	return d.entries[i].value, true
}

// dictSetHinted is d[k] = v (as SetStrObj) with dictGetHinted's hint.
func dictSetHinted(d *Dict, k *Str, v Value, hint *int32) {
	if i := int(*hint); i < len(d.entries) {
		if e := &d.entries[i]; e.key.obj == Object(k) {
			e.value = v
			d.version++
			return
		}
	}
	if i := d.findStrH(k.S, k.hash()); i >= 0 {
		d.entries[i].value = v
		d.version++
		*hint = int32(i)
		return
	}
	d.SetStrObj(k, v) // a new key: appended
	if n := len(d.entries); n > 0 && d.entries[n-1].key.obj == Object(k) {
		*hint = int32(n - 1)
	}
}

// isInlinedComprehension reports whether code is a list, set or dict
// comprehension body (CPython 3.12 runs these inline, without a frame).
func isInlinedComprehension(code *compile.Code) bool {
	switch code.Name {
	case "<listcomp>", "<setcomp>", "<dictcomp>":
		return true
	}
	return false
}

// comprehensionAs returns a copy of a comprehension's code named like the
// enclosing code, for traceback entries.
func comprehensionAs(comp, outer *compile.Code) *compile.Code {
	c := *comp
	c.Name, c.Qualname, c.FirstLine = outer.Name, outer.Qualname, outer.FirstLine
	c.ArgCount, c.KwOnlyCount, c.PosOnlyCount, c.Flags = outer.ArgCount, outer.KwOnlyCount, outer.PosOnlyCount, outer.Flags
	c.LocalNames = outer.LocalNames
	return &c
}
