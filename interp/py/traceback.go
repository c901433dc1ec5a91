// This file defines traceback objects and a minimal frame view for
// tracebacks (tb_frame, f_code, f_lineno).

package py

import (
	"adder/interp/compile"
)

// Traceback is one traceback entry; Next points toward the raise point.
type Traceback struct {
	Next    *Traceback
	Code    *compile.Code
	PC      int
	Globals *Dict
	// Locals is a snapshot of the raising frame's locals, kept only for
	// NameError (for "Did you mean" suggestions).
	Locals *Dict
}

// Type returns traceback.
func (tb *Traceback) Type() *Type { return TracebackType }

// Line returns the source position of the entry.
func (tb *Traceback) Line() compile.Position { return tb.Code.LineFor(tb.PC) }

// FrameInfo is the frame object visible through tb_frame.
type FrameInfo struct {
	Code    *compile.Code
	PC      int
	Globals *Dict
}

// Type returns frame.
func (f *FrameInfo) Type() *Type { return FrameInfoType }

// Traceback-related types.
var (
	TracebackType = newBuiltinType("traceback", ObjectType, 0)
	FrameInfoType = newBuiltinType("frame", ObjectType, 0)
)

func init() {
	TracebackType.GetAttr = func(v Value, name string) (Value, error) {
		tb := v.obj.(*Traceback)
		switch name {
		case "tb_next":
			if tb.Next == nil {
				return None, nil
			}
			return ObjectValue(tb.Next), nil
		case "tb_lineno":
			return Int(int64(tb.Line().Line)), nil
		case "tb_lasti":
			return Int(int64(tb.PC * 2)), nil
		case "tb_frame":
			return ObjectValue(&FrameInfo{Code: tb.Code, PC: tb.PC, Globals: tb.Globals}), nil
		}
		return GenericGetAttr(v, name)
	}
	FrameInfoType.GetAttr = func(v Value, name string) (Value, error) {
		f := v.obj.(*FrameInfo)
		switch name {
		case "f_code":
			return ObjectValue(&CodeObject{Code: f.Code}), nil
		case "f_lineno":
			return Int(int64(f.Code.LineFor(f.PC).Line)), nil
		case "f_globals":
			return ObjectValue(f.Globals), nil
		case "f_back":
			return None, nil
		}
		return GenericGetAttr(v, name)
	}
}
