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
	// regs holds the fast locals (the first len(Code.LocalNames)) and
	// then the value stack; both views are computed from the code's
	// layout instead of being stored, which keeps suspended coroutine and
	// generator frames small.
	regs  []Value
	cells []*Cell
	sp    int
	pc    int
	// gen is the generator/coroutine owning this frame, if any.
	gen *Generator
	// handled saved across generator suspension (exc_info of the frame).
	savedHandled Value
	// pendingErr is raised at the resume point (generator.throw).
	pendingErr error
	// Inline frames (run by the caller's loop, not a new Go call) keep
	// their return bookkeeping in two fields shared by disjoint uses:
	//   - an inline generator frame (gen != nil): target is where the
	//     caller's FOR_ITER or SEND jumps when it returns, link the
	//     caller's exception state to restore (sendMode: SEND resumed it);
	//   - an inline __init__ frame: link is the instance being initialised
	//     (the call's result);
	//   - an inline BINARY_OP frame running a user __op__: target is
	//     1+operator, so NotImplemented falls back to the right operand.
	// Sharing them keeps every frame, notably suspended coroutines, small.
	target int
	link   Value
	// entry marks a frame where the Go-level run loop must return;
	// escaped marks a frame that must not be recycled; sendMode: see
	// forTarget. The flags sit together so they share one word.
	entry, escaped, sendMode bool
}

// fastSlots returns the frame's fast locals.
func (f *Frame) fastSlots() []Value {
	nl := len(f.Code.LocalNames)
	return f.regs[:nl:nl]
}

// stackSlots returns the frame's value stack.
func (f *Frame) stackSlots() []Value { return f.regs[len(f.Code.LocalNames):] }

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
		if v := f.regs[i]; v.obj != nil {
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
