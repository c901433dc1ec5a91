// This file defines struct sequences: tuple subclasses with named fields,
// like sys.version_info and sys.float_info (and time.struct_time-like
// types a library may build).

package py

import (
	"math"
	"strings"
)

// NewStructSeqType makes a tuple subclass named name (module-qualified in
// reprs via qualname) whose items are also readable as fields.
func NewStructSeqType(module, name string, fields []string) *Type {
	t := newBuiltinType(name, TupleType, 0)
	t.Dict.SetStr("__module__", StrValue(module))
	t.Dict.SetStr("n_fields", Int(int64(len(fields))))
	t.Dict.SetStr("n_sequence_fields", Int(int64(len(fields))))
	t.Dict.SetStr("_fields", strTuple(fields))
	for i, f := range fields {
		i := i
		AddGetters(t, []Getter{{Name: f, Get: func(self Value) (Value, error) {
			items := self.obj.(*Tuple).Items
			if i < len(items) {
				return items[i], nil
			}
			return None, nil
		}}})
	}
	t.Repr = func(v Value) (Value, error) {
		var b strings.Builder
		b.WriteString(module + "." + name + "(")
		for i, x := range v.obj.(*Tuple).Items {
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := ReprString(x)
			if err != nil {
				return Value{}, err
			}
			if i < len(fields) {
				b.WriteString(fields[i] + "=")
			}
			b.WriteString(s)
		}
		b.WriteString(")")
		return StrValue(b.String()), nil
	}
	t.inherit()
	addSlotWrappers(t)
	return t
}

// NewStructSeq returns an instance of a struct sequence type.
func NewStructSeq(t *Type, items ...Value) Value {
	return ObjectValue(&Tuple{Items: items, typ: t})
}

var (
	versionInfoType *Type
	floatInfoType   *Type
)

func initSysStructs(d *Dict) {
	if versionInfoType == nil {
		versionInfoType = NewStructSeqType("sys", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})
		floatInfoType = NewStructSeqType("sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
	}
	d.SetStr("version_info", NewStructSeq(versionInfoType, Int(3), Int(12), Int(1), StrValue("final"), Int(0)))
	d.SetStr("float_info", NewStructSeq(floatInfoType, Float(math.MaxFloat64), Int(1024), Int(308),
		Float(2.2250738585072014e-308), Int(-1021), Int(-307), Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)))
}
