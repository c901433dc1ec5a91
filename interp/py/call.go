// This file implements calling Python functions: frame creation, argument
// binding with CPython's error messages, and running a frame from Go.

package py

import (
	"fmt"
	"strings"

	"adder/interp/compile"
)

// newFrame allocates a frame for code with one slice for locals+stack.
// Frames are recycled through the thread's pool when they return.
func newFrame(code *compile.Code, globals, builtins *Dict, fn *Function) *Frame {
	nl := len(code.LocalNames)
	n := nl + code.StackSize
	var f *Frame
	if t := current; t != nil && len(t.framePool) > 0 {
		f = t.framePool[len(t.framePool)-1]
		t.framePool = t.framePool[:len(t.framePool)-1]
		if cap(f.regs) >= n {
			f.regs = f.regs[:n]
			clear(f.regs[:nl]) // a previous code's stack slots may be here
		} else {
			f.regs = make([]Value, n)
		}
		nc := len(code.CellNames) + len(code.FreeNames)
		if nc > 0 {
			if cap(f.cells) >= nc {
				f.cells = f.cells[:nc]
			} else {
				f.cells = make([]*Cell, nc)
			}
		} else {
			f.cells = f.cells[:0]
		}
		f.Locals = nil
		f.sp, f.pc = 0, 0
		f.entry = false
		f.gen = nil
		f.pendingErr = nil
		f.escaped = false
		f.link = Value{}
		f.target = 0
	} else {
		f = &Frame{regs: make([]Value, n)}
		if nc := len(code.CellNames) + len(code.FreeNames); nc > 0 {
			f.cells = make([]*Cell, nc)
		}
	}
	f.Code, f.Func, f.Globals, f.Builtins = code, fn, globals, builtins
	return f
}

// releaseFrame returns a finished frame to the pool. Generator frames and
// frames whose locals escaped are never released.
//
// A pooled frame keeps no locals alive: they and the cells are cleared
// here, not only when the frame is reused, so a function's dead locals (a
// big list it built) are garbage as soon as it returns rather than until
// its frame is taken again, which made the next call's data and the last
// call's live at once (dicts_lists peaked 15% higher).
func (t *Thread) releaseFrame(f *Frame) {
	if f.gen != nil || f.escaped || len(t.framePool) >= 256 {
		return
	}
	// The locals only (the ops clear the value stack as they pop), by a
	// loop: for the few locals of most functions it is cheaper than clear's
	// bulk write barrier, and fib-style calls pay it on every return.
	locals := f.regs[:len(f.Code.LocalNames)]
	for i := 0; i < len(locals); i++ {
		locals[i] = Value{}
	}
	if len(f.cells) > 0 {
		clear(f.cells)
	}
	// savedHandled and pendingErr are only set in generator frames, which
	// are never pooled; link is reset when the frame is taken.
	f.Func, f.Globals, f.Builtins, f.Locals = nil, nil, nil, nil
	t.framePool = append(t.framePool, f)
}

// initCells creates cell variables (after argument binding) and copies
// the closure.
func (f *Frame) initCells() {
	code := f.Code
	nc := len(code.CellNames)
	for i := 0; i < nc; i++ {
		c := &Cell{}
		if a := code.Cell2Arg[i]; a >= 0 {
			c.V = f.regs[a]
		}
		f.cells[i] = c
	}
	if f.Func != nil {
		copy(f.cells[nc:], f.Func.Closure)
	}
}

func funcQualname(fn *Function) string { return fn.Qualname }

