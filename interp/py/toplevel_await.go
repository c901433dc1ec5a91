package py

// This file runs module code that awaits at top level (a notebook cell
// compiled with top-level await): instead of running it, the host gets a
// coroutine over the module's frame and drives it on its event loop.

import "adder/interp/compile"

// NewModuleCoroutine returns a coroutine that runs code (flagged
// compile.FlagCoroutine by the compiler) in globals when driven, as
// CPython's eval of such code does.
func (t *Thread) NewModuleCoroutine(code *compile.Code, globals *Dict) Value {
	if _, ok := globals.GetStr("__builtins__"); !ok {
		globals.SetStr("__builtins__", ObjectValue(t.builtinsModule()))
	}
	f := newFrame(code, globals, t.Builtins, nil)
	f.Locals = globals
	f.initCells()
	g := &Generator{typ: CoroutineType, frame: f, code: code}
	if code.Qualname != code.Name {
		g.names = &genNames{code.Name, code.Name}
	}
	f.gen = g
	f.savedHandled = None
	return ObjectValue(g)
}
