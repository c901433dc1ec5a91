// This file benchmarks the shared benchmark programs
// (../../shared/bench/programs, or $ADDER_BENCH) through a Session:
//
//	go test -run NONE -bench . -benchmem ./interp/
//
// Compare with CPython using scripts/bench_vs_cpython.sh.

package interp

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func BenchmarkPrograms(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "bench", "programs")
	if d := os.Getenv("ADDER_BENCH"); d != "" {
		dir = d
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	if len(files) == 0 {
		b.Skip("no benchmark programs")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s := NewSession(Options{Stdout: io.Discard})
				if err := s.ExecFile(f, string(src)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
