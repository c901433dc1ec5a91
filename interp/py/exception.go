// This file defines Exception, the object behind every Python exception,
// the builtin exception hierarchy and Errorf.

package py

import (
	"fmt"
	"strings"
)

// Exception is a Python exception instance (BaseException or a subclass,
// builtin or user-defined). It implements error, so builtins return it as
// their error. Extra attributes (name, value, code, filename, ...) live in
// Dict.
type Exception struct {
	typ             *Type
	Args            []Value
	Dict            *Dict
	Cause           Value // __cause__: zero or None means none
	Context         Value // __context__
	SuppressContext bool
	Traceback       *Traceback
	slots           []Value
	group           []Value // exception group members
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.typ }

// Error formats the exception as Python prints its last traceback line:
// "TypeError: message" (or just the name when the message is empty).
func (e *Exception) Error() string {
	name := e.typ.QualifiedName()
	msg, err := StrOf(ObjectValue(e))
	if err != nil {
		return name
	}
	if s, _ := AsStr(msg); s != "" {
		return name + ": " + s
	}
	return name
}

// Value returns e as a Value.
func (e *Exception) Value() Value { return ObjectValue(e) }

// Attr returns an extra attribute by name (zero if unset).
func (e *Exception) Attr(name string) Value {
	if e.Dict == nil {
		return Value{}
	}
	v, _ := e.Dict.GetStr(name)
	return v
}

// SetAttrStr sets an extra attribute.
func (e *Exception) SetAttrStr(name string, v Value) {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	e.Dict.SetStr(name, v)
}

// NewException makes an exception of type t with the given args, without
// running Python __init__ (for builtin exception types).
func NewException(t *Type, args ...Value) *Exception {
	e := &Exception{typ: t, Args: append([]Value(nil), args...)}
	excInitAttrs(e)
	return e
}

// Errorf returns a new exception of type t whose message is
// fmt.Sprintf(format, args...). Use CPython's exact wording.
func Errorf(t *Type, format string, args ...any) error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return NewException(t, StrValue(msg))
}

// AsException converts any error to a *Exception: Python exceptions pass
// through; other Go errors become SystemError.
func AsException(err error) *Exception {
	if err == nil {
		return nil
	}
	if e, ok := err.(*Exception); ok {
		return e
	}
	return NewException(SystemErrorType, StrValue(err.Error()))
}

// IsInstanceError reports whether err is a Python exception of type t (or a
// subclass).
func IsInstanceError(err error, t *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.typ.IsSubtype(t)
}

func newExcType(name string, base *Type) *Type {
	return newBuiltinType(name, base, FlagBaseType|FlagException|FlagHasDict)
}

