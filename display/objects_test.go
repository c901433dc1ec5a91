package display_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"adder/display"
	"adder/interp"
	"adder/interp/py"
)

// objectsGolden is testdata/display_objects.json.
type objectsGolden struct {
	Files map[string]*string `json:"files"`
	Cells []struct {
		Cell     string       `json:"cell"`
		Messages []displayMsg `json:"messages"`
	} `json:"cells"`
}

// cellOutput is what a cell produced, by kind, in a comparable form: the
// display messages in order, the stdout text, the result's bundle and the
// error's name and value.
type cellOutput struct {
	Display []any
	Stdout  string
	Result  any
	Errors  []any
}

// errPub is recPub that also records formatter errors, as ipykernel sends
// them (error messages, the cell going on).
type errPub struct {
	recPub
	errors []any
}

func (p *errPub) PublishError(ename, evalue string, _ []string) {
	p.errors = append(p.errors, map[string]any{"ename": ename, "evalue": evalue})
}

// jsonRound makes Go values comparable with decoded JSON.
func jsonRound(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var x any
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatal(err)
	}
	return x
}

// goldenOutput sorts ipykernel's messages for one cell by kind.
func goldenOutput(t *testing.T, msgs []displayMsg) cellOutput {
	var out cellOutput
	for _, m := range msgs {
		switch m.MsgType {
		case "stream":
			out.Stdout += m.Content["text"].(string)
		case "execute_result":
			out.Result = jsonRound(t, m.Content)
		case "error":
			out.Errors = append(out.Errors, jsonRound(t, m.Content))
		}
	}
	if d := normalize(t, msgs); d != nil {
		out.Display = d
	}
	return out
}

// sortFileRuns sorts each run of lines listing files ("  name" in the repr,
// "&nbsp;&nbsp;<a ...>" in the HTML): FileLinks lists a directory's files
// in the order the file system gives, which differs between machines.
func sortFileRuns(s string) string {
	lines := strings.Split(s, "\n")
	isFile := func(l string) bool {
		return strings.HasPrefix(l, "  ") || strings.Contains(l, "&nbsp;&nbsp;<a ")
	}
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && isFile(lines[j]) {
			j++
		}
		sort.Strings(lines[i:j])
		if j == i {
			j++
		}
		i = j
	}
	return strings.Join(lines, "\n")
}