// bindArgs binds a call's arguments into f.fast.
func bindArgs(fn *Function, f *Frame, args []Value, kwnames []string) error {
	co := fn.Code
	fast := f.fastSlots()
	if len(kwnames) == 0 && len(args) == co.ArgCount && co.KwOnlyCount == 0 && co.Flags&(compile.FlagVarargs|compile.FlagVarkw) == 0 {
		copy(fast, args)
		return nil
	}
	nargs := len(args) - len(kwnames)
	n := co.ArgCount
	kwonly := co.KwOnlyCount
	varargs := co.Flags&compile.FlagVarargs != 0
	varkw := co.Flags&compile.FlagVarkw != 0
	if nargs <= n {
		copy(fast, args[:nargs])
		if varargs {
			fast[n+kwonly] = NewTuple()
		}
	} else {
		copy(fast, args[:n])
		if varargs {
			fast[n+kwonly] = NewTupleFrom(args[n:nargs])
		} else {
			return tooManyPositional(fn, nargs, kwnames, args[nargs:])
		}
	}
	var kwdict *Dict
	if varkw {
		kwdict = NewDict()
		idx := n + kwonly
		if varargs {
			idx++
		}
		fast[idx] = ObjectValue(kwdict)
	}
	if len(kwnames) > 0 {
		var posonlyAsKw []string
		for k, name := range kwnames {
			v := args[nargs+k]
			found := -1
			for i := co.PosOnlyCount; i < n+kwonly; i++ {
				if co.LocalNames[i] == name {
					found = i
					break
				}
			}
			if found >= 0 {
				if fast[found].obj != nil {
					return Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", funcQualname(fn), name)
				}
				fast[found] = v
				continue
			}
			if kwdict != nil {
				kwdict.SetStr(name, v)
				continue
			}
			isPosonly := false
			for i := 0; i < co.PosOnlyCount; i++ {
				if co.LocalNames[i] == name {
					isPosonly = true
				}
			}
			if isPosonly {
				posonlyAsKw = append(posonlyAsKw, name)
				continue
			}
			return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", funcQualname(fn), name)
		}
		if len(posonlyAsKw) > 0 {
			return Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", funcQualname(fn), strings.Join(posonlyAsKw, ", "))
		}
	}
	if nargs < n {
		defs := fn.Defaults
		firstDef := n - len(defs)
		var missing []string
		for i := nargs; i < n; i++ {
			if fast[i].obj != nil {
				continue
			}
			if i >= firstDef {
				fast[i] = defs[i-firstDef]
			} else {
				missing = append(missing, co.LocalNames[i])
			}
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "positional")
		}
	}
	if kwonly > 0 {
		var missing []string
		for i := n; i < n+kwonly; i++ {
			if fast[i].obj != nil {
				continue
			}
			if fn.KwDefaults != nil {
				if v, ok := fn.KwDefaults.GetStr(co.LocalNames[i]); ok {
					fast[i] = v
					continue
				}
			}
			missing = append(missing, co.LocalNames[i])
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "keyword-only")
		}
	}
	return nil
}

func missingArgs(fn *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return Errorf(TypeErrorType, "%s() missing %d required %s argument%s: %s", funcQualname(fn), len(names), kind, plural(len(names)), list)
}

func tooManyPositional(fn *Function, given int, kwnames []string, kwvals []Value) error {
	co := fn.Code
	n := co.ArgCount
	ndef := len(fn.Defaults)
	var takes string
	if ndef > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", n-ndef, n)
	} else {
		takes = fmt.Sprintf("%d positional argument%s", n, plural(n))
	}
	kwonlyGiven := 0
	for _, k := range kwnames {
		for i := n; i < n+co.KwOnlyCount; i++ {
			if co.LocalNames[i] == k {
				kwonlyGiven++
			}
		}
	}
	was := "were"
	if given == 1 && kwonlyGiven == 0 {
		was = "was"
	}
	if kwonlyGiven > 0 {
		return Errorf(TypeErrorType, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			funcQualname(fn), takes, given, plural(given), kwonlyGiven, plural(kwonlyGiven))
	}
	return Errorf(TypeErrorType, "%s() takes %s but %d %s given", funcQualname(fn), takes, given, was)
}

// callFunction calls a Python function from Go.
func callFunction(fn *Function, args []Value, kwnames []string) (Value, error) {
	t := current
	f := newFrame(fn.Code, fn.Globals, fn.Builtins, fn)
	if err := bindArgs(fn, f, args, kwnames); err != nil {
		return Value{}, err
	}
	f.initCells()
	if infoOf(fn.Code).isGen {
		return newGenerator(f, fn), nil
	}
	return t.runFrame(f)
}

// runFrame runs f to completion as an entry frame.
func (t *Thread) runFrame(f *Frame) (Value, error) {
	if t.depth >= t.RecursionLimit {
		return Value{}, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	f.entry = true
	t.depth++
	t.frames = append(t.frames, f)
	r, err := t.run(f)
	if err != errYield {
		t.releaseFrame(f)
	}
	return r, err
}

// RunCode executes a module-level code object with the given globals
// (which are also the locals) and returns the value of RETURN_VALUE.
func (t *Thread) RunCode(code *compile.Code, globals *Dict) (Value, error) {
	if _, ok := globals.GetStr("__builtins__"); !ok {
		globals.SetStr("__builtins__", ObjectValue(t.builtinsModule()))
	}
	f := newFrame(code, globals, t.Builtins, nil)
	f.Locals = globals
	f.initCells()
	return t.runFrame(f)
}

// RunCodeLocals executes code with separate globals and locals (exec with
// two namespaces, class bodies).
func (t *Thread) RunCodeLocals(code *compile.Code, globals, locals *Dict) (Value, error) {
	f := newFrame(code, globals, t.Builtins, nil)
	f.Locals = locals
	f.initCells()
	return t.runFrame(f)
}

func (t *Thread) builtinsModule() *Module {
	v, _ := t.Modules.GetStr("builtins")
	m, _ := v.obj.(*Module)
	return m
}

func init() {
	FunctionType.Call = func(fn Value, args []Value, kwnames []string) (Value, error) {
		return callFunction(fn.obj.(*Function), args, kwnames)
	}
}