// The builtin exception hierarchy.
var (
	BaseExceptionType             = newExcType("BaseException", ObjectType)
	BaseExceptionGroupType        = newExcType("BaseExceptionGroup", BaseExceptionType)
	GeneratorExitType             = newExcType("GeneratorExit", BaseExceptionType)
	KeyboardInterruptType         = newExcType("KeyboardInterrupt", BaseExceptionType)
	SystemExitType                = newExcType("SystemExit", BaseExceptionType)
	ExceptionType                 = newExcType("Exception", BaseExceptionType)
	ArithmeticErrorType           = newExcType("ArithmeticError", ExceptionType)
	FloatingPointErrorType        = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType             = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType         = newExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType            = newExcType("AssertionError", ExceptionType)
	AttributeErrorType            = newExcType("AttributeError", ExceptionType)
	BufferErrorType               = newExcType("BufferError", ExceptionType)
	EOFErrorType                  = newExcType("EOFError", ExceptionType)
	ExceptionGroupType            = newExcGroupType()
	ImportErrorType               = newExcType("ImportError", ExceptionType)
	ModuleNotFoundErrorType       = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType               = newExcType("LookupError", ExceptionType)
	IndexErrorType                = newExcType("IndexError", LookupErrorType)
	KeyErrorType                  = newExcType("KeyError", LookupErrorType)
	MemoryErrorType               = newExcType("MemoryError", ExceptionType)
	NameErrorType                 = newExcType("NameError", ExceptionType)
	UnboundLocalErrorType         = newExcType("UnboundLocalError", NameErrorType)
	OSErrorType                   = newExcType("OSError", ExceptionType)
	BlockingIOErrorType           = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType         = newExcType("ChildProcessError", OSErrorType)
	ConnectionErrorType           = newExcType("ConnectionError", OSErrorType)
	BrokenPipeErrorType           = newExcType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType    = newExcType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType    = newExcType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType      = newExcType("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType           = newExcType("FileExistsError", OSErrorType)
	FileNotFoundErrorType         = newExcType("FileNotFoundError", OSErrorType)
	InterruptedErrorType          = newExcType("InterruptedError", OSErrorType)
	IsADirectoryErrorType         = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType        = newExcType("NotADirectoryError", OSErrorType)
	PermissionErrorType           = newExcType("PermissionError", OSErrorType)
	ProcessLookupErrorType        = newExcType("ProcessLookupError", OSErrorType)
	TimeoutErrorType              = newExcType("TimeoutError", OSErrorType)
	ReferenceErrorType            = newExcType("ReferenceError", ExceptionType)
	RuntimeErrorType              = newExcType("RuntimeError", ExceptionType)
	NotImplementedErrorType       = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType            = newExcType("RecursionError", RuntimeErrorType)
	StopAsyncIterationType        = newExcType("StopAsyncIteration", ExceptionType)
	StopIterationType             = newExcType("StopIteration", ExceptionType)
	SyntaxErrorType               = newExcType("SyntaxError", ExceptionType)
	IndentationErrorType          = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType                  = newExcType("TabError", IndentationErrorType)
	SystemErrorType               = newExcType("SystemError", ExceptionType)
	TypeErrorType                 = newExcType("TypeError", ExceptionType)
	ValueErrorType                = newExcType("ValueError", ExceptionType)
	UnicodeErrorType              = newExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType        = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType        = newExcType("UnicodeEncodeError", UnicodeErrorType)
	UnicodeTranslateErrorType     = newExcType("UnicodeTranslateError", UnicodeErrorType)
	WarningType                   = newExcType("Warning", ExceptionType)
	BytesWarningType              = newExcType("BytesWarning", WarningType)
	DeprecationWarningType        = newExcType("DeprecationWarning", WarningType)
	EncodingWarningType           = newExcType("EncodingWarning", WarningType)
	FutureWarningType             = newExcType("FutureWarning", WarningType)
	ImportWarningType             = newExcType("ImportWarning", WarningType)
	PendingDeprecationWarningType = newExcType("PendingDeprecationWarning", WarningType)
	ResourceWarningType           = newExcType("ResourceWarning", WarningType)
	RuntimeWarningType            = newExcType("RuntimeWarning", WarningType)
	SyntaxWarningType             = newExcType("SyntaxWarning", WarningType)
	UnicodeWarningType            = newExcType("UnicodeWarning", WarningType)
	UserWarningType               = newExcType("UserWarning", WarningType)
)

func newExcGroupType() *Type {
	t := newExcType("ExceptionGroup", BaseExceptionGroupType)
	// ExceptionGroup(BaseExceptionGroup, Exception)
	t.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	t.MRO = []*Type{t, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType}
	ExceptionType.subclasses = append(ExceptionType.subclasses, t)
	return t
}

// excInitAttrs sets the per-type extra attributes from args, as the builtin
// __init__s do.
func excInitAttrs(e *Exception) {
	t := e.typ
	arg0 := func() Value {
		if len(e.Args) > 0 {
			return e.Args[0]
		}
		return None
	}
	switch {
	case t.IsSubtype(StopIterationType):
		e.SetAttrStr("value", arg0())
	case t.IsSubtype(SystemExitType):
		if len(e.Args) > 1 {
			e.SetAttrStr("code", tupleOf(e.Args))
		} else {
			e.SetAttrStr("code", arg0())
		}
	case t.IsSubtype(ImportErrorType):
		e.SetAttrStr("msg", arg0())
		if e.Attr("name").obj == nil {
			e.SetAttrStr("name", None)
		}
		if e.Attr("path").obj == nil {
			e.SetAttrStr("path", None)
		}
	case t.IsSubtype(NameErrorType), t.IsSubtype(AttributeErrorType):
		if e.Attr("name").obj == nil {
			e.SetAttrStr("name", None)
		}
		if t.IsSubtype(AttributeErrorType) && e.Attr("obj").obj == nil {
			e.SetAttrStr("obj", None)
		}
	case t.IsSubtype(OSErrorType):
		if len(e.Args) >= 2 {
			e.SetAttrStr("errno", e.Args[0])
			e.SetAttrStr("strerror", e.Args[1])
		} else {
			e.SetAttrStr("errno", None)
			e.SetAttrStr("strerror", None)
		}
		if len(e.Args) >= 3 {
			e.SetAttrStr("filename", e.Args[2])
		} else {
			e.SetAttrStr("filename", None)
		}
	case t.IsSubtype(SyntaxErrorType):
		e.SetAttrStr("msg", arg0())
		names := []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}
		var info []Value
		if len(e.Args) > 1 {
			if tup, ok := e.Args[1].obj.(*Tuple); ok {
				info = tup.Items
			}
		}
		for i, n := range names {
			if i < len(info) {
				e.SetAttrStr(n, info[i])
			} else {
				e.SetAttrStr(n, None)
			}
		}
		e.SetAttrStr("print_file_and_line", None)
	}
}

