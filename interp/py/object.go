// This file defines object (the root type), Instance (instances of user
// classes), generic attribute lookup with descriptors, and the singletons
// NotImplemented and Ellipsis.

package py

import (
	"fmt"
	"slices"
	"unsafe"
)

// Instance is an instance of a user class whose solid base is object.
// Dict is nil when __slots__ suppresses it; Slots returns __slots__ values.
type Instance struct {
	typ  *Type
	Dict *Dict
	// slots points at the first of the instance's __slots__ values (nil
	// without slots); their count is typ's slotCount, which setClass
	// keeps equal. A pointer rather than a slice keeps Instance at 24
	// bytes: a plain instance is one 24-byte object besides its dict.
	slots *Value
}

// Slots returns the instance's __slots__ storage.
func (o *Instance) Slots() []Value {
	if o.slots == nil {
		return nil
	}
	return unsafe.Slice(o.slots, o.typ.nslots)
}

// Type returns the instance's class.
func (o *Instance) Type() *Type { return o.typ }

// InstanceDict returns the instance's __dict__ (nil if it has none).
func (o *Instance) InstanceDict() *Dict { return o.Dict }

// HasDict is implemented by objects with a __dict__.
type HasDict interface {
	InstanceDict() *Dict
}

// newInstanceData builds the dict/slots storage for an instance of a user
// subclass of a builtin type.
func newInstanceData(t *Type) *Instance {
	in := &Instance{typ: t}
	if t.Flags&FlagHasDict != 0 {
		in.Dict = NewDict()
	}
	if n := slotCount(t); n > 0 {
		in.slots = &make([]Value, n)[0]
	}
	return in
}

// InstanceDict for builtin subclasses.
func (s *Str) InstanceDict() *Dict {
	if s.more == nil || s.more.inst == nil {
		return nil
	}
	return s.more.inst.Dict
}

// ObjectType is Python's object.
var ObjectType = func() *Type {
	t := &Type{Name: "object", Qualname: "object", Flags: FlagBaseType, Dict: &Dict{}}
	t.MRO = []*Type{t}
	return t
}()

// TypeType is Python's type.
var TypeType = newBuiltinType("type", ObjectType, FlagBaseType|FlagHasDict)

func init() {
	ObjectType.Doc = "The base class of the class hierarchy."
	t := ObjectType
	t.New = objectNew
	t.Init = objectInit
	t.Repr = objectRepr
	t.Str = func(v Value) (Value, error) { return Repr(v) }
	t.Hash = func(v Value) (int64, error) { return identityHash(v), nil }
	t.RichCompare = objectCompare
	t.GetAttr = GenericGetAttr
	t.SetAttr = GenericSetAttr
}

// identityHash is object.__hash__: derived from the object's address.
func identityHash(v Value) int64 {
	return int64(addressOf(v) >> 4)
}

func objectCompare(a, b Value, op CompareOp) (Value, error) {
	switch op {
	case EQ:
		if a.Is(b) {
			return True, nil
		}
		return NotImplemented, nil
	case NE:
		// object.__ne__ inverts __eq__ unless NotImplemented.
		eq := a.Type().RichCompare
		if eq == nil {
			return NotImplemented, nil
		}
		r, err := eq(a, b, EQ)
		if err != nil || r.Is(NotImplemented) {
			return r, err
		}
		t, err := Truth(r)
		if err != nil {
			return Value{}, err
		}
		return Bool(!t), nil
	}
	return NotImplemented, nil
}

func objectRepr(v Value) (Value, error) {
	t := v.Type()
	return StrValue(fmt.Sprintf("<%s object at %#x>", t.QualifiedName(), addressOf(v))), nil
}

