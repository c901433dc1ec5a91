package syntax

// This file benchmarks parsing throughput on the CPython standard library
// (or the committed goldens when it is absent). Compare with
// scripts/bench_cpython_parse.py, which times ast.parse on the same files.

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// benchCorpus returns the non-test stdlib modules (about 100k lines), or
// the committed testdata when the library is not installed.
func benchCorpus(b *testing.B) [][]byte {
	var files []string
	if _, err := os.Stat(stdlibRoot); err == nil {
		files, _ = filepath.Glob(filepath.Join(stdlibRoot, "*.py"))
	} else {
		files, _ = filepath.Glob("testdata/ast/*.py")
	}
	sort.Strings(files)
	var srcs [][]byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Parse(f, src, Exec, 0); err != nil {
			continue
		}
		srcs = append(srcs, src)
	}
	return srcs
}

func BenchmarkParse(b *testing.B) {
	srcs := benchCorpus(b)
	lines, size := 0, 0
	for _, s := range srcs {
		lines += bytes.Count(s, []byte("\n"))
		size += len(s)
	}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			if _, err := Parse("bench.py", s, Exec, 0); err != nil {
				b.Fatal(err)
			}
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(lines)*float64(b.N)/sec, "lines/s")
	b.StopTimer()
	var ms testingAllocs
	ms.measure(func() {
		for _, s := range srcs {
			Parse("bench.py", s, Exec, 0)
		}
	})
	b.ReportMetric(float64(ms.allocs)/float64(lines), "allocs/line")
	b.ReportMetric(float64(ms.bytes)/float64(lines), "B/line")
}

func BenchmarkTokenize(b *testing.B) {
	srcs := benchCorpus(b)
	size := 0
	for _, s := range srcs {
		size += len(s)
	}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			Tokenize(s)
		}
	}
}