func excNew(t *Type, args []Value, kwnames []string) (Value, error) {
	pos := args[:len(args)-len(kwnames)]
	// e.Dict is made on first use (InstanceDict, __dict__, setting an
	// attribute): most exceptions raised in loops never need one.
	e := &Exception{typ: t, Args: append([]Value(nil), pos...)}
	if t.IsSubtype(BaseExceptionGroupType) {
		return excGroupNew(t, e, pos)
	}
	excInitAttrs(e)
	if len(kwnames) > 0 && !t.IsHeap() {
		kv := args[len(pos):]
		for i, k := range kwnames {
			if (k == "name" && (t.IsSubtype(NameErrorType) || t.IsSubtype(AttributeErrorType) || t.IsSubtype(ImportErrorType))) ||
				(k == "obj" && t.IsSubtype(AttributeErrorType)) || (k == "path" && t.IsSubtype(ImportErrorType)) {
				e.SetAttrStr(k, kv[i])
				continue
			}
			return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", t.Name)
		}
	}
	return ObjectValue(e), nil
}

func excInit(self Value, args []Value, kwnames []string) error {
	e := self.obj.(*Exception)
	pos := args[:len(args)-len(kwnames)]
	if e.typ.IsSubtype(BaseExceptionGroupType) {
		return nil
	}
	e.Args = append([]Value(nil), pos...)
	if unicodeErrorKind(e.typ) != 0 {
		return unicodeErrorInit(e, pos)
	}
	excInitAttrs(e)
	return nil
}

func excStr(v Value) (Value, error) {
	e := v.obj.(*Exception)
	if unicodeErrorKind(e.typ) != 0 {
		if s, ok := unicodeErrorStr(e); ok {
			return StrValue(s), nil
		}
	}
	if e.typ.IsSubtype(KeyErrorType) && len(e.Args) == 1 {
		return Repr(e.Args[0])
	}
	if e.typ.IsSubtype(BaseExceptionGroupType) {
		return excGroupStr(e)
	}
	if e.typ.IsSubtype(OSErrorType) && len(e.Args) >= 2 {
		if fn := e.Attr("filename"); fn.obj != nil && !fn.IsNone() {
			r, err := Repr(fn)
			if err != nil {
				return Value{}, err
			}
			es, _ := StrOf(e.Args[0])
			ss, _ := StrOf(e.Args[1])
			return StrValue(fmt.Sprintf("[Errno %s] %s: %s", mustStr(es), mustStr(ss), mustStr(r))), nil
		}
		es, _ := StrOf(e.Args[0])
		ss, _ := StrOf(e.Args[1])
		return StrValue(fmt.Sprintf("[Errno %s] %s", mustStr(es), mustStr(ss))), nil
	}
	if e.typ.IsSubtype(SyntaxErrorType) {
		msg := e.Attr("msg")
		if msg.obj == nil || msg.IsNone() {
			if len(e.Args) == 0 {
				return StrValue(""), nil
			}
			return StrOf(e.Args[0])
		}
		ms, err := StrOf(msg)
		if err != nil {
			return Value{}, err
		}
		fn, _ := AsStr(e.Attr("filename"))
		ln := e.Attr("lineno")
		s := mustStr(ms)
		if fn != "" {
			base := fn
			if i := strings.LastIndexByte(base, '/'); i >= 0 {
				base = base[i+1:]
			}
			if ln.IsInt() {
				return StrValue(fmt.Sprintf("%s (%s, line %d)", s, base, ln.AsInt())), nil
			}
			return StrValue(fmt.Sprintf("%s (%s)", s, base)), nil
		} else if ln.IsInt() {
			return StrValue(fmt.Sprintf("%s (line %d)", s, ln.AsInt())), nil
		}
		return ms, nil
	}
	switch len(e.Args) {
	case 0:
		return StrValue(""), nil
	case 1:
		return StrOf(e.Args[0])
	}
	return Repr(tupleOf(e.Args))
}

