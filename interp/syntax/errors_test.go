package syntax

// This file checks SyntaxError kinds, messages and locations against
// goldens produced by CPython 3.12 (scripts/gen_syntax_goldens.py): each
// testdata/errors/*.py file is split into chunks at "# ---" lines.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type errorGolden struct {
	Type      string `json:"type"`
	Msg       string `json:"msg"`
	Lineno    int    `json:"lineno"`
	Offset    int    `json:"offset"`
	EndLineno int    `json:"end_lineno"`
	EndOffset int    `json:"end_offset"`
}

// splitChunks mirrors split_chunks in the generator script.
func splitChunks(text string) []string {
	var chunks []string
	var cur []string
	flush := func() {
		c := strings.Join(cur, "\n")
		cur = nil
		if strings.TrimSpace(c) == "" {
			return
		}
		if rest, ok := strings.CutPrefix(c, "# no-newline\n"); ok {
			// A case without its final newline, like most notebook cells.
			chunks = append(chunks, strings.TrimRight(rest, "\n"))
			return
		}
		if !strings.HasSuffix(c, "\n") {
			c += "\n"
		}
		chunks = append(chunks, c)
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "# ---") {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return chunks
}

func TestErrors(t *testing.T) {
	files, _ := filepath.Glob("testdata/errors/*.py")
	if len(files) == 0 {
		t.Fatal("no testdata/errors files")
	}
	total, pass := 0, 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		goldenText, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".golden")
		if err != nil {
			t.Fatal(err)
		}
		chunks := splitChunks(string(src))
		lines := strings.Split(strings.TrimSpace(string(goldenText)), "\n")
		if len(lines) != len(chunks) {
			t.Fatalf("%s: %d chunks but %d golden lines; rerun the generator", file, len(chunks), len(lines))
		}
		for i, chunk := range chunks {
			var want errorGolden
			if err := json.Unmarshal([]byte(lines[i]), &want); err != nil {
				t.Fatal(err)
			}
			total++
			_, perr := Parse("<string>", []byte(chunk), Exec, 0)
			got := errorGolden{Type: "ok"}
			if perr != nil {
				e := perr.(*Error)
				got = errorGolden{e.Kind, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset}
			}
			if want.Type == "MemoryError" || want.Type == "RecursionError" {
				want = errorGolden{Type: "SyntaxError", Msg: "too many nested parentheses"}
				got.Lineno, got.Offset, got.EndLineno, got.EndOffset = 0, 0, 0, 0
			}
			if got != want {
				t.Errorf("%s chunk %d:\n%s\n got: %+v\nwant: %+v", filepath.Base(file), i+1, chunk, got, want)
				continue
			}
			pass++
		}
	}
	t.Logf("%d of %d error cases match CPython", pass, total)
}
