// This file checks the opcode tables are complete.

package compile

import (
	"strings"
	"testing"

	"adder/interp/syntax"
)

func TestEveryOpcodeHasNameAndEffect(t *testing.T) {
	for op := Opcode(0); op < NumOpcodes; op++ {
		if strings.HasPrefix(op.String(), "Opcode(") {
			t.Errorf("opcode %d has no name", op)
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%v has no stack effect: %v", op, r)
				}
			}()
			stackEffect(op, 1)
		}()
	}
}

func compileSrc(t *testing.T, src string) (*Code, error) {
	t.Helper()
	mod, err := syntax.Parse("<test>", []byte(src), syntax.Exec, 0)
	if err != nil {
		return nil, err
	}
	return Compile(mod, "<test>", []byte(src), ModeExec, Options{})
}

func TestScopeErrors(t *testing.T) {
	cases := map[string]string{
		"return 1":                             "'return' outside function",
		"break":                                "'break' outside loop",
		"def f():\n    continue":               "'continue' not properly in loop",
		"nonlocal x":                           "nonlocal declaration not allowed at module level",
		"def f():\n    nonlocal x":             "no binding for nonlocal 'x' found",
		"def f():\n    x = 1\n    global x":    "name 'x' is assigned to before global declaration",
		"def f():\n    print(x)\n    global x": "name 'x' is used prior to global declaration",
		"def f(a):\n    global a":              "name 'a' is parameter and global",
		"def f(a, a): pass":                    "duplicate argument 'a' in function definition",
		"await x":                              "'await' outside function",
		"def f():\n    await x":                "'await' outside async function",
		"yield 1":                              "'yield' outside function",
		"del f()":                              "cannot delete function call",
		"x = [i for i in y if (i := 1)]":       "assignment expression cannot rebind comprehension iteration variable 'i'",
		"def f():\n    try:\n        pass\n    except* E:\n        return 1": "'break', 'continue' and 'return' cannot appear in an except* block",
	}
	for src, want := range cases {
		_, err := compileSrc(t, src)
		if err == nil {
			// Some of these are parser errors; they must still fail.
			mod, perr := syntax.Parse("<test>", []byte(src), syntax.Exec, 0)
			_ = mod
			if perr == nil {
				t.Errorf("%q: no error, want %q", src, want)
			}
			continue
		}
		se, ok := err.(*syntax.Error)
		if !ok || se.Msg != want {
			t.Errorf("%q: got %v, want %q", src, err, want)
		}
	}
}

func TestLinePositions(t *testing.T) {
	code, err := compileSrc(t, "x = 1\ny = (x +\n     2)\n")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for i, in := range code.Instrs {
		if in.Op == BINARY_OP {
			p := code.LineFor(i)
			if p.Line != 2 || p.EndLine != 3 || p.Col != 5 || p.EndCol != 6 {
				t.Errorf("BINARY_OP position %+v", p)
			}
			found = true
		}
	}
	if !found {
		t.Fatal("no BINARY_OP")
	}
}

func TestDisassemble(t *testing.T) {
	code, err := compileSrc(t, "def f(a):\n    try:\n        return a\n    finally:\n        print(1)\n")
	if err != nil {
		t.Fatal(err)
	}
	d := Disassemble(code)
	for _, want := range []string{"MAKE_FUNCTION", "code f", "RETURN_VALUE", "except ["} {
		if !strings.Contains(d, want) {
			t.Errorf("disassembly lacks %q:\n%s", want, d)
		}
	}
}
