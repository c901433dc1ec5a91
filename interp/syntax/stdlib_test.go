package syntax

// This file checks the parser against CPython 3.12's standard library:
// every file CPython parses must parse, and when ADDER_STDLIB_DUMPS names a
// directory made by `scripts/gen_syntax_goldens.py --stdlib DIR`, Dump
// must match `python3.12 -m ast -a` on at least 99% of the files.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const stdlibRoot = "/root/.pyenv/versions/3.12.1/lib/python3.12"

// stdlibFiles lists the .py files of the standard library, skipping
// site-packages.
func stdlibFiles(t testing.TB) []string {
	if _, err := os.Stat(stdlibRoot); err != nil {
		t.Skip("CPython 3.12 standard library not present")
	}
	var files []string
	filepath.WalkDir(stdlibRoot, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	return files
}

// stdlibInvalid are the files CPython itself refuses (test inputs).
var stdlibInvalid = map[string]bool{
	"test/test_lib2to3/data/py2_test_grammar.py":   true,
	"test/test_lib2to3/data/bom.py":                true,
	"test/test_lib2to3/data/different_encoding.py": true,
	"test/test_lib2to3/data/false_encoding.py":     true,
	"test/test_lib2to3/data/crlf.py":               true,
	"test/tokenizedata/badsyntax_3131.py":          true,
	"test/tokenizedata/bad_coding.py":              true,
	"test/tokenizedata/bad_coding2.py":             true,
	"test/badsyntax_pep3120.py":                    true,
}

func TestStdlib(t *testing.T) {
	files := stdlibFiles(t)
	dumps := os.Getenv("ADDER_STDLIB_DUMPS")
	parsed, matched, compared := 0, 0, 0
	var mismatches []string
	for _, path := range files {
		rel, _ := filepath.Rel(stdlibRoot, path)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var want []byte
		wantErr := stdlibInvalid[rel]
		if dumps != "" {
			base := filepath.Join(dumps, strings.TrimSuffix(rel, ".py"))
			want, _ = os.ReadFile(base + ".dump")
			_, e := os.Stat(base + ".err")
			wantErr = e == nil
		}
		mod, err := Parse(path, src, Exec, TypeComments)
		if (err != nil) != wantErr {
			t.Errorf("%s: got error %v, CPython error %v", rel, err, wantErr)
			continue
		}
		if err != nil {
			continue
		}
		parsed++
		if want != nil {
			compared++
			if Dump(mod, true)+"\n" == string(want) {
				matched++
			} else {
				mismatches = append(mismatches, rel)
			}
		}
	}
	t.Logf("%d files, %d parsed, %d compared, %d dumps equal", len(files), parsed, compared, matched)
	if compared > 0 {
		if len(mismatches) > 0 {
			t.Logf("dump mismatches: %s", strings.Join(mismatches, " "))
		}
		if float64(matched) < 0.99*float64(compared) {
			t.Errorf("only %d of %d dumps match (need 99%%)", matched, compared)
		}
	}
}
