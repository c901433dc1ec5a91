// This file holds the async iteration opcodes' minimal behaviour
// (GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH). Full asyncio
// support is a later issue; these follow CPython's protocol so async for
// and async with work over objects implementing the dunders.

package py

import "adder/interp/compile"

func asyncOp(t *Thread, f *Frame, in compile.Instr, stack []Value, sp, pc int) ([]Value, int, int, error) {
	switch in.Op {
	case compile.GET_AITER:
		obj := stack[sp-1]
		r, found, err := CallDunder(obj, "__aiter__")
		if !found {
			return stack, sp, pc, Errorf(TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", obj.Type().Name)
		}
		if err != nil {
			return stack, sp, pc, err
		}
		stack[sp-1] = r
	case compile.GET_ANEXT:
		it := stack[sp-1]
		r, found, err := CallDunder(it, "__anext__")
		if !found {
			return stack, sp, pc, Errorf(TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", it.Type().Name)
		}
		if err != nil {
			return stack, sp, pc, err
		}
		aw, err := getAwaitable(r)
		if err != nil {
			return stack, sp, pc, err
		}
		stack[sp] = aw
		sp++
	case compile.END_ASYNC_FOR:
		exc := stack[sp-1]
		if e, ok := exc.obj.(*Exception); ok && e.typ.IsSubtype(StopAsyncIterationType) {
			sp -= 2
			stack[sp], stack[sp+1] = Value{}, Value{}
			return stack, sp, pc, nil
		}
		sp--
		e := exc.obj.(*Exception)
		stack[sp] = Value{}
		return stack, sp, pc, reraiseSignal{e}
	case compile.BEFORE_ASYNC_WITH:
		mgr := stack[sp-1]
		mt := mgr.Type()
		enter := mt.Lookup("__aenter__")
		exit := mt.Lookup("__aexit__")
		if enter.obj == nil || exit.obj == nil {
			return stack, sp, pc, Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", mt.Name)
		}
		be, err := bindDescr(exit, mgr, mt)
		if err != nil {
			return stack, sp, pc, err
		}
		r, _, err := CallDunder(mgr, "__aenter__")
		if err != nil {
			return stack, sp, pc, err
		}
		aw, err := getAwaitable(r)
		if err != nil {
			return stack, sp, pc, err
		}
		stack[sp-1] = be
		stack[sp] = aw
		sp++
	}
	return stack, sp, pc, nil
}

// reraiseSignal re-raises an exception without adding a traceback entry.
type reraiseSignal struct{ e *Exception }

func (r reraiseSignal) Error() string { return r.e.Error() }
