// This file checks that notebooks written by nbformat (testdata/roundtrip,
// made by gen_roundtrip.py) are read and written back byte for byte.

package notebook

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRoundTripNbformatFiles(t *testing.T) {
	files, err := filepath.Glob("testdata/roundtrip/*.ipynb")
	if err != nil || len(files) < 4 {
		t.Fatalf("want at least 4 golden notebooks, found %d (%v)", len(files), err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".want.ipynb") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			want, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			nb, err := Parse(f, want)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Marshal(nb)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("round trip differs:\n%s", unifiedDiff("nbformat", "adder", string(want), string(got)))
			}
		})
	}
}

// TestNormaliseLikeNbformat reads a notebook with unsplit strings, odd
// number spellings and transient fields, and expects what nbformat writes.
func TestNormaliseLikeNbformat(t *testing.T) {
	in, err := os.ReadFile("testdata/roundtrip/unsplit.in.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/roundtrip/unsplit.want.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	nb, err := Parse("unsplit.in.json", in)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("differs from nbformat:\n%s", unifiedDiff("nbformat", "adder", string(want), string(got)))
	}
}

func TestReadJoinsMultilineFields(t *testing.T) {
	nb, err := ReadFile("testdata/roundtrip/rich.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	c := nb.Cells[0]
	if c.Source != "print('hi')\nx = 1\nx" || c.ID != "first-cell" || *c.ExecutionCount != 3 {
		t.Errorf("code cell read as %q id %q", c.Source, c.ID)
	}
	if got := c.Outputs[0].Text; got != "hi\nthere\n" {
		t.Errorf("stream text %q", got)
	}
	if got := c.Outputs[3].Data["text/html"]; got != "<b>bold</b>\n<i>x</i>\n" {
		t.Errorf("html %q", got)
	}
	if _, ok := c.Outputs[3].Data["application/json"].(map[string]any); !ok {
		t.Errorf("application/json should stay an object, got %T", c.Outputs[3].Data["application/json"])
	}
	if got := nb.Cells[1].Attachments["a.png"]["text/plain"]; got != "alt\ntext" {
		t.Errorf("attachment text %q", got)
	}
	if !c.HasTag("b") || c.HasTag("c") {
		t.Errorf("tags %v", c.Tags())
	}
}

func TestMissingAndDuplicateIDsRepaired(t *testing.T) {
	src := `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
	 {"cell_type": "markdown", "metadata": {}, "source": "a"},
	 {"id": "same", "cell_type": "markdown", "metadata": {}, "source": "b"},
	 {"id": "same", "cell_type": "markdown", "metadata": {}, "source": "c"}]}`
	nb, err := Parse("ids.ipynb", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, c := range nb.Cells {
		if !ValidID(c.ID) || ids[c.ID] {
			t.Errorf("cell id %q invalid or repeated", c.ID)
		}
		ids[c.ID] = true
	}
	if nb.Cells[1].ID != "same" {
		t.Errorf("first use of an id must be kept, got %q", nb.Cells[1].ID)
	}
}

func TestUpgradeTo45(t *testing.T) {
	nb, err := ReadFile("testdata/roundtrip/v44.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if nb.Cells[0].ID != "" {
		t.Fatalf("4.4 cell has id %q", nb.Cells[0].ID)
	}
	nb.Upgrade()
	if nb.FormatMinor != 5 {
		t.Errorf("minor %d", nb.FormatMinor)
	}
	for _, c := range nb.Cells {
		if len(c.ID) != 8 || !ValidID(c.ID) {
			t.Errorf("upgraded id %q", c.ID)
		}
	}
	data, _ := Marshal(nb)
	if _, err := Parse("upgraded", data); err != nil {
		t.Errorf("upgraded notebook does not read back: %v", err)
	}
}
