// This file implements generators and coroutines as resumable frames:
// send/throw/close, delegation for yield from / await, and the generator
// and coroutine types. No goroutines are involved: resuming runs the
// suspended frame on the current thread until its next yield or return.

package py

import (
	"fmt"

	"adder/interp/compile"
)

// Generator-like types.
var (
	GeneratorType      = newBuiltinType("generator", ObjectType, 0)
	CoroutineType      = newBuiltinType("coroutine", ObjectType, 0)
	AsyncGeneratorType = newBuiltinType("async_generator", ObjectType, 0)
)

// Generator is a generator, coroutine or async generator: a suspended
// frame resumed by next/send/throw, or (native set) a Go state machine
// standing in for the frame.
type Generator struct {
	typ   *Type
	frame *Frame // nil once finished, and always for a native coroutine
	code  *compile.Code
	// names is set only when __name__/__qualname__ differ from the code's
	// (a function renamed by functools.wraps, say): most generators share
	// their code's strings.
	names *genNames
	// yieldFrom is the sub-iterator being delegated to (for throw/close);
	// sendPC is the SEND instruction delegating to it.
	yieldFrom Value
	native    NativeCoroutine
	sendPC    int32
	// The flags sit together so they share one word (a suspended
	// coroutine's size matters: asyncio keeps one per task).
	running, done, started bool
	// skipPush: the next resume must not push a sent value (the frame
	// was repositioned after a delegated throw).
	skipPush bool
}

type genNames struct{ name, qualname string }

// A NativeCoroutine is the Go body of a coroutine object made by
// NewNativeCoroutine: a state machine that send, throw and close drive as
// they drive a suspended frame. A library coroutine written this way
// (asyncio.sleep) costs a few words where a Python one keeps a frame.
type NativeCoroutine interface {
	// Resume continues with sent (exc nil) or raises exc at the suspension
	// point. It returns the next yielded value (done false), the return
	// value (done true), or the error that ends the coroutine. Resume is
	// never called again once it reports done or an error.
	Resume(sent Value, exc *Exception) (v Value, done bool, err error)
}

// NewNativeCoroutine returns a coroutine object driven by body; code
// gives its name, qualname and cr_code.
func NewNativeCoroutine(code *compile.Code, body NativeCoroutine) Value {
	return ObjectValue(&Generator{typ: CoroutineType, code: code, native: body})
}

// Name is the generator's __name__.
func (g *Generator) Name() string {
	if g.names != nil {
		return g.names.name
	}
	return g.code.Name
}

// Qualname is the generator's __qualname__.
func (g *Generator) Qualname() string {
	if g.names != nil {
		return g.names.qualname
	}
	return g.code.Qualname
}

// Type returns generator, coroutine or async_generator.
func (g *Generator) Type() *Type { return g.typ }

func newGenerator(f *Frame, fn *Function) Value {
	t := GeneratorType
	switch {
	case fn.Code.Flags&compile.FlagCoroutine != 0:
		t = CoroutineType
	case fn.Code.Flags&compile.FlagAsyncGenerator != 0:
		t = AsyncGeneratorType
	}
	if t != GeneratorType && cap(f.regs) > len(f.regs) {
		// A frame from the pool may bring a larger register array than
		// this code needs. Coroutines tend to stay suspended (one per
		// asyncio task), so they get an exact one; short-lived generators
		// keep the pooled array rather than pay for a copy.
		regs := make([]Value, len(f.regs))
		copy(regs, f.regs)
		f.regs = regs
	}
	g := &Generator{typ: t, frame: f, code: fn.Code}
	if fn.Name != fn.Code.Name || fn.Qualname != fn.Code.Qualname {
		g.names = &genNames{fn.Name, fn.Qualname}
	}
	f.gen = g
	f.savedHandled = None
	return ObjectValue(g)
}

// Started reports whether the generator has run at least once.
func (g *Generator) Started() bool { return g.started }

// finish marks g done and recycles its frame.
func (g *Generator) finish(t *Thread) {
	g.done = true
	g.running = false
	if f := g.frame; f != nil {
		g.frame = nil
		f.gen = nil
		t.releaseFrame(f)
	}
}

