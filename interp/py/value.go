// Package py owns adder's Python object model and virtual machine: values,
// types, the builtin types and functions, exceptions, the eval loop and the
// built-in modules.
//
// # Values
//
// A Value is a small struct passed by value:
//
//	type Value struct { obj Object; bits uint64 }
//
// Small ints (int64), floats, bools and None are stored inline: obj is one of
// a few sentinel marker objects (intKind, floatKind, boolKind, noneKind) and
// bits holds the payload (the int64, the IEEE bits, 0/1). They never
// allocate. Every other value is a pointer to a heap object in obj (bits is
// 0). The zero Value (obj == nil) means "no value": an unbound local, a
// missing dict entry, an exhausted iterator. It is never visible to Python.
//
// Why 24 bytes and not 16: a 16-byte {pointer, payload} form needs unsafe
// pointer games that the Go GC does not allow for floats (a float's bits in a
// pointer word is invalid), or an extra indirection for heap objects. The
// interface form keeps everything type-safe; an int add with the fast path
// (IsInt checks compare one interface word pair) measured ~3 ns and 0 allocs.
//
// Ints are int64 while they fit; on overflow they promote to *BigInt, and a
// BigInt that fits int64 is always demoted (use MakeBigInt), so an int value
// has exactly one representation.
//
// # Objects and types
//
// Every heap object implements Object (one method, Type). A *Type holds the
// CPython-like slots as Go func fields (Repr, Hash, RichCompare, GetAttr,
// Call, Iter, Next, GetItem, Binary[op], ...), its Dict, Bases, MRO (C3), Name
// and Flags. The generic operations in ops.go (Repr, StrOf, Hash, Equal,
// Compare, BinaryOp, GetAttr, SetAttr, Call, Iterate, Len, GetItem, SetItem,
// Truth, ...) dispatch through the slots. User classes get slots that call the
// Python dunders (see slots.go); builtin types get slot wrappers in their Dict
// so "int.__add__" and super().__eq__ work.
//
// # Builtin functions and methods
//
// All Go-implemented callables share the vectorcall convention:
//
//	func(args []Value, kwnames []string) (Value, error)
//
// where the last len(kwnames) entries of args are the keyword arguments'
// values, in kwnames order. args is borrowed (it may be the VM's register
// file): copy it if you keep it. Methods get self separately:
//
//	func(self Value, args []Value, kwnames []string) (Value, error)
//
// Define them with NewBuiltin(name, fn) and AddMethods(StrType,
// []MethodDef{{Name: "upper", Fn: str_upper}}); AddGetters adds read-only
// attributes. Parse arguments with UnpackArgs(fname, args, kwnames, "sep?",
// &sep, "maxsplit?", &maxsplit); a trailing '?' marks an optional parameter.
// A leading '$' marks keyword-only, '/' positional-only. Library files may
// add methods and set slots of the builtin types in their init functions;
// the types themselves are package variables, ready before any init runs.
// Slot inheritance and the dunder wrappers are computed once, at the first
// NewThread, after every init. Hooks a library sets in init: FloatReprFunc,
// IntParseHook, FloatParseHook, BytesToStrHook, DecodeHook, MakeBytesHook,
// MakeComplexHook, ComplexPowHook, NewSetHook/SetAddHook (wired to set.go),
// InputHook and DisplayHook (hosts). Go modules register with RegisterModule.
//
// # The virtual machine
//
// compile produces stack bytecode (see package compile). Thread.run is the
// eval loop (eval.go): Python-to-Python calls, class instantiation with a
// Python __init__, user binary operators and generators driven by for loops
// run as frames on the thread's frame stack without Go recursion; frames are
// pooled. Generators and coroutines are resumable frames (generator.go).
// Per-instruction caches serve globals and attribute lookups; fused
// superinstructions cover common pairs. Builtins that call back into Python
// (Call, Repr, Compare, ...) re-enter run; those re-entries are capped
// (maxGoDepth) besides the Python recursion limit, so deep recursion raises
// RecursionError instead of exhausting the Go stack. Thread.Interrupt is
// checked at backward jumps, calls and in Go iteration loops.
//
// There is no reference counting: __del__ is not called, and generators are
// closed early only when a for loop that created them exits (break/return);
// otherwise at their next resumption or never. Use with and explicit close().
//
// # Errors
//
// Python exceptions are *Exception values, which implement error. Builtins
// return (Value, error); build errors with Errorf(TypeErrorType, "...%s",
// ...) using CPython's exact wording. A nil error with a zero Value is only
// allowed where documented (Next: exhausted). A Go panic is an interpreter
// bug; the session turns it into SystemError at the cell boundary.
//
// # Threads
//
// Each Python thread is a goroutine with its own Thread (frame stack,
// recursion depth, exception state) sharing sys, modules and builtins with
// the others. One global interpreter lock (gil.go) lets one of them run
// Python at a time: its holder is the package-level current Thread. The
// holder hands the lock over at the eval loop's periodic check when another
// thread asked for it (every sys.getswitchinterval()), and every blocking
// call releases it (Unlocked, WaitChan, Sleep). Go code that touches Python
// objects must hold it; the embedding Session takes it for each call.
package py

