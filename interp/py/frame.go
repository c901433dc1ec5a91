// This file defines Frame, one activation of a code object on the VM's
// frame stack, and its construction from a function call (argument
// binding with CPython's error messages).

package py

import (
	"adder/interp/compile"
)

// Frame is one activation of a code object. Fast locals and the operand
// stack share one allocation (regs); cells holds cell and free variables.
type Frame struct {
	Code     *compile.Code
	Func     *Function
	Globals  *Dict
	Builtins *Dict
	Locals   *Dict // module and class bodies: the namespace for *_NAME ops
	regs     []Value
	fast     []Value
	stack    []Value
	cells    []*Cell
	consts   []Value
	sp       int
	pc       int
	// entry marks a frame where the Go-level run loop must return.
	entry bool
	// gen is the generator/coroutine owning this frame, if any.
	gen *Generator
	// handled saved across generator suspension (exc_info of the frame).
	savedHandled Value
	// pendingErr is raised at the resume point (generator.throw).
	pendingErr error
	// escaped marks a frame that must not be recycled.
	escaped bool
	// forTarget is where the caller's FOR_ITER jumps when this inline
	// generator frame returns; callerHandled is the caller's exception
	// state to restore.
	forTarget     int
	sendMode      bool
	callerHandled Value
	// initSelf is the instance whose __init__ this frame runs (inline
	// class instantiation); it is the call's result.
	initSelf Value
	// binop is 1+operator when this frame runs a user __op__ inline for
	// BINARY_OP; NotImplemented then falls back to the right operand.
	binop int
}

// localsOfCaller returns the locals namespace of the innermost frame (a
// snapshot dict for function frames).
func localsOfCaller() *Dict {
	t := current
	if t == nil || len(t.frames) == 0 {
		return nil
	}
	return t.frames[len(t.frames)-1].LocalsDict()
}

// LocalsDict returns the frame's locals as a dict (locals()): the
// namespace itself for module/class bodies, else a fresh snapshot.
func (f *Frame) LocalsDict() *Dict {
	if f.Locals != nil {
		return f.Locals
	}
	d := NewDict()
	for i, n := range f.Code.LocalNames {
		if v := f.fast[i]; v.obj != nil {
			d.SetStr(n, v)
		}
	}
	nc := len(f.Code.CellNames)
	for i, n := range f.Code.CellNames {
		if c := f.cells[i]; c != nil && c.V.obj != nil {
			d.SetStr(n, c.V)
		}
	}
	for i, n := range f.Code.FreeNames {
		if c := f.cells[nc+i]; c != nil && c.V.obj != nil {
			d.SetStr(n, c.V)
		}
	}
	return d
}

// Generator is a generator, coroutine or async generator: a suspended
// frame resumed by next/send/throw.
type Generator struct {
	typ      *Type
	frame    *Frame // nil once finished
	code     *compile.Code
	running  bool
	done     bool
	Name     string
	Qualname string
	// yieldFrom is the sub-iterator being delegated to (for throw/close);
	// sendPC is the SEND instruction delegating to it.
	yieldFrom Value
	sendPC    int
	started   bool
	// skipPush: the next resume must not push a sent value (the frame
	// was repositioned after a delegated throw).
	skipPush bool
}

// Type returns generator, coroutine or async_generator.
func (g *Generator) Type() *Type { return g.typ }
