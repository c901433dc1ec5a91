// This file implements the type type: calling a type to make instances,
// creating classes (type(name, bases, dict) and class statements), the C3
// MRO, attribute access on classes, __slots__, and super.

package py

import (
	"fmt"
	"sort"
	"strings"
)

func typeCall(fn Value, args []Value, kwnames []string) (Value, error) {
	t := fn.obj.(*Type)
	if t == TypeType && len(args) == 1 && len(kwnames) == 0 {
		return ObjectValue(args[0].Type()), nil
	}
	if t.New == nil {
		return Value{}, Errorf(TypeErrorType, "cannot create '%s' instances", t.QualifiedName())
	}
	obj, err := t.New(t, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if !obj.Type().IsSubtype(t) {
		return obj, nil
	}
	if init := obj.Type().Init; init != nil {
		if err := init(obj, args, kwnames); err != nil {
			return Value{}, err
		}
	}
	return obj, nil
}

// c3 computes the C3 linearisation of t with bases.
func c3(t *Type, bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, Errorf(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// solidBase returns the builtin type whose layout instances of t use.
func solidBase(t *Type) *Type {
	for _, b := range t.MRO {
		if !b.IsHeap() {
			return layoutBase(b)
		}
	}
	return ObjectType
}

// exceptionLayouts are the builtin exceptions whose instances carry
// fields beyond their base's (CPython's exception structs); the others
// share their base's layout, so e.g. class X(OSError, ValueError) is
// allowed while class Y(OSError, ImportError) is not.
var exceptionLayouts = map[*Type]bool{}

func init() {
	for _, t := range []*Type{BaseExceptionType, BaseExceptionGroupType, StopIterationType, SystemExitType,
		ImportErrorType, OSErrorType, SyntaxErrorType, UnicodeEncodeErrorType, UnicodeDecodeErrorType,
		UnicodeTranslateErrorType, AttributeErrorType, NameErrorType} {
		exceptionLayouts[t] = true
	}
}

// layoutBase returns the builtin type whose instance layout b uses.
func layoutBase(b *Type) *Type {
	for b.Flags&FlagException != 0 && !exceptionLayouts[b] && b.Base != nil {
		b = b.Base
	}
	return b
}

// NewClass creates a class like type(name, bases, ns) does, without calling
// __init_subclass__/__set_name__ (see typeNew for the full protocol).
func NewClass(meta *Type, name string, bases []*Type, ns *Dict) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
	}
	t := &Type{Name: name, Qualname: name, Bases: bases, Flags: FlagBaseType | FlagHeapType, nslots: -1}
	if meta != TypeType {
		t.meta = meta
	}
	mro, err := c3(t, bases)
	if err != nil {
		return nil, err
	}
	t.MRO = mro
	// The solid base: the most derived builtin layout among the bases.
	var base, winner *Type
	for _, b := range bases {
		sb := solidBase(b)
		switch {
		case winner == nil:
			winner, base = sb, b
		case winner.IsSubtype(sb):
		case sb.IsSubtype(winner):
			winner, base = sb, b
		default:
			return nil, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	t.Base = base
	t.Dict = ns.Copy()
	if q, ok := t.Dict.GetStr("__qualname__"); ok {
		if s, ok := AsStr(q); ok {
			t.Qualname = s
		}
		t.Dict.DelStr("__qualname__")
	}
	if _, ok := t.Dict.GetStr("__doc__"); !ok {
		t.Dict.SetStr("__doc__", None)
	}
	// __slots__
	hasDict := false
	for _, b := range mro[1:] {
		if b.Flags&FlagHasDict != 0 {
			hasDict = true
		}
	}
	if sl, ok := t.Dict.GetStr("__slots__"); ok {
		var names []string
		if s, ok := AsStr(sl); ok {
			names = []string{s}
		} else {
			items, err := ToSlice(sl)
			if err != nil {
				return nil, err
			}
			for _, it := range items {
				s, ok := AsStr(it)
				if !ok {
					return nil, Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", it.Type().Name)
				}
				names = append(names, s)
			}
		}
		offset := len(allSlotNames(base))
		for _, n := range names {
			if n == "__dict__" {
				hasDict = true
				continue
			}
			if _, clash := t.Dict.GetStr(n); clash {
				return nil, Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", n)
			}
			t.slotNames = append(t.slotNames, n)
			t.Dict.SetStr(n, ObjectValue(&memberDescr{owner: t, name: n, index: offset}))
			offset++
		}
	} else {
		hasDict = true
	}
	if hasDict {
		t.Flags |= FlagHasDict
	}
	// Exceptions keep their own layout; mark flags.
	for _, b := range mro {
		if b.Flags&FlagException != 0 {
			t.Flags |= FlagException
		}
	}
	// Wrap plain functions for __new__ (implicit staticmethod) and
	// __init_subclass__/__class_getitem__ (implicit classmethod).
	if f, ok := t.Dict.GetStr("__new__"); ok {
		if _, isFn := f.obj.(*Function); isFn {
			t.Dict.SetStr("__new__", ObjectValue(&StaticMethod{Func: f}))
		}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := t.Dict.GetStr(n); ok {
			if _, isFn := f.obj.(*Function); isFn {
				t.Dict.SetStr(n, ObjectValue(&ClassMethod{Func: f}))
			}
		}
	}
	for _, b := range bases {
		b.subclasses = append(b.subclasses, t)
	}
	fixupSlots(t)
	if !typesFinished {
		earlyClasses = append(earlyClasses, t)
	}
	t.Invalidate()
	return t, nil
}

// allSlotNames returns the __slots__ names of t and its bases, base first.
func allSlotNames(t *Type) []string {
	var out []string
	for i := len(t.MRO) - 1; i >= 0; i-- {
		out = append(out, t.MRO[i].slotNames...)
	}
	return out
}

// memberDescr is a __slots__ member (member_descriptor).
type memberDescr struct {
	owner *Type
	name  string
	index int
}

func (m *memberDescr) Type() *Type { return MemberDescrType }

// MemberDescrType is the type of __slots__ members.
var MemberDescrType = newBuiltinType("member_descriptor", ObjectType, 0)

func slotStorage(obj Value) []Value {
	switch o := obj.obj.(type) {
	case *Instance:
		return o.Slots()
	case *Exception:
		return o.slots
	}
	return nil
}

func init() {
	m := MemberDescrType
	m.DescrGet = func(descr, obj Value, typ *Type) (Value, error) {
		if obj.obj == nil {
			return descr, nil
		}
		md := descr.obj.(*memberDescr)
		s := slotStorage(obj)
		if md.index >= len(s) || s[md.index].obj == nil {
			return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", obj.Type().Name, md.name)
		}
		return s[md.index], nil
	}
	m.DescrSet = func(descr, obj, val Value) error {
		md := descr.obj.(*memberDescr)
		s := slotStorage(obj)
		if md.index >= len(s) {
			return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", obj.Type().Name, md.name)
		}
		if val.obj == nil && s[md.index].obj == nil {
			return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", obj.Type().Name, md.name)
		}
		s[md.index] = val
		return nil
	}
	m.Repr = func(v Value) (Value, error) {
		md := v.obj.(*memberDescr)
		return StrValue(fmt.Sprintf("<member '%s' of '%s' objects>", md.name, md.owner.Name)), nil
	}
}

// typeNew is type.__new__(meta, name, bases, ns, **kwds): the full class
// creation protocol including __set_name__ and __init_subclass__.
func typeNew(meta *Type, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos == 1 && meta == TypeType {
		return ObjectValue(args[0].Type()), nil
	}
	if npos != 3 {
		return Value{}, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
	}
	name, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	bt, ok := args[1].obj.(*Tuple)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	ns, ok := args[2].obj.(*Dict)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", args[2].Type().Name)
	}
	var bases []*Type
	for _, b := range bt.Items {
		bty, ok := b.obj.(*Type)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "bases must be types")
		}
		bases = append(bases, bty)
	}
	// The most derived metaclass wins.
	winner := meta
	for _, b := range bases {
		bm := b.Type()
		if winner.IsSubtype(bm) {
			continue
		}
		if bm.IsSubtype(winner) {
			winner = bm
			continue
		}
		return Value{}, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	t, err := NewClass(winner, name, bases, ns)
	if err != nil {
		return Value{}, err
	}
	if _, ok := t.Dict.GetStr("__module__"); !ok {
		if g := currentGlobals(); g != nil {
			if mn, ok := g.GetStr("__name__"); ok {
				t.Dict.SetStr("__module__", mn)
				t.Invalidate()
			}
		}
	}
	// __set_name__
	var setNameErr error
	_ = t.Dict.Items(func(k, v Value) error {
		sn := v.Type().Lookup("__set_name__")
		if sn.obj == nil {
			return nil
		}
		m, err := bindDescr(sn, v, v.Type())
		if err == nil {
			_, err = Call(m, []Value{ObjectValue(t), k}, nil)
		}
		if err != nil {
			setNameErr = err
			return err
		}
		return nil
	})
	if setNameErr != nil {
		return Value{}, setNameErr
	}
	// __init_subclass__ on the parent (super(t, t).__init_subclass__(**kw)).
	kw := args[npos:]
	for _, b := range t.MRO[1:] {
		if f, ok := b.Dict.GetStr("__init_subclass__"); ok {
			m, err := bindDescr(f, Value{}, t)
			if err != nil {
				return Value{}, err
			}
			if bb, ok := m.obj.(*BoundBuiltin); ok {
				bb.Self = ObjectValue(t)
			}
			if _, err := Call(m, kw, kwnames); err != nil {
				return Value{}, err
			}
			break
		}
	}
	return ObjectValue(t), nil
}

func objectInitSubclass(self Value, args []Value, kwnames []string) (Value, error) {
	if len(args) > 0 || len(kwnames) > 0 {
		t, _ := self.obj.(*Type)
		name := "object"
		if t != nil {
			name = t.Name
		}
		return Value{}, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", name)
	}
	return None, nil
}

func typeGetAttr(v Value, name string) (Value, error) {
	t := v.obj.(*Type)
	meta := v.Type()
	mattr := meta.Lookup(name)
	var mget func(descr, obj Value, typ *Type) (Value, error)
	if mattr.obj != nil {
		mt := mattr.Type()
		mget = mt.DescrGet
		if mget != nil && mt.DescrSet != nil {
			return mget(mattr, v, meta)
		}
	}
	if attr := t.Lookup(name); attr.obj != nil {
		if g := attr.Type().DescrGet; g != nil {
			return g(attr, Value{}, t)
		}
		return attr, nil
	}
	switch name {
	case "__name__":
		return StrValue(t.Name), nil
	case "__qualname__":
		return StrValue(t.Qualname), nil
	case "__mro__":
		items := make([]Value, len(t.MRO))
		for i, b := range t.MRO {
			items[i] = ObjectValue(b)
		}
		return tupleOf(items), nil
	case "__bases__":
		items := make([]Value, len(t.Bases))
		for i, b := range t.Bases {
			items[i] = ObjectValue(b)
		}
		return tupleOf(items), nil
	case "__base__":
		if t.Base == nil {
			return None, nil
		}
		return ObjectValue(t.Base), nil
	case "__dict__":
		return ObjectValue(&MappingProxy{D: t.Dict}), nil
	case "__module__":
		return StrValue(t.ModuleName()), nil
	case "__doc__":
		if t.Doc != "" {
			return StrValue(t.Doc), nil
		}
		if !t.IsHeap() {
			if _, doc, ok := BuiltinDoc(t.Name); ok {
				return StrValue(doc), nil
			}
		}
		return None, nil
	case "__text_signature__":
		if t.IsHeap() {
			return None, nil
		}
		sig, _, _ := BuiltinDoc(t.Name)
		return textSignature(sig, ""), nil
	case "__class__":
		return ObjectValue(meta), nil
	case "__annotations__":
		d := NewDict()
		t.Dict.SetStr("__annotations__", ObjectValue(d))
		t.Invalidate()
		return ObjectValue(d), nil
	case "__type_params__":
		return NewTuple(), nil
	}
	if mget != nil {
		return mget(mattr, v, meta)
	}
	if mattr.obj != nil {
		return mattr, nil
	}
	e := NewException(AttributeErrorType, StrValue(fmt.Sprintf("type object '%s' has no attribute '%s'", t.Name, name)))
	e.SetAttrStr("name", StrValue(name))
	e.SetAttrStr("obj", v)
	return Value{}, e
}

func typeSetAttr(v Value, name string, val Value) error {
	t := v.obj.(*Type)
	meta := v.Type()
	if mattr := meta.Lookup(name); mattr.obj != nil {
		if s := mattr.Type().DescrSet; s != nil {
			return s(mattr, v, val)
		}
	}
	if !t.IsHeap() {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, t.Name)
	}
	switch name {
	case "__name__":
		s, ok := AsStr(val)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__name__, not '%s'", t.Name, val.Type().Name)
		}
		t.Name = s
		return nil
	case "__qualname__":
		s, ok := AsStr(val)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", t.Name, val.Type().Name)
		}
		t.Qualname = s
		return nil
	}
	if val.obj == nil {
		if !t.Dict.DelStr(name) {
			return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", t.Name, name)
		}
	} else {
		t.Dict.SetStr(name, val)
	}
	t.Invalidate()
	if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		refreshSlots(t)
	}
	return nil
}

