// This file defines super: attribute lookup that starts after a class in
// the MRO of an object's type.

package py

// Super is a super object.
type Super struct {
	Class   *Type // the class whose successors are searched
	Obj     Value // the bound instance or class (zero if unbound)
	ObjType *Type
}

// Type returns super.
func (s *Super) Type() *Type { return SuperType }

// SuperType is Python's super.
var SuperType = newBuiltinType("super", ObjectType, FlagBaseType)

// NewSuper is super(cls, obj).
func NewSuper(cls *Type, obj Value) (Value, error) {
	s := &Super{Class: cls, Obj: obj}
	if obj.obj != nil {
		if ot, ok := obj.obj.(*Type); ok && ot.IsSubtype(cls) {
			s.ObjType = ot
		} else if obj.Type().IsSubtype(cls) {
			s.ObjType = obj.Type()
		} else {
			return Value{}, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
		}
	}
	return ObjectValue(s), nil
}

func superGetAttr(v Value, name string) (Value, error) {
	s := v.obj.(*Super)
	if s.ObjType != nil && name != "__class__" {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.Class {
			i++
		}
		for i++; i < len(mro); i++ {
			if r, ok := mro[i].Dict.GetStr(name); ok {
				if g := r.Type().DescrGet; g != nil {
					obj := s.Obj
					if obj.Is(ObjectValue(s.ObjType)) {
						obj = Value{}
					}
					return g(r, obj, s.ObjType)
				}
				return r, nil
			}
		}
	}
	return GenericGetAttr(v, name)
}

// SuperZeroArgHook is set by the VM: it finds __class__ and the first
// argument of the calling frame for super().
var SuperZeroArgHook func() (*Type, Value, error)

func init() {
	t := SuperType
	t.GetAttr = superGetAttr
	t.New = func(_ *Type, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "super() takes no keyword arguments")
		}
		switch len(args) {
		case 0:
			if SuperZeroArgHook == nil {
				return Value{}, Errorf(RuntimeErrorType, "super(): no arguments")
			}
			cls, obj, err := SuperZeroArgHook()
			if err != nil {
				return Value{}, err
			}
			return NewSuper(cls, obj)
		case 1, 2:
			cls, ok := args[0].obj.(*Type)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", args[0].Type().Name)
			}
			if len(args) == 1 {
				return NewSuper(cls, Value{})
			}
			return NewSuper(cls, args[1])
		}
		return Value{}, Errorf(TypeErrorType, "super() takes at most 2 arguments (%d given)", len(args))
	}
	t.Repr = func(v Value) (Value, error) {
		s := v.obj.(*Super)
		if s.ObjType != nil {
			return StrValue("<super: <class '" + s.Class.Name + "'>, <" + s.ObjType.Name + " object>>"), nil
		}
		return StrValue("<super: <class '" + s.Class.Name + "'>, NULL>"), nil
	}
}
