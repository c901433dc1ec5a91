// This file defines the asynchronous iteration builtins aiter() and
// anext() (https://docs.python.org/3.12/library/functions.html#anext).

package py

// anextAwaitable is what anext(it, default) returns: awaiting it awaits
// it.__anext__() and turns StopAsyncIteration into the default value.
type anextAwaitable struct {
	inner Value // the awaitable returned by __anext__
	def   Value
	it    Value // iterator over inner (after __await__)
}

func (a *anextAwaitable) Type() *Type { return AnextAwaitableType }

// AnextAwaitableType is the type of anext(it, default).
var AnextAwaitableType = newBuiltinType("anext_awaitable", ObjectType, 0)

func (a *anextAwaitable) step(f func() (Value, error)) (Value, error) {
	r, err := f()
	if err != nil && IsInstanceError(err, StopAsyncIterationType) {
		return Value{}, stopIteration(a.def)
	}
	return r, err
}

func (a *anextAwaitable) iter() (Value, error) {
	if a.it.obj == nil {
		it, err := getAwaitable(a.inner)
		if err != nil {
			return Value{}, err
		}
		a.it = it
	}
	return a.it, nil
}

func init() {
	t := AnextAwaitableType
	t.Iter = selfIter
	t.Next = func(v Value) (Value, error) {
		a := v.obj.(*anextAwaitable)
		it, err := a.iter()
		if err != nil {
			return Value{}, err
		}
		r, err := a.step(func() (Value, error) {
			r, done, err := sendTo(nil, it, None)
			if err == nil && done {
				return Value{}, stopIteration(r)
			}
			return r, err
		})
		return r, err
	}
	AddMethods(t, []MethodDef{
		{Name: "__await__", Fn: func(self Value, args []Value, kwnames []string) (Value, error) { return self, nil }},
		{Name: "send", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			a := self.obj.(*anextAwaitable)
			it, err := a.iter()
			if err != nil {
				return Value{}, err
			}
			return a.step(func() (Value, error) {
				r, done, err := sendTo(nil, it, args[0])
				if err == nil && done {
					return Value{}, stopIteration(r)
				}
				return r, err
			})
		}},
		{Name: "throw", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			a := self.obj.(*anextAwaitable)
			it, err := a.iter()
			if err != nil {
				return Value{}, err
			}
			return a.step(func() (Value, error) { return CallMethod(it, "throw", args...) })
		}},
		{Name: "close", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			a := self.obj.(*anextAwaitable)
			if a.it.obj != nil {
				if c, _ := GetAttrOpt(a.it, "close"); c.obj != nil {
					return Call(c, nil, nil)
				}
			}
			return None, nil
		}},
	})
	AddFunc(BuiltinsDict, "aiter", func(args []Value, kwnames []string) (Value, error) {
		x, err := oneArg("aiter", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		r, found, err := CallDunder(x, "__aiter__")
		if !found {
			return Value{}, Errorf(TypeErrorType, "'%s' object is not an async iterable", x.Type().Name)
		}
		return r, err
	})
	AddFunc(BuiltinsDict, "anext", func(args []Value, kwnames []string) (Value, error) {
		if err := ArgRange("anext", args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		r, found, err := CallDunder(args[0], "__anext__")
		if !found {
			return Value{}, Errorf(TypeErrorType, "'%s' object is not an async iterator", args[0].Type().Name)
		}
		if err != nil || len(args) == 1 {
			return r, err
		}
		return ObjectValue(&anextAwaitable{inner: r, def: args[1]}), nil
	})
}
