package syntax

// This file compares Tokenize with `python3.12 -m tokenize -e` goldens
// (testdata/tokenize/*.tokens, made by scripts/gen_syntax_goldens.py).

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// formatTokens prints tokens the way `python -m tokenize -e` does. The
// tokenize module also reports an ENCODING token, puts ENDMARKER and the
// final DEDENTs at column 0 of the line after the input, gives the
// implicit final NEWLINE a width of one, and counts columns in
// characters; those presentation details are applied here.
func formatTokens(src []byte, toks []Token) string {
	var b strings.Builder
	lines := strings.SplitAfter(string(src), "\n")
	charCol := func(line, col int) int {
		if line-1 < len(lines) && line >= 1 && col <= len(lines[line-1]) {
			return utf8.RuneCountInString(lines[line-1][:col])
		}
		return col
	}
	last := len(lines)
	if strings.HasSuffix(string(src), "\n") || len(src) == 0 {
		last = len(lines) - 1
	}
	put := func(l1, c1, l2, c2 int, kind, text string) {
		r := fmt.Sprintf("%d,%d-%d,%d:", l1, c1, l2, c2)
		fmt.Fprintf(&b, "%-20s%-15s%-15s\n", r, kind, StrRepr(text))
	}
	put(0, 0, 0, 0, "ENCODING", "utf-8")
	for _, t := range toks {
		text := string(src[t.Start:t.End])
		l1, c1, l2, c2 := t.Line, charCol(t.Line, t.Col), t.EndLine, charCol(t.EndLine, t.EndCol)
		switch {
		case t.Kind == ENDMARKER || t.Kind == DEDENT && t.Start == len(src):
			l1, c1, l2, c2 = last+1, 0, last+1, 0
		case t.Kind == NEWLINE && text == "":
			c2 = c1 + 1
		}
		put(l1, c1, l2, c2, t.Kind.String(), text)
	}
	return b.String()
}

func TestTokenizeGoldens(t *testing.T) {
	files, _ := filepath.Glob("testdata/tokenize/*.py")
	if len(files) == 0 {
		t.Fatal("no tokenize goldens")
	}
	for _, file := range files {
		src, _ := os.ReadFile(file)
		want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".tokens")
		if err != nil {
			t.Fatal(err)
		}
		toks, err := Tokenize(src)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		got := formatTokens(src, toks)
		if got != string(want) {
			t.Errorf("%s: tokens differ from CPython:\n%s", file, firstDiff(got, string(want)))
		}
	}
}

func TestTokenizeError(t *testing.T) {
	toks, err := Tokenize([]byte("x = (1,\n"))
	if err == nil || err.(*Error).Msg != "'(' was never closed" {
		t.Fatalf("got %v", err)
	}
	if len(toks) == 0 || toks[0].Kind != NAME {
		t.Errorf("tokens before the error not returned: %v", toks)
	}
}
