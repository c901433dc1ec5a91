// This file defines the builtins that run code or expose namespaces:
// exec, eval, compile, globals, locals and __import__.

package py

import (
	"adder/interp/compile"
)

func currentFrame() *Frame {
	t := current
	if t == nil || len(t.frames) == 0 {
		return nil
	}
	return t.frames[len(t.frames)-1]
}

func execOrEval(name string, args []Value, kwnames []string, mode compile.Mode) (Value, error) {
	var src, globals, locals Value
	if err := UnpackArgs(name, args, kwnames, "source", &src, "globals?", &globals, "locals?", &locals); err != nil {
		return Value{}, err
	}
	f := currentFrame()
	var g, l *Dict
	if globals.obj != nil && !globals.IsNone() {
		d, ok := globals.obj.(*Dict)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "%s() globals must be a dict, not %s", name, globals.Type().Name)
		}
		g = d
	} else if f != nil {
		g = f.Globals
	} else {
		g = NewDict()
	}
	if locals.obj != nil && !locals.IsNone() {
		d, ok := locals.obj.(*Dict)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "locals must be a mapping")
		}
		l = d
	} else if globals.obj != nil && !globals.IsNone() {
		l = g
	} else if f != nil {
		l = f.LocalsDict()
	} else {
		l = g
	}
	var code *compile.Code
	switch s := src.obj.(type) {
	case *Str:
		text := s.S
		if mode == compile.ModeEval {
			text = trimLeftSpaceTabs(text)
		}
		c, err := compileSource([]byte(text), "<string>", mode)
		if err != nil {
			return Value{}, err
		}
		code = c
	case *CodeObject:
		code = s.Code
	default:
		if BytesToStrHook != nil {
			if bs, ok := BytesToStrHook(src); ok {
				c, err := compileSource([]byte(bs), "<string>", mode)
				if err != nil {
					return Value{}, err
				}
				code = c
				break
			}
		}
		return Value{}, Errorf(TypeErrorType, "%s() arg 1 must be a string, bytes or code object", name)
	}
	t := current
	if _, ok := g.GetStr("__builtins__"); !ok {
		g.SetStr("__builtins__", ObjectValue(t.builtinsModule()))
	}
	r, err := t.RunCodeLocals(code, g, l)
	if err != nil {
		return Value{}, err
	}
	if mode == compile.ModeEval {
		return r, nil
	}
	return None, nil
}

func trimLeftSpaceTabs(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return s[i:]
}

func init() {
	AddFunc(BuiltinsDict, "exec", func(args []Value, kwnames []string) (Value, error) {
		return execOrEval("exec", args, kwnames, compile.ModeExec)
	})
	AddFunc(BuiltinsDict, "eval", func(args []Value, kwnames []string) (Value, error) {
		return execOrEval("eval", args, kwnames, compile.ModeEval)
	})
	AddFunc(BuiltinsDict, "compile", func(args []Value, kwnames []string) (Value, error) {
		var src, filename, mode, flags, dontInherit, optimize Value
		if err := UnpackArgs("compile", args, kwnames, "source", &src, "filename", &filename, "mode", &mode,
			"flags?", &flags, "dont_inherit?", &dontInherit, "optimize?", &optimize); err != nil {
			return Value{}, err
		}
		text, ok := AsStr(src)
		if !ok {
			if BytesToStrHook != nil {
				text, ok = BytesToStrHook(src)
			}
			if !ok {
				return Value{}, Errorf(TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
			}
		}
		fn, _ := AsStr(filename)
		ms, _ := AsStr(mode)
		var m compile.Mode
		switch ms {
		case "exec":
			m = compile.ModeExec
		case "eval":
			m = compile.ModeEval
		case "single":
			m = compile.ModeSingle
		default:
			return Value{}, Errorf(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
		}
		code, err := compileSource([]byte(text), fn, m)
		if err != nil {
			return Value{}, err
		}
		return ObjectValue(&CodeObject{Code: code}), nil
	})
	AddFunc(BuiltinsDict, "globals", func(args []Value, kwnames []string) (Value, error) {
		if f := currentFrame(); f != nil {
			return ObjectValue(f.Globals), nil
		}
		return ObjectValue(NewDict()), nil
	})
	AddFunc(BuiltinsDict, "locals", func(args []Value, kwnames []string) (Value, error) {
		if f := currentFrame(); f != nil {
			return ObjectValue(f.LocalsDict()), nil
		}
		return ObjectValue(NewDict()), nil
	})
	AddFunc(BuiltinsDict, "__import__", func(args []Value, kwnames []string) (Value, error) {
		var name string
		var globals, locals, fromlist Value
		level := int64(0)
		if err := UnpackArgs("__import__", args, kwnames, "name", &name, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
			return Value{}, err
		}
		t := current
		g := NewDict()
		if d, ok := globals.obj.(*Dict); ok {
			g = d
		}
		if fromlist.obj == nil {
			fromlist = None
		}
		if fl, ok := fromlist.obj.(*List); ok {
			fromlist = NewTupleFrom(fl.Items)
		}
		if l, _ := Len(fromlist); fromlist.IsNone() || l == 0 {
			fromlist = None
		}
		f := &Frame{Globals: g}
		return t.importName(f, name, fromlist, Int(level))
	})
	AddFunc(BuiltinsDict, "breakpoint", func(args []Value, kwnames []string) (Value, error) { return None, nil })
}

// ExecSource compiles src under filename and runs it with ns as globals
// and locals, as exec(compile(src, filename, "exec"), ns) does. Go packages
// use it to run the Python half of a module they define.
func ExecSource(ns *Dict, filename, src string) error {
	code, err := compileSource([]byte(src), filename, compile.ModeExec)
	if err != nil {
		return err
	}
	t := current
	if t == nil {
		return Errorf(RuntimeErrorType, "cannot run %s outside a running interpreter", filename)
	}
	_, err = t.RunCode(code, ns)
	return err
}