// Done reports whether the generator has finished.
func (g *Generator) Done() bool { return g.done }

// Resume runs the generator: sending sent, or raising exc inside it. It
// returns the yielded value (done=false) or the return value (done=true).
func (g *Generator) Resume(sent Value, exc *Exception) (Value, bool, error) {
	t := current
	kind := "generator"
	if g.typ == CoroutineType {
		kind = "coroutine"
	}
	if g.running {
		return Value{}, false, Errorf(ValueErrorType, "%s already executing", kind)
	}
	if g.done {
		if exc != nil {
			return Value{}, true, exc
		}
		if g.typ == CoroutineType {
			return Value{}, true, Errorf(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return None, true, nil
	}
	f := g.frame
	if !g.started {
		if exc == nil && sent.obj != nil && !sent.IsNone() {
			return Value{}, false, Errorf(TypeErrorType, "can't send non-None value to a just-started %s", kind)
		}
		g.started = true
	} else if g.native != nil {
		if sent.obj == nil {
			sent = None
		}
	} else if exc == nil && !g.skipPush {
		if sent.obj == nil {
			sent = None
		}
		f.stackSlots()[f.sp] = sent
		f.sp++
	}
	g.skipPush = false
	if g.native != nil {
		g.running = true
		v, done, err := g.native.Resume(sent, exc)
		g.running = false
		if err == nil && !done {
			return v, false, nil
		}
		g.done = true
		return v, true, g.endError(err, kind)
	}
	if t.depth >= t.RecursionLimit {
		return Value{}, false, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	if err := enterGo(); err != nil {
		return Value{}, false, err
	}
	g.running = true
	f.entry = true
	f.pendingErr = exc
	saved := t.handled
	t.handled = f.savedHandled
	t.depth++
	t.frames = append(t.frames, f)
	v, err := t.run(f)
	leaveGo()
	f.savedHandled = t.handled
	t.handled = saved
	g.running = false
	if err == errYield {
		return v, false, nil
	}
	g.finish(t)
	if err != nil {
		return Value{}, true, g.endError(err, kind)
	}
	return v, true, nil
}

// endError is the error a finished generator reports: a StopIteration
// escaping its body becomes RuntimeError (PEP 479).
func (g *Generator) endError(err error, kind string) error {
	if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
		r := NewException(RuntimeErrorType, StrValue(kind+" raised StopIteration"))
		r.Cause = ObjectValue(e)
		r.Context = ObjectValue(e)
		r.SuppressContext = true
		return r
	}
	return err
}

func stopIteration(v Value) error {
	if v.obj == nil || v.IsNone() {
		return NewException(StopIterationType)
	}
	return NewException(StopIterationType, v)
}

// Send is generator.send(v): StopIteration(value) when it returns.
func (g *Generator) Send(v Value) (Value, error) {
	r, done, err := g.Resume(v, nil)
	if err != nil {
		return Value{}, err
	}
	if done {
		return Value{}, stopIteration(r)
	}
	return r, nil
}

// Throw raises exc at the suspension point (delegating to a yield-from
// sub-iterator first).
func (g *Generator) Throw(exc *Exception) (Value, error) {
	if yf := g.yieldFrom; yf.obj != nil && !g.done && !g.running {
		var r Value
		var err error
		if sub, ok := yf.obj.(*Generator); ok {
			if exc.typ.IsSubtype(GeneratorExitType) {
				err = sub.Close()
				if err == nil {
					err = exc
				}
			} else {
				r, err = sub.Throw(exc)
			}
		} else if exc.typ.IsSubtype(GeneratorExitType) {
			if cl, _ := GetAttrOpt(yf, "close"); cl.obj != nil {
				_, err = Call(cl, nil, nil)
			}
			if err == nil {
				err = exc
			}
		} else if th, _ := GetAttrOpt(yf, "throw"); th.obj != nil {
			r, err = Call(th, []Value{ObjectValue(exc)}, nil)
		} else {
			err = exc
		}
		if err == nil {
			return r, nil
		}
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
			// The sub-iterator finished: continue after the SEND.
			g.yieldFrom = Value{}
			f := g.frame
			f.sp-- // drop the sub-iterator
			f.stackSlots()[f.sp] = e.Attr("value")
			if f.stackSlots()[f.sp].obj == nil {
				f.stackSlots()[f.sp] = None
			}
			f.sp++
			f.pc = int(f.Code.Instrs[g.sendPC].Arg)
			g.skipPush = true
			rv, done, err := g.Resume(None, nil)
			if err != nil {
				return Value{}, err
			}
			if done {
				return Value{}, stopIteration(rv)
			}
			return rv, nil
		}
		g.yieldFrom = Value{}
		exc = AsException(err)
	}
	r, done, err := g.Resume(Value{}, exc)
	if err != nil {
		return Value{}, err
	}
	if done {
		return Value{}, stopIteration(r)
	}
	return r, nil
}

// Close is generator.close().
func (g *Generator) Close() error {
	if g.done {
		return nil
	}
	if !g.started {
		g.done = true
		return nil
	}
	_, err := g.Throw(NewException(GeneratorExitType))
	if err == nil {
		kind := "generator"
		if g.typ == CoroutineType {
			kind = "coroutine"
		}
		return Errorf(RuntimeErrorType, "%s ignored GeneratorExit", kind)
	}
	if IsInstanceError(err, GeneratorExitType) || IsInstanceError(err, StopIterationType) {
		return nil
	}
	return err
}

// sendTo implements SEND: resume iter with v.
func sendTo(f *Frame, iter, v Value) (Value, bool, error) {
	if g, ok := iter.obj.(*Generator); ok && g.typ != AsyncGeneratorType {
		return g.Resume(v, nil)
	}
	if v.IsNone() {
		t := iter.Type()
		if t.Next == nil {
			return Value{}, false, Errorf(TypeErrorType, "'%s' object is not an iterator", t.Name)
		}
		r, err := nextWithValue(iter)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
				rv := e.Attr("value")
				if rv.obj == nil {
					rv = None
				}
				return rv, true, nil
			}
			return Value{}, false, err
		}
		if r.obj == nil {
			return None, true, nil
		}
		return r, false, nil
	}
	r, err := CallMethod(iter, "send", v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
			rv := e.Attr("value")
			if rv.obj == nil {
				rv = None
			}
			return rv, true, nil
		}
		return Value{}, false, err
	}
	return r, false, nil
}

