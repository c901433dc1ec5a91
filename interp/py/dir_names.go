// This file lists, for dir(), the attributes builtin types serve from
// their GetAttr switch rather than from their dict (CPython's getset and
// member descriptors), and adds object's pickling/size helpers so the
// names CPython's dir() shows are all real attributes here.

package py

// attrNames maps a builtin type to the computed attribute names its
// instances have (listed by dir() on the type and on its instances).
var attrNames = map[*Type][]string{}

func init() {
	attrNames[FunctionType] = []string{"__annotations__", "__builtins__", "__closure__", "__code__",
		"__defaults__", "__dict__", "__doc__", "__globals__", "__kwdefaults__", "__module__", "__name__",
		"__qualname__", "__type_params__"}
	attrNames[BuiltinType] = []string{"__doc__", "__module__", "__name__", "__qualname__", "__self__", "__text_signature__"}
	attrNames[MethodDescrType] = []string{"__doc__", "__name__", "__objclass__", "__qualname__", "__text_signature__"}
	attrNames[MethodType] = []string{"__doc__", "__func__", "__name__", "__qualname__", "__self__"}
	attrNames[TypeType] = []string{"__annotations__", "__base__", "__bases__", "__dict__", "__doc__", "__module__", "__text_signature__",
		"__mro__", "__name__", "__qualname__", "__type_params__"}
	attrNames[GeneratorType] = []string{"__name__", "__qualname__", "gi_code", "gi_frame", "gi_running",
		"gi_suspended", "gi_yieldfrom"}
	attrNames[CoroutineType] = []string{"__name__", "__qualname__", "cr_await", "cr_code", "cr_frame",
		"cr_origin", "cr_running", "cr_suspended"}
	attrNames[AsyncGeneratorType] = []string{"__name__", "__qualname__", "ag_await", "ag_code", "ag_frame",
		"ag_running", "ag_suspended"}
	attrNames[CodeType] = []string{"co_argcount", "co_cellvars", "co_filename", "co_firstlineno", "co_flags",
		"co_freevars", "co_kwonlyargcount", "co_name", "co_names", "co_nlocals", "co_posonlyargcount",
		"co_qualname", "co_varnames"}
	attrNames[PropertyType] = []string{"__doc__", "__isabstractmethod__", "fdel", "fget", "fset"}
	attrNames[StaticMethodType] = []string{"__func__", "__isabstractmethod__", "__module__", "__name__", "__qualname__", "__wrapped__"}
	attrNames[ClassMethodType] = []string{"__func__", "__isabstractmethod__", "__module__", "__name__", "__qualname__", "__wrapped__"}
	attrNames[BaseExceptionType] = []string{"__cause__", "__context__", "__dict__", "__suppress_context__",
		"__traceback__", "args"}
	attrNames[SliceType] = []string{"start", "step", "stop"}
	attrNames[TracebackType] = []string{"tb_frame", "tb_lasti", "tb_lineno", "tb_next"}
	attrNames[FrameInfoType] = []string{"f_back", "f_builtins", "f_code", "f_globals", "f_lasti",
		"f_lineno", "f_locals", "f_trace"}

	AddMethods(ObjectType, []MethodDef{
		{Name: "__subclasshook__", Class: true, Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return NotImplemented, nil
		}},
		{Name: "__sizeof__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return Int(16), nil
		}},
		{Name: "__getstate__", Fn: objectGetstate},
		{Name: "__reduce__", Fn: func(self Value, args []Value, kw []string) (Value, error) {
			return CallMethod(self, "__reduce_ex__", Int(0))
		}},
	})
}

// addTypeDirNames adds the names dir() shows for attributes that t's
// instances get from t itself, beyond t's dict.
func addTypeDirNames(names map[string]bool, t *Type) {
	// Every CPython type has __doc__ in its dict.
	names["__doc__"] = true
	for _, n := range attrNames[t] {
		names[n] = true
	}
	if t.IsHeap() && t.Flags&FlagHasDict != 0 && len(t.slotNames) == 0 {
		names["__dict__"] = true
		// Instances of variable-size builtins cannot be weakly referenced.
		b := t
		for b.Base != nil && b.IsHeap() {
			b = b.Base
		}
		if b != IntType && b != TupleType && b != BytesType && b != StrType {
			names["__weakref__"] = true
		}
	}
}

// objectGetstate is object.__getstate__: the instance dict (None when
// empty), paired with a dict of the set __slots__ values when there are
// any, as pickle and copy expect.
func objectGetstate(self Value, args []Value, kw []string) (Value, error) {
	state := None
	if hd, ok := self.obj.(HasDict); ok {
		if d := hd.InstanceDict(); d != nil && d.Len() > 0 {
			state = ObjectValue(d)
		}
	}
	slots := NewDict()
	for _, n := range allSlotNames(self.Type()) {
		if n == "__dict__" || n == "__weakref__" {
			continue
		}
		v, err := GetAttr(self, n)
		if err != nil {
			if IsInstanceError(err, AttributeErrorType) {
				continue
			}
			return Value{}, err
		}
		slots.SetStr(n, v)
	}
	if slots.Len() > 0 {
		return NewTuple(state, ObjectValue(slots)), nil
	}
	return state, nil
}