// normalizeStrings rewrites every string in x: the working directory
// becomes DIR, addresses 0xADDR, and file runs are sorted when sortFiles.
func normalizeStrings(x any, dir string, sortFiles bool) any {
	switch x := x.(type) {
	case string:
		if dir != "" {
			x = strings.ReplaceAll(x, dir, "DIR")
		}
		x = addrRE.ReplaceAllString(x, "0xADDR")
		if sortFiles {
			x = sortFileRuns(x)
		}
		return x
	case []any:
		out := make([]any, len(x))
		for i, y := range x {
			out[i] = normalizeStrings(y, dir, sortFiles)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, y := range x {
			out[k] = normalizeStrings(y, dir, sortFiles)
		}
		return out
	}
	return x
}

// dropKey deletes key from every map in x.
func dropKey(x any, key string) {
	switch x := x.(type) {
	case []any:
		for _, y := range x {
			dropKey(y, key)
		}
	case map[string]any:
		delete(x, key)
		for _, y := range x {
			dropKey(y, key)
		}
	}
}

// writeGoldenFiles creates the golden's files (base64 content, or null for
// a directory) under dir.
func writeGoldenFiles(t *testing.T, dir string, files map[string]*string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if content == nil {
			if err := os.MkdirAll(path, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		data, err := base64.StdEncoding.DecodeString(*content)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestDisplayObjectsGoldens runs the cells of testdata/display_objects.json
// (Audio, Video, IFrame and its embeds, FileLink(s), GeoJSON, Code, the
// display_<format> functions) in a working directory holding the golden's
// files, and compares everything they output with ipykernel's messages.
func TestDisplayObjectsGoldens(t *testing.T) {
	data, err := os.ReadFile("testdata/display_objects.json")
	if err != nil {
		t.Fatal(err)
	}
	var g objectsGolden
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Cells) < 50 || len(g.Files) < 5 {
		t.Fatalf("golden too small: %d cells, %d files", len(g.Cells), len(g.Files))
	}
	dir := t.TempDir()
	writeGoldenFiles(t, dir, g.Files)
	t.Chdir(dir)
	// t.TempDir may be reached through a symlink; os.Getwd gives the path
	// abspath sees.
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}

	var out, errb bytes.Buffer
	s := interp.NewSession(interp.Options{Stdout: &out, Stderr: &errb})
	rec := &errPub{}
	display.SetPublisher(rec)
	defer display.SetPublisher(nil)
	compared := 0
	for _, c := range g.Cells {
		rec.msgs, rec.errors = nil, nil
		out.Reset()
		errb.Reset()
		var got cellOutput
		v, err := s.ExecCell(c.Cell)
		if err != nil {
			var exc *py.Exception
			if !errors.As(err, &exc) {
				t.Errorf("cell %q: %v", c.Cell, err)
				continue
			}
			var ename, evalue string
			s.Do(func() error {
				ename, evalue, _ = display.IPythonError(display.FromPy(exc, nil))
				return nil
			})
			rec.errors = append(rec.errors, map[string]any{"ename": ename, "evalue": evalue})
		} else if v.IsValid() && !v.IsNone() {
			var data, md map[string]any
			if err := s.Do(func() error {
				var err error
				data, md, err = display.Mimebundle(v, nil, nil)
				return err
			}); err != nil {
				t.Errorf("cell %q: result: %v", c.Cell, err)
				continue
			}
			// An object that displayed itself (_ipython_display_) has no
			// result, as with IPython's displayhook.
			if len(data) > 0 {
				got.Result = jsonRound(t, map[string]any{"data": data, "metadata": md})
			}
		}
		got.Stdout = out.String()
		got.Errors = rec.errors
		if d := normalize(t, rec.msgs); d != nil {
			got.Display = d
		}
		want := goldenOutput(t, c.Messages)
		sortFiles := strings.Contains(c.Cell, "FileLinks(")
		gotN := normalizeStrings(jsonRound(t, got), cwd, sortFiles)
		wantN := normalizeStrings(jsonRound(t, want), "", sortFiles)
		if strings.Contains(c.Cell, "YouTubeVideo(") {
			// The thumbnail (image/jpeg) is fetched from the network when
			// there is one; the golden was made without.
			dropKey(gotN, "image/jpeg")
			dropKey(wantN, "image/jpeg")
		}
		compared += len(c.Messages)
		if !reflect.DeepEqual(gotN, wantN) {
			gj, _ := json.MarshalIndent(gotN, "", " ")
			wj, _ := json.MarshalIndent(wantN, "", " ")
			t.Errorf("cell %q:\n got: %s\nwant: %s\nstderr: %s", c.Cell, gj, wj, errb.String())
		}
	}
	if compared < 60 {
		t.Errorf("only %d messages compared", compared)
	}
}

// TestCodeGoldens compares Code's HTML and LaTeX with pygments' output for
// the snippets of testdata/code.json.
func TestCodeGoldens(t *testing.T) {
	data, err := os.ReadFile("testdata/code.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Source, Language, HTML, LaTeX string
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 10 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		// Code's HTML is the style sheet, then what highlight() gives.
		html := display.CodeHTML(c.Source, c.Language)
		style, body, ok := strings.Cut(html, "</style>")
		if !ok || !strings.HasPrefix(style, "<style>pre { line-height: 125%; }") {
			t.Errorf("%q: no style sheet in %q", c.Source, html)
		}
		if body != c.HTML {
			t.Errorf("%q html:\n got: %q\nwant: %q", c.Source, body, c.HTML)
		}
		if got := display.CodeLaTeX(c.Source, c.Language); got != c.LaTeX {
			t.Errorf("%q latex:\n got: %q\nwant: %q", c.Source, got, c.LaTeX)
		}
	}
}

// TestGuessLanguage checks the stand-in for pygments' guess_lexer.
func TestGuessLanguage(t *testing.T) {
	for code, want := range map[string]string{
		"import sys\nprint(sys.argv)":   "python",
		"#!/usr/bin/env python3\nx = 1": "python",
		"#!/usr/bin/python\n":           "python",
		"x = 1":                         "text",
		"SELECT * FROM t;":              "text",
		"#!/bin/sh\necho hi":            "text",
	} {
		if got := display.GuessLanguage(code); got != want {
			t.Errorf("GuessLanguage(%q) = %q, want %q", code, got, want)
		}
	}
}