// nextWithValue calls __next__ keeping StopIteration's value for user
// iterators.
func nextWithValue(it Value) (Value, error) {
	t := it.Type()
	if t.IsHeap() {
		if m := t.Lookup("__next__"); m.obj != nil {
			r, _, err := CallDunder(it, "__next__")
			return r, err
		}
	}
	return t.Next(it)
}

func getYieldFromIter(v Value, code *compile.Code) (Value, error) {
	if g, ok := v.obj.(*Generator); ok {
		if g.typ == CoroutineType && code.Flags&(compile.FlagCoroutine) == 0 {
			return Value{}, Errorf(TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
		}
		return v, nil
	}
	return GetIter(v)
}

func getAwaitable(v Value) (Value, error) {
	if g, ok := v.obj.(*Generator); ok && g.typ == CoroutineType {
		if g.running {
			return Value{}, Errorf(RuntimeErrorType, "coroutine is being awaited already")
		}
		return v, nil
	}
	r, found, err := CallDunder(v, "__await__")
	if !found {
		return Value{}, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", v.Type().Name)
	}
	if err != nil {
		return Value{}, err
	}
	if g, ok := r.obj.(*Generator); ok && g.typ == CoroutineType {
		return Value{}, Errorf(TypeErrorType, "__await__() returned a coroutine")
	}
	if r.Type().Next == nil {
		return Value{}, Errorf(TypeErrorType, "__await__() returned non-iterator of type '%s'", r.Type().Name)
	}
	return r, nil
}

func genMethods(t *Type) {
	AddMethods(t, []MethodDef{
		{Name: "send", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, argCountError("send", 1, len(args), kwnames)
			}
			return self.obj.(*Generator).Send(args[0])
		}},
		{Name: "throw", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			if len(args) < 1 || len(args) > 3 {
				return Value{}, Errorf(TypeErrorType, "throw expected at least 1 argument, got %d", len(args))
			}
			var exc *Exception
			if len(args) >= 2 && !args[1].IsNone() {
				if e, ok := args[1].obj.(*Exception); ok {
					exc = e
				} else {
					r, err := Call(args[0], []Value{args[1]}, nil)
					if err != nil {
						return Value{}, err
					}
					exc, _ = r.obj.(*Exception)
				}
			} else {
				e, err := toException(args[0], "exceptions must be classes or instances deriving from BaseException, not "+args[0].Type().Name)
				if err != nil {
					return Value{}, err
				}
				exc = e
			}
			if exc == nil {
				return Value{}, Errorf(TypeErrorType, "exceptions must be classes or instances deriving from BaseException")
			}
			return self.obj.(*Generator).Throw(exc)
		}},
		{Name: "close", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			return None, self.obj.(*Generator).Close()
		}},
	})
	t.Repr = func(v Value) (Value, error) {
		g := v.obj.(*Generator)
		return StrValue(fmt.Sprintf("<%s object %s at %#x>", g.typ.Name, g.Qualname(), addressOf(v))), nil
	}
	t.GetAttr = func(v Value, name string) (Value, error) {
		g := v.obj.(*Generator)
		switch name {
		case "__name__":
			return StrValue(g.Name()), nil
		case "__qualname__":
			return StrValue(g.Qualname()), nil
		case "gi_running", "cr_running", "ag_running":
			return Bool(g.running), nil
		case "gi_code", "cr_code", "ag_code":
			return ObjectValue(&CodeObject{Code: g.code}), nil
		case "gi_frame", "cr_frame", "ag_frame":
			if g.done || g.frame == nil {
				return None, nil
			}
			return ObjectValue(&FrameInfo{Code: g.frame.Code, PC: g.frame.pc, Globals: g.frame.Globals}), nil
		case "gi_yieldfrom", "cr_await":
			if g.yieldFrom.obj == nil {
				return None, nil
			}
			return g.yieldFrom, nil
		case "gi_suspended", "cr_suspended":
			return Bool(g.started && !g.done && !g.running), nil
		}
		return GenericGetAttr(v, name)
	}
}

