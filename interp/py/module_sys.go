// This file defines the sys module: argv, path, modules, version info,
// recursion limit, exc_info/exception, exit, and the stdout/stderr/stdin
// objects that write to the thread's Go writers.

package py

import (
	"bufio"
	"io"
	"strings"
)

// stdStream is sys.stdout/sys.stderr/sys.stdin backed by Go streams.
type stdStream struct {
	name   string
	w      func() io.Writer
	r      *bufio.Reader
	closed bool
}

func (s *stdStream) Type() *Type { return StdStreamType }

// StdStreamType is the type of sys.stdout and friends.
var StdStreamType = newBuiltinType("TextIOWrapper", ObjectType, 0)

// stdBuffer is sys.stdout.buffer: writes bytes to the same stream.
type stdBuffer struct{ s *stdStream }

func (b *stdBuffer) Type() *Type { return StdBufferType }

// StdBufferType is the type of sys.stdout.buffer.
var StdBufferType = newBuiltinType("BufferedWriter", ObjectType, 0)

func init() {
	AddMethods(StdStreamType, []MethodDef{
		{Name: "write", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			s := self.obj.(*stdStream)
			if len(args) != 1 {
				return Value{}, argCountError("write", 1, len(args), kwnames)
			}
			str, ok := AsStr(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "write() argument must be str, not %s", args[0].Type().Name)
			}
			if s.w == nil {
				return Value{}, Errorf(ValueErrorType, "not writable")
			}
			if _, err := io.WriteString(s.w(), str); err != nil {
				return Value{}, Errorf(OSErrorType, "%s", err.Error())
			}
			return Int(int64(NewStr(str).Len())), nil
		}},
		{Name: "flush", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			s := self.obj.(*stdStream)
			if s.w != nil {
				if f, ok := s.w().(interface{ Flush() error }); ok {
					_ = f.Flush()
				}
			}
			return None, nil
		}},
		{Name: "readline", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			s := self.obj.(*stdStream)
			if s.r == nil {
				return StrValue(""), nil
			}
			line, err := s.r.ReadString('\n')
			if err != nil && line == "" {
				return StrValue(""), nil
			}
			return StrValue(line), nil
		}},
		{Name: "read", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			s := self.obj.(*stdStream)
			if s.r == nil {
				return StrValue(""), nil
			}
			b, _ := io.ReadAll(s.r)
			return StrValue(string(b)), nil
		}},
		{Name: "isatty", Fn: func(self Value, args []Value, kwnames []string) (Value, error) { return False, nil }},
		{Name: "fileno", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			switch self.obj.(*stdStream).name {
			case "<stdin>":
				return Int(0), nil
			case "<stdout>":
				return Int(1), nil
			}
			return Int(2), nil
		}},
	})
	AddMethods(StdBufferType, []MethodDef{
		{Name: "write", Fn: func(self Value, args []Value, kwnames []string) (Value, error) {
			s := self.obj.(*stdBuffer).s
			if len(args) != 1 {
				return Value{}, argCountError("write", 1, len(args), kwnames)
			}
			var data string
			ok := false
			if BytesToStrHook != nil {
				data, ok = BytesToStrHook(args[0])
			}
			if !ok {
				return Value{}, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", args[0].Type().Name)
			}
			if s.w == nil {
				return Value{}, Errorf(ValueErrorType, "not writable")
			}
			if _, err := io.WriteString(s.w(), data); err != nil {
				return Value{}, Errorf(OSErrorType, "%s", err.Error())
			}
			return Int(int64(len(data))), nil
		}},
		{Name: "flush", Fn: func(self Value, args []Value, kwnames []string) (Value, error) { return None, nil }},
	})
	AddGetters(StdStreamType, []Getter{
		{Name: "buffer", Get: func(self Value) (Value, error) {
			return ObjectValue(&stdBuffer{s: self.obj.(*stdStream)}), nil
		}},
		{Name: "name", Get: func(self Value) (Value, error) { return StrValue(self.obj.(*stdStream).name), nil }},
		{Name: "encoding", Get: func(self Value) (Value, error) { return StrValue("utf-8"), nil }},
		{Name: "closed", Get: func(self Value) (Value, error) { return False, nil }},
	})
	StdStreamType.Repr = func(v Value) (Value, error) {
		s := v.obj.(*stdStream)
		mode := "w"
		if s.r != nil {
			mode = "r"
		}
		return StrValue("<_io.TextIOWrapper name='" + s.name + "' mode='" + mode + "' encoding='utf-8'>"), nil
	}
}

