package display

import (
	"testing"

	"adder/interp/compile"
	"adder/interp/py"
)

// TestFromPy builds a live exception chain with a traceback and checks its
// description and the CPython text formatted from it.
func TestFromPy(t *testing.T) {
	// A thread finishes the builtin types (slot inheritance).
	defer py.SetCurrent(py.SetCurrent(py.NewThread()))
	src := []string{"def f(x):", "    return 1 / x", "f(0)"}
	mod := &compile.Code{Name: "<module>", Qualname: "<module>", Filename: "<cell>", FirstLine: 1,
		Positions: []compile.Position{{Line: 3, EndLine: 3, Col: 0, EndCol: 4}}}
	fn := &compile.Code{Name: "f", Qualname: "f", Filename: "<cell>", FirstLine: 1, ArgCount: 1,
		Flags: compile.FlagVarargs, LocalNames: []string{"x", "rest"},
		Positions: []compile.Position{{Line: 2, EndLine: 2, Col: 11, EndCol: 16}}}
	mod.Instrs = make([]compile.Instr, 1)
	fn.Instrs = make([]compile.Instr, 1)
	inner := py.NewException(py.KeyErrorType, py.StrValue("k"))
	exc := py.NewException(py.ZeroDivisionErrorType, py.StrValue("division by zero"))
	exc.Traceback = &py.Traceback{Code: mod, Next: &py.Traceback{Code: fn}}
	exc.Context = inner.Value()
	exc.SetAttrStr("__notes__", py.ListValue([]py.Value{py.StrValue("a note")}))
	sources := func(name string) ([]string, int) {
		if name == "<cell>" {
			return src, 7
		}
		return nil, 0
	}
	d := FromPy(exc, sources)
	if d.Type != "ZeroDivisionError" || d.Message != "division by zero" || len(d.Frames) != 2 {
		t.Fatalf("description %+v", d)
	}
	if f := d.Frames[1]; f.Cell != 7 || f.Name != "f" || f.Col != 11 || len(f.Args) != 2 || f.Args[1] != "*rest" {
		t.Errorf("frame %+v", f)
	}
	if d.Context == nil || d.Context.Type != "KeyError" || d.Context.Message != "'k'" {
		t.Errorf("context %+v", d.Context)
	}
	want := "Traceback (most recent call last):\n  File \"<cell>\", line 3, in <module>\n    f(0)\n" +
		"  File \"<cell>\", line 2, in f\n    return 1 / x\n           ~~^~~\n" +
		"ZeroDivisionError: division by zero\na note\n"
	got := PlainTraceback(&Exception{Type: d.Type, Message: d.Message, Frames: d.Frames, Notes: d.Notes})
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