func init() {
	genMethods(GeneratorType)
	genMethods(CoroutineType)
	genMethods(AsyncGeneratorType)
	GeneratorType.Iter = selfIter
	GeneratorType.Next = func(v Value) (Value, error) {
		r, done, err := v.obj.(*Generator).Resume(None, nil)
		if err != nil {
			return Value{}, err
		}
		if done {
			return Value{}, nil
		}
		return r, nil
	}
	AddMethods(GeneratorType, []MethodDef{
		{Name: "__next__", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			return self.obj.(*Generator).Send(None)
		}},
	})
	AddMethods(CoroutineType, []MethodDef{
		{Name: "__await__", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			return ObjectValue(&coroWrapper{g: self.obj.(*Generator)}), nil
		}},
	})
	CoroWrapperType.Iter = selfIter
	CoroWrapperType.Next = func(v Value) (Value, error) {
		r, done, err := v.obj.(*coroWrapper).g.Resume(None, nil)
		if err != nil {
			return Value{}, err
		}
		if done {
			return Value{}, stopIteration(r)
		}
		return r, nil
	}
	AddMethods(CoroWrapperType, []MethodDef{
		{Name: "send", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			return self.obj.(*coroWrapper).g.Send(args[0])
		}},
		{Name: "throw", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			e, err := toException(args[0], "exceptions must derive from BaseException")
			if err != nil {
				return Value{}, err
			}
			return self.obj.(*coroWrapper).g.Throw(e)
		}},
		{Name: "close", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			return None, self.obj.(*coroWrapper).g.Close()
		}},
	})
}

type coroWrapper struct{ g *Generator }

func (c *coroWrapper) Type() *Type { return CoroWrapperType }

// CoroWrapperType is the iterator returned by coroutine.__await__().
var CoroWrapperType = newBuiltinType("coroutine_wrapper", ObjectType, 0)
