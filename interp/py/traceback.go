// This file defines traceback objects and frame objects: snapshots of VM
// frames for tb_frame, gi_frame and sys._getframe (f_code, f_lineno,
// f_globals, f_locals, f_back).

package py

import (
	"fmt"
	"sync/atomic"

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
	// frame is the VM frame itself while KeepTracebackLocals is on: kept
	// out of the frame pool, it holds the locals as they were when the
	// frame ended, as a CPython traceback's frame does.
	frame *Frame
}

// KeepTracebackLocals makes every traceback entry keep its frame, so that
// its variables can be read afterwards (FrameLocals, tb_frame.f_locals).
// The frames then leave the frame pool, so only a host that shows them
// turns it on (%xmode Verbose).
var KeepTracebackLocals atomic.Bool

// keepFrame records f in the entry when KeepTracebackLocals is on.
func (tb *Traceback) keepFrame(f *Frame) {
	if KeepTracebackLocals.Load() {
		f.escaped = true
		tb.frame = f
	}
}

// FrameLocals returns the entry's frame variables: from the kept frame,
// else the NameError snapshot, else nil (not kept).
func (tb *Traceback) FrameLocals() *Dict {
	if tb.frame != nil {
		return tb.frame.LocalsDict()
	}
	return tb.Locals
}

// Type returns traceback.
func (tb *Traceback) Type() *Type { return TracebackType }

// Line returns the source position of the entry.
func (tb *Traceback) Line() compile.Position { return tb.Code.LineFor(tb.PC) }

// FrameInfo is the frame object visible through tb_frame, gi_frame and
// sys._getframe. It is a snapshot of a VM frame's position; live (when
// set) is the VM frame itself, kept out of the frame pool so f_locals can
// be read later, and back is the caller's snapshot (f_back).
type FrameInfo struct {
	Code    *compile.Code
	PC      int
	Globals *Dict
	live    *Frame
	back    *FrameInfo
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
			return ObjectValue(&FrameInfo{Code: tb.Code, PC: tb.PC, Globals: tb.Globals, live: tb.frame}), nil
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
			if f.back == nil {
				return None, nil
			}
			return ObjectValue(f.back), nil
		case "f_locals":
			switch {
			case f.live != nil:
				return ObjectValue(f.live.LocalsDict()), nil
			case f.Code != nil && f.Code.Name == "<module>":
				return ObjectValue(f.Globals), nil
			}
			return ObjectValue(NewDict()), nil
		case "f_builtins":
			if f.live != nil && f.live.Builtins != nil {
				return ObjectValue(f.live.Builtins), nil
			}
			return ObjectValue(BuiltinsDict), nil
		case "f_lasti":
			return Int(int64(f.PC * 2)), nil
		case "f_trace":
			return None, nil
		}
		return GenericGetAttr(v, name)
	}
	FrameInfoType.Repr = func(v Value) (Value, error) {
		f := v.obj.(*FrameInfo)
		return StrValue(fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>",
			addressOf(v), f.Code.Filename, f.Code.LineFor(f.PC).Line, f.Code.Name)), nil
	}
}
