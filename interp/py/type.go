// This file defines *Type: a Python type object with CPython-like slots,
// its dict and MRO, and type lookup.

package py

// BinaryOpKind names a binary number slot (an index into Type.Binary).
type BinaryOpKind int

// The binary operators, in the order of Python's nb slots.
const (
	OpAdd BinaryOpKind = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpXor
	OpOr
	NumBinaryOps
)

var binaryOpSymbols = [NumBinaryOps]string{"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"}
var binaryOpNames = [NumBinaryOps]string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"}

// Symbol returns the operator's spelling ("+").
func (op BinaryOpKind) Symbol() string { return binaryOpSymbols[op] }

// CompareOp is a rich comparison operator.
type CompareOp int

// The rich comparison operators, in CPython's order.
const (
	LT CompareOp = iota
	LE
	EQ
	NE
	GT
	GE
)

var compareSymbols = [6]string{"<", "<=", "==", "!=", ">", ">="}
var compareDunders = [6]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var compareSwapped = [6]CompareOp{GT, GE, EQ, NE, LT, LE}

// Symbol returns the operator's spelling.
func (op CompareOp) Symbol() string { return compareSymbols[op] }

// TypeFlags are properties of a type.
type TypeFlags uint32

// Type flags.
const (
	// FlagBaseType: the type may be subclassed.
	FlagBaseType TypeFlags = 1 << iota
	// FlagHeapType: created by a class statement or type(); attributes may be set.
	FlagHeapType
	// FlagHasDict: instances have a __dict__.
	FlagHasDict
	// FlagException marks BaseException and its subclasses.
	FlagException
	// FlagSequence marks str/list/tuple/bytes-like types, for CPython's
	// "can only concatenate" and "can't multiply sequence" messages.
	FlagSequence
)

// Func is the vectorcall signature of every Go-implemented callable: the
// last len(kwnames) args are keyword values. args is borrowed.
type Func func(args []Value, kwnames []string) (Value, error)

// MethodFunc is a Func with its receiver separated.
type MethodFunc func(self Value, args []Value, kwnames []string) (Value, error)

// Type is a Python type object. Slots left nil mean "not supported"; the
// generic operations then raise CPython's TypeError. Builtin types are
// package variables; user classes are built by NewClass.
type Type struct {
	Name     string // __name__
	Qualname string // __qualname__
	Base     *Type  // the primary (solid) base; nil only for object
	Bases    []*Type
	MRO      []*Type
	Dict     *Dict
	Flags    TypeFlags
	Doc      string
	meta     *Type // the metaclass; nil means TypeType

	// Construction.
	New  func(t *Type, args []Value, kwnames []string) (Value, error)
	Init func(self Value, args []Value, kwnames []string) error

	// Object protocol.
	Repr        func(v Value) (Value, error) // returns a str
	Str         func(v Value) (Value, error)
	Hash        func(v Value) (int64, error)
	RichCompare func(a, b Value, op CompareOp) (Value, error) // may return NotImplemented
	GetAttr     func(v Value, name string) (Value, error)     // zero Value + nil err never; raise AttributeError
	SetAttr     func(v Value, name string, val Value) error   // zero val deletes
	Call        func(fn Value, args []Value, kwnames []string) (Value, error)
	Bool        func(v Value) (bool, error)

	// Iteration: Next returns the zero Value when exhausted.
	Iter func(v Value) (Value, error)
	Next func(v Value) (Value, error)

	// Containers.
	Len      func(v Value) (int, error)
	GetItem  func(v, key Value) (Value, error)
	SetItem  func(v, key, val Value) error // zero val deletes
	Contains func(v, x Value) (bool, error)

	// Numbers. Binary slots are called with the operands in source order
	// for both the normal and reflected attempt (like CPython's nb_*), and
	// return NotImplemented when they do not apply.
	Binary    [NumBinaryOps]func(a, b Value) (Value, error)
	Inplace   [NumBinaryOps]func(a, b Value) (Value, error)
	Neg       func(v Value) (Value, error)
	Pos       func(v Value) (Value, error)
	Invert    func(v Value) (Value, error)
	Abs       func(v Value) (Value, error)
	Index     func(v Value) (Value, error) // returns an int
	IntConv   func(v Value) (Value, error) // __int__
	FloatConv func(v Value) (Value, error) // __float__

	// Descriptors.
	DescrGet func(descr, obj Value, typ *Type) (Value, error) // obj zero when accessed on the class
	DescrSet func(descr, obj, val Value) error                // zero val deletes

	// subclasses is used to refresh slots when a dunder is assigned.
	subclasses []*Type
	// slotNames set on heap types with __slots__.
	slotNames []string
	// version changes when the type's dict or slots change.
	version        uint32
	getattrChecked uint32
	getattrPlain   bool
	setattrChecked uint32
	setattrPlain   bool
	inlineChecked  uint32
	inlinePlain    bool
	// nslots caches len(allSlotNames) (-1 unknown); dictHint is the
	// largest instance dict seen, to pre-size new instances' dicts.
	nslots   int
	dictHint int
	// abstractNames caches abstractMethods() while abstractChecked-1 == version.
	abstractChecked uint32
	abstractNames   string
	lookupCache     map[string]Value
	cacheVersion    uint32
	cacheEpoch      uint32
}

// Type returns the metaclass of t.
func (t *Type) Type() *Type {
	if t.meta != nil {
		return t.meta
	}
	return TypeType
}

