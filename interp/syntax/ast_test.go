package syntax

// This file compares Dump output with `python3.12 -m ast -a` goldens
// (testdata/ast/*.dump, made by scripts/gen_syntax_goldens.py).

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestASTGoldens(t *testing.T) {
	files, _ := filepath.Glob("testdata/ast/*.py")
	if len(files) < 30 {
		t.Fatalf("only %d ast goldens", len(files))
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".dump")
		if err != nil {
			t.Fatal(err)
		}
		mod, err := Parse(filepath.Base(file), src, Exec, TypeComments)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		got := Dump(mod, true) + "\n"
		if got != string(want) {
			t.Errorf("%s: dump differs from CPython:\n%s", file, firstDiff(got, string(want)))
		}
	}
}

// firstDiff shows the first differing line with some context.
func firstDiff(got, want string) string {
	g := strings.Split(got, "\n")
	w := strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			lo := max(0, i-5)
			ctx := strings.Join(w[lo:i], "\n")
			return ctx + "\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

func TestDumpWithoutAttributes(t *testing.T) {
	mod, err := Parse("<string>", []byte("x = f(1, *a, k=2)\n"), Exec, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := `Module(
   body=[
      Assign(
         targets=[
            Name(id='x', ctx=Store())],
         value=Call(
            func=Name(id='f', ctx=Load()),
            args=[
               Constant(value=1),
               Starred(
                  value=Name(id='a', ctx=Load()),
                  ctx=Load())],
            keywords=[
               keyword(
                  arg='k',
                  value=Constant(value=2))]))],
   type_ignores=[])`
	if got := Dump(mod, false); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestModes(t *testing.T) {
	e, err := Parse("<string>", []byte("1 + 2"), Eval, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := Dump(e, false); !strings.HasPrefix(got, "Expression(\n   body=BinOp(") {
		t.Errorf("eval: %s", got)
	}
	s, err := Parse("<string>", []byte("x = 1\n"), Single, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := Dump(s, false); !strings.HasPrefix(got, "Interactive(") {
		t.Errorf("single: %s", got)
	}
	if _, err := Parse("<string>", []byte("x = 1\ny = 2\n"), Single, 0); err == nil ||
		err.(*Error).Msg != "multiple statements found while compiling a single statement" {
		t.Errorf("single with two statements: %v", err)
	}
	if _, err := Parse("<string>", []byte("x = 1"), Eval, 0); err == nil {
		t.Errorf("eval accepted an assignment")
	}
}

// TestDeepNesting checks that pathological nesting gives a clean error
// instead of exhausting the Go stack.
func TestDeepNesting(t *testing.T) {
	cases := []string{
		strings.Repeat("(", 100000) + strings.Repeat(")", 100000),
		"x = " + strings.Repeat("-", 100000) + "1",
		"x = " + strings.Repeat("not ", 100000) + "1",
		"x = " + strings.Repeat("[", 300) + strings.Repeat("]", 300),
		"x = " + strings.Repeat("a if b else ", 50000) + "c",
		"x = " + strings.Repeat("lambda: ", 50000) + "c",
		"x = 1" + strings.Repeat(" ** 1", 50000),
		strings.Repeat("if x:\n", 200),
		"x = " + strings.Repeat("f'{", 300) + strings.Repeat("}'", 300),
		"x = " + strings.Repeat("await ", 50000) + "y",
	}
	for _, src := range cases {
		_, err := Parse("<string>", []byte(src), Exec, 0)
		if err == nil {
			t.Errorf("no error for %.20q...", src)
		}
	}
}