func objectNew(t *Type, args []Value, kwnames []string) (Value, error) {
	if len(args) > 0 {
		if !isObjectNew(t) {
			return Value{}, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if isObjectInit(t) {
			return Value{}, Errorf(TypeErrorType, "%s() takes no arguments", t.Name)
		}
	}
	if abs := t.abstractMethods(); abs != "" {
		return Value{}, abstractError(t)
	}
	return ObjectValue(newInstanceRaw(t)), nil
}

// Instances with few __slots__ are allocated with their slot storage in
// one object.
type instance1 struct {
	Instance
	a [1]Value
}
type instance2 struct {
	Instance
	a [2]Value
}
type instance3 struct {
	Instance
	a [3]Value
}
type instance4 struct {
	Instance
	a [4]Value
}

// slotCount returns the number of __slots__ values of t's instances,
// cached in t.nslots from the first use on: instances are allocated with
// that many, so it must not change afterwards.
func slotCount(t *Type) int {
	if t.nslots < 0 {
		t.nslots = len(allSlotNames(t))
	}
	return t.nslots
}

func newInstanceRaw(t *Type) *Instance {
	n := slotCount(t)
	var in *Instance
	switch n {
	case 0:
		in = &Instance{typ: t}
	case 1:
		x := &instance1{Instance: Instance{typ: t}}
		x.slots = &x.a[0]
		in = &x.Instance
	case 2:
		x := &instance2{Instance: Instance{typ: t}}
		x.slots = &x.a[0]
		in = &x.Instance
	case 3:
		x := &instance3{Instance: Instance{typ: t}}
		x.slots = &x.a[0]
		in = &x.Instance
	case 4:
		x := &instance4{Instance: Instance{typ: t}}
		x.slots = &x.a[0]
		in = &x.Instance
	default:
		in = &Instance{typ: t, slots: &make([]Value, n)[0]}
	}
	if t.Flags&FlagHasDict != 0 {
		in.Dict = NewDictSized(t.dictHint)
	}
	return in
}

func isObjectInit(t *Type) bool {
	return t.Lookup("__init__").Is(ObjectType.Dict.mustGet("__init__"))
}

func isObjectNew(t *Type) bool {
	return t.Lookup("__new__").Is(ObjectType.Dict.mustGet("__new__"))
}

func (d *Dict) mustGet(name string) Value {
	v, _ := d.GetStr(name)
	return v
}

func objectInit(self Value, args []Value, kwnames []string) error {
	if len(args) > 0 {
		t := self.Type()
		if !isObjectInit(t) {
			return Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if isObjectNew(t) {
			return Errorf(TypeErrorType, "%s() takes no arguments", t.Name)
		}
	}
	return nil
}

// GenericGetAttr is object.__getattribute__: data descriptors on the type,
// then the instance dict, then other class attributes (binding functions).
func GenericGetAttr(v Value, name string) (Value, error) {
	t := v.Type()
	descr := t.Lookup(name)
	var dget func(descr, obj Value, typ *Type) (Value, error)
	if descr.obj != nil {
		dt := descr.Type()
		dget = dt.DescrGet
		if dget != nil && dt.DescrSet != nil {
			return dget(descr, v, t)
		}
	}
	if hd, ok := v.obj.(HasDict); ok {
		if d := hd.InstanceDict(); d != nil {
			if r, ok := d.GetStr(name); ok {
				return r, nil
			}
		}
	}
	if dget != nil {
		return dget(descr, v, t)
	}
	if descr.obj != nil {
		return descr, nil
	}
	switch name {
	case "__class__":
		return ObjectValue(t), nil
	case "__dict__":
		if hd, ok := v.obj.(HasDict); ok {
			if d := hd.InstanceDict(); d != nil {
				return ObjectValue(d), nil
			}
		}
	}
	return Value{}, attributeError(v, name)
}

func attributeError(v Value, name string) error {
	e := NewException(AttributeErrorType, StrValue(fmt.Sprintf("'%s' object has no attribute '%s'", v.Type().Name, name)))
	e.SetAttrStr("name", StrValue(name))
	e.SetAttrStr("obj", v)
	return e
}

// GenericSetAttr is object.__setattr__ (zero val deletes).
func GenericSetAttr(v Value, name string, val Value) error {
	t := v.Type()
	descr := t.Lookup(name)
	if descr.obj != nil {
		if dset := descr.Type().DescrSet; dset != nil {
			return dset(descr, v, val)
		}
	}
	if name == "__class__" {
		return setClass(v, val)
	}
	if name == "__dict__" {
		if in, ok := v.obj.(*Instance); ok && in.Dict != nil {
			d, ok := val.obj.(*Dict)
			if !ok {
				return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", val.Type().Name)
			}
			in.Dict = d
			return nil
		}
	}
	if hd, ok := v.obj.(HasDict); ok {
		if d := hd.InstanceDict(); d != nil {
			if val.obj == nil {
				if !d.DelStr(name) {
					return attributeError(v, name)
				}
				return nil
			}
			d.SetStr(name, val)
			return nil
		}
	}
	if descr.obj != nil {
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", t.Name, name)
	}
	return attributeError(v, name)
}

func setClass(v Value, val Value) error {
	nt, ok := val.obj.(*Type)
	if !ok {
		return Errorf(TypeErrorType, "__class__ must be set to a class, not '%s' object", val.Type().Name)
	}
	in, ok := v.obj.(*Instance)
	if !ok || !nt.IsHeap() {
		return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if slotCount(nt) != slotCount(in.typ) || !slices.Equal(allSlotNames(nt), allSlotNames(in.typ)) ||
		nt.Flags&FlagHasDict != in.typ.Flags&FlagHasDict {
		// The instance's slot storage was sized for its class.
		return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, in.typ.Name)
	}
	in.typ = nt
	return nil
}

// NotImplementedObj and EllipsisObj are singletons.
type singleton struct {
	typ  *Type
	name string
}

func (s *singleton) Type() *Type { return s.typ }

var (
	NotImplementedType = newBuiltinType("NotImplementedType", ObjectType, 0)
	EllipsisType       = newBuiltinType("ellipsis", ObjectType, 0)
	NoneType           = newBuiltinType("NoneType", ObjectType, 0)

	// NotImplemented is Python's NotImplemented.
	NotImplemented = ObjectValue(&singleton{NotImplementedType, "NotImplemented"})
	// Ellipsis is Python's Ellipsis (...).
	Ellipsis = ObjectValue(&singleton{EllipsisType, "Ellipsis"})
)

func init() {
	noneKind.typ = NoneType
	singletonRepr := func(v Value) (Value, error) { return StrValue(v.obj.(*singleton).name), nil }
	NotImplementedType.Repr = singletonRepr
	EllipsisType.Repr = singletonRepr
	NoneType.Repr = func(v Value) (Value, error) { return StrValue("None"), nil }
	NoneType.Bool = func(v Value) (bool, error) { return false, nil }
	NoneType.Hash = func(v Value) (int64, error) { return 0xFCA86420, nil }
	NoneType.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if len(args) > 0 {
			return Value{}, Errorf(TypeErrorType, "NoneType takes no arguments")
		}
		return None, nil
	}
}