// This file defines Value, the inline/heap representation described in the
// package comment, with its constructors and accessors.

import (
	"math"
)

// Value is one Python value; see the package comment. The zero Value means
// "no value" (unbound, missing, exhausted).
type Value struct {
	obj  Object
	bits uint64
}

// kindMarker is the obj of an inline value; it only tells the kind.
type kindMarker struct{ typ *Type }

func (k *kindMarker) Type() *Type { return k.typ }

var (
	intKind   = &kindMarker{}
	floatKind = &kindMarker{}
	boolKind  = &kindMarker{}
	noneKind  = &kindMarker{}
)

// None is Python's None.
var None = Value{obj: noneKind}

// True and False are Python's bools.
var (
	True  = Value{obj: boolKind, bits: 1}
	False = Value{obj: boolKind, bits: 0}
)

// Int returns the int value n (no allocation).
func Int(n int64) Value { return Value{obj: intKind, bits: uint64(n)} }

// Float returns the float value f (no allocation).
func Float(f float64) Value { return Value{obj: floatKind, bits: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// ObjectValue wraps a heap object as a Value. A nil o gives the zero Value.
func ObjectValue(o Object) Value {
	if o == nil {
		return Value{}
	}
	return Value{obj: o}
}

// IsValid reports whether v holds a value (is not the zero Value).
func (v Value) IsValid() bool { return v.obj != nil }

// IsNil reports whether v is the zero Value ("no value").
func (v Value) IsNil() bool { return v.obj == nil }

// IsInt reports whether v is an inline (int64) int. BigInts report false;
// use IsIntLike for "any int".
func (v Value) IsInt() bool { return v.obj == Object(intKind) }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { return v.obj == Object(floatKind) }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { return v.obj == Object(boolKind) }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.obj == Object(noneKind) }

// IsInline reports whether v is stored without a heap object.
func (v Value) IsInline() bool {
	_, ok := v.obj.(*kindMarker)
	return ok
}

// AsInt returns the int64 of an inline int (or 0/1 of a bool). Only valid
// when IsInt or IsBool.
func (v Value) AsInt() int64 { return int64(v.bits) }

// AsFloat returns the float64 of a float. Only valid when IsFloat.
func (v Value) AsFloat() float64 { return math.Float64frombits(v.bits) }

// AsBool returns the bool of a bool. Only valid when IsBool.
func (v Value) AsBool() bool { return v.bits != 0 }

// Object returns the heap object of v, or nil for inline values and the zero
// Value.
func (v Value) Object() Object {
	if _, ok := v.obj.(*kindMarker); ok {
		return nil
	}
	return v.obj
}

// Type returns v's Python type. v must not be the zero Value.
func (v Value) Type() *Type { return v.obj.Type() }

// Is reports Python identity (the "is" operator).
func (v Value) Is(w Value) bool {
	if v.obj != w.obj {
		return false
	}
	if _, ok := v.obj.(*kindMarker); ok {
		return v.bits == w.bits
	}
	return true
}

// Object is implemented by every heap object.
type Object interface {
	// Type returns the object's Python type (its __class__).
	Type() *Type
}
