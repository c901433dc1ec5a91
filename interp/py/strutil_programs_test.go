package py_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"adder/interp"
)

// This file runs the library's differential programs
// (testdata/lib/test_*.py) through the interpreter and compares their
// output with CPython 3.12's (the .out files written by
// scripts/gen_lib_goldens.py).

func TestLibPrograms(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "lib", "test_*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	for _, f := range files {
		f := f
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &out})
			if err := s.ExecFile(filepath.Base(f), string(src)); err != nil {
				t.Fatalf("%s raised %v\noutput so far:\n%s", f, err, out.String())
			}
			got := strings.Split(out.String(), "\n")
			exp := strings.Split(string(want), "\n")
			bad := 0
			for i := 0; i < len(got) || i < len(exp); i++ {
				var g, w string
				if i < len(got) {
					g = got[i]
				}
				if i < len(exp) {
					w = exp[i]
				}
				if g != w {
					bad++
					if bad <= 10 {
						t.Errorf("line %d:\n got %s\nwant %s", i+1, g, w)
					}
				}
			}
			if bad > 0 {
				t.Errorf("%d lines differ", bad)
			}
		})
	}
}