// Lookup finds name in t's MRO dicts (CPython's _PyType_Lookup); zero Value
// if absent. Results are cached per type until its version changes
// (Invalidate).
func (t *Type) Lookup(name string) Value {
	if t.lookupCache != nil && t.cacheVersion == t.version && cacheEpoch == t.cacheEpoch {
		if v, ok := t.lookupCache[name]; ok {
			return v
		}
	} else {
		// Reuse the map: classes whose attributes are assigned in a loop
		// (Shape.count += 1) invalidate it on every write, and a fresh map
		// per write was most of such programs' allocation.
		if t.lookupCache == nil {
			t.lookupCache = make(map[string]Value, 8)
		} else {
			clear(t.lookupCache)
		}
		t.cacheVersion = t.version
		t.cacheEpoch = cacheEpoch
	}
	v := t.lookupSlow(name)
	t.lookupCache[name] = v
	return v
}

// cacheEpoch invalidates every type's lookup cache at once (bumped when a
// builtin type's dict changes).
var cacheEpoch uint32

// Invalidate drops cached lookups of t and its subclasses; call it after
// changing t.Dict directly.
func (t *Type) Invalidate() {
	t.version++
	for _, s := range t.subclasses {
		s.Invalidate()
	}
}

func (t *Type) lookupSlow(name string) Value {
	for _, b := range t.MRO {
		if b.Dict != nil {
			if v, ok := b.Dict.GetStr(name); ok {
				return v
			}
		}
	}
	return Value{}
}

// IsSubtype reports whether t is sub (or equal to) base.
func (t *Type) IsSubtype(base *Type) bool {
	if t == base {
		return true
	}
	for _, b := range t.MRO {
		if b == base {
			return true
		}
	}
	return false
}

// IsHeap reports whether t was created by a class statement or type().
func (t *Type) IsHeap() bool { return t.Flags&FlagHeapType != 0 }

// QualifiedName returns "module.qualname" or just the name for builtins.
func (t *Type) QualifiedName() string {
	mod := t.ModuleName()
	if mod == "" || mod == "builtins" {
		return t.Qualname
	}
	return mod + "." + t.Qualname
}

// ModuleName returns t.__module__ as a Go string ("builtins" for builtins).
func (t *Type) ModuleName() string {
	if t.Dict != nil {
		if v, ok := t.Dict.GetStr("__module__"); ok {
			if s, ok := v.obj.(*Str); ok {
				return s.S
			}
		}
	}
	return "builtins"
}

// newBuiltinType makes a builtin type with base (object when nil) and a
// fresh dict. It is used in package variable initializers, so it must not
// touch other types' fields besides base's MRO.
func newBuiltinType(name string, base *Type, flags TypeFlags) *Type {
	t := &Type{Name: name, Qualname: name, Flags: flags, Dict: NewDict()}
	if base != nil {
		t.Base = base
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
		base.subclasses = append(base.subclasses, t)
	} else {
		t.MRO = []*Type{t}
	}
	return t
}

// inherit copies nil slots from t.Base (called once for builtin types at
// startup; NewClass does its own).
func (t *Type) inherit() {
	b := t.Base
	if b == nil {
		return
	}
	if t.New == nil {
		t.New = b.New
	}
	if t.Init == nil {
		t.Init = b.Init
	}
	if t.Repr == nil {
		t.Repr = b.Repr
	}
	if t.Str == nil {
		t.Str = b.Str
	}
	if t.Hash == nil && t.RichCompare == nil {
		t.Hash = b.Hash
	}
	if t.RichCompare == nil {
		t.RichCompare = b.RichCompare
	}
	if t.GetAttr == nil {
		t.GetAttr = b.GetAttr
	}
	if t.SetAttr == nil {
		t.SetAttr = b.SetAttr
	}
	if t.Call == nil {
		t.Call = b.Call
	}
	if t.Bool == nil {
		t.Bool = b.Bool
	}
	if t.Iter == nil {
		t.Iter = b.Iter
	}
	if t.Next == nil {
		t.Next = b.Next
	}
	if t.Len == nil {
		t.Len = b.Len
	}
	if t.GetItem == nil {
		t.GetItem = b.GetItem
	}
	if t.SetItem == nil {
		t.SetItem = b.SetItem
	}
	if t.Contains == nil {
		t.Contains = b.Contains
	}
	for i := range t.Binary {
		if t.Binary[i] == nil {
			t.Binary[i] = b.Binary[i]
		}
		if t.Inplace[i] == nil {
			t.Inplace[i] = b.Inplace[i]
		}
	}
	if t.Neg == nil {
		t.Neg = b.Neg
	}
	if t.Pos == nil {
		t.Pos = b.Pos
	}
	if t.Invert == nil {
		t.Invert = b.Invert
	}
	if t.Abs == nil {
		t.Abs = b.Abs
	}
	if t.Index == nil {
		t.Index = b.Index
	}
	if t.IntConv == nil {
		t.IntConv = b.IntConv
	}
	if t.FloatConv == nil {
		t.FloatConv = b.FloatConv
	}
	if t.DescrGet == nil {
		t.DescrGet = b.DescrGet
	}
	if t.DescrSet == nil {
		t.DescrSet = b.DescrSet
	}
	if b.Flags&FlagHasDict != 0 {
		t.Flags |= FlagHasDict
	}
	if b.Flags&FlagException != 0 {
		t.Flags |= FlagException
	}
}