func mustStr(v Value) string { s, _ := AsStr(v); return s }

func excRepr(v Value) (Value, error) {
	e := v.obj.(*Exception)
	name := e.typ.Name
	if e.typ.IsSubtype(BaseExceptionGroupType) && len(e.Args) == 2 {
		a, err := Repr(e.Args[0])
		if err != nil {
			return Value{}, err
		}
		b, err := Repr(e.Args[1])
		if err != nil {
			return Value{}, err
		}
		return StrValue(name + "(" + mustStr(a) + ", " + mustStr(b) + ")"), nil
	}
	if len(e.Args) == 1 {
		r, err := Repr(e.Args[0])
		if err != nil {
			return Value{}, err
		}
		return StrValue(name + "(" + mustStr(r) + ")"), nil
	}
	r, err := Repr(tupleOf(e.Args))
	if err != nil {
		return Value{}, err
	}
	s := mustStr(r)
	if len(e.Args) == 0 {
		s = "()"
	}
	return StrValue(name + s), nil
}

func excGetAttr(v Value, name string) (Value, error) {
	e := v.obj.(*Exception)
	switch name {
	case "args":
		return tupleOf(e.Args), nil
	case "__cause__":
		if e.Cause.obj == nil {
			return None, nil
		}
		return e.Cause, nil
	case "__context__":
		if e.Context.obj == nil {
			return None, nil
		}
		return e.Context, nil
	case "__suppress_context__":
		return Bool(e.SuppressContext), nil
	case "__traceback__":
		if e.Traceback == nil {
			return None, nil
		}
		return ObjectValue(e.Traceback), nil
	case "__dict__":
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		return ObjectValue(e.Dict), nil
	}
	return GenericGetAttr(v, name)
}

func excSetAttr(v Value, name string, val Value) error {
	e := v.obj.(*Exception)
	switch name {
	case "args":
		items, err := ToSlice(val)
		if err != nil {
			return err
		}
		e.Args = items
		return nil
	case "__cause__":
		if val.obj != nil && !val.IsNone() {
			if _, ok := val.obj.(*Exception); !ok {
				return Errorf(TypeErrorType, "exception cause must be None or derive from BaseException")
			}
		}
		e.Cause = val
		e.SuppressContext = true
		return nil
	case "__context__":
		e.Context = val
		return nil
	case "__suppress_context__":
		b, err := Truth(val)
		e.SuppressContext = b
		return err
	case "__traceback__":
		if tb, ok := val.obj.(*Traceback); ok {
			e.Traceback = tb
		} else {
			e.Traceback = nil
		}
		return nil
	}
	return GenericSetAttr(v, name, val)
}

// InstanceDict returns the attribute dict (created on demand).
func (e *Exception) InstanceDict() *Dict {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	return e.Dict
}

func exc_with_traceback(self Value, args []Value, kwnames []string) (Value, error) {
	var tb Value
	if err := UnpackArgs("with_traceback", args, kwnames, "tb", &tb); err != nil {
		return Value{}, err
	}
	e := self.obj.(*Exception)
	if t, ok := tb.obj.(*Traceback); ok {
		e.Traceback = t
	} else {
		e.Traceback = nil
	}
	return self, nil
}

func exc_add_note(self Value, args []Value, kwnames []string) (Value, error) {
	var note Value
	if err := UnpackArgs("add_note", args, kwnames, "note", &note); err != nil {
		return Value{}, err
	}
	if _, ok := note.obj.(*Str); !ok {
		return Value{}, Errorf(TypeErrorType, "note must be a str, not '%s'", note.Type().Name)
	}
	e := self.obj.(*Exception)
	notes := e.Attr("__notes__")
	l, ok := notes.obj.(*List)
	if !ok {
		l = NewList(nil)
		e.SetAttrStr("__notes__", ObjectValue(l))
	}
	l.Append(note)
	return None, nil
}

func init() {
	t := BaseExceptionType
	t.New = excNew
	t.Init = excInit
	t.Str = excStr
	t.Repr = excRepr
	t.GetAttr = excGetAttr
	t.SetAttr = excSetAttr
	AddMethods(t, []MethodDef{
		{Name: "with_traceback", Fn: exc_with_traceback},
		{Name: "add_note", Fn: exc_add_note},
	})
}