func refreshSlots(t *Type) {
	t.version++
	fixupSlots(t)
	for _, s := range t.subclasses {
		refreshSlots(s)
	}
}

func typeRepr(v Value) (Value, error) {
	t := v.obj.(*Type)
	return StrValue("<class '" + t.QualifiedName() + "'>"), nil
}

// MappingProxy is a read-only view of a type's dict.
type MappingProxy struct {
	D *Dict
}

// Type returns mappingproxy.
func (m *MappingProxy) Type() *Type { return MappingProxyType }

// MappingProxyType is types.MappingProxyType.
var MappingProxyType = newBuiltinType("mappingproxy", ObjectType, 0)

func init() {
	t := TypeType
	t.Call = typeCall
	t.New = func(meta *Type, args []Value, kwnames []string) (Value, error) { return typeNew(meta, args, kwnames) }
	t.Init = func(self Value, args []Value, kwnames []string) error { return nil }
	t.GetAttr = typeGetAttr
	t.SetAttr = typeSetAttr
	t.Repr = typeRepr
	t.Hash = func(v Value) (int64, error) { return identityHash(v), nil }
	t.Binary[OpOr] = func(a, b Value) (Value, error) { return unionOf(a, b) }
	AddMethods(t, []MethodDef{
		{Name: "mro", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			st := self.obj.(*Type)
			items := make([]Value, len(st.MRO))
			for i, b := range st.MRO {
				items[i] = ObjectValue(b)
			}
			return ListValue(items), nil
		}},
		{Name: "__subclasses__", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			st := self.obj.(*Type)
			var items []Value
			for _, s := range st.subclasses {
				items = append(items, ObjectValue(s))
			}
			return ListValue(items), nil
		}},
		{Name: "__instancecheck__", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			return Bool(args[0].Type().IsSubtype(self.obj.(*Type))), nil
		}},
		{Name: "__subclasscheck__", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			c, ok := args[0].obj.(*Type)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
			}
			return Bool(c.IsSubtype(self.obj.(*Type))), nil
		}},
		{Name: "__prepare__", Class: true, Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			return ObjectValue(NewDict()), nil
		}},
	})
	AddMethods(ObjectType, []MethodDef{
		{Name: "__init_subclass__", Class: true, Fn: objectInitSubclass},
	})
	mp := MappingProxyType
	mp.GetItem = func(v, key Value) (Value, error) { return dictGetItem(ObjectValue(v.obj.(*MappingProxy).D), key) }
	mp.Len = func(v Value) (int, error) { return v.obj.(*MappingProxy).D.Len(), nil }
	mp.Iter = func(v Value) (Value, error) { return GetIter(ObjectValue(v.obj.(*MappingProxy).D)) }
	mp.Contains = func(v, x Value) (bool, error) { return Contains(ObjectValue(v.obj.(*MappingProxy).D), x) }
	mp.Repr = func(v Value) (Value, error) {
		r, err := ReprString(ObjectValue(v.obj.(*MappingProxy).D))
		return StrValue("mappingproxy(" + r + ")"), err
	}
	mp.GetAttr = func(v Value, name string) (Value, error) {
		switch name {
		case "keys", "values", "items", "get", "copy":
			return GetAttr(ObjectValue(v.obj.(*MappingProxy).D), name)
		}
		return GenericGetAttr(v, name)
	}
}

// sortedNames returns the keys of a str-keyed dict, sorted.
func sortedNames(d *Dict) []string {
	var out []string
	for _, k := range d.Keys() {
		if s, ok := AsStr(k); ok {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
