package syntax

// This file feeds the parser damaged input: truncations and single-byte
// edits of the AST goldens must give a result or a *Error, never a panic.

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

func parseNoPanic(t *testing.T, name string, src []byte) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s: panic on %q: %v", name, src, r)
		}
	}()
	for _, mode := range []Mode{Exec, Single, Eval} {
		_, err := Parse(name, src, mode, TypeComments)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("%s: error of type %T", name, err)
			}
		}
	}
	CheckComplete(string(src), 0)
	Tokenize(src)
}

func TestMutationsDoNotPanic(t *testing.T) {
	files, _ := filepath.Glob("testdata/ast/*.py")
	errFiles, _ := filepath.Glob("testdata/errors/*.py")
	files = append(files, errFiles...)
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"(", ")", "[", "]", "{", "}", ":", ",", "'", "\"", "\"\"\"", "f'", "{", "\\", "\n", "\t", "    ",
		"=", "*", "**", "lambda", "if", "else", "for", "in", "match", "case", "async", "await", "yield", "#", "@", "0x", "1e", "_", "é", "!r", ":="}
	n := 0
	for _, f := range files {
		src, _ := os.ReadFile(f)
		if len(src) == 0 {
			continue
		}
		for i := 0; i < 150; i++ {
			var m []byte
			pos := rng.Intn(len(src))
			switch i % 3 {
			case 0:
				m = append([]byte{}, src[:pos]...)
			case 1:
				m = append(append([]byte{}, src[:pos]...), src[pos+1:]...)
			default:
				p := pieces[rng.Intn(len(pieces))]
				m = append(append(append([]byte{}, src[:pos]...), p...), src[pos:]...)
			}
			parseNoPanic(t, f, m)
			n++
		}
	}
	t.Logf("%d mutated inputs", n)
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/ast/*.py")
	for _, file := range files {
		src, _ := os.ReadFile(file)
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		parseNoPanic(t, "fuzz", src)
	})
}