// SysAttr returns sys.<name> of the current thread (zero if unset).
func SysAttr(name string) Value {
	t := current
	if t == nil || t.Sys == nil {
		return Value{}
	}
	v, _ := t.Sys.Dict.GetStr(name)
	return v
}

// Version strings reported by sys.
const (
	VersionString = "3.12.1 (main, adder) [Go]"
)

func initSys(t *Thread) {
	m := NewModule("sys")
	t.Sys = m
	d := m.Dict
	d.SetStr("stdout", ObjectValue(&stdStream{name: "<stdout>", w: func() io.Writer { return t.Stdout }}))
	d.SetStr("stderr", ObjectValue(&stdStream{name: "<stderr>", w: func() io.Writer { return t.Stderr }}))
	d.SetStr("stdin", ObjectValue(&stdStream{name: "<stdin>", r: bufio.NewReader(readerFunc(func(p []byte) (n int, err error) {
		// Other threads run while this one waits for a line (gil.go).
		Unlocked(func() { n, err = t.Stdin.Read(p) })
		return n, err
	}))}))
	d.SetStr("__stdout__", d.mustGet("stdout"))
	d.SetStr("__stderr__", d.mustGet("stderr"))
	d.SetStr("__stdin__", d.mustGet("stdin"))
	d.SetStr("argv", ListValue([]Value{StrValue("")}))
	d.SetStr("path", ListValue(nil))
	d.SetStr("modules", ObjectValue(t.Modules))
	addSwitchInterval(d)
	d.SetStr("version", StrValue(VersionString))
	initSysStructs(d)
	d.SetStr("hexversion", Int(0x030c01f0))
	d.SetStr("platform", StrValue("linux"))
	d.SetStr("byteorder", StrValue("little"))
	d.SetStr("maxsize", Int(1<<63-1))
	d.SetStr("maxunicode", Int(0x10ffff))
	d.SetStr("implementation", ObjectValue(NewModule("adder")))
	d.SetStr("executable", StrValue("adder"))
	d.SetStr("prefix", StrValue(""))
	d.SetStr("dont_write_bytecode", True)
	d.SetStr("builtin_module_names", strTuple(append(BuiltinModuleNames(), "sys", "builtins")))
	d.SetStr("flags", ObjectValue(NewModule("flags")))
	AddFunc(d, "getrecursionlimit", func(args []Value, kwnames []string) (Value, error) {
		return Int(int64(threadOr(t).RecursionLimit)), nil
	})
	AddFunc(d, "setrecursionlimit", func(args []Value, kwnames []string) (Value, error) {
		var n int64
		if err := UnpackArgs("setrecursionlimit", args, kwnames, "limit", &n); err != nil {
			return Value{}, err
		}
		if n < 1 {
			return Value{}, Errorf(ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		th := threadOr(t)
		if int(n) <= th.depth {
			return Value{}, Errorf(RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, th.depth)
		}
		th.RecursionLimit = int(n)
		return None, nil
	})
	AddFunc(d, "exc_info", func(args []Value, kwnames []string) (Value, error) {
		e := threadOr(t).currentException()
		if e.obj == nil || e.IsNone() {
			return NewTuple(None, None, None), nil
		}
		ex := e.obj.(*Exception)
		var tb Value = None
		if ex.Traceback != nil {
			tb = ObjectValue(ex.Traceback)
		}
		return NewTuple(ObjectValue(ex.typ), e, tb), nil
	})
	AddFunc(d, "exception", func(args []Value, kwnames []string) (Value, error) {
		e := threadOr(t).currentException()
		if e.obj == nil {
			return None, nil
		}
		return e, nil
	})
	AddFunc(d, "exit", func(args []Value, kwnames []string) (Value, error) {
		if err := ArgRange("exit", args, kwnames, 0, 1); err != nil {
			return Value{}, err
		}
		return Value{}, NewException(SystemExitType, args...)
	})
	AddFunc(d, "getsizeof", func(args []Value, kwnames []string) (Value, error) {
		return Int(64), nil
	})
	AddFunc(d, "intern", func(args []Value, kwnames []string) (Value, error) {
		x, err := oneArg("intern", args, kwnames)
		return x, err
	})
	AddFunc(d, "getdefaultencoding", func(args []Value, kwnames []string) (Value, error) { return StrValue("utf-8"), nil })
	AddFunc(d, "getfilesystemencoding", func(args []Value, kwnames []string) (Value, error) { return StrValue("utf-8"), nil })
	AddFunc(d, "getfilesystemencodeerrors", func(args []Value, kwnames []string) (Value, error) {
		return StrValue("surrogateescape"), nil
	})
	d.SetStr("warnoptions", ListValue(nil))
	AddFunc(d, "displayhook", sysDisplayhook)
	d.SetStr("__displayhook__", d.mustGet("displayhook"))
	// The limit lives in sys._int_max_str_digits, where int<->str
	// conversions (maxStrDigits) and library code read it.
	d.SetStr("_int_max_str_digits", Int(defaultMaxStrDigits))
	AddFunc(d, "get_int_max_str_digits", func(args []Value, kwnames []string) (Value, error) {
		if err := UnpackArgs("get_int_max_str_digits", args, kwnames); err != nil {
			return Value{}, err
		}
		return Int(int64(maxStrDigits())), nil
	})
	AddFunc(d, "set_int_max_str_digits", func(args []Value, kwnames []string) (Value, error) {
		var n int64
		if err := UnpackArgs("set_int_max_str_digits", args, kwnames, "maxdigits", &n); err != nil {
			return Value{}, err
		}
		if n != 0 && n < 640 {
			return Value{}, Errorf(ValueErrorType, "maxdigits must be 0 or larger than 640")
		}
		d.SetStr("_int_max_str_digits", Int(n))
		return None, nil
	})
	AddFunc(d, "_getframe", func(args []Value, kwnames []string) (Value, error) {
		depth := int64(0)
		if err := UnpackArgs("_getframe", args, kwnames, "depth?", &depth); err != nil {
			return Value{}, err
		}
		f := threadOr(t).frameObject(int(depth))
		if f == nil {
			return Value{}, Errorf(ValueErrorType, "call stack is not deep enough")
		}
		return ObjectValue(f), nil
	})
	t.Modules.SetStr("sys", ObjectValue(m))
	bm := NewModule("builtins")
	bm.Dict = BuiltinsDict
	t.Modules.SetStr("builtins", ObjectValue(bm))
	_ = strings.TrimSpace
}

type readerFunc func(p []byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

// currentException is sys.exception(): the exception being handled.
func (t *Thread) currentException() Value {
	if t.handled.obj == nil || t.handled.IsNone() {
		return Value{}
	}
	return t.handled
}

// sysDisplayhook is sys.displayhook: print repr(value) to sys.stdout and
// keep it in builtins._ (None is not shown).
func sysDisplayhook(args []Value, kwnames []string) (Value, error) {
	var v Value
	if err := UnpackArgs("displayhook", args, kwnames, "object", &v); err != nil {
		return Value{}, err
	}
	if v.IsNone() {
		return None, nil
	}
	BuiltinsDict.SetStr("_", None)
	r, err := ReprString(v)
	if err != nil {
		return Value{}, err
	}
	out := SysAttr("stdout")
	if !out.IsValid() || out.IsNone() {
		return Value{}, Errorf(RuntimeErrorType, "lost sys.stdout")
	}
	if _, err := CallMethod(out, "write", StrValue(r+"\n")); err != nil {
		return Value{}, err
	}
	BuiltinsDict.SetStr("_", v)
	return None, nil
}

// threadOr returns the running thread, which shares this sys module with
// t (the thread it was made for), or t outside any run: sys's per-thread
// functions (exc_info, _getframe, the recursion limit) answer for the
// caller's thread.
func threadOr(t *Thread) *Thread {
	if current != nil {
		return current
	}
	return t
}
