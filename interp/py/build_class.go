// This file implements __build_class__, the class statement's runtime:
// metaclass selection, __prepare__, running the body in the namespace,
// and __classcell__ for zero-argument super().

package py

var buildClassBuiltin Value

func builtin_build_class(args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return Value{}, Errorf(TypeErrorType, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].obj.(*Function)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "__build_class__: func must be a function")
	}
	name := args[1]
	origBases := args[2:npos]
	// __mro_entries__ (e.g. Generic[T]) and plain bases.
	bases := make([]Value, 0, len(origBases))
	changed := false
	for _, b := range origBases {
		if _, isType := b.obj.(*Type); !isType {
			if me, _ := GetAttrOpt(b, "__mro_entries__"); me.obj != nil {
				r, err := Call(me, []Value{NewTupleFrom(origBases)}, nil)
				if err != nil {
					return Value{}, err
				}
				items, err := ToSlice(r)
				if err != nil {
					return Value{}, err
				}
				bases = append(bases, items...)
				changed = true
				continue
			}
		}
		bases = append(bases, b)
	}
	var meta Value
	var kwVals []Value
	var kwNames []string
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, args[npos+i])
	}
	isClass := false
	if meta.obj == nil {
		if len(bases) == 0 {
			meta = ObjectValue(TypeType)
		} else {
			meta = ObjectValue(bases[0].Type())
		}
		isClass = true
	} else if _, ok := meta.obj.(*Type); ok {
		isClass = true
	}
	if isClass {
		// The most derived metaclass among meta and the bases' metaclasses.
		winner := meta.obj.(*Type)
		for _, b := range bases {
			bm := b.Type()
			if winner.IsSubtype(bm) {
				continue
			}
			if bm.IsSubtype(winner) {
				winner = bm
				continue
			}
			return Value{}, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = ObjectValue(winner)
	}
	basesTuple := NewTupleFrom(bases)
	// __prepare__
	var ns Value
	if prep, err := GetAttrOpt(meta, "__prepare__"); err != nil {
		return Value{}, err
	} else if prep.obj != nil {
		pargs := append([]Value{name, basesTuple}, kwVals...)
		ns, err = Call(prep, pargs, kwNames)
		if err != nil {
			return Value{}, err
		}
	} else {
		ns = ObjectValue(NewDict())
	}
	nsDict, ok := ns.obj.(*Dict)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "%s.__prepare__() must return a mapping, not %s", typeNameOf(meta), ns.Type().Name)
	}
	t := current
	f := newFrame(fn.Code, fn.Globals, fn.Builtins, fn)
	f.Locals = nsDict
	f.initCells()
	cell, err := t.runFrame(f)
	if err != nil {
		return Value{}, err
	}
	if changed {
		nsDict.SetStr("__orig_bases__", NewTupleFrom(origBases))
	}
	margs := append([]Value{name, basesTuple, ns}, kwVals...)
	cls, err := Call(meta, margs, kwNames)
	if err != nil {
		return Value{}, err
	}
	if c, ok := cell.obj.(*Cell); ok {
		if ct, ok := cls.obj.(*Type); ok {
			c.V = ObjectValue(ct)
		}
	}
	return cls, nil
}

func typeNameOf(v Value) string {
	if t, ok := v.obj.(*Type); ok {
		return t.Name
	}
	return v.Type().Name
}

func init() {
	buildClassBuiltin = NewBuiltin("__build_class__", builtin_build_class)
	BuiltinsDict.SetStr("__build_class__", buildClassBuiltin)
	// type.__new__ consumes __classcell__.
	prevNew := TypeType.New
	TypeType.New = func(meta *Type, args []Value, kwnames []string) (Value, error) {
		var cell *Cell
		if len(args)-len(kwnames) == 3 {
			if d, ok := args[2].obj.(*Dict); ok {
				if c, ok := d.GetStr("__classcell__"); ok {
					cell, _ = c.obj.(*Cell)
					d.DelStr("__classcell__")
				}
			}
		}
		r, err := prevNew(meta, args, kwnames)
		if err == nil && cell != nil {
			if t, ok := r.obj.(*Type); ok {
				cell.V = ObjectValue(t)
			}
		}
		return r, err
	}
	SuperZeroArgHook = superZeroArg
}

// superZeroArg finds __class__ and the first argument of the calling
// Python frame.
func superZeroArg() (*Type, Value, error) {
	t := current
	if t == nil || len(t.frames) == 0 {
		return nil, Value{}, Errorf(RuntimeErrorType, "super(): no current frame")
	}
	f := t.frames[len(t.frames)-1]
	// Comprehensions run inline in CPython 3.12: super() there means the
	// enclosing function's.
	for i := len(t.frames) - 2; isInlinedComprehension(f.Code) && i >= 0; i-- {
		f = t.frames[i]
	}
	code := f.Code
	if code.ArgCount == 0 && code.Flags&0 == 0 && len(code.LocalNames) == 0 {
		return nil, Value{}, Errorf(RuntimeErrorType, "super(): no arguments")
	}
	var first Value
	if len(code.LocalNames) > 0 {
		first = f.regs[0]
		// The first argument may live in a cell.
		for i, a := range code.Cell2Arg {
			if a == 0 && f.cells[i] != nil {
				first = f.cells[i].V
			}
		}
	}
	if first.obj == nil {
		return nil, Value{}, Errorf(RuntimeErrorType, "super(): arg[0] deleted")
	}
	nc := len(code.CellNames)
	for i, n := range code.FreeNames {
		if n == "__class__" {
			c := f.cells[nc+i]
			if c == nil || c.V.obj == nil {
				return nil, Value{}, Errorf(RuntimeErrorType, "super(): empty __class__ cell")
			}
			ct, ok := c.V.obj.(*Type)
			if !ok {
				return nil, Value{}, Errorf(RuntimeErrorType, "super(): __class__ is not a type (%s)", c.V.Type().Name)
			}
			return ct, first, nil
		}
	}
	return nil, Value{}, Errorf(RuntimeErrorType, "super(): __class__ cell not found")
}
